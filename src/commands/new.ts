import { Command } from "commander";
import { schemaFile } from "../loader/bundled.js";
import { writeNewRoleFile } from "../loader/write.js";
import { starterRole } from "../render/starter.js";
import { createContext, emit, type GlobalOptions } from "./context.js";

export const newCommand = new Command("new")
  .description("write a starter role file <id>.yaml, commented and valid as written")
  .argument("<id>", "the new role's id: lower-case letters, digits and hyphens, e.g. team-lead")
  .option("--json", "print the new file's path as JSON")
  .addHelpText(
    "after",
    `
The file goes to the first --data-dir folder, else the current folder; an existing file is never overwritten.

Examples:
  $ careers new team-lead
  $ careers new team-lead --data-dir ./my-roles && careers show team-lead --data-dir ./my-roles`,
  )
  .action(async (id: string, opts: { json?: boolean }, cmd: Command) => {
    const ctx = createContext(cmd);
    const dir = cmd.optsWithGlobals<GlobalOptions>().dataDir?.[0] ?? ".";
    const file = writeNewRoleFile(dir, id, starterRole(id, schemaFile()));
    await emit(ctx, { id, file }, opts.json ? "json" : "table", async () => (r) => `Wrote ${r.file}\nEdit it, then check it with: careers validate ${r.file}\n`);
  });
