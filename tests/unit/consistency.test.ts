/** Consistency warnings over loaded roles: valid by the schema, but worth a person's attention. */
import { describe, expect, it } from "vitest";
import { checkConsistency, type RoleEntry } from "../../src/core/consistency.js";
import type { Role } from "../../src/schema/role.js";
import { loadShipped, shippedRoleFiles } from "../helpers/roles.js";

const shipped = (): RoleEntry[] =>
  shippedRoleFiles().map((f) => {
    const id = f.replace(/\.yaml$/, "");
    return { id, file: `data/roles/${f}`, origin: "bundled" as const, role: loadShipped(id) };
  });

const user = (role: Role, file = `my/${role.id}.yaml`): RoleEntry => ({ id: role.id, file, origin: "user", role });

const minimal = (id: string, extra: Partial<Role> = {}): Role => ({
  id,
  title: `Role ${id}`,
  summary: "A role for tests.",
  sources: [{ id: "g", title: "Guide" }],
  ...extra,
});

/** A ladder of two levels, a then b, on one track. */
const ladderOfAB = (): NonNullable<Role["ladder"]> => ({
  source: "g",
  name: "L",
  tracks: [{ id: "ic", name: "IC" }],
  levels: [
    { role: "a", title: "A", track: "ic" },
    { role: "b", title: "B", track: "ic" },
  ],
});

const messages = (entries: RoleEntry[], known: RoleEntry[] = []) =>
  checkConsistency({ checked: entries, known }).map((d) => `${d.file} ${d.path}: ${d.message}${d.suggestion ? ` [${d.suggestion}]` : ""}`);

describe("checkConsistency", () => {
  it("finds exactly the bundled ladder's two salary falls, as warnings", () => {
    const found = checkConsistency({ checked: shipped() });
    expect(found.map((d) => [d.file, d.path, d.severity])).toEqual([
      ["data/roles/clerk.yaml", "ladder.levels[1].role", "warning"],
      ["data/roles/clerk.yaml", "ladder.levels[3].role", "warning"],
    ]);
    expect(found[0]!.message).toBe(
      "salary falls along the ladder: junior-clerk (median 30,000 USD) earns less than the step before, clerk (median 35,000 USD)",
    );
    expect(found[1]!.message).toMatch(/representative \(median 40,000 USD\) .* senior-clerk \(median 50,000 USD\)/);
  });

  it("places a warning with the role's locate function", () => {
    const entry = {
      ...user(minimal("a", { keyFacts: { salaryRange: { low: 9, high: 1, currency: "USD", source: "g" } } })),
      locate: () => ({ line: 12, col: 5 }),
    };
    expect(checkConsistency({ checked: [entry] })[0]).toMatchObject({
      line: 12,
      col: 5,
      path: "keyFacts.salaryRange.low",
      severity: "warning",
    });
  });

  it("a salary in another currency is no warning", () => {
    // the ladder takes each level's median from the owner's table first: drop junior's row there,
    // so its own table (made EUR here) counts, and EUR is not compared with USD
    const roles = shipped().map((e) => {
      if (e.id === "junior-clerk") return { ...e, role: { ...e.role!, salaryByLevel: { ...e.role!.salaryByLevel!, currency: "EUR" } } };
      if (e.id === "clerk") {
        const table = e.role!.salaryByLevel!;
        return { ...e, role: { ...e.role!, salaryByLevel: { ...table, levels: table.levels.filter((l) => l.role !== "junior-clerk") } } };
      }
      return e;
    });
    const found = messages(roles);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/representative/);
  });

  it("names ladder levels, next steps, tracks, related careers, salary levels and inherited requirements that name no known role", () => {
    const ladder: Role["ladder"] = {
      source: "g",
      name: "L",
      tracks: [{ id: "ic", name: "IC" }],
      levels: [
        { role: "a", title: "A", track: "ic", next: ["supervsor"] },
        { role: "nobody", title: "N", track: "mgmt" },
      ],
    };
    const role = minimal("a", {
      ladder,
      relatedCareers: {
        source: "g",
        items: [
          { title: "Clerk", role: "clerk" },
          { title: "Ghost", role: "ghost" },
        ],
      },
      salaryByLevel: { source: "g", currency: "USD", levels: [{ level: "X", role: "manger", median: 1 }] },
      requirements: { source: "g", inherits: "junior-clrk" },
    });
    expect(messages([user(role)], shipped())).toEqual([
      'my/a.yaml ladder.levels[0].next[0]: "supervsor" names no known role [supervisor]',
      'my/a.yaml ladder.levels[1].role: "nobody" names no known role',
      'my/a.yaml ladder.levels[1].track: "mgmt" names no track of this ladder',
      'my/a.yaml relatedCareers.items[1].role: "ghost" names no known role',
      'my/a.yaml salaryByLevel.levels[0].role: "manger" names no known role [manager]',
      'my/a.yaml requirements.inherits: "junior-clrk" names no known role [junior-clerk]',
    ]);
  });

  it("finds ranges whose low end is above the high end", () => {
    const money = { currency: "USD", source: "g" };
    const role = minimal("a", {
      keyFacts: { salaryRange: { low: 60000, high: 40000, ...money } },
      regionalSalaries: {
        source: "g",
        regions: [
          { region: "R", low: 5, high: 4, currency: "EUR", usdEquivalent: { low: 3, high: 2 } },
          { region: "S", low: 1, high: 2, currency: "EUR" },
        ],
      },
      education: { source: "g", options: [{ name: "Degree", cost: { low: 2, high: 1, currency: "USD" }, source: "g" }] },
      level: { source: "g", title: "A", step: 1, years: { min: 5, max: 2 }, scope: "s", focusAreas: ["f"] },
      skills: { source: "g", typingSpeed: { minWpm: 60, maxWpm: 40 } },
      requirements: { source: "g", measures: [{ id: "speed", name: "Speed", unit: "u", min: 9, max: 3 }] },
    });
    expect(messages([user(role)])).toEqual([
      "my/a.yaml keyFacts.salaryRange.low: the low end (60,000) is above the high end (40,000)",
      "my/a.yaml regionalSalaries.regions[0].low: the low end (5) is above the high end (4)",
      "my/a.yaml regionalSalaries.regions[0].usdEquivalent.low: the low end (3) is above the high end (2)",
      "my/a.yaml education.options[0].cost.low: the low end (2) is above the high end (1)",
      "my/a.yaml level.years.min: the low end (5) is above the high end (2)",
      "my/a.yaml requirements.measures[0].min: the low end (9) is above the high end (3)",
      "my/a.yaml skills.typingSpeed.minWpm: the low end (60) is above the high end (40)",
    ]);
  });

  it("a range whose ends are equal is not inverted, nor is one a step apart", () => {
    const money = { currency: "USD", source: "g" };
    const equal = minimal("a", {
      keyFacts: { salaryRange: { low: 40000, high: 40000, ...money } },
      regionalSalaries: { source: "g", regions: [{ region: "R", low: 5, high: 5, currency: "EUR", usdEquivalent: { low: 3, high: 3 } }] },
      education: { source: "g", options: [{ name: "Degree", cost: { low: 2, high: 2, currency: "USD" }, source: "g" }] },
      level: { source: "g", title: "A", step: 1, years: { min: 2, max: 2 }, scope: "s", focusAreas: ["f"] },
      skills: { source: "g", typingSpeed: { minWpm: 40, maxWpm: 40 } },
    });
    expect(messages([user(equal)])).toEqual([]);
    // one above the high end is the smallest inversion
    const byOne = minimal("b", { keyFacts: { salaryRange: { low: 40001, high: 40000, ...money } } });
    expect(messages([user(byOne)])).toEqual(["my/b.yaml keyFacts.salaryRange.low: the low end (40,001) is above the high end (40,000)"]);
  });

  it("an equal salary on the next ladder step is not a fall", () => {
    // the ladder's order is clerk 35,000, junior-clerk 30,000, senior-clerk 50,000, representative 40,000,
    // specialist 46,000, supervisor 58,000, manager 72,000 (USD). Give junior-clerk clerk's 35,000, and
    // representative and specialist senior-clerk's 50,000: three steps with no change, none earning less
    const clerk = loadShipped("clerk");
    const table = clerk.salaryByLevel!;
    const median: Record<string, number> = { "junior-clerk": 35000, representative: 50000, specialist: 50000 };
    const levels = table.levels.map((l) => (l.role! in median ? { ...l, median: median[l.role!]! } : l));
    expect(messages([user({ ...clerk, salaryByLevel: { ...table, levels } })], shipped())).toEqual([
      'my/clerk.yaml id: role "clerk" overrides the bundled role of that id (data/roles/clerk.yaml)',
    ]);
  });

  it("reports duplicate ids: across folders, over a bundled role, and inside a role", () => {
    const first = user(minimal("dup"), "one/dup.yaml");
    const second = user(minimal("dup"), "two/dup.yaml");
    const clerk = user(minimal("clerk"), "one/clerk.yaml");
    const twice = minimal("twice", {
      sources: [
        { id: "g", title: "G" },
        { id: "g", title: "Again" },
      ],
    });
    expect(messages([first, second, clerk, user(twice)], shipped())).toEqual([
      'two/dup.yaml id: duplicate id "dup": one/dup.yaml defines it too and is used instead',
      'one/clerk.yaml id: role "clerk" overrides the bundled role of that id (data/roles/clerk.yaml)',
      'my/twice.yaml sources[1].id: duplicate source id "g"',
    ]);
  });

  it("a user role that overrides a bundled one takes its place on the ladder", () => {
    const clerk = loadShipped("clerk");
    const table = clerk.salaryByLevel!;
    const levels = table.levels.map((l) => (l.role === "specialist" ? { ...l, median: 1 } : l));
    expect(messages([user({ ...clerk, salaryByLevel: { ...table, levels } })], shipped()).filter((m) => m.includes("falls"))).toEqual([
      expect.stringMatching(/levels\[1\].*junior-clerk/),
      expect.stringMatching(/levels\[3\].*representative/),
      expect.stringMatching(/levels\[4\].*specialist \(median 1 USD\)/),
    ]);
  });
});

describe("checkConsistency details", () => {
  it("a warning without a locate function sits at line 0, and carries no suggestion key unless there is one", () => {
    const role = minimal("a", { keyFacts: { salaryRange: { low: 9, high: 1, currency: "USD", source: "g" } } });
    expect(checkConsistency({ checked: [user(role)] })).toStrictEqual([
      {
        file: "my/a.yaml",
        line: 0,
        col: 0,
        path: "keyFacts.salaryRange.low",
        message: "the low end (9) is above the high end (1)",
        severity: "warning",
      },
    ]);
  });

  it("an open-ended experience range (no max) is not inverted", () => {
    const role = minimal("a", { level: { source: "g", title: "A", step: 1, years: { min: 9 }, scope: "s", focusAreas: ["f"] } });
    expect(messages([user(role)])).toEqual([]);
  });

  it("a track id listed twice, and a level's misspelt track with a suggestion", () => {
    const role = minimal("a", {
      ladder: {
        source: "g",
        name: "L",
        tracks: [
          { id: "ic", name: "IC" },
          { id: "management", name: "M" },
          { id: "ic", name: "IC again" },
        ],
        levels: [{ role: "a", title: "A", track: "managment" }],
      },
    });
    expect(messages([user(role)])).toEqual([
      'my/a.yaml ladder.tracks[2].id: duplicate track id "ic"',
      'my/a.yaml ladder.levels[0].track: "managment" names no track of this ladder [management]',
    ]);
  });

  it("one file met twice is no duplicate; a later user file of a bundled id is", () => {
    const a = user(minimal("a"));
    expect(messages([a], [a])).toEqual([]);
    // bundled roles checked first, a user clerk after them: the user's file is the one not used
    expect(messages([...shipped(), user(minimal("clerk"))])).toContain(
      'my/clerk.yaml id: duplicate id "clerk": data/roles/clerk.yaml defines it too and is used instead',
    );
  });

  it("an override or a duplicate is reported only for the files being checked", () => {
    const mine = user(minimal("clerk"));
    expect(messages([], [mine, ...shipped()])).toEqual([]);
    const first = user(minimal("dup"), "one/dup.yaml");
    const second = user(minimal("dup"), "two/dup.yaml");
    expect(messages([first], [second])).toEqual([]);
  });

  it("two bundled files of one id: a duplicate, not an override", () => {
    const again: RoleEntry = { id: "clerk", file: "data/other/clerk.yaml", origin: "bundled", role: minimal("clerk") };
    expect(messages([...shipped(), again])).toContain(
      'data/other/clerk.yaml id: duplicate id "clerk": data/roles/clerk.yaml defines it too and is used instead',
    );
  });

  it("the ladder takes each level from the first role of its id", () => {
    // owner a: a (50) -> b; the first b earns 40 (a fall of 10), a later b of the same id 60 (no fall)
    const table = (id: string, median: number) => ({ source: "g", currency: "USD", levels: [{ level: id, role: id, median }] });
    const owner = minimal("a", {
      ladder: ladderOfAB(),
      salaryByLevel: table("a", 50),
    });
    const first = user(minimal("b", { salaryByLevel: table("b", 40) }), "one/b.yaml");
    const later = user(minimal("b", { salaryByLevel: table("b", 60) }), "two/b.yaml");
    expect(messages([user(owner), first], [later])).toEqual([
      "my/a.yaml ladder.levels[1].role: salary falls along the ladder: b (median 40 USD) earns less than the step before, a (median 50 USD)",
    ]);
  });

  it("a file that did not parse (no role) is skipped, its id still known", () => {
    const broken: RoleEntry = { id: "ghost", file: "my/ghost.yaml", origin: "user" };
    const role = minimal("a", { relatedCareers: { source: "g", items: [{ title: "Ghost", role: "ghost" }] } });
    expect(messages([broken, user(role)])).toEqual([]);
  });
});

describe("a level's own salary row against its ladder owner's", () => {
  /** An owner "a" holding a ladder of a and b, its table giving b `theirs`; b's own table giving `mine`. */
  const pair = (theirs: { median?: number; average?: number }, mine: { median?: number; average?: number }, mineCurrency = "USD") => {
    const owner = minimal("a", {
      ladder: ladderOfAB(),
      salaryByLevel: { source: "g", currency: "USD", levels: [{ level: "B", role: "b", ...theirs }] },
    });
    const level = minimal("b", {
      salaryByLevel: {
        source: "g",
        currency: mineCurrency,
        levels: [
          { level: "A", role: "a" },
          { level: "B", role: "b", ...mine },
        ],
      },
    });
    return [user(owner), user(level)];
  };

  it("rows that differ are a warning at the level's row, both rows given", () => {
    expect(messages(pair({ median: 41000, average: 42000 }, { median: 40000 }))).toEqual([
      "my/b.yaml salaryByLevel.levels[1]: this row (median 40,000, average none USD) differs from the row for b in a's salary-by-level table, which holds its ladder (median 41,000, average 42,000 USD): careers path shows a's, show and compare this one",
    ]);
    expect(messages(pair({ median: 40000 }, { median: 40000, average: 41000 }))).toEqual([
      "my/b.yaml salaryByLevel.levels[1]: this row (median 40,000, average 41,000 USD) differs from the row for b in a's salary-by-level table, which holds its ladder (median 40,000, average none USD): careers path shows a's, show and compare this one",
    ]);
    expect(messages(pair({ median: 40000 }, { median: 40000 }, "EUR"))).toHaveLength(1);
  });

  it("the same figures and currency are no warning; nor is a level the owner's table leaves out, or a role off any ladder", () => {
    expect(messages(pair({ median: 40000, average: 41000 }, { median: 40000, average: 41000 }))).toEqual([]);
    const [owner, level] = pair({ median: 1 }, { median: 2 });
    owner!.role!.salaryByLevel!.levels = [{ level: "A", role: "a", median: 1 }];
    expect(messages([owner!, level!]).filter((m) => m.includes("differs"))).toEqual([]);
    owner!.role!.salaryByLevel = undefined;
    expect(messages([owner!, level!]).filter((m) => m.includes("differs"))).toEqual([]);
    // off any ladder: its own row only
    expect(messages([level!]).filter((m) => m.includes("differs"))).toEqual([]);
    // the owner's own row in its own table is never checked against itself
    expect(messages([pair({ median: 1 }, { median: 2 })[0]!]).filter((m) => m.includes("differs"))).toEqual([]);
  });
});

describe("one skill id, one O*NET element", () => {
  const linked = (id: string, onet: string, where: "technical" | "soft" | "requirements"): Role =>
    where === "requirements"
      ? minimal(id, {
          requirements: {
            source: "g",
            skills: [{ id: "listening", name: "Listening", kind: "k", level: 1, onet: { id: onet, name: `E ${onet}` } }],
          },
        })
      : minimal(id, {
          skills: {
            source: "g",
            [where]: [{ name: "Other" }, { id: "listening", name: "Listening", onet: { id: onet, name: `E ${onet}` } }],
          },
        });

  it("a second element for the same id is a warning where it is given, naming the first", () => {
    const found = messages([
      user(linked("a", "2.A.1.b", "technical")),
      user(linked("b", "2.A.1.c", "soft")),
      user(linked("c", "2.A.1.d", "requirements")),
    ]);
    expect(found).toEqual([
      'my/b.yaml skills.soft[1].onet.id: skill "listening" is linked to O*NET 2.A.1.c (E 2.A.1.c) here, but to 2.A.1.b (E 2.A.1.b) in a: one id is one skill',
      'my/c.yaml requirements.skills[0].onet.id: skill "listening" is linked to O*NET 2.A.1.d (E 2.A.1.d) here, but to 2.A.1.b (E 2.A.1.b) in a: one id is one skill',
    ]);
  });

  it("the same element everywhere, or a skill without an id, is no warning", () => {
    expect(messages([user(linked("a", "2.A.1.b", "technical")), user(linked("b", "2.A.1.b", "requirements"))])).toEqual([]);
    const noId = minimal("b", { skills: { source: "g", soft: [{ name: "Listening", onet: { id: "2.A.1.c", name: "E" } }] } });
    expect(messages([user(linked("a", "2.A.1.b", "technical")), user(noId)])).toEqual([]);
  });
});
