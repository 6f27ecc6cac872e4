import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { createContext, emit } from "../app/context.js";
import { cancelledError, usageError } from "../errors.js";
import { Dataset, installedSet } from "../loader/occupations.js";
import type { ImportSummary } from "../render/import.js";
import { datasetRoot } from "../store/dataset.js";

interface ImportOptions {
  status?: boolean;
  remove?: boolean;
  json?: boolean;
}

const folderBytes = (dir: string): number => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

/** The handler of `careers import`, loaded only when the command runs; the readers load only for an import. */
export const run = async (paths: string[], opts: ImportOptions, cmd: Command) => {
  const ctx = createContext(cmd);
  const root = datasetRoot(ctx.io.env);
  const format = opts.json ? "json" : "table";
  const render = () => import("../render/import.js").then((m) => m.renderImport);
  if (opts.status && opts.remove) throw usageError("--status and --remove ask for two things", "Give one of them.");
  if ((opts.status || opts.remove) && paths.length > 0) {
    throw usageError(
      `--${opts.status ? "status" : "remove"} takes no files`,
      "Run `careers import <files>` to import, `careers import --status` to see what is installed.",
    );
  }
  if (opts.status) {
    const dir = installedSet(root);
    const summary: ImportSummary = dir
      ? { action: "status", installed: true, dir, bytes: folderBytes(dir), manifest: new Dataset(dir).manifest() }
      : { action: "status", installed: false, dir: null };
    return emit(ctx, summary, format, render);
  }
  if (opts.remove) {
    const { removeDataset } = await import("../import/write.js");
    const dir = removeDataset(root);
    return emit(ctx, { action: "remove", removed: dir !== null, dir } satisfies ImportSummary, format, render);
  }
  if (paths.length === 0) {
    throw usageError(
      "give the files to import",
      "Such as: careers import db_29_3_text.zip occupation.xlsx national_M2024_dl.xlsx (or --status, --remove).",
    );
  }

  const started = Date.now();
  const io = ctx.io;
  const showProgress = io.stdoutIsTTY && (io.stderrIsTTY ?? io.stdoutIsTTY) && format === "table";
  let interrupted = false;
  const stopListening = io.onInterrupt?.(() => {
    interrupted = true;
  });
  const check = () => {
    if (interrupted) throw cancelledError();
  };
  try {
    const [{ recognise }, { buildDataset }, { writeDataset }] = await Promise.all([
      import("../import/inputs.js"),
      import("../import/build.js"),
      import("../import/write.js"),
    ]);
    const { inputs, ignored } = recognise(paths, ctx.path);
    const built = await buildDataset(inputs, {
      progress: showProgress ? (file, rows) => io.stderr(`  read ${file}: ${rows.toLocaleString("en-US")} rows\n`) : undefined,
      pause: async () => {
        await new Promise((resolve) => setImmediate(resolve));
        check();
      },
    });
    check();
    if (showProgress) io.stderr(`  writing the data set...\n`);
    const written = writeDataset(root, built, new Date(), { checkCancelled: check });
    const summary: ImportSummary = {
      action: "import",
      dir: written.dir,
      bytes: written.bytes,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      ignored,
      manifest: new Dataset(written.dir).manifest(),
    };
    await emit(ctx, summary, format, render);
  } finally {
    stopListening?.();
  }
};
