/** The sections of a role, as `careers show --section` names them, and the role keys each covers. */

import { usageError } from "../errors.js";
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

/** Resolve `--section` values (comma or space separated), in the order given; unknown names are usage errors. */
export function resolveSections(names: readonly string[] | undefined): SectionDef[] {
  if (!names || names.length === 0) return [...SECTIONS];
  const wanted = names
    .flatMap((n) => n.split(","))
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  const out: SectionDef[] = [];
  for (const name of wanted) {
    const def = SECTIONS.find((s) => s.id === name);
    if (!def) {
      const hint = didYouMean(name, SECTION_IDS);
      throw usageError(`unknown section "${name}"`, `${hint ? hint + " " : ""}Sections: ${SECTION_IDS.join(", ")}.`);
    }
    if (!out.includes(def)) out.push(def);
  }
  return out;
}

/** The role restricted to the chosen sections' keys (id, title and sources always kept), in file order. */
export function pickSections(role: Role, sections: readonly SectionDef[]): Partial<Role> {
  if (sections.length === SECTIONS.length) return role;
  const keys = new Set<string>(["id", "title", "sources", ...sections.flatMap((s) => s.keys)]);
  return Object.fromEntries(Object.entries(role).filter(([k]) => keys.has(k))) as Partial<Role>;
}
