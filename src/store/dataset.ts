/** Where the imported occupations live, <data home>/occupations, and the data set installed there. */
import { join } from "node:path";
import { type Dataset, openDataset } from "../loader/occupations.js";
import { dataHome } from "./home.js";

export const datasetRoot = (env: Record<string, string | undefined>): string => join(dataHome(env), "occupations");

/** The data set installed for this environment, or null (see loader/occupations.ts). */
export const openInstalled = (env: Record<string, string | undefined>): Dataset | null => openDataset(datasetRoot(env));
