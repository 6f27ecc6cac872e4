/**
 * What to offer at the cursor, for the shell completion scripts: `careers completion --complete --
 * <words typed so far>` prints one candidate a line, or `:files` / `:dirs` to let the shell complete
 * paths. Commands and options are read from the program itself; role ids from the catalog, with the
 * `--data-dir` folders typed on the line (else $CAREERS_DATA_DIR); for `show`, the ids of the imported
 * occupations too (their codes once a digit is typed), from the data set's index; for `wages`, those alone;
 * for `--area`, the imported states' postal codes and the areas' codes; for `show --section`, the
 * sections of the kind named (both before a name).
 */
import type { Command, Option } from "commander";
import { OCCUPATION_SECTION_IDS, SECTION_IDS } from "../core/sections.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;

export type Completion = string[] | ":files" | ":dirs";

/** Options whose values are files or folders, and those whose values are roles. */
const FILE_VALUES = new Set(["--answers"]);
const DIR_VALUES = new Set(["--data-dir"]);
const ROLE_VALUES = new Set(["--from", "--to", "--current"]);

const visibleOptions = (cmd: Command): Option[] => cmd.options.filter((o) => !(o as Option & { hidden?: boolean }).hidden);
const findOption = (cmds: Command[], flag: string): Option | undefined =>
  cmds.flatMap(visibleOptions).find((o) => o.long === flag || o.short === flag);
const subcommand = (program: Command, name: string): Command | undefined =>
  program.commands.find((c) => c.name() === name || c.aliases().includes(name));

/** The `--data-dir` folders typed on the line (`--data-dir x` or `--data-dir=x`). */
export function typedDataDirs(words: readonly string[]): string[] {
  const dirs: string[] = [];
  words.forEach((w, i) => {
    if (w === "--data-dir" && words[i + 1] !== undefined) dirs.push(words[i + 1] === "=" ? (words[i + 2] ?? "") : words[i + 1]!);
    else if (w.startsWith("--data-dir=")) dirs.push(w.slice("--data-dir=".length));
  });
  return dirs.filter(Boolean);
}

/** What names an imported occupation on the command line. */
export interface OccupationName {
  id: string;
  code: string;
}

/**
 * Candidates for the last word of `words` (words[0] is the program; the last may be ""). Bash splits
 * `--opt=value` into three words; an "=" word is read as a space.
 */
export async function complete(
  program: Command,
  typed: readonly string[],
  roleIds: () => Promise<string[]>,
  occupations: () => Promise<readonly OccupationName[]> = async () => [],
  areas: () => Promise<string[]> = async () => [],
): Promise<Completion> {
  const cur = typed.at(-1) ?? "";
  const found = await candidates(program, typed, roleIds, occupations, areas);
  return typeof found === "string" ? found : [...new Set(found)].filter((c) => c.startsWith(cur));
}

async function candidates(
  program: Command,
  typed: readonly string[],
  roleIds: () => Promise<string[]>,
  occupations: () => Promise<readonly OccupationName[]>,
  areas: () => Promise<string[]>,
): Promise<Completion> {
  const words = typed.slice(1).filter((w) => w !== "=");
  const cur = words.pop() ?? "";
  let cmd: Command | undefined;
  const args: string[] = [];
  // a variadic option (`--section <name...>`) takes the words after it up to the next option, as commander reads them
  let open: Option | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith("-")) {
      const o = findOption(cmd ? [cmd, program] : [program], w.split("=")[0]!);
      open = o?.variadic ? o : undefined;
      if (o && (o.required || o.optional) && !w.includes("=")) i++;
    } else if (open) continue;
    else if (!cmd) cmd = subcommand(program, w);
    else args.push(w);
  }
  const positionals = args.length;
  const prev = words.at(-1);
  const scope = cmd ? [cmd, program] : [program];
  const prevOption = prev?.startsWith("-") ? findOption(scope, prev) : undefined;
  const valueOption = prevOption && (prevOption.required || prevOption.optional) ? prevOption : cur.startsWith("-") ? undefined : open;
  if (valueOption?.long === "--area") return areas();
  if (valueOption?.long === "--section") return sectionValues(args[0], roleIds, occupations);
  if (valueOption) return optionValues(valueOption, roleIds);
  if (cur.startsWith("-")) {
    const flags = scope.flatMap(visibleOptions).flatMap((o) => (o.long ? [o.long] : []));
    return [...flags, "--help"];
  }
  if (!cmd) return program.commands.map((c) => c.name());
  if (cmd.name() === "show" && positionals === 0) {
    const names = await occupations();
    return [...(await roleIds()), ...names.map((o) => (/^\d/.test(cur) ? o.code : o.id))];
  }
  // wages is of an imported occupation alone
  if (cmd.name() === "wages" && positionals === 0) return (await occupations()).map((o) => (/^\d/.test(cur) ? o.code : o.id));
  return argumentValues(cmd, positionals, roleIds);
}

async function optionValues(o: Option, roleIds: () => Promise<string[]>): Promise<Completion> {
  const flag = o.long ?? "";
  if (DIR_VALUES.has(flag)) return ":dirs";
  if (FILE_VALUES.has(flag)) return ":files";
  if (ROLE_VALUES.has(flag)) return roleIds();
  return o.argChoices ?? [];
}

/**
 * `show --section` values: a guide role's sections after a role's id, an imported occupation's after its
 * code or id, both kinds (a role's first) while the name is neither or not typed yet, as `show --help` lists them.
 */
async function sectionValues(
  name: string | undefined,
  roleIds: () => Promise<string[]>,
  occupations: () => Promise<readonly OccupationName[]>,
): Promise<string[]> {
  if (name !== undefined) {
    if ((await roleIds()).includes(name)) return SECTION_IDS;
    if (/^\d/.test(name) || (await occupations()).some((o) => o.id === name)) return OCCUPATION_SECTION_IDS;
  }
  return [...SECTION_IDS, ...OCCUPATION_SECTION_IDS];
}

async function argumentValues(cmd: Command, positionals: number, roleIds: () => Promise<string[]>): Promise<Completion> {
  const args = cmd.registeredArguments;
  const arg = args[positionals] ?? (args.at(-1)?.variadic ? args.at(-1) : undefined);
  if (!arg) return [];
  switch (cmd.name()) {
    case "validate":
      return ":files";
    case "completion":
      return [...SHELLS];
    case "help":
      return cmd.parent!.commands.map((c) => c.name());
    case "show":
    case "compare":
    case "path":
    case "assess":
      return roleIds();
    default:
      return [];
  }
}
