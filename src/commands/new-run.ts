import type { Command } from "commander";
import { schemaFile } from "../loader/bundled.js";
import { writeNewRoleFile } from "../loader/write.js";
import { starterRole } from "../render/starter.js";
import { shellWord } from "../render/text.js";
import { createContext, emit, type GlobalOptions } from "../app/context.js";

/** The handler of `careers new`, loaded only when the command runs. */
export const run = async (id: string, opts: { json?: boolean }, cmd: Command) => {
    const ctx = createContext(cmd);
    const dir = cmd.optsWithGlobals<GlobalOptions>().dataDir?.[0] ?? ".";
    const file = writeNewRoleFile(dir, id, starterRole(id, schemaFile()), ctx.path);
    await ctx.catalog.noteOverride(id, file);
    const see = `careers show ${id} --data-dir ${shellWord(dir)}`;
    await emit(ctx, { id, file }, opts.json ? "json" : "table", async () => (r) => `Wrote ${r.file}\nEdit it, then check it with: careers validate ${r.file}\nSee it with: ${see}\n`);
  };
