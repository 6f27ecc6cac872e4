/** Where the imported occupations live: <data home>/occupations (see loader/occupations.ts for its layout). */
import { join } from "node:path";
import { dataHome } from "./history.js";

export const datasetRoot = (env: Record<string, string | undefined>): string => join(dataHome(env), "occupations");
