/**
 * The data set's life with real processes and real signals (the built CLI): SIGINT, SIGTERM and SIGKILL
 * at the write phase, the import held there by CAREERS_IMPORT_HOLD (it says so on stderr, then waits for
 * the signal: no sleeps as synchronisation); and a stress run of imports at once while commands read the
 * same data set in loops. Not timed: every check is of exit codes, output and the files on disk.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../../src/schema/version.js";
import { ONET_MINI } from "../helpers/import-fixtures.js";
import { BIN } from "../helpers/run.js";

let home: string;
const root = () => join(home, "occupations");
const installed = () => JSON.parse(readFileSync(join(root(), "current.json"), "utf8")).set as string;
const started: ChildProcess[] = [];

const BASE_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.startsWith("CAREERS_") && k !== "FORCE_COLOR" && k !== "NO_COLOR"),
);

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface Child {
  process: ChildProcess;
  stderr: () => string;
  done: Promise<Ended>;
}

function careers(args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...BASE_ENV, CAREERS_HOME: home, NO_COLOR: "1", CAREERS_PAGER: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  return {
    process: child,
    stderr: () => stderr,
    done: new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))),
  };
}

/** Until the child says `text` on stderr (or ends first, which fails). */
function said(child: Child, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const look = () => {
      if (child.stderr().includes(text)) resolve();
    };
    child.process.stderr!.on("data", look);
    look();
    void child.done.then((e) => (child.stderr().includes(text) ? resolve() : reject(new Error(`ended before "${text}": ${e.stderr}`))));
  });
}

const verify = async () => (await careers(["import", "--verify"]).done).code;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "careers-e2e-lifecycle-"));
});
afterEach(() => {
  for (const c of started.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  rmSync(home, { recursive: true, force: true });
});

describe("signals at the write phase", () => {
  const held = async (stage: string) => {
    expect((await careers(["import", ONET_MINI]).done).code).toBe(0);
    const before = installed();
    const child = careers(["import", ONET_MINI], { CAREERS_IMPORT_HOLD: stage });
    await said(child, `holding at ${stage}`);
    return { before, child };
  };

  it.each([
    ["writing", "SIGINT", 130, "Cancelled"],
    ["placed", "SIGINT", 130, "Cancelled"],
    ["writing", "SIGTERM", 143, "Terminated"],
    ["placed", "SIGTERM", 143, "Terminated"],
  ] as const)("held at %s, %s: exit %i, the previous set current and whole, nothing left behind", async (stage, signal, code, word) => {
    const { before, child } = await held(stage);
    child.process.kill(signal);
    const end = await child.done;
    expect(end.code).toBe(code);
    expect(end.stderr).toBe(`careers: holding at ${stage} (pid ${child.process.pid})\n${word}\n`);
    expect(installed()).toBe(before);
    expect(readdirSync(root()).sort()).toEqual(["current.json", before]);
    expect(readdirSync(home)).toEqual(["occupations"]);
    expect(await verify()).toBe(0);
  });

  it.each([
    ["SIGINT", 130, "cancelled", "Cancelled"],
    ["SIGTERM", 143, "terminated", "Terminated"],
  ] as const)(
    "under --json, %s: exit %i, the error as data on stderr, nothing on stdout, the previous set whole",
    async (signal, code, kind, message) => {
      expect((await careers(["import", ONET_MINI]).done).code).toBe(0);
      const before = installed();
      const child = careers(["import", ONET_MINI, "--json"], { CAREERS_IMPORT_HOLD: "writing" });
      const hold = `careers: holding at writing (pid ${child.process.pid})\n`;
      await said(child, hold);
      child.process.kill(signal);
      const end = await child.done;
      expect(end.code).toBe(code);
      expect(end.stdout).toBe("");
      expect(end.stderr.startsWith(hold)).toBe(true);
      // the error document of docs/json-output.md ("error"), its exit code the process's
      expect(JSON.parse(end.stderr.slice(hold.length))).toEqual({
        schemaVersion: SCHEMA_VERSION,
        error: { kind, message, hint: null, exitCode: code },
      });
      expect(installed()).toBe(before);
      expect(readdirSync(root()).sort()).toEqual(["current.json", before]);
      expect(readdirSync(home)).toEqual(["occupations"]);
      expect(await verify()).toBe(0);
    },
  );

  it.each(["SIGINT", "SIGTERM"] as const)("after the switch, %s: exit 0, the new set, said so", async (signal) => {
    const { before, child } = await held("switched");
    child.process.kill(signal);
    const end = await child.done;
    expect(end.code).toBe(0);
    expect(end.stdout).toContain("Imported 5 occupations");
    expect(end.stderr).toContain("the import had completed when it was stopped; the new data set is in use");
    expect(installed()).not.toBe(before);
    expect(readdirSync(home)).toEqual(["occupations"]);
    expect(await verify()).toBe(0);
  });

  it.each(["writing", "placed"])(
    "SIGKILL held at %s: the previous set stays current and whole; the next import clears what was left",
    async (stage) => {
      const { before, child } = await held(stage);
      child.process.kill("SIGKILL");
      expect((await child.done).signal).toBe("SIGKILL");
      expect(installed()).toBe(before);
      expect(await verify()).toBe(0);
      const pid = child.process.pid!;
      expect(readdirSync(root()).filter((n) => n.includes(`-${pid}`))).toHaveLength(1);
      expect(existsSync(join(home, "import.lock"))).toBe(true);
      const next = await careers(["import", ONET_MINI]).done;
      expect(next.code).toBe(0);
      expect(next.stderr).toMatch(
        new RegExp(`^careers: the import run by pid ${pid} \\(since .*\\) did not finish; its lock is taken over\n$`),
      );
      expect(readdirSync(root()).sort()).toEqual(["current.json", before, installed()].sort());
      expect(readdirSync(home)).toEqual(["occupations"]);
    },
  );
});

describe("imports at once while commands read", () => {
  it("4 imports at once (and one with --no-wait), 5 rounds, 10 readers looping: every read whole, one set current and whole after each round", async () => {
    expect((await careers(["import", ONET_MINI]).done).code).toBe(0);
    const reads: { args: string[]; check: (out: unknown) => boolean }[] = [
      { args: ["show", "91-1011", "--json"], check: (o) => (o as { code?: string }).code === "91-1011.00" },
      { args: ["search", "lamp", "--json"], check: (o) => (o as { results?: { code: string }[] }).results?.[0]?.code === "91-1011.00" },
      { args: ["match", "--like", "91-1011", "--json"], check: (o) => Array.isArray((o as { results?: unknown[] }).results) },
    ];
    let importing = true;
    const failures: string[] = [];
    let count = 0;
    const reader = async (n: number) => {
      for (let k = n; importing; k++) {
        const read = reads[k % reads.length]!;
        const end = await careers(read.args).done;
        count++;
        let whole = false;
        try {
          whole = read.check(JSON.parse(end.stdout));
        } catch {
          whole = false;
        }
        if (end.code !== 0 || !whole) failures.push(`${read.args.join(" ")}: exit ${end.code}, ${end.stderr.trim()}`);
      }
    };
    const readers = Array.from({ length: 10 }, (_, n) => reader(n));
    try {
      for (let round = 0; round < 5; round++) {
        const imports = Array.from({ length: 4 }, () => careers(["import", ONET_MINI]).done);
        const eager = careers(["import", "--no-wait", ONET_MINI]).done;
        for (const end of await Promise.all(imports)) {
          expect(end.code, end.stderr).toBe(0);
          expect(end.stdout).toContain("Imported 5 occupations");
        }
        const e = await eager;
        // it either got the lock and imported, or was refused at once saying why
        if (e.code === 0) expect(e.stdout).toContain("Imported 5 occupations");
        else {
          expect(e.code).toBe(1);
          expect(e.stderr).toMatch(/^careers: another import is running \(pid \d+, since .*\); the data set was not changed\n/);
        }
        const current = installed();
        const sets = readdirSync(root()).filter((n) => n.startsWith("set-"));
        expect(sets).toContain(current);
        expect(sets.length).toBeLessThanOrEqual(2);
        expect(readdirSync(root()).filter((n) => n.startsWith("."))).toEqual([]);
        expect(existsSync(join(home, "import.lock"))).toBe(false);
        expect(await verify()).toBe(0);
      }
    } finally {
      importing = false;
      await Promise.all(readers);
    }
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(10);
  }, 240_000); // 25-60 s alone; the machine may be shared: twenty processes at once
});
