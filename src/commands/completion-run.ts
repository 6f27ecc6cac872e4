import type { Command } from "commander";
import { complete, SHELLS, typedDataDirs } from "../app/complete.js";
import { createContext, flushNotes } from "../app/context.js";
import { usageError } from "../errors.js";
import { loadBundled } from "../loader/bundled.js";
import { Catalog } from "../loader/catalog.js";

/** The handler of `careers completion`, loaded only when the command runs. */
export const run = async (_shell: string | undefined, opts: { complete?: boolean }, cmd: Command) => {
  const ctx = createContext(cmd);
  if (opts.complete) {
    const words = cmd.args;
    const dirs = typedDataDirs(words).map(ctx.path);
    const catalog = dirs.length > 0 ? new Catalog({ dataDirs: dirs, bundled: () => loadBundled(ctx.io.cwd) }) : ctx.catalog;
    // a folder still being typed, or missing: offer the roles that can be read, never an error
    const roles = async () => (await catalog.all().catch(() => ({ roles: [] as { id: string }[] }))).roles.map((r) => r.id).sort();
    // the imported occupations' names, from the data set's index; a damaged one offers none
    const occupations = async () => {
      try {
        return (await ctx.catalog.occupations())?.names() ?? [];
      } catch {
        return [];
      }
    };
    // --area: the nation, the states' postal codes and every other area's code, from areas.json
    const areas = async () => {
      try {
        const head = (await ctx.catalog.occupations())?.areaHead();
        const names = (head?.areas ?? []).map(([code, , type, state]) => ((type === 2 || type === 3) && state ? state : code));
        return head ? ["national", ...names] : [];
      } catch {
        return [];
      }
    };
    const found = await complete(cmd.parent!, words, roles, occupations, areas);
    ctx.io.stdout(typeof found === "string" ? found + "\n" : found.map((c) => c + "\n").join(""));
    return;
  }
  const shell = cmd.args[0];
  if (!shell || !(SHELLS as readonly string[]).includes(shell)) {
    throw usageError(
      shell ? `no completion for the shell "${shell}"` : "name the shell",
      `Shells: ${SHELLS.join(", ")}. Example: careers completion bash`,
    );
  }
  const { COMPLETION_SCRIPTS } = await import("../render/completion-scripts.js");
  flushNotes(ctx);
  ctx.io.stdout(COMPLETION_SCRIPTS[shell as keyof typeof COMPLETION_SCRIPTS]);
};
