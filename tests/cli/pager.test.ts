/** Long human output pages in a terminal, and only there. */
import { describe, expect, it } from "vitest";
import { run } from "../helpers/run.js";

describe("paging", () => {
  it("piped output never pages, whatever $PAGER says", async () => {
    const r = await run(["show", "clerk"], { env: { PAGER: "false", CAREERS_PAGER: "false" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Key facts");
  });
});
