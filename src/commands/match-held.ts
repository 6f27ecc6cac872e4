/** The occupations given to `match --like`, as show names them: for match over levels and over items alike. */
import { importedOccupations, type RunContext } from "../app/context.js";
import { notFoundError, usageError } from "../errors.js";
import type { Dataset } from "../loader/occupations.js";
import type { IndexRow } from "../schema/occupation.js";

/**
 * The index rows of the occupations someone has held, named as `show` names them: an occupation's code, id
 * or title, or a guide role through its role file's O*NET link (onet.code). Each once, in the order given.
 */
export async function heldOccupations(ctx: RunContext, dataset: Dataset, names: readonly string[]): Promise<IndexRow[]> {
  const rows: IndexRow[] = [];
  for (const name of names) {
    const entry = await ctx.catalog.find(name);
    let row: IndexRow | null;
    if (entry.kind === "occupation") row = entry.row;
    else {
      const { role } = entry;
      if (!role.onet)
        throw usageError(
          `--like ${name}: ${role.title} (${role.id}) links to no O*NET occupation (no onet.code in its role file)`,
          `Name the occupation instead: careers search ${role.title}, then careers match --like <code>.`,
        );
      row = dataset.byCode(role.onet.code);
      if (!row)
        throw notFoundError(
          `--like ${name}: ${role.title} links to O*NET ${role.onet.code}, which the imported data set does not hold`,
          `Name an occupation it holds instead: careers search ${role.title}.`,
        );
    }
    if (!rows.some((r) => r.code === row.code)) rows.push(row);
  }
  return rows;
}

/** --like's occupations beside --skills, --isco or --template --source esco (match over items): none when not given. */
export async function heldOnly(ctx: RunContext, names: readonly string[] | undefined): Promise<IndexRow[]> {
  if (names === undefined) return [];
  const dataset = await importedOccupations(ctx, "no occupations to match: none are imported");
  return heldOccupations(ctx, dataset, names);
}
