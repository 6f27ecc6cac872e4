/**
 * The catalog: every role the user can name, bundled and from data folders.
 * Bundled roles arrive validated at build time (no YAML or zod at run time); user folders are read
 * on demand, and the parser (yaml + zod) is loaded only when a user file is actually parsed.
 * Looking a role up by id reads only that role's file.
 */
import type { Role } from "../schema/role.js";
import { ID_RULE, isValidId } from "../schema/id.js";
import { didYouMean } from "../text/suggest.js";
import { normalizeName } from "../text/names.js";
import { dataError, notFoundError, usageError } from "../errors.js";
import type { Diagnostic } from "../diagnostic.js";
import { checkDataFolder, findRoleFile, listRoleFiles, readRoleFile } from "./read.js";
import type { FileResult, ParseFiles, RoleCache } from "./cache.js";

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
  bundled: () => readonly BundledRole[];
  /** parsed user files are kept here between runs; none when caching is off */
  cache?: RoleCache | null;
}

export interface CatalogListing {
  roles: LoadedRole[];
  /** broken files, unreadable folders; the valid roles are listed all the same */
  problems: Diagnostic[];
  /** informational notes, such as a user role overriding a bundled one */
  notes: string[];
}

const namesOf = (r: LoadedRole): string[] => [r.id, r.role.title, ...(r.role.aliases ?? [])];

/** Read and parse role files; the parser (yaml + zod) loads on the first call. */
const parseFiles: ParseFiles = async (files) => {
  const { parseRoleBytes } = await import("./parse.js");
  return files.map(([id, file]): FileResult => {
    const read = readRoleFile(file);
    if (!read.ok) return { ok: false, diagnostics: [read.diagnostic], unreadable: true };
    const parsed = parseRoleBytes(file, read.bytes, id);
    return parsed.ok ? { ok: true, role: parsed.role } : { ok: false, diagnostics: parsed.diagnostics };
  });
};

export class Catalog {
  private bundledById?: Map<string, BundledRole>;
  private listing?: CatalogListing;
  private foldersChecked = false;
  readonly notes: string[] = [];

  constructor(private readonly options: CatalogOptions) {}

  private bundledMap(): Map<string, BundledRole> {
    return (this.bundledById ??= new Map(this.options.bundled().map((b) => [b.id, b])));
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
  noteOverride(id: string, file: string): void {
    const bundled = this.bundledMap().get(id);
    if (bundled) this.notes.push(`note: ${file} overrides the bundled role "${id}" (${bundled.file})`);
  }

  /** Look a role up by id, title or alias (case-insensitive). */
  async get(query: string): Promise<LoadedRole> {
    // a mistyped --data-dir must not pass for a role that is not there (checked once per run)
    if (!this.foldersChecked) {
      for (const dir of this.options.dataDirs) {
        const unusable = checkDataFolder(dir);
        if (unusable) throw dataError(`${unusable.file}: ${unusable.message}`);
      }
      this.foldersChecked = true;
    }
    const wanted = query.trim().toLowerCase();
    if (isValidId(wanted)) {
      for (const dir of this.options.dataDirs) {
        const file = findRoleFile(dir, wanted);
        if (file) {
          this.noteOverride(wanted, file);
          return this.loadUserFile(wanted, file);
        }
      }
      const bundled = this.bundledMap().get(wanted);
      if (bundled) return { ...bundled, origin: "bundled" };
    }
    const name = normalizeName(query);
    if (name !== "") {
      const byName = (r: LoadedRole) => namesOf(r).some((n) => normalizeName(n) === name);
      const bundled = [...this.bundledMap().values()].map((b): LoadedRole => ({ ...b, origin: "bundled" }));
      const pool = this.options.dataDirs.length > 0 ? (await this.all()).roles : bundled;
      const hit = pool.find(byName);
      if (hit) return hit;
    }
    if (!isValidId(wanted) && /[/\\.]|^\s*$/.test(query)) {
      throw usageError(`"${query}" is not a role id`, `Role ids are ${ID_RULE}. Run \`careers list\` to see them.`);
    }
    const candidates = (this.options.dataDirs.length > 0 ? (await this.all()).roles : [...this.bundledMap().values()].map((b) => ({ ...b, origin: "bundled" as const }))).flatMap(namesOf);
    const hint = didYouMean(query, candidates);
    throw notFoundError(`unknown role "${query}"`, hint || "Run `careers list` to see the roles.");
  }

  /** Every role: user folders first (they override bundled roles with the same id). */
  async all(): Promise<CatalogListing> {
    if (this.listing) return this.listing;
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
    for (const b of this.bundledMap().values()) {
      const user = byId.get(b.id);
      if (user) notes.push(`note: ${user.file} overrides the bundled role "${b.id}" (${b.file})`);
      else byId.set(b.id, { ...b, origin: "bundled" });
    }
    this.listing = { roles: [...byId.values()], problems, notes };
    return this.listing;
  }
}
