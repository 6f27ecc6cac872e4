/**
 * Parse many role files on every core: the files are split into one share per worker thread (at most
 * four), each parsed by dist/parse-worker.js, which sends results back in batches as it goes. Below
 * `PARALLEL_MIN` files starting workers costs more than it saves, and the caller parses in its own thread.
 */
import { Worker } from "node:worker_threads";
import { distUrl } from "./bundled.js";
import type { WorkerJob, WorkerResult } from "./parse-worker.js";
import { parallelism, WORKER_YOUNG_GENERATION_MB } from "./parallel-limits.js";

/** Results of a share of the files, as batches arrive: `offset` is the first file's index in the share. */
type OnBatch = (offset: number, results: WorkerResult) => void;

function runWorker(job: WorkerJob, onBatch: OnBatch): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("parse-worker.js", distUrl()), {
      workerData: job,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    let received = 0;
    worker.on("message", (results: WorkerResult) => {
      onBatch(received, results);
      received += results.length;
    });
    worker.once("error", reject);
    worker.once("exit", (code) =>
      code === 0 && received === job.files.length ? resolve() : reject(new Error(`parse worker exited with code ${code} after ${received} of ${job.files.length} files`)),
    );
  });
}

/**
 * Parse `files` in worker threads; `onResult(index, result)` receives each file's result (index into
 * `files`) as soon as its batch arrives, so the caller can use it while the rest are being parsed.
 */
export async function parseInWorkers(
  files: [id: string, file: string][],
  onResult: (index: number, result: WorkerResult[number]) => void,
  workers = parallelism(),
): Promise<void> {
  const size = Math.ceil(files.length / workers);
  const shares = Array.from({ length: workers }, (_, i) => i * size).filter((start) => start < files.length);
  await Promise.all(
    shares.map((start) =>
      runWorker({ files: files.slice(start, start + size) }, (offset, results) => results.forEach((r, k) => onResult(start + offset + k, r))),
    ),
  );
}
