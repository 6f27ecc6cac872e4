/** An area of a data set's areas.json as the commands look it up (schema/areas.ts AreaInfo), for unit tests. */
import type { AreaInfo, AreaType } from "../../src/schema/areas.js";

export const areaInfo = (
  place: number,
  code: string,
  title: string,
  type: AreaType,
  state: string | null,
  release = "May 2023",
  ceilings: [annual: number | null, hourly: number | null] = [239200, 115],
): AreaInfo => ({ place, code, title, type, state, release, annualCeiling: ceilings[0], hourlyCeiling: ceilings[1] });
