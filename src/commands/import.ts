import { Command } from "commander";
import { lazyAction, withFormats } from "../app/output.js";

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
  $ careers import "ESCO dataset - v1.1.1 - classification - en - csv.zip" "ESCO dataset - v1.1.1 - classification -  - csv.zip" esco_onet_crosswalk_Nov2020.csv
  $ careers import --status
  $ careers import --remove
  $ careers import --verify

Files are recognised by their content. The data set goes into $CAREERS_HOME/occupations (else the XDG
data folder); a new import replaces it only once complete, keeping the sources it does not give. One import runs at a time: another waits
for it (or fails at once with --no-wait). Then show, list and search cover the
occupations: careers show customer-service-representatives, careers show 43-4051, careers search nurse.`,
    )
    .action(lazyAction(() => import("./import-run.js")));
