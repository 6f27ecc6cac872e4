/** Answers files read through the cache (src/loader/answers-cache.ts): used while unchanged, never for errors or stdin. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMatchAnswersCached } from "../../src/loader/answers-cache.js";

const tmp = () => mkdtempSync(join(tmpdir(), "careers-answers-cache-"));
const noStdin = () => Buffer.from("");

describe("readMatchAnswersCached", () => {
  it("keeps what reading gave, and uses it while the file is unchanged", async () => {
    const cache = tmp();
    const env = { CAREERS_CACHE_DIR: cache };
    const file = join(tmp(), "levels.yaml");
    writeFileSync(file, "skills:\n  Speaking: 4\n");
    expect(await readMatchAnswersCached(file, env, noStdin)).toEqual({ skills: { Speaking: 4 } });
    const entries = readdirSync(join(cache, "match-answers"));
    expect(entries).toHaveLength(1);
    // the entry, not the file, answers the second read: changed behind the file's back, the change shows
    const path = join(cache, "match-answers", entries[0]!);
    const entry = JSON.parse(readFileSync(path, "utf8"));
    writeFileSync(path, JSON.stringify({ ...entry, result: { skills: { Speaking: 5 } } }));
    expect(await readMatchAnswersCached(file, env, noStdin)).toEqual({ skills: { Speaking: 5 } });
    // an edited file is read again
    writeFileSync(file, "skills:\n  Speaking: 3.5\n");
    expect(await readMatchAnswersCached(file, env, noStdin)).toEqual({ skills: { Speaking: 3.5 } });
  });

  it("keeps no entry for a file that fails to read, nor for stdin, nor with the cache off", async () => {
    const cache = tmp();
    const file = join(tmp(), "bad.yaml");
    writeFileSync(file, "skills:\n  Speaking: 9\n");
    for (let i = 0; i < 2; i++)
      await expect(readMatchAnswersCached(file, { CAREERS_CACHE_DIR: cache }, noStdin)).rejects.toMatchObject({
        kind: "invalid-data",
      });
    expect(await readMatchAnswersCached("-", { CAREERS_CACHE_DIR: cache }, () => Buffer.from("skills: { Speaking: 2 }\n"))).toEqual({
      skills: { Speaking: 2 },
    });
    const good = join(tmp(), "good.yaml");
    writeFileSync(good, "skills:\n  Speaking: 4\n");
    await readMatchAnswersCached(good, { CAREERS_CACHE_DIR: cache, CAREERS_NO_CACHE: "1" }, noStdin);
    expect(readdirSync(cache)).toEqual([]);
  });
});
