/**
 * Parse many role files on every core: the files are split into one share per worker thread (at most
 * four), each parsed by dist/parse-worker.js, results returned in the order given. Below `PARALLEL_MIN`
 * files starting workers costs more than it saves, and the caller parses in its own thread.
 */
import { Worker } from "node:worker_threads";
import { distUrl } from "./bundled.js";
import type { WorkerJob, WorkerResult } from "./parse-worker.js";

import { parallelism } from "./parallel-limits.js";

function runWorker(job: WorkerJob): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("parse-worker.js", distUrl()), { workerData: job });
    worker.once("message", (result: WorkerResult) => resolve(result));
    worker.once("error", reject);
    worker.once("exit", (code) => code !== 0 && reject(new Error(`parse worker exited with code ${code}`)));
  });
}

export async function parseInWorkers(files: [id: string, file: string][], workers = parallelism()): Promise<WorkerResult> {
  const size = Math.ceil(files.length / workers);
  const shares = Array.from({ length: workers }, (_, i) => files.slice(i * size, (i + 1) * size)).filter((s) => s.length > 0);
  const results = await Promise.all(shares.map((share) => runWorker({ files: share })));
  return results.flat();
}
