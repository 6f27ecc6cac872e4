/** Text made safe to store and show (src/schema/control-chars.ts): what is removed, what is kept, what becomes a space. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { visible } from "../../src/diagnostic.js";
import { escapeUnsafeJson, safeOutput, safeStrings, safeText, UNSAFE_CHARS } from "../../src/schema/control-chars.js";

const ESC = "\u001b";
const BEL = "\u0007";
/** every character either class names, one of each */
const UNSAFE = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => c !== 0x09 && c !== 0x0a),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
  0x061c,
  0x200b,
  0x200e,
  0x200f,
  ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e],
  ...[0x2066, 0x2067, 0x2068, 0x2069],
].map((c) => String.fromCharCode(c));

describe("safeText", () => {
  it("removes a terminal escape's control characters: the title of the window and the clearing of the screen do nothing", () => {
    expect(safeText(`Clerk${ESC}]0;pwned${BEL}${ESC}[2J`)).toBe("Clerk]0;pwned[2J");
  });

  it("removes every C0 control but tab and line feed, DEL, every C1, the bidirectional controls and U+200B", () => {
    expect(UNSAFE).toHaveLength(30 + 33 + 13);
    for (const c of UNSAFE) {
      // a carriage return is a line break: a line feed in multi-line text (a space in one-line text)
      expect(safeText(`a${c}b`), JSON.stringify(c)).toBe(c === "\r" ? "a\nb" : "ab");
      expect(safeText(`a${c}b`, { oneLine: true }), JSON.stringify(c)).toBe(c === "\r" || c === "\u0085" ? "a b" : "ab");
    }
  });

  it("keeps what is safe: tabs, line feeds, accents, other scripts, emoji, the zero-width joiner", () => {
    const fine = "Café\tcrème\nΑθήνα 東京 👩‍🔬 ‍";
    expect(safeText(fine)).toBe(fine);
  });

  it("one-line text: every kind of line break is a space", () => {
    expect(safeText("Customer\nService\r\nClerk\rA\u2028B\u2029C", { oneLine: true })).toBe("Customer Service Clerk A B C");
  });

  it("shown: a tab is a space, so that it cannot break a table's columns", () => {
    expect(safeText("a\tb", { shown: true })).toBe("a b");
    expect(safeText("a\tb")).toBe("a\tb");
  });

  it("property: the result holds no unsafe character, and clean text comes back as it is", () => {
    const char = fc.oneof(fc.constantFrom(...UNSAFE, "\t", "\n", "\r\n", "\u2028"), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.boolean(), (parts, oneLine) => {
        const out = safeText(parts.join(""), { oneLine });
        expect(new RegExp(UNSAFE_CHARS.source).test(out)).toBe(false);
        if (oneLine) expect(out).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(safeText(out, { oneLine })).toBe(out);
      }),
    );
  });
});

describe("safeStrings: every string of a result", () => {
  it("cleans nested strings and copies only what changes", () => {
    const clean = { id: "clerk", figures: [1, 2], tags: ["a"] };
    const result = { title: `Evil${ESC}[2J`, rows: [{ name: `x\u202Ey` }, clean], n: 3, none: null, clean };
    const out = safeStrings(result);
    expect(out).toEqual({ title: "Evil[2J", rows: [{ name: "xy" }, clean], n: 3, none: null, clean });
    expect(out.clean).toBe(clean);
    expect(result.title).toBe(`Evil${ESC}[2J`);
    expect(safeStrings(clean)).toBe(clean);
  });
});

describe("safeOutput: the last guard on human output", () => {
  const out = `${ESC}[1mClerk${ESC}[22m ${ESC}]0;pwned${BEL}${ESC}[2J\u202e\n`;

  it("with colour: the colour codes stay, every other control or hidden character goes", () => {
    expect(safeOutput(out, true)).toBe(`${ESC}[1mClerk${ESC}[22m ]0;pwned[2J\n`);
  });

  it("without colour: none stays", () => {
    // a colour code where colour is off is dropped whole
    expect(safeOutput(out, false)).toBe("Clerk ]0;pwned[2J\n");
    expect(safeOutput("plain\n", false)).toBe("plain\n");
  });
});

describe("escapeUnsafeJson", () => {
  it("writes DEL, C1 and hidden characters as \\u escapes, the value unchanged", () => {
    const value = { t: "a\u009b2Jb\u202ec\u007f" };
    const json = escapeUnsafeJson(JSON.stringify(value));
    expect(json).toBe(String.raw`{"t":"a\u009b2Jb\u202ec\u007f"}`);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("visible: messages show hidden characters escaped", () => {
  it("a bidirectional override in a file name is shown as its escape", () => {
    expect(visible("evil\u202Etxt.exe")).toBe("evil\\u202etxt.exe");
  });
});
