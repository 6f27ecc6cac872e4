/**
 * The version of the commands' JSON output (schema/output.ts), at the top of every JSON document. Raised when
 * anything a script may rely on is removed or renamed, or changes meaning (docs/json-output.md, "Stability");
 * new keys are added without raising it. Here on its own, as the program prints it without loading zod.
 */
export const SCHEMA_VERSION = 2;
