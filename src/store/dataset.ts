/** Where the imported occupations live, <data home>/occupations, and the data set installed there. */
import { type Dataset, openDataset } from "../loader/occupations.js";
import { datasetRoot } from "./home.js";

export { datasetRoot };

/** The data set installed for this environment, or null (see loader/occupations.ts). */
export const openInstalled = (env: Record<string, string | undefined>): Dataset | null => openDataset(datasetRoot(env));
