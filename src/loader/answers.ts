/** Read an answers file (YAML or JSON; `-` for stdin) into checked, typed input. */
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { dataError } from "../errors.js";
import type { AnswersInput, InterestAnswers, OccupationAnswers } from "../schema/assessment.js";
import type { Locate } from "./parse.js";
import { MAX_FILE_BYTES, readRoleFile } from "./read.js";

export async function readAnswers(source: string, readStdin: () => Buffer = () => readFileSync(0)): Promise<AnswersInput> {
  const { answersSchema } = await import("../schema/assessment.js");
  return readAnswersWith(source, answersSchema, readStdin);
}

/** An answers file on O*NET's common scales (assess <occupation>, match). */
export async function readOccupationAnswers(source: string, readStdin: () => Buffer = () => readFileSync(0)): Promise<OccupationAnswers> {
  const { occupationAnswersSchema } = await import("../schema/assessment.js");
  return readAnswersWith(source, occupationAnswersSchema, readStdin);
}

/** The answers to the interests quiz, with where each key is in the file (for file:line errors). */
export async function readInterestAnswers(
  source: string,
  readStdin: () => Buffer = () => readFileSync(0),
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
  readStdin: () => Buffer = () => readFileSync(0),
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

async function readText(source: string, readStdin: () => Buffer): Promise<{ file: string; text: string }> {
  const file = source === "-" ? "<stdin>" : source;
  let bytes: Uint8Array;
  if (source === "-") {
    bytes = readStdin();
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

async function readAnswersWith<S extends z.ZodType>(source: string, schema: S, readStdin: () => Buffer): Promise<z.infer<S>> {
  const { file, text } = await readText(source, readStdin);
  return parseAnswers(file, text, schema);
}
