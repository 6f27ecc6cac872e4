import { availableParallelism } from "node:os";

/** Below this many files to parse, worker threads cost more to start than they save. */
export const PARALLEL_MIN = 400;

/** Worker threads to parse with: one per core, at most four. */
export const parallelism = (): number => Math.max(1, Math.min(4, availableParallelism()));
