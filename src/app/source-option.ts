/** The one `--source` option of search, list and match (core/sources.ts reads its value). */
import { Option } from "commander";

export const sourceOption = (): Option =>
  new Option("--source <source>", "only the occupations of one source: onet (O*NET) or esco (ESCO)");
