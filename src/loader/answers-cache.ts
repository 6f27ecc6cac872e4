/**
 * Answers files on O*NET's common scales, read through the cache of files read before (cache.ts): running
 * `match --answers levels.yaml` again needs neither YAML nor zod, which cost more than the ranking itself.
 * An entry holds exactly what reading the file gave, and is used only while the file is unchanged; a file
 * that fails to read is never kept, so its errors are said every time.
 */
import type { OccupationAnswers } from "../schema/assessment.js";
import { readOccupationAnswers } from "./answers.js";
import { cacheDir, FileCache } from "./cache.js";
import { statOrNull } from "./read.js";

/** The answers in `path` (`-`: stdin, never cached), from the cache when the file is unchanged. */
export async function readOccupationAnswersCached(
  path: string,
  env: Record<string, string | undefined>,
  readStdin: () => Buffer,
): Promise<OccupationAnswers> {
  const root = path === "-" ? null : cacheDir(env);
  const st = root ? statOrNull(path) : null;
  const cache = root && st?.isFile() ? new FileCache<OccupationAnswers>(root, "answers") : null;
  const cached = cache?.get(path, st!);
  if (cached) return cached;
  const answers = await readOccupationAnswers(path, readStdin);
  cache?.set(path, st!, answers);
  return answers;
}
