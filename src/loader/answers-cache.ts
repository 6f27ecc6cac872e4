/**
 * Answers files read through the cache of files read before (cache.ts): running `match --answers
 * levels.yaml` or `interests --answers interests.yaml` again needs neither YAML nor zod, which cost more
 * than the ranking or the scoring itself. An entry holds exactly what reading the file gave, and is used
 * only while the file is unchanged; a file that fails to read is never kept, so its errors are said every
 * time.
 */
import type { InterestAnswers, MatchAnswers } from "../schema/assessment.js";
import { readInterestAnswers, readMatchAnswers, type StdinReader } from "./answers.js";
import { cacheDir, FileCache } from "./cache.js";
import type { Locate } from "./parse.js";
import { statOrNull } from "./read.js";

/** What `read` gives for `path` (`-`: stdin, never cached), from the cache in `folder` when the file is unchanged. */
async function cachedRead<T extends object>(
  folder: string,
  path: string,
  env: Record<string, string | undefined>,
  read: () => Promise<T>,
): Promise<{ value: T; cached: boolean }> {
  const root = path === "-" ? null : cacheDir(env);
  const st = root ? statOrNull(path) : null;
  const cache = root && st?.isFile() ? new FileCache<T>(root, folder) : null;
  const cached = cache?.get(path, st!);
  if (cached) return { value: cached, cached: true };
  const value = await read();
  cache?.set(path, st!, value);
  return { value, cached: false };
}

/** A profile for `match --answers` in `path`, on O*NET's common scales, from the cache when the file is unchanged. */
export async function readMatchAnswersCached(
  path: string,
  env: Record<string, string | undefined>,
  readStdin: StdinReader,
): Promise<MatchAnswers> {
  return (await cachedRead("match-answers", path, env, () => readMatchAnswers(path, readStdin))).value;
}

/**
 * The answers to the interests quiz in `path`, from the cache when the file is unchanged. `locate` finds
 * a key's line: at once for a file just read, else by reading it again (only a problem needs it).
 */
export async function readInterestAnswersCached(
  path: string,
  env: Record<string, string | undefined>,
  readStdin: StdinReader,
): Promise<{ answers: InterestAnswers; locate: () => Promise<Locate> }> {
  let fresh: Locate | undefined;
  const { value } = await cachedRead("interest-answers", path, env, async () => {
    const read = await readInterestAnswers(path, readStdin);
    fresh = read.locate;
    return read.answers;
  });
  return { answers: value, locate: async () => fresh ?? (await readInterestAnswers(path, readStdin)).locate };
}
