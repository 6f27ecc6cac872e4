/**
 * stdout and stderr of the built binary written without their streams where they are pipes or files
 * (src/app/std-streams.ts): the same output, the same exits when the reader goes away, and none of
 * Node's net, stream or child_process modules loaded by a run that prints to a pipe.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fdWriter, isTerminal } from "../../src/app/std-streams.js";
import { BIN } from "../helpers/run.js";

const work = mkdtempSync(join(tmpdir(), "careers-streams-"));
const env = { ...process.env, NO_COLOR: "1", CAREERS_HOME: join(work, "home"), XDG_CACHE_HOME: join(work, "cache") };

/** The built binary run with stdin, stdout and stderr pipes, a hook writing the modules Node loaded. */
function modulesOf(args: string[]): { status: number | null; stdout: string; modules: string[] } {
  const hook = join(work, "hook.cjs");
  const list = join(work, `modules-${args.join("-")}.txt`);
  writeFileSync(
    hook,
    `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join("\\n")));\n`,
  );
  const r = spawnSync(process.execPath, ["--require", hook, BIN, ...args], { env, encoding: "utf8", input: "" });
  return { status: r.status, stdout: r.stdout, modules: readFileSync(list, "utf8").split("\n") };
}

describe("output to a pipe", () => {
  it.each([[["--help"]], [["show", "clerk", "--json"]], [["show", "clerk"]], [["list"]]])(
    "%j loads neither net, the stream modules nor child_process",
    (args) => {
      const r = modulesOf(args);
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(100);
      for (const m of ["NativeModule net", "NativeModule stream", "NativeModule child_process", "NativeModule tty"])
        expect(r.modules, m).not.toContain(m);
    },
  );

  it("prints what the stream printed: the bytes of several writes, whole and in order", () => {
    const r = spawnSync(process.execPath, [BIN, "show", "clerk", "--json"], { env, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe("clerk");
    expect(r.stdout.endsWith("}\n")).toBe(true);
  });

  it("a reader gone before the output (EPIPE): exit 0, nothing on stderr", async () => {
    const child = spawn(process.execPath, [BIN, "list", "--json"], { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const status = await new Promise<number | null>((done) => child.on("close", done));
    expect([status, stderr]).toEqual([0, ""]);
  });
});

describe("fdWriter and isTerminal", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a file and a closed descriptor are no terminal", () => {
    const file = join(work, "plain.txt");
    writeFileSync(file, "x");
    const fd = openSync(file, "r");
    expect(isTerminal(fd)).toBe(false);
    closeSync(fd);
    expect(isTerminal(fd)).toBe(false);
  });

  it("a terminal goes through the stream", () => {
    const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    fdWriter(2, true)("through the stream\n");
    expect(write).toHaveBeenCalledWith("through the stream\n");
  });
});

describe("fdWriter without a terminal", () => {
  afterEach(() => vi.restoreAllMocks());
  const eagain = () => Object.assign(new Error("EAGAIN: resource temporarily unavailable, write"), { code: "EAGAIN" });

  it("writes what a short write left, then the rest of each text", () => {
    const got: string[] = [];
    const write = vi.fn((_fd: number, b: NodeJS.ArrayBufferView, off?: number | null, len?: number | null) => {
      const n = Math.min(len ?? 0, 3);
      got.push(
        Buffer.from(b.buffer, b.byteOffset, b.byteLength)
          .subarray(off ?? 0, (off ?? 0) + n)
          .toString(),
      );
      return n;
    });
    const out = fdWriter(1, false, write as never);
    out("héllo\n");
    out("end");
    expect(got.join("")).toBe("héllo\nend");
    expect(write.mock.calls.every(([fd]) => fd === 1)).toBe(true);
  });

  it("a full non-blocking pipe (EAGAIN): the rest, and every later text, through the stream, in order", () => {
    const streamed: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      streamed.push(Buffer.from(chunk).toString());
      return true;
    });
    let calls = 0;
    const write = vi.fn((_fd: number, _b: NodeJS.ArrayBufferView) => {
      calls++;
      if (calls === 1) return 2;
      throw eagain();
    });
    const out = fdWriter(1, false, write as never);
    out("abcdef");
    out("ghi");
    expect(streamed).toEqual(["cdef", "ghi"]);
    expect(write).toHaveBeenCalledTimes(2);
  });
});
