/** Building blocks shared by the role format's schemas. */
import { z } from "zod";
import { UNSAFE_CHARS } from "./control-chars.js";
import { ID_MAX_LENGTH, ID_PATTERN, ID_RULE } from "./id.js";

export const roleId = z.string().max(ID_MAX_LENGTH).regex(ID_PATTERN, `must be ${ID_RULE}`);

// no control characters but line breaks and tabs, no bidirectional controls or zero-width spaces: role
// files are shared, and text reaches terminals (schema/control-chars.ts)
export const text = z
  .string()
  .trim()
  .min(1)
  .regex(
    new RegExp(`^[^${UNSAFE_CHARS.source.slice(1, -1)}]*$`),
    "contains a control character (such as a terminal escape) or an invisible one (a bidirectional control, a zero-width space); text may hold line breaks and tabs only",
  );

/** Text of one line: a title, a name it is known by. */
export const line = text.regex(/^[^\n\r\u0085\u2028\u2029]*$/, "holds a line break; a title is one line");

export const sourceRef = text.describe("id of an entry in the role's `sources`");

/**
 * A figure the sources do not state as such: read from their words, or borrowed from another source.
 * Any figure of the role format may carry one; the commands print the reason with the figure.
 */
export const inferred = z
  .strictObject({
    reason: text.describe("what the figure really is and why it is used here, e.g. another guide's level taken as this role"),
    from: sourceRef.optional().describe("the source the figure is borrowed or read from, where that is not its group's `source`"),
  })
  .describe("marks a figure as inferred or borrowed, not stated by its source");
export type Inferred = z.infer<typeof inferred>;

/** An O*NET content model element: the id and name as the O*NET database's Content Model Reference gives them. */
export const onetElement = z
  .strictObject({
    id: z
      .string()
      .regex(/^[0-9]+(\.[A-Za-z0-9]+)+$/, "must be an O*NET content model element id such as 2.A.1.b")
      .describe("the element id, e.g. 2.A.1.b"),
    name: text.describe("the element's name in O*NET, e.g. Active Listening"),
  })
  .describe("the O*NET skill (or work style) this one is the same as");
export type OnetElement = z.infer<typeof onetElement>;
