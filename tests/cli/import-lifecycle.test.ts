/**
 * The data set's life, in-process: one import at a time (the lock in the data home), readers never
 * failing because of an import (the set replaced stays until the next one), Ctrl-C and SIGTERM at the
 * write phase (held there by CAREERS_IMPORT_HOLD, the signal given through the io seam), leftovers of a
 * killed import removed, damage found by size on every command and by checksum with --verify, and the
 * errors of a missing set or a CAREERS_HOME that is a file.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Io } from "../../src/app/context.js";
import { run as runProgram } from "../../src/cli.js";
import { openDataset } from "../../src/loader/occupations.js";
import { LOCK, processStart } from "../../src/store/lock.js";
import { ONET_MINI, writeInputs } from "../helpers/import-fixtures.js";
import { run } from "../helpers/run.js";

const inputs = writeInputs();
const files = [inputs.zip, inputs.projections, inputs.oews];
let home: string;
const env = (more: Record<string, string> = {}) => ({ CAREERS_HOME: home, ...more });
const root = () => join(home, "occupations");
const installed = () => JSON.parse(readFileSync(join(root(), "current.json"), "utf8")).set as string;
const sets = () => readdirSync(root()).filter((n) => n.startsWith("set-"));

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "careers-lifecycle-"));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));
afterAll(() => rmSync(inputs.dir, { recursive: true, force: true }));

/** An import running in-process: its output so far, a signal to give it, and its end. */
interface Running {
  stderr: () => string;
  stdout: () => string;
  signal: (s?: "SIGINT" | "SIGTERM") => void;
  done: Promise<number>;
}

function start(args: string[], more: Record<string, string> = {}): Running {
  let stdout = "";
  let stderr = "";
  let handler: ((s?: "SIGINT" | "SIGTERM") => void) | undefined;
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: () => Buffer.from(""),
    env: { CAREERS_HOME: home, NO_COLOR: "1", ...more },
    cwd: process.cwd(),
    stdoutIsTTY: false,
    stdinIsTTY: false,
    page: async () => false,
    onInterrupt: (h) => {
      handler = h;
      return () => {
        handler = undefined;
      };
    },
  };
  return {
    stderr: () => stderr,
    stdout: () => stdout,
    signal: (s) => handler?.(s),
    done: runProgram(args, io),
  };
}

/** Until `f` holds (each event-loop turn), or fail after 10 s. */
async function until(f: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 10_000;
  while (!f()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const holdLock = (holder: object) => writeFileSync(join(home, LOCK), `${JSON.stringify(holder)}\n`);
const liveHolder = () => ({ pid: process.pid, since: new Date().toISOString(), start: processStart("self") });

describe("one import at a time", () => {
  it("--no-wait while another import holds the lock: exit 1, one line and a hint, the current set untouched", async () => {
    await run(["import", ONET_MINI], { env: env() });
    const before = installed();
    holdLock(liveHolder());
    const r = await run(["import", "--no-wait", ...files], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `^careers: another import is running \\(pid ${process.pid}, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\); the data set was not changed\n` +
          "Run the import again once it has finished, or without --no-wait to wait for it.\n$",
      ),
    );
    expect(installed()).toBe(before);
    expect(sets()).toEqual([before]);
    // --remove is a writer too
    expect((await run(["import", "--remove", "--no-wait"], { env: env() })).status).toBe(1);
    expect(installed()).toBe(before);
  });

  it("without --no-wait it waits, says for whom, and imports once the lock is free", async () => {
    holdLock(liveHolder());
    const second = start(["import", ONET_MINI]);
    await until(() => second.stderr().includes("waiting"), "the wait message");
    expect(second.stderr()).toMatch(
      new RegExp(`^careers: waiting for the import run by pid ${process.pid} \\(since .* UTC\\) to finish\\.\\.\\.\n$`),
    );
    expect(existsSync(join(root(), "current.json"))).toBe(false);
    rmSync(join(home, LOCK));
    expect(await second.done).toBe(0);
    expect(sets()).toEqual([installed()]);
    expect(existsSync(join(home, LOCK))).toBe(false);
  });

  it("Ctrl-C while waiting: exit 130, nothing written", async () => {
    holdLock(liveHolder());
    const second = start(["import", ONET_MINI]);
    await until(() => second.stderr().includes("waiting"), "the wait message");
    second.signal("SIGINT");
    expect(await second.done).toBe(130);
    expect(existsSync(root())).toBe(false);
    // the lock it waited for is not its to remove
    expect(existsSync(join(home, LOCK))).toBe(true);
  });

  it("a lock of a process that is gone is taken over, and said so", async () => {
    holdLock({ pid: 999_999_999, since: "2020-01-01T00:00:00.000Z", start: null });
    const r = await run(["import", ONET_MINI], { env: env() });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      "careers: the import run by pid 999999999 (since 2020-01-01 00:00:00 UTC) did not finish; its lock is taken over\n",
    );
    expect(existsSync(join(home, LOCK))).toBe(false);
  });

  it.runIf(processStart("self") !== null)("a pid used again by another process: the start time tells them apart", async () => {
    holdLock({ ...liveHolder(), start: (processStart("self") ?? 0) + 1 });
    const r = await run(["import", "--no-wait", ONET_MINI], { env: env() });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("did not finish; its lock is taken over");
  });

  it("a second import while the first has its new set in place: refused or waiting, and the first's set is the one current", async () => {
    await run(["import", ONET_MINI], { env: env() });
    const old = installed();
    const first = start(["import", ...files], { CAREERS_IMPORT_HOLD: "placed" });
    await until(() => first.stderr().includes("holding at placed"), "the first import to hold");
    const refused = await run(["import", "--no-wait", ONET_MINI], { env: env() });
    expect(refused.status).toBe(1);
    expect(installed()).toBe(old);
    const second = start(["import", ONET_MINI]);
    await until(() => second.stderr().includes("waiting for the import run by pid"), "the second to wait");
    expect(sets()).toHaveLength(2); // the old one and the first's, placed
    // the first goes on (a signal after the switch is said and ignored: held at switched it would be)
    first.signal("SIGINT");
    expect(await first.done).toBe(130);
    expect(installed()).toBe(old);
    expect(await second.done).toBe(0);
    const now = installed();
    expect(now).not.toBe(old);
    expect(sets().sort()).toEqual([old, now].sort());
    expect((await run(["show", "91-1011", "--json"], { env: env() })).status).toBe(0);
  });
});

describe("readers and the set they opened", () => {
  it("a command that opened a set reads it to the end while an import replaces it", async () => {
    await run(["import", ...files], { env: env() });
    const reader = openDataset(root())!;
    await new Promise((r) => setTimeout(r, 5));
    await run(["import", ONET_MINI], { env: env() });
    expect(reader.dir).not.toBe(join(root(), installed()));
    const found = reader.find("91-1011.00");
    expect(found && "row" in found && reader.occupation(found.row).title).toBe("Lantern Keepers");
    expect([...reader.searchText().parts()].length).toBeGreaterThan(0);
    expect(reader.ratings().importance.length).toBe(reader.names().length);
  });
});

describe("Ctrl-C and SIGTERM at the write phase", () => {
  const beforeAndAfter = async (stage: string, signal: "SIGINT" | "SIGTERM") => {
    await run(["import", ONET_MINI], { env: env() });
    const before = installed();
    const r = start(["import", ...files], { CAREERS_IMPORT_HOLD: stage });
    await until(() => r.stderr().includes(`holding at ${stage}`), "the hold");
    r.signal(signal);
    return { before, status: await r.done, stderr: r.stderr(), stdout: r.stdout() };
  };

  it.each([
    ["writing", "SIGINT", 130, "Cancelled"],
    ["placed", "SIGINT", 130, "Cancelled"],
    ["writing", "SIGTERM", 143, "Terminated"],
    ["placed", "SIGTERM", 143, "Terminated"],
  ] as const)("before the switch (%s), %s: exit %i, the previous set whole, nothing left behind", async (stage, signal, code, said) => {
    const r = await beforeAndAfter(stage, signal);
    expect(r.status).toBe(code);
    expect(r.stderr.split("\n").slice(1).join("\n")).toBe(`${said}\n`);
    expect(r.stdout).toBe("");
    expect(installed()).toBe(r.before);
    expect(readdirSync(root()).sort()).toEqual(["current.json", r.before]);
    expect(readdirSync(home).sort()).toEqual(["occupations"]);
    expect((await run(["import", "--verify"], { env: env() })).status).toBe(0);
  });

  it.each(["SIGINT", "SIGTERM"] as const)("after the switch, %s: exit 0, the new set, and said so", async (signal) => {
    const r = await beforeAndAfter("switched", signal);
    expect(r.status).toBe(0);
    expect(installed()).not.toBe(r.before);
    // the five rows of the mini release's Occupation Data
    expect(r.stdout).toContain("Imported 5 occupations");
    expect(r.stderr).toContain("careers: the import had completed when it was stopped; the new data set is in use\n");
    expect(readdirSync(home).sort()).toEqual(["occupations"]);
  });

  it("the write gives the event loop a turn between files: a signal during it stops it (no hold)", async () => {
    const { buildDataset } = await import("../../src/import/build.js");
    const { recognise } = await import("../../src/import/inputs.js");
    const { writeDataset } = await import("../../src/import/write.js");
    const built = await buildDataset(recognise(files).inputs);
    let stop = false;
    let checks = 0;
    const writing = writeDataset(root(), built, new Date(), {
      checkCancelled: () => {
        checks++;
        if (stop) throw new Error("stopped");
      },
    });
    // a timer runs while the write is under way, as a signal's handler would
    setImmediate(() => {
      stop = true;
    });
    await expect(writing).rejects.toThrow(/stopped/);
    expect(checks).toBeGreaterThan(0);
    expect(existsSync(join(root(), "current.json"))).toBe(false);
    expect(readdirSync(root())).toEqual([]);
  });
});

describe("what a killed import leaves", () => {
  it("build folders, current.json's temporary file, a set never made current and the lock: removed by the next import", async () => {
    await run(["import", ONET_MINI], { env: env() });
    const before = installed();
    const dead = 999_999_999;
    mkdirSync(join(root(), `.build-${dead}-2020-01-01T00-00-00-000Z`));
    writeFileSync(join(root(), `.current-${dead}.tmp`), "{");
    mkdirSync(join(root(), `set-2020-01-01T00-00-00-000Z-${dead}`));
    holdLock({ pid: dead, since: "2020-01-01T00:00:00.000Z", start: null });
    const r = await run(["import", ONET_MINI], { env: env() });
    expect(r.status).toBe(0);
    expect(readdirSync(root()).sort()).toEqual(["current.json", before, installed()].sort());
    expect(readdirSync(home)).toEqual(["occupations"]);
  });
});

describe("damage", () => {
  beforeEach(async () => {
    expect((await run(["import", ...files], { env: env() })).status).toBe(0);
  });
  const file = (name: string) => join(root(), installed(), name);

  it("the manifest records each file's size and SHA-256", () => {
    const manifest = JSON.parse(readFileSync(file("manifest.json"), "utf8"));
    const names = readdirSync(join(root(), installed())).filter((n) => n !== "manifest.json");
    expect(Object.keys(manifest.files).sort()).toEqual(names.sort());
    for (const name of names) {
      expect(manifest.files[name].bytes).toBe(readFileSync(file(name)).length);
      expect(manifest.files[name].sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("a file cut short: the command says which, and to import again; list and roles keep working", async () => {
    const lower = file("search.lower");
    truncateSync(lower, Math.floor(readFileSync(lower).length / 2));
    const search = await run(["search", "lamp"], { env: env() });
    expect(search.status).toBe(1);
    expect(search.stdout).toBe("");
    expect(search.stderr).toMatch(
      /^careers: the occupations data set is damaged \(.*search\.lower: \d+ bytes, not the \d+ written\); import it again/,
    );
    expect(search.stderr.split("\n")).toHaveLength(2);
    // every command, whatever file it reads
    expect((await run(["show", "91-1011", "--json"], { env: env() })).stderr).toContain("search.lower");
    const list = await run(["list"], { env: env() });
    expect(list.status).toBe(0);
    expect(list.stdout).toContain("clerk");
    expect(list.stderr).toMatch(/^warning: the occupations are not listed: the occupations data set is damaged \(.*search\.lower/);
    const clerk = await run(["show", "clerk"], { env: env() });
    expect(clerk.status).toBe(0);
    expect(clerk.stdout).toContain("Customer Service Clerk");
  });

  it("--verify: each file ok; a byte changed in place (same size) is found by its checksum, and named", async () => {
    const whole = await run(["import", "--verify"], { env: env() });
    expect(whole.status).toBe(0);
    const written = readdirSync(join(root(), installed())).filter((n) => n !== "manifest.json");
    expect(whole.stdout.replace(/\s+/g, " ")).toContain(`is whole: ${written.length} files match their checksums`);
    expect(whole.stdout).not.toContain("damaged");
    const bin = readFileSync(file("ratings.bin"));
    bin[0] = bin[0]! ^ 0xff;
    writeFileSync(file("ratings.bin"), bin);
    // ordinary commands check sizes only
    expect((await run(["show", "91-1011", "--json"], { env: env() })).status).toBe(0);
    const r = await run(["import", "--verify", "--json"], { env: env() });
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.files.filter((f: { ok: boolean }) => !f.ok)).toEqual([
      { file: "ratings.bin", bytes: bin.length, ok: false, problem: "its content changed (SHA-256)" },
    ]);
    expect(JSON.parse(r.stderr).error.message).toMatch(
      /^the occupations data set is damaged \(.*ratings\.bin: its content changed \(SHA-256\)\); import it again/,
    );
  });
});

describe("errors", () => {
  it("--status when current.json names a set that is gone: one line, the way out", async () => {
    await run(["import", ONET_MINI], { env: env() });
    rmSync(join(root(), installed()), { recursive: true });
    const r = await run(["import", "--status"], { env: env() });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^careers: the occupations data set is damaged \(.*set-[^:]*: missing \(current\.json names it\)\); import it again .*\n$/,
    );
    expect(r.stderr).not.toContain("ENOENT");
  });

  it("CAREERS_HOME a file: import and --remove say so in one line with a hint; other commands work", async () => {
    const file = join(home, "a-file");
    writeFileSync(file, "");
    for (const args of [
      ["import", ONET_MINI],
      ["import", "--remove"],
    ]) {
      const r = await run(args, { env: { CAREERS_HOME: file } });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(
        `careers: cannot use ${join(file, "occupations")}: ${file} is a file, not a folder\nSet CAREERS_HOME to a folder (or unset it), or move the file away.\n`,
      );
    }
    expect((await run(["show", "clerk"], { env: { CAREERS_HOME: file } })).status).toBe(0);
  });
});
