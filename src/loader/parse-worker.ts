/**
 * A worker thread that parses a share of the role files when many need parsing at once (a first `list`
 * over thousands of files): file in, the same result the parser gives in the main thread out, posted
 * in batches in the order given.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { CachedResult } from "./cache.js";
import { parseRoleBytes } from "./parse.js";
import { readRoleFile } from "./read.js";

export interface WorkerJob {
  files: [id: string, file: string][];
}

export type WorkerResult = (CachedResult & { unreadable?: boolean })[];

export function parseFiles(job: WorkerJob): WorkerResult {
  return job.files.map(([id, file]) => {
    const read = readRoleFile(file);
    if (!read.ok) return { ok: false, diagnostics: [read.diagnostic], unreadable: true };
    const parsed = parseRoleBytes(file, read.bytes, id);
    return parsed.ok ? { ok: true, role: parsed.role } : { ok: false, diagnostics: parsed.diagnostics };
  });
}

/** Files per message: results go back as they are ready, so the worker never holds them all. */
const BATCH = 200;

if (parentPort && workerData) {
  const { files } = workerData as WorkerJob;
  for (let start = 0; start < files.length; start += BATCH) {
    parentPort.postMessage(parseFiles({ files: files.slice(start, start + BATCH) }));
  }
}
