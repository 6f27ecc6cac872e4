/**
 * The sections `careers show --section` names, per kind: a guide role's (and the role keys each covers)
 * and an imported occupation's (and the keys of the occupation each covers). Small and pure: `show`'s
 * help and the completion read them at start-up.
 */

import { usageError } from "../errors.js";
import type { Occupation } from "../schema/occupation.js";
import type { Role } from "../schema/role.js";
import { didYouMean } from "../text/suggest.js";

export interface SectionDef {
  id: string;
  title: string;
  keys: (keyof Role)[];
}

export const SECTIONS: readonly SectionDef[] = [
  { id: "facts", title: "Key facts", keys: ["onet", "keyFacts", "level"] },
  // not a key of the role: the figures of the O*NET occupation it links to, from an imported data set
  { id: "official", title: "Official figures (BLS, O*NET)", keys: [] },
  { id: "responsibilities", title: "Responsibilities", keys: ["responsibilities"] },
  { id: "environment", title: "Work environment", keys: ["workEnvironment"] },
  { id: "level", title: "Scope and focus at this level", keys: ["level"] },
  { id: "requirements", title: "Requirements (what careers assess asks)", keys: ["requirements"] },
  { id: "skills", title: "Skills", keys: ["skills"] },
  { id: "skill-map", title: "Skill map", keys: ["skillMap"] },
  { id: "tools", title: "Tools and technology", keys: ["tools"] },
  { id: "education", title: "Education options", keys: ["education"] },
  { id: "entry", title: "How to get in", keys: ["entry"] },
  { id: "certifications", title: "Certifications and training", keys: ["certifications"] },
  { id: "salary-levels", title: "Salary by level", keys: ["salaryByLevel"] },
  { id: "pay", title: "Pay and benefits", keys: ["pay"] },
  { id: "regions", title: "Salaries by region", keys: ["regionalSalaries"] },
  { id: "remote", title: "Remote work", keys: ["remoteWork"] },
  { id: "global", title: "Working abroad", keys: ["globalOpportunities"] },
  { id: "outlook", title: "Market outlook", keys: ["outlook"] },
  { id: "work-life", title: "Work-life balance and stress", keys: ["workLife"] },
  { id: "diversity", title: "Diversity and inclusion", keys: ["diversity"] },
  { id: "pros", title: "Pros", keys: ["pros"] },
  { id: "cons", title: "Cons", keys: ["cons"] },
  { id: "faq", title: "Frequently asked questions", keys: ["faq"] },
  { id: "related", title: "Related careers", keys: ["relatedCareers"] },
  { id: "ladder", title: "Career ladder", keys: ["ladder"] },
  { id: "portfolio", title: "Portfolio tips", keys: ["portfolioTips"] },
];

export const SECTION_IDS = SECTIONS.map((s) => s.id);

export interface OccupationSection {
  id: string;
  title: string;
  keys: (keyof Occupation)[];
}

export const OCCUPATION_SECTIONS: readonly OccupationSection[] = [
  { id: "summary", title: "Summary", keys: ["description"] },
  { id: "tasks", title: "Tasks", keys: ["tasks"] },
  // ESCO's: items essential or optional to the occupation, without levels (absent, not null, for O*NET's)
  { id: "essential-skills", title: "Essential and optional skills and knowledge", keys: ["requirements"] },
  { id: "skills", title: "Skills", keys: ["skills"] },
  { id: "knowledge", title: "Knowledge", keys: ["knowledge"] },
  { id: "technology", title: "Technology", keys: ["technology"] },
  { id: "education", title: "Education, experience and training", keys: ["education"] },
  { id: "job-zone", title: "Job zone", keys: ["jobZone"] },
  { id: "interests", title: "Interests", keys: ["interests"] },
  { id: "wages", title: "Wages", keys: ["wages"] },
  { id: "outlook", title: "Outlook", keys: ["outlook"] },
  { id: "related", title: "Related occupations", keys: ["related"] },
  { id: "alternate-titles", title: "Alternate titles", keys: ["alternateTitles"] },
  { id: "sources", title: "Sources", keys: [] },
];

export const OCCUPATION_SECTION_IDS = OCCUPATION_SECTIONS.map((s) => s.id);

/** The two kinds `show` shows, with their sections, and where a section of the other kind is to be found. */
const KINDS = {
  role: { name: "a guide role", ids: SECTION_IDS, other: OCCUPATION_SECTION_IDS, otherName: "an imported occupation" },
  occupation: { name: "an occupation", ids: OCCUPATION_SECTION_IDS, other: SECTION_IDS, otherName: "a guide role" },
};

/** Where the occupation sections of a role's official figures are, for a role asked for one of them. */
const OFFICIAL_HINT = ' A role\'s official figures (BLS wages and outlook, O*NET job zone) are its section "official".';

/**
 * `--section` values (comma or space separated) as the sections of a kind, in the order given. An unknown
 * name is a usage error listing that kind's sections; one of the other kind's is said so.
 */
function resolveOf<T extends { id: string }>(kind: keyof typeof KINDS, all: readonly T[], names: readonly string[] | undefined): T[] {
  if (!names || names.length === 0) return [...all];
  const k = KINDS[kind];
  const out: T[] = [];
  for (const name of names
    .flatMap((n) => n.split(","))
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean)) {
    const def = all.find((s) => s.id === name);
    if (!def) {
      const sections = `Sections of ${k.name}: ${k.ids.join(", ")}.`;
      if (k.other.includes(name))
        throw usageError(
          `"${name}" is a section of ${k.otherName}, not of ${k.name}`,
          `${sections}${kind === "role" && ["wages", "outlook", "job-zone"].includes(name) ? OFFICIAL_HINT : ""}`,
        );
      const hint = didYouMean(name, k.ids);
      throw usageError(`unknown section "${name}" for ${k.name}`, `${hint ? hint + " " : ""}${sections}`);
    }
    if (!out.includes(def)) out.push(def);
  }
  return out;
}

/** A guide role's sections named by `--section`; unknown names are usage errors. */
export const resolveSections = (names: readonly string[] | undefined): SectionDef[] => resolveOf("role", SECTIONS, names);

/** An imported occupation's sections named by `--section`; unknown names are usage errors. */
export const resolveOccupationSections = (names: readonly string[] | undefined): OccupationSection[] =>
  resolveOf("occupation", OCCUPATION_SECTIONS, names);

/** The role restricted to the chosen sections' keys (id, title and sources always kept), in file order. */
export function pickSections(role: Role, sections: readonly SectionDef[]): Partial<Role> {
  if (sections.length === SECTIONS.length) return role;
  const keys = new Set<string>(["id", "title", "sources", ...sections.flatMap((s) => s.keys)]);
  return Object.fromEntries(Object.entries(role).filter(([k]) => keys.has(k))) as Partial<Role>;
}
