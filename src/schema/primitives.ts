/** Building blocks shared by the role format's schemas. */
import { z } from "zod";
import { CONTROL_CHARS } from "./control-chars.js";
import { ID_MAX_LENGTH, ID_PATTERN, ID_RULE } from "./id.js";

export const roleId = z
  .string()
  .max(ID_MAX_LENGTH)
  .regex(ID_PATTERN, `must be ${ID_RULE}`);

// no control characters but line breaks and tabs: role files are shared, and text reaches terminals
export const text = z
  .string()
  .trim()
  .min(1)
  .regex(new RegExp(`^[^${CONTROL_CHARS.source.slice(1, -1)}]*$`), "contains a control character (such as a terminal escape); text may hold line breaks and tabs only");

export const sourceRef = text.describe("id of an entry in the role's `sources`");
