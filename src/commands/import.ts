import { Command } from "commander";
import { lazyAction, withFormats } from "../app/output.js";

/** The releases `import` reads: where each is published (as docs/import.md lists them) and an import of it. */
export const DOWNLOADS = [
  { what: "O*NET database, text release", url: "https://www.onetcenter.org/database.html", where: '("Text")', example: "db_29_3_text.zip" },
  {
    what: "BLS Employment Projections",
    url: "https://www.bls.gov/emp/",
    where: '("Occupational projections and worker characteristics")',
    example: "occupation.xlsx",
  },
  {
    what: "BLS OEWS wages, national, state or area",
    url: "https://www.bls.gov/oes/",
    where: '("National", "State" or "Metropolitan and nonmetropolitan area", XLS)',
    example: "national_M2024_dl.xlsx state_M2024_dl.xlsx",
  },
  {
    what: "ESCO classification and relations",
    url: "https://esco.ec.europa.eu/",
    where: '("Download", v1.1.1, CSV: one language and the language-neutral one)',
    example: '"ESCO dataset - v1.1.1 - classification - en - csv.zip" "ESCO dataset - v1.1.1 - classification -  - csv.zip"',
  },
  {
    what: "ESCO to O*NET crosswalk",
    url: "https://github.com/nestauk/mapping-career-causeways",
    where: "(Nesta, Mapping Career Causeways)",
    example: "esco_onet_crosswalk_Nov2020.csv",
  },
] as const;

export const importCommand = (): Command =>
  withFormats(new Command("import"), "print the summary as JSON")
    .description("import occupations from the O*NET, BLS and ESCO releases you downloaded")
    .argument(
      "[paths...]",
      "the O*NET text release (zip or folder), the BLS projections and OEWS workbooks (xlsx), ESCO's two zips and the ESCO to O*NET crosswalk (csv), or a folder holding them",
    )
    .option("--status", "show the data set installed: its sources, versions and counts")
    .option("--remove", "remove the data set installed")
    .option("--verify", "check every file of the data set installed against the checksums written with it")
    .option("--no-wait", "fail at once if another import is running, instead of waiting for it")
    .addHelpText(
      "after",
      `
Examples:
  $ careers import db_29_3_text.zip occupation.xlsx national_M2024_dl.xlsx
  $ careers import ~/Downloads/onet-and-bls/
  $ careers import --status
  $ careers import --remove
  $ careers import --verify

Files are recognised by their content. The data set goes into $CAREERS_HOME/occupations (else the XDG
data folder); a new import replaces it only once complete, keeping the sources it does not give. One import runs at a time: another waits
for it (or fails at once with --no-wait). Then show, list and search cover the
occupations: careers show customer-service-representatives, careers show 43-4051, careers search nurse.

Where to download each kind of file, and an import of it (a kind given alone adds to the data set
installed or replaces that source in it; the first import needs O*NET's release or ESCO's):
${DOWNLOADS.map((d) => `  ${d.what} ${d.where}\n    ${d.url}\n    $ careers import ${d.example}`).join("\n")}`,
    )
    .action(lazyAction(() => import("./import-run.js")));
