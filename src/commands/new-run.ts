import { join } from "node:path";
import type { Command } from "commander";
import { createContext, emit, type GlobalOptions } from "../app/context.js";
import { usageError } from "../errors.js";
import { schemaFile } from "../loader/bundled.js";
import { writeNewRoleFile } from "../loader/write.js";
import { starterRole } from "../render/starter.js";
import { shellWord } from "../render/text.js";

/** The handler of `careers new`, loaded only when the command runs. */
export const run = async (id: string, opts: { json?: boolean; force?: boolean }, cmd: Command) => {
  const ctx = createContext(cmd);
  const dir = cmd.optsWithGlobals<GlobalOptions>().dataDir?.[0] ?? ".";
  const shadowed = await ctx.catalog.bundled(id);
  if (shadowed && !opts.force) {
    const target = dir === "." ? `${id}.yaml` : `${id}.yaml in ${dir}`;
    throw usageError(
      `"${id}" is a bundled role (${shadowed.role.title}, ${shadowed.file}); ${target} would take its place wherever that folder is used`,
      `To override it on purpose, add --force; to start a role of your own, pick another id (careers list shows those taken).`,
    );
  }
  const file = writeNewRoleFile(dir, id, starterRole(id, schemaFile(), join(dir, `${id}.yaml`)), ctx.path);
  await ctx.catalog.noteOverride(id, file);
  const see = `careers show ${id} --data-dir ${shellWord(dir)}`;
  await emit(
    ctx,
    { id, file },
    opts.json ? "json" : "table",
    async () => (r) => `Wrote ${r.file}\nEdit it, then check it with: careers validate ${r.file}\nSee it with: ${see}\n`,
  );
};
