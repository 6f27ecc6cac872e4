/**
 * `careers path <occupation>` for an occupation whose source lists essential and optional items and no
 * related occupations (ESCO's): the most similar occupations by those items, the broader and narrower
 * ones, and what each move takes (core/requirements.ts). Loaded by path-occupation.ts only for such an
 * occupation.
 */
import type { RunContext } from "../app/context.js";
import { emit } from "../app/context.js";
import { itemsOccupations, placesOf } from "../app/items.js";
import type { Format } from "../app/output.js";
import { datasetDates } from "../core/figures.js";
import { itemPath } from "../core/requirements.js";
import { usageError } from "../errors.js";
import { loadModel } from "../loader/bundled.js";
import type { Dataset } from "../loader/occupations.js";
import type { IndexRow, Occupation } from "../schema/occupation.js";

export async function itemsPath(
  ctx: RunContext,
  dataset: Dataset,
  row: IndexRow,
  occupation: Occupation,
  opts: { to?: string; maxMoves?: string },
  format: Format,
): Promise<void> {
  const given = (["to", "maxMoves"] as const).find((k) => opts[k] !== undefined);
  if (given)
    throw usageError(
      `--${given === "maxMoves" ? "max-moves" : given} follows O*NET's related occupations; ${occupation.title}'s source lists none`,
      `Its moves by shared essential skills: careers path ${row.id}`,
    );
  const all = itemsOccupations(dataset);
  const from = all.find((o) => o.row.id === row.id)!;
  const model = (await loadModel()).requirements;
  const result = itemPath(
    from,
    all,
    { broader: placesOf(dataset, occupation.broader), narrower: placesOf(dataset, occupation.narrower) },
    model,
    datasetDates(dataset.manifest()),
  );
  await emit(ctx, result, format, {
    table: () => import("../render/item-path.js").then((m) => m.renderItemPath),
    sheet: () => import("../render/item-path.js").then((m) => m.itemPathSheet),
  });
}
