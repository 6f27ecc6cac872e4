/**
 * The README and docs/ against the code: exit codes, section names, role keys, every option of every
 * command, the commands with JSON output and the import graph. Each list the docs give is compared with
 * the constant or structure the code defines, so a change to either side without the other fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command, Option } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli.js";
import { SECTIONS } from "../../src/core/sections.js";
import { EXIT } from "../../src/errors.js";
import { ROLE_KEYS, roleSchema } from "../../src/schema/role.js";
import { codeSpans, DOC_FILES, fencedBlocks, formatGraph, importGraph, ROOT, readDoc, section, tableRows } from "../helpers/docs.js";

const README_LIMIT = 15 * 1024;
const docs = DOC_FILES.map((file) => ({ file, text: readDoc(file) }));
const readme = readDoc("README.md");

const program = buildProgram();
const commands = program.commands;
const isHidden = (o: Option) => (o as Option & { hidden?: boolean }).hidden === true;
/** The value a flag takes, as its definition spells it: `<name...>`, `[x]`, or "" for none. */
const placeholder = (o: Option) => o.flags.match(/[<[][^>\]]*[>\]]/)?.[0] ?? "";
const longOptions = (cmd: Command) => cmd.options.filter((o) => o.long !== undefined);
/** Every long option the program knows, by name (the same name on several commands takes one value form). */
const allOptions = new Map<string, Option[]>();
for (const cmd of [program, ...commands])
  for (const o of longOptions(cmd)) allOptions.set(o.long!, [...(allOptions.get(o.long!) ?? []), o]);

/** `--name`, with the value written after it where it is written as `<value>` or `[value]`. */
const optionMentions = (text: string) =>
  [...text.matchAll(/(?<![\w-])(--[a-z][a-z0-9-]*)(?: ([<[][^>\]\s]*[>\]]))?/g)].map(([mention, name, value]) => ({
    mention,
    name: name!,
    value,
  }));

/** Long options of other programs the docs mention in their commands. */
const OTHER_TOOLS_OPTIONS = new Set([
  "--config", // vitest
  "--home", // tests/eval/eval.ts
  "--no-activities", // tests/eval/eval.ts
]);

describe("README", () => {
  it(`is at most ${README_LIMIT} bytes`, () => {
    expect(Buffer.byteLength(readme, "utf8")).toBeLessThanOrEqual(README_LIMIT);
  });

  it("keeps the promises of how to install, run and test", () => {
    const install = section(readme, "## Install and test");
    for (const line of [
      "npm install",
      "npx careers show clerk",
      "npm test",
      "npm run test:e2e",
      "npm run lint",
      "npm run bench",
      "npm run dev -- ",
    ]) {
      expect(install).toContain(line);
    }
  });

  it("shows an example of every command in its tour", () => {
    const tour = section(readme, "## A short tour");
    for (const cmd of commands) expect(tour, cmd.name()).toMatch(new RegExp(`^\\$ .*\\bcareers ${cmd.name()}\\b`, "m"));
  });
});

describe("README headings other texts point to", () => {
  it("has the section the assess output names", () => {
    const source = readFileSync(join(ROOT, "src", "render", "assess.ts"), "utf8");
    const cited = source.match(/see README, \\?"([^"\\]+)\\?"/)?.[1];
    expect(cited).toBeDefined();
    expect(readme.split("\n")).toContain(`## ${cited}`);
  });
});

describe("environment variables", () => {
  const named = (text: string) => new Set(text.match(/\bCAREERS_[A-Z_]+\b/g) ?? []);
  const source = (dir: string): string =>
    readdirSync(dir, { withFileTypes: true })
      .map((e) => (e.isDirectory() ? source(join(dir, e.name)) : e.name.endsWith(".ts") ? readFileSync(join(dir, e.name), "utf8") : ""))
      .join("\n");
  const inCode = named(source(join(ROOT, "src")));

  it("the README's table lists every CAREERS_ variable the code reads", () => {
    const table = tableRows(section(readme, "## Environment")).flatMap((row) => codeSpans(row[0]!));
    expect(table.filter((v) => v.startsWith("CAREERS_")).sort()).toEqual([...inCode].sort());
  });

  it("every CAREERS_ variable the README and docs name is one the code reads", () => {
    for (const { file, text } of docs) for (const v of named(text)) expect(inCode.has(v), `${file}: ${v}`).toBe(true);
  });
});

describe("exit codes", () => {
  it("the README's table lists exactly the codes of EXIT", () => {
    const codes = tableRows(section(readme, "## Exit codes")).map((row) => Number(row[0]));
    expect(codes).toEqual(Object.values(EXIT).sort((a, b) => a - b));
  });

  it("every exit code named in the README and docs is one of EXIT", () => {
    const known = new Set<number>(Object.values(EXIT));
    for (const { file, text } of docs) {
      for (const m of text.matchAll(/\bexit(?: code)? (\d+)/gi)) expect(known.has(Number(m[1])), `${file}: "${m[0]}"`).toBe(true);
    }
  });
});

describe("docs/role-format.md", () => {
  const format = readDoc("docs/role-format.md");

  it("documents every top-level role key, in the schema's order, and no other", () => {
    const rows = tableRows(section(format, "## Top-level keys"));
    expect(rows.map((r) => r[0])).toEqual(ROLE_KEYS.map((k) => `\`${k}\``));
  });

  it("marks as required exactly the keys the schema requires", () => {
    const rows = tableRows(section(format, "## Top-level keys"));
    const shape = roleSchema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
    const required = ROLE_KEYS.filter((k) => !shape[k]!.safeParse(undefined).success);
    expect(required).toEqual(["id", "title", "summary", "sources"]);
    expect(rows.filter((r) => r[1] === "yes").map((r) => r[0])).toEqual(required.map((k) => `\`${k}\``));
    expect(section(format, "## Top-level keys")).toContain(
      `Only ${required
        .slice(0, -1)
        .map((k) => `\`${k}\``)
        .join(", ")} and \`${required.at(-1)}\` are required.`,
    );
  });

  it("lists the sections of `show` as SECTIONS defines them: id, title and role keys", () => {
    const rows = tableRows(section(format, "## Sections"));
    expect(rows).toEqual(SECTIONS.map((s) => [`\`${s.id}\``, s.title, s.keys.map((k) => `\`${k}\``).join(", ")]));
  });

  it("every section named after --section in the README and docs exists", () => {
    const ids = new Set(SECTIONS.map((s) => s.id));
    for (const { file, text } of docs) {
      const commandLines = [...codeSpans(text), ...text.split("\n").filter((l) => l.startsWith("$ "))].join("\n");
      for (const m of commandLines.matchAll(/--section ([a-z][a-z-]*(?: [a-z][a-z-]*)*)/g)) {
        for (const name of m[1]!.split(" ")) expect(ids.has(name), `${file}: "${m[0]}"`).toBe(true);
      }
    }
  });
});

describe("options", () => {
  it("the README's command table has a row per command, listing exactly its options as they are spelt", () => {
    const rows = tableRows(section(readme, "## Commands"));
    const named = rows.map((r) => r[0]!.match(/^`careers ([a-z]+)/)?.[1]);
    expect(named).toEqual(commands.map((c) => c.name()));
    rows.forEach((row, i) => {
      const cmd = commands[i]!;
      // spelt as the definition spells them: `-a, --answers <file>`
      expect(codeSpans(row[2]!).sort(), cmd.name()).toEqual(
        cmd.options
          .filter((o) => !isHidden(o))
          .map((o) => o.flags)
          .sort(),
      );
    });
  });

  it("every option of every command and of the program appears in the README or docs", () => {
    const all = docs.map((d) => d.text).join("\n");
    for (const [name] of allOptions) expect(all, name).toMatch(new RegExp(`${name}(?![a-z-])`));
  });

  it("every option the README and docs mention is a real one, with the value it really takes", () => {
    for (const { file, text } of docs) {
      for (const { mention, name, value } of optionMentions(text)) {
        if (name === "--help" || OTHER_TOOLS_OPTIONS.has(name!)) continue;
        const defined = allOptions.get(name!);
        expect(defined, `${file}: ${mention} is no option of careers`).toBeDefined();
        if (value !== undefined) expect(defined!.map(placeholder), `${file}: "${mention}"`).toContain(value);
      }
    }
  });

  it("the check above catches an option spelt with a value it does not take", () => {
    const history = allOptions.get("--history")!;
    expect(history.map(placeholder)).toEqual([""]);
    expect(optionMentions("see `--history [role]`, `--history`")).toEqual([
      { mention: "--history [role]", name: "--history", value: "[role]" },
      { mention: "--history", name: "--history", value: undefined },
    ]);
  });
});

describe("docs/json-output.md", () => {
  it("has a shape for every command that prints JSON, and only for those", () => {
    // and the error's, printed on stderr by any of them
    const labels = fencedBlocks(readDoc("docs/json-output.md"), "shape")
      .map((b) => b.info)
      .filter((l) => l !== "error");
    const withJson = commands.filter((c) => c.options.some((o) => o.long === "--json")).map((c) => c.name());
    expect([...new Set(labels.map((l) => l.split(" ")[0]))]).toEqual(withJson);
    for (const label of labels) {
      const [name, ...flags] = label.split(" ");
      const cmd = commands.find((c) => c.name() === name)!;
      // the options that print the shape; `<occupation>` names the argument that does
      for (const flag of flags.filter((f) => f.startsWith("-")))
        expect(
          cmd.options.map((o) => o.long),
          label,
        ).toContain(flag);
    }
  });

  it("names each command's JSON in a heading with its real options", () => {
    const json = readDoc("docs/json-output.md");
    for (const { info } of fencedBlocks(json, "shape").filter((b) => b.info !== "error")) {
      const [name, ...flags] = info.split(" ");
      expect(json, info).toMatch(new RegExp(`^#+ \`careers ${name}[^\`]*${flags.map((f) => `${f} `).join("[^`]*")}[^\`]*--json\``, "m"));
    }
  });
});

describe("docs/architecture.md", () => {
  const graph = importGraph();

  it("shows the import graph of src/ as it is", () => {
    const [block] = fencedBlocks(readDoc("docs/architecture.md"), "imports");
    expect(block, "an ```imports block").toBeDefined();
    expect(block!.body.trim(), `the graph is now:\n${formatGraph(graph)}\n`).toBe(formatGraph(graph));
  });

  it("flows one way: loader never imports core, core never imports loader", () => {
    expect([...(graph.get("loader")?.keys() ?? [])]).not.toContain("core");
    expect([...(graph.get("core")?.keys() ?? [])]).not.toContain("loader");
    for (const lower of ["core", "loader", "render"]) {
      for (const upper of ["app", "commands", "cli", "prompts"])
        expect([...(graph.get(lower)?.keys() ?? [])], `${lower} -> ${upper}`).not.toContain(upper);
    }
  });
});
