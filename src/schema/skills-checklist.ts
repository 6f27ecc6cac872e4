/**
 * The skills checklist of `match --skills` and `assess <ESCO occupation> --answers`: a text file, one ESCO
 * skill or knowledge item a line, written by `match --template --source esco` and `assess --template`.
 *
 *   # a comment (a line starting with #)
 *   - [x] trim lamp wicks  # http://data.europa.eu/esco/skill/...   had
 *   - [~] lamp oils                                                   being learnt
 *   - [ ] polish brass                                                not had
 *   keep route logs                                                   a bare line (with or without "- "): had
 *   http://data.europa.eu/esco/skill/...                              an item by its URI: had
 *
 * An item is its label (ESCO's preferred label, case and spacing ignored) or its URI; a URI after ` # `
 * names the item whatever the label says (the label may be in another language). The entries below are what
 * the file says, each with its line, before the items are looked up in the data set (core/item-match.ts).
 * The format: docs/matching.md, "match over ESCO".
 */
import { z } from "zod";

/** What a line says of its item: had ([x], or a bare line), being learnt ([~]), not had ([ ]). */
export const CHECKLIST_MARKS = ["had", "learning", "not"] as const;
export type ChecklistMark = (typeof CHECKLIST_MARKS)[number];

export const checklistEntrySchema = z
  .strictObject({
    line: z.number().int().min(1),
    mark: z.enum(CHECKLIST_MARKS),
    label: z.string().min(1).nullable().describe("the item's label as written; null where the line gives its URI alone"),
    uri: z.url().nullable().describe("the item's URI, where the line gives one"),
  })
  .refine((e) => e.label !== null || e.uri !== null, "a line names an item by its label or its URI");
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;

export const checklistSchema = z.array(checklistEntrySchema);
