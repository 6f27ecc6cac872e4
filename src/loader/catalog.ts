/**
 * The catalog: every role the user can name, bundled and from data folders.
 * Bundled roles arrive validated at build time (no YAML or zod at run time); user folders are read
 * on demand, and the parser (yaml + zod) is loaded only when a user file is actually parsed.
 * Looking a role up by id reads only that role's file.
 */

import type { Diagnostic } from "../diagnostic.js";
import { type CareersError, dataError, notFoundError, usageError } from "../errors.js";
import { ID_RULE, isValidId } from "../schema/id.js";
import type { IndexRow } from "../schema/occupation.js";
import type { Role } from "../schema/role.js";
import { normalizeName } from "../text/names.js";
import { didYouMean } from "../text/suggest.js";
import type { FileResult, ParseFiles, RoleCache } from "./cache.js";
import { ambiguousOccupation, ESCO_CODE, ESCO_URI } from "./occupation-lookup.js";
import type { Dataset } from "./occupations.js";
import { checkDataFolder, findRoleFile, listRoleFiles, readRoleFile } from "./read.js";

export type Origin = "bundled" | "user";

export interface LoadedRole {
  id: string;
  role: Role;
  /** where it was read from, for messages (a path relative to the package for bundled roles) */
  file: string;
  origin: Origin;
}

export interface BundledRole {
  id: string;
  file: string;
  role: Role;
}

export interface CatalogOptions {
  /** user data folders, highest priority first */
  dataDirs: readonly string[];
  bundled: () => Promise<readonly BundledRole[]>;
  /** parsed user files are kept here between runs; none when caching is off */
  cache?: RoleCache | null;
  /** the imported occupations, when a data set is installed (loaded on first use) */
  occupations?: () => Promise<Dataset | null>;
}

/** What a name given on the command line is: a role, or an imported occupation. */
export type CatalogEntry = ({ kind: "role" } & LoadedRole) | { kind: "occupation"; dataset: Dataset; row: IndexRow };

export interface CatalogListing {
  roles: LoadedRole[];
  /** broken files, unreadable folders; the valid roles are listed all the same */
  problems: Diagnostic[];
  /** informational notes, such as a user role overriding a bundled one */
  notes: string[];
}

const namesOf = (r: LoadedRole): string[] => [r.id, r.role.title, ...(r.role.aliases ?? [])];

/** Read and parse role files; the parser (yaml + zod) loads on the first call with a file to parse. */
const parseFiles: ParseFiles = async (files) => {
  if (files.length === 0) return [];
  const { parseRoleBytes } = await import("./parse.js");
  return files.map(([id, file]): FileResult => {
    const read = readRoleFile(file);
    if (!read.ok) return { ok: false, diagnostics: [read.diagnostic], unreadable: true };
    const parsed = parseRoleBytes(file, read.bytes, id);
    return parsed.ok ? { ok: true, role: parsed.role } : { ok: false, diagnostics: parsed.diagnostics };
  });
};

export class Catalog {
  private bundledById?: Promise<Map<string, BundledRole>>;
  private listing?: CatalogListing;
  private foldersChecked = false;
  private dataset?: Promise<Dataset | null>;
  readonly notes: string[] = [];

  constructor(private readonly options: CatalogOptions) {}

  private bundledMap(): Promise<Map<string, BundledRole>> {
    return (this.bundledById ??= this.options.bundled().then((roles) => new Map(roles.map((b) => [b.id, b]))));
  }

  /** A user role file, parsed — or taken from the cache when the file is unchanged since it was parsed. */
  private async parseFile(id: string, file: string): Promise<FileResult> {
    const [result] = await this.parseFiles([[id, file]]);
    return result!;
  }

  /** User role files: unchanged ones from the cache (when there is one), the rest parsed. Results in the order given. */
  private parseFiles(files: [id: string, file: string][]): Promise<FileResult[]> {
    return this.options.cache ? this.options.cache.through(files, parseFiles) : parseFiles(files);
  }

  private async loadUserFile(id: string, file: string): Promise<LoadedRole> {
    const result = await this.parseFile(id, file);
    if (result.ok) return { id, role: result.role, file, origin: "user" };
    throw dataError(result.unreadable ? `cannot load role "${id}"` : `role file ${file} is invalid`, result.diagnostics);
  }

  /** Note (on stderr, before the output) that a user role file takes the place of a bundled role. */
  /** The bundled role with this id, if there is one. */
  async bundled(id: string): Promise<BundledRole | undefined> {
    return (await this.bundledMap()).get(id);
  }

  async noteOverride(id: string, file: string): Promise<void> {
    const bundled = (await this.bundledMap()).get(id);
    if (bundled) this.notes.push(`note: ${file} overrides the bundled role "${id}" (${bundled.file})`);
  }

  /** A mistyped --data-dir must not pass for a folder without roles: an error, checked once per run. */
  private checkFolders(): void {
    if (this.foldersChecked) return;
    for (const dir of this.options.dataDirs) {
      const unusable = checkDataFolder(dir);
      if (unusable) throw dataError(`${unusable.file}: ${unusable.message}`);
    }
    this.foldersChecked = true;
  }

  /** Look a role up by id, title or alias (case-insensitive). */
  async get(query: string): Promise<LoadedRole> {
    const hit = await this.lookup(query);
    if (hit) return hit;
    throw await this.unknownRole(query);
  }

  /** The role a name means, or null. */
  private async lookup(query: string): Promise<LoadedRole | null> {
    this.checkFolders();
    const wanted = query.trim().toLowerCase();
    if (isValidId(wanted)) {
      for (const dir of this.options.dataDirs) {
        const file = findRoleFile(dir, wanted);
        if (file) {
          await this.noteOverride(wanted, file);
          return this.loadUserFile(wanted, file);
        }
      }
      const bundled = (await this.bundledMap()).get(wanted);
      if (bundled) return { ...bundled, origin: "bundled" };
    }
    const name = normalizeName(query);
    if (name !== "") {
      const byName = (r: LoadedRole) => namesOf(r).some((n) => normalizeName(n) === name);
      const bundled = [...(await this.bundledMap()).values()].map((b): LoadedRole => ({ ...b, origin: "bundled" }));
      const pool = this.options.dataDirs.length > 0 ? (await this.all()).roles : bundled;
      const hit = pool.find(byName);
      if (hit) return hit;
    }
    return null;
  }

  /** The error for a name no role has: a usage error for what cannot be an id, else not found with a suggestion. */
  private async unknownRole(query: string): Promise<CareersError> {
    const wanted = query.trim().toLowerCase();
    if (!isValidId(wanted) && /[/\\.]|^\s*$/.test(query)) {
      return usageError(`"${query}" is not a role id`, `Role ids are ${ID_RULE}. Run \`careers list\` to see them.`);
    }
    const candidates = (
      this.options.dataDirs.length > 0
        ? (await this.all()).roles
        : [...(await this.bundledMap()).values()].map((b) => ({ ...b, origin: "bundled" as const }))
    ).flatMap(namesOf);
    const hint = didYouMean(query, candidates);
    return notFoundError(`unknown role "${query}"`, hint || "Run `careers list` to see the roles.");
  }

  /** The imported occupations, or null when none are installed. */
  occupations(): Promise<Dataset | null> {
    return (this.dataset ??= this.options.occupations?.() ?? Promise.resolve(null));
  }

  /**
   * A role (as get() finds it), else an imported occupation by id, code or title: a bundled or user
   * role wins its own id. The data set is read only when no role has the name.
   */
  async find(query: string): Promise<CatalogEntry> {
    // a code (43-4051, 43-4051.00, ESCO's 2654.1.7) or an ESCO URI is never a role's id, title or alias: straight to the occupations
    const escoCode = ESCO_CODE.test(query.trim()) || ESCO_URI.test(query.trim());
    const code = escoCode || /^\s*\d{2}-\d{4}(\.\d{2})?\s*$/.test(query) ? await this.occupations() : null;
    const byCode = code?.find(query);
    if (code && byCode && "row" in byCode) return { kind: "occupation", dataset: code, row: byCode.row };
    if (escoCode)
      throw notFoundError(
        `no imported occupation has the ESCO ${ESCO_URI.test(query.trim()) ? "URI" : "code"} ${query.trim()}`,
        code?.manifest().sources.some((s) => s.id === "esco")
          ? "Search the occupations: careers search <words>."
          : "Import ESCO first: careers import --help.",
      );
    const role = await this.lookup(query);
    if (role) return { kind: "role", ...role };
    // an occupation is looked for before a role's suggestions are worked out: they are shown only if none is found
    const dataset = await this.occupations();
    if (!dataset) throw await this.unknownRole(query);
    const found = dataset.find(query);
    if (found && "row" in found) return { kind: "occupation", dataset, row: found.row };
    if (found) throw ambiguousOccupation(query, found.ambiguous);
    const err = await this.unknownRole(query);
    if (err.kind === "usage") throw err;
    const roleHint = err.hint?.startsWith("Did you mean") ? err.hint : "";
    const hint = roleHint || dataset.suggest(query);
    throw notFoundError(
      `unknown role or occupation "${query}"`,
      `${hint ? hint + " " : ""}Search the occupations: careers search ${query.trim()}`,
    );
  }

  /** Every role: user folders first (they override bundled roles with the same id). */
  async all(): Promise<CatalogListing> {
    if (this.listing) return this.listing;
    this.checkFolders();
    const byId = new Map<string, LoadedRole>();
    const problems: Diagnostic[] = [];
    const notes: string[] = [];
    const wanted: [id: string, file: string][] = [];
    const seen = new Map<string, string>();
    for (const dir of this.options.dataDirs) {
      const listing = listRoleFiles(dir);
      problems.push(...listing.problems);
      for (const [id, file] of listing.files) {
        if (seen.has(id)) notes.push(`note: ${seen.get(id)} overrides ${file} (both define "${id}")`);
        else seen.set(id, file), wanted.push([id, file]);
      }
    }
    const results = await this.parseFiles(wanted);
    wanted.forEach(([id, file], i) => {
      const result = results[i]!;
      if (result.ok) byId.set(id, { id, role: result.role, file, origin: "user" });
      else problems.push(...result.diagnostics);
    });
    for (const b of (await this.bundledMap()).values()) {
      const user = byId.get(b.id);
      if (user) notes.push(`note: ${user.file} overrides the bundled role "${b.id}" (${b.file})`);
      else byId.set(b.id, { ...b, origin: "bundled" });
    }
    this.listing = { roles: [...byId.values()], problems, notes };
    return this.listing;
  }
}
