/** The command line of the eval scripts: the folder of the releases (../shared/data by default), `--home <dir>`, `--json FILE`. */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const args = process.argv.slice(2);
export const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
export const releasesDir =
  args.find((a, k) => !a.startsWith("--") && !["--home", "--json"].includes(args[k - 1] ?? "")) ?? join(ROOT, "..", "shared", "data");
