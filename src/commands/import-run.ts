import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Command } from "commander";
import { createContext, emit, type Io } from "../app/context.js";
import { type Format, type FormatOptions, resolveFormat } from "../app/output.js";
import { CareersError, cancelledError, dataError, terminatedError, usageError } from "../errors.js";
import { corrupt, Dataset, openDataset } from "../loader/occupations.js";
import type { ImportSummary } from "../render/import.js";
import { datasetRoot } from "../store/dataset.js";
import { type Lock, takeLock } from "../store/lock.js";

interface ImportOptions extends FormatOptions {
  status?: boolean;
  remove?: boolean;
  verify?: boolean;
  /** false with --no-wait */
  wait?: boolean;
}

/** The stages an import can be held at for tests of signals (CAREERS_IMPORT_HOLD=writing|placed|switched). */
const HOLD_STAGES = ["writing", "placed", "switched"];

const folderBytes = (dir: string): number => {
  try {
    return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  } catch (err) {
    throw corrupt(dir, (err as NodeJS.ErrnoException).code === "ENOENT" ? "missing (current.json names it)" : (err as Error).message);
  }
};

/** The nearest folder of `dir` that exists must be a folder: CAREERS_HOME a file is said so, not ENOTDIR. */
function checkFolder(root: string, home: string): void {
  for (let d = root; ; d = dirname(d)) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(d, { throwIfNoEntry: false });
    } catch {
      continue; // ENOTDIR: a file above it, found next
    }
    if (stat?.isDirectory()) return;
    if (stat)
      throw new CareersError(
        "io",
        `cannot use ${root}: ${d} is a file, not a folder`,
        [],
        d === home ? "Set CAREERS_HOME to a folder (or unset it), or move the file away." : `Move the file ${d} away.`,
      );
    if (dirname(d) === d) return;
  }
}

const modes = (opts: ImportOptions) => (["status", "remove", "verify"] as const).filter((m) => opts[m]);

/** Ctrl-C and SIGTERM while an import runs: remembered, and acted on where the import checks (`check`). */
function listen(io: Io) {
  let signal: "SIGINT" | "SIGTERM" | null = null;
  const stop = io.onInterrupt?.((s) => {
    signal ??= s ?? "SIGINT";
  });
  const check = () => {
    if (signal) throw signal === "SIGTERM" ? terminatedError() : cancelledError();
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    check,
    stopped: () => signal !== null,
    /** wait a while, then check */
    pause: async (ms = 100) => {
      await sleep(ms);
      check();
    },
    /** until a signal comes (a test's hold) */
    untilSignal: async () => {
      while (!signal) await sleep(10);
    },
    close: () => stop?.(),
  };
}

const render = {
  table: () => import("../render/import.js").then((m) => m.renderImport),
  sheet: () => import("../render/flatten-results.js").then((m) => m.importSheet),
};

/** The handler of `careers import`, loaded only when the command runs; the readers load only for an import. */
export const run = async (paths: string[], opts: ImportOptions, cmd: Command) => {
  const ctx = createContext(cmd);
  const root = datasetRoot(ctx.io.env);
  const format = resolveFormat(opts);
  const asked = modes(opts);
  if (asked.length > 1) throw usageError(`${asked.map((m) => `--${m}`).join(" and ")} ask for different things`, "Give one of them.");
  if (asked.length === 1 && paths.length > 0) {
    throw usageError(
      `--${asked[0]} takes no files`,
      "Run `careers import <files>` to import, `careers import --status` to see what is installed.",
    );
  }
  if (opts.status) {
    const dataset = openDataset(root);
    const summary: ImportSummary = dataset
      ? { action: "status", installed: true, dir: dataset.dir, bytes: folderBytes(dataset.dir), manifest: dataset.manifest() }
      : { action: "status", installed: false, dir: null };
    return emit(ctx, summary, format, render);
  }
  if (opts.verify) {
    const dataset = openDataset(root);
    if (!dataset) throw usageError("no occupations data set is installed", "Import one: careers import <files>.");
    const manifest = dataset.manifest();
    if (!manifest.files)
      throw dataError(
        `the occupations data set in ${dataset.dir} was written before careers recorded its files' checksums; import it again to verify it`,
      );
    const { verifyFiles } = await import("../loader/verify.js");
    const files = verifyFiles(dataset.dir, manifest);
    await emit(ctx, { action: "verify", dir: dataset.dir, ok: files.every((f) => f.ok), files } satisfies ImportSummary, format, render);
    const bad = files.find((f) => !f.ok);
    if (bad) throw corrupt(join(dataset.dir, bad.file), bad.problem ?? "damaged");
    return;
  }
  if (!opts.remove && paths.length === 0) {
    throw usageError(
      "give the files to import",
      "Such as: careers import db_29_3_text.zip occupation.xlsx national_M2024_dl.xlsx (or --status, --remove, --verify).",
    );
  }

  const io = ctx.io;
  const signals = listen(io);
  let lock: Lock | undefined;
  try {
    const home = dirname(root);
    checkFolder(root, home);
    const { makeDirs } = await import("../loader/write.js");
    makeDirs(home);
    lock = await takeLock(home, { wait: opts.wait !== false, say: (line) => io.stderr(`careers: ${line}\n`), pause: signals.pause });
    if (opts.remove) {
      const { removeDataset } = await import("../import/write.js");
      const dir = removeDataset(root);
      return await emit(ctx, { action: "remove", removed: dir !== null, dir } satisfies ImportSummary, format, render);
    }
    await importFiles(ctx, root, paths, format, lock, signals);
  } finally {
    lock?.release();
    signals.close();
  }
};

async function importFiles(
  ctx: ReturnType<typeof createContext>,
  root: string,
  paths: string[],
  format: Format,
  lock: Lock,
  signals: ReturnType<typeof listen>,
): Promise<void> {
  const started = Date.now();
  const io = ctx.io;
  const showProgress = io.stdoutIsTTY && (io.stderrIsTTY ?? io.stdoutIsTTY) && format === "table";
  const hold = HOLD_STAGES.includes(io.env.CAREERS_IMPORT_HOLD ?? "") ? io.env.CAREERS_IMPORT_HOLD : undefined;
  const [{ recognise }, { buildDataset }, { writeDataset }, { previousSet }] = await Promise.all([
    import("../import/inputs.js"),
    import("../import/build.js"),
    import("../import/write.js"),
    import("../import/previous.js"),
  ]);
  const { inputs, ignored } = recognise(paths, ctx.path);
  // the set in use, read under the lock: the sources this import does not give are kept from it
  let previous: ReturnType<typeof previousSet> | null = null;
  let unreadable: string | undefined;
  try {
    const dataset = openDataset(root);
    previous = dataset ? previousSet(dataset) : null;
  } catch (err) {
    if (!(err instanceof CareersError)) throw err;
    unreadable = err.message;
  }
  const built = await buildDataset(
    inputs,
    {
      progress: showProgress ? (file, rows) => io.stderr(`  read ${file}: ${rows.toLocaleString("en-US")} rows\n`) : undefined,
      pause: async () => {
        await new Promise((resolve) => setImmediate(resolve));
        signals.check();
      },
    },
    previous,
  );
  if (unreadable) built.manifest.changes = { ...built.manifest.changes!, unreadable };
  signals.check();
  if (showProgress) io.stderr(`  writing the data set...\n`);
  const written = await writeDataset(root, built, new Date(), {
    checkCancelled: signals.check,
    locked: lock.held,
    at: async (stage) => {
      if (stage !== hold) return;
      io.stderr(`careers: holding at ${stage} (pid ${process.pid})\n`);
      await signals.untilSignal();
    },
  });
  const summary: ImportSummary = {
    action: "import",
    dir: written.dir,
    bytes: written.bytes,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    ignored,
    manifest: new Dataset(written.dir).manifest(),
  };
  await emit(ctx, summary, format, render);
  // stopped once the new set was current: it is in use, and that is what happened
  if (signals.stopped()) io.stderr("careers: the import had completed when it was stopped; the new data set is in use\n");
}
