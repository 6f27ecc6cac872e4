/** Read an answers file (YAML or JSON; `-` for stdin) into checked, typed input. */
import { readSync } from "node:fs";
import type { z } from "zod";
import { CareersError, dataError } from "../errors.js";
import type { AnswersInput, InterestAnswers, MatchAnswers, OccupationAnswers } from "../schema/assessment.js";
import type { Locate } from "./parse.js";
import { MAX_FILE_BYTES, readRoleFile } from "./read.js";

/** Standard input, at most `limit` bytes of it: what is past them is never read. */
export type StdinReader = (limit: number) => Buffer;

const sleep = new Int32Array(new SharedArrayBuffer(4));

/**
 * At most `limit` bytes from a file descriptor (stdin), read a piece at a time, so that an endless input
 * (`< /dev/zero`, a pipe that never closes) stops at the limit instead of filling memory. A descriptor
 * in non-blocking mode (EAGAIN) is waited on a little and read again.
 */
export function readStdinAtMost(limit: number, fd = 0): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const piece = Buffer.alloc(64 * 1024);
  while (total < limit) {
    let n: number;
    try {
      n = readSync(fd, piece, 0, Math.min(piece.length, limit - total), null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        Atomics.wait(sleep, 0, 0, 10);
        continue;
      }
      if (code === "EOF") break;
      throw err;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(piece.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

export async function readAnswers(source: string, readStdin: StdinReader = readStdinAtMost): Promise<AnswersInput> {
  const { answersSchema } = await import("../schema/assessment.js");
  return readAnswersWith(source, answersSchema, readStdin);
}

/** An answers file on O*NET's common scales (assess <occupation>, match). */
export async function readOccupationAnswers(source: string, readStdin: StdinReader = readStdinAtMost): Promise<OccupationAnswers> {
  const { occupationAnswersSchema } = await import("../schema/assessment.js");
  return readAnswersWith(source, occupationAnswersSchema, readStdin);
}

/** A profile for `match --answers`: the occupation answers format, any answer left null not rated. */
export async function readMatchAnswers(source: string, readStdin: StdinReader = readStdinAtMost): Promise<MatchAnswers> {
  const { matchAnswersSchema } = await import("../schema/assessment.js");
  return readAnswersWith(source, matchAnswersSchema, readStdin);
}

/** The answers to the interests quiz, with where each key is in the file (for file:line errors). */
export async function readInterestAnswers(
  source: string,
  readStdin: StdinReader = readStdinAtMost,
): Promise<{ file: string; answers: InterestAnswers; locate: Locate }> {
  const { file, text } = await readText(source, readStdin);
  const [{ interestAnswersSchema }, { parseWithSchema, locator }] = await Promise.all([
    import("../schema/assessment.js"),
    import("./parse.js"),
  ]);
  const parsed = parseWithSchema(file, text, interestAnswersSchema, "an answers file");
  if (!parsed.ok) throw dataError(`the answers in ${file} are invalid`, parsed.diagnostics);
  return { file, answers: parsed.value, locate: locator(parsed.doc, parsed.ctx, { keys: true }) };
}

/**
 * An answers file whose kind its keys tell: one with `occupation:` is on O*NET's common scales (assess
 * <occupation>), any other a role's. The file (or stdin) is read once.
 */
export async function readAnyAnswers(
  source: string,
  readStdin: StdinReader = readStdinAtMost,
): Promise<{ kind: "role"; input: AnswersInput } | { kind: "occupation"; input: OccupationAnswers }> {
  const { file, text } = await readText(source, readStdin);
  const { parseYamlMapping } = await import("./parse.js");
  const y = parseYamlMapping(file, text, "an answers file");
  if (y.ok && y.doc.has("occupation")) {
    const { occupationAnswersSchema } = await import("../schema/assessment.js");
    return { kind: "occupation", input: await parseAnswers(file, text, occupationAnswersSchema) };
  }
  const { answersSchema } = await import("../schema/assessment.js");
  return { kind: "role", input: await parseAnswers(file, text, answersSchema) };
}

/** A file of answers (or a skills checklist) as text: a regular file or stdin, at most MAX_FILE_BYTES, UTF-8. */
export async function readText(source: string, readStdin: StdinReader = readStdinAtMost): Promise<{ file: string; text: string }> {
  const file = source === "-" ? "<stdin>" : source;
  let bytes: Uint8Array;
  if (source === "-") {
    // one byte past the limit tells a file that is too large from one that is exactly at it
    bytes = readStdin(MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES)
      throw new CareersError(
        "invalid-data",
        `<stdin>: refused: the answers are larger than ${MAX_FILE_BYTES} bytes (${MAX_FILE_BYTES / 1024} KiB), the limit of an answers file; the rest was not read`,
        [],
        "Give the answers as a file (--answers answers.yaml), or pipe a file of that size or smaller.",
      );
  } else {
    const read = readRoleFile(source);
    if (!read.ok) throw dataError(`cannot read the answers file`, [read.diagnostic]);
    bytes = read.bytes;
  }
  const { decode } = await import("./parse.js");
  if (bytes.length > MAX_FILE_BYTES) throw dataError("the answers are too large", []);
  const decoded = decode(file, bytes);
  if ("diagnostic" in decoded) throw dataError("cannot read the answers", [decoded.diagnostic]);
  return { file, text: decoded.text };
}

async function parseAnswers<S extends z.ZodType>(file: string, text: string, schema: S): Promise<z.infer<S>> {
  const { parseWithSchema } = await import("./parse.js");
  const parsed = parseWithSchema(file, text, schema, "an answers file");
  if (!parsed.ok) throw dataError(`the answers in ${file} are invalid`, parsed.diagnostics);
  return parsed.value;
}

async function readAnswersWith<S extends z.ZodType>(source: string, schema: S, readStdin: StdinReader): Promise<z.infer<S>> {
  const { file, text } = await readText(source, readStdin);
  return parseAnswers(file, text, schema);
}
