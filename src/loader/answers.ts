/** Read an answers file (YAML or JSON; `-` for stdin) into checked, typed input. */
import { readFileSync } from "node:fs";
import { dataError } from "../errors.js";
import type { AnswersInput } from "../schema/assessment.js";
import { MAX_FILE_BYTES, readRoleFile } from "./read.js";

export async function readAnswers(source: string, readStdin: () => Buffer = () => readFileSync(0)): Promise<AnswersInput> {
  const file = source === "-" ? "<stdin>" : source;
  let bytes: Uint8Array;
  if (source === "-") {
    bytes = readStdin();
  } else {
    const read = readRoleFile(source);
    if (!read.ok) throw dataError(`cannot read the answers file`, [read.diagnostic]);
    bytes = read.bytes;
  }
  const [{ decode, parseWithSchema }, { answersSchema }] = await Promise.all([import("./parse.js"), import("../schema/assessment.js")]);
  if (bytes.length > MAX_FILE_BYTES) throw dataError("the answers are too large", []);
  const decoded = decode(file, bytes);
  if ("diagnostic" in decoded) throw dataError("cannot read the answers", [decoded.diagnostic]);
  const parsed = parseWithSchema(file, decoded.text, answersSchema, "an answers file");
  if (!parsed.ok) throw dataError(`the answers in ${file} are invalid`, parsed.diagnostics);
  return parsed.value;
}
