/** Joining an O*NET-SOC code to the BLS row that covers it (src/import/join.ts), case by case. */
import { describe, expect, it } from "vitest";
import { joinCode, socOf } from "../../src/import/join.js";

const rows = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([code, title]) => [code, { title, code }]));

describe("joinCode", () => {
  it("the same 6-digit code for a .00 occupation: detailed, no note, that row", () => {
    const r = rows({ "43-4051": "Customer Service Representatives", "43-4050": "Customer service group" });
    const hit = joinCode("43-4051.00", r)!;
    expect(hit.ref).toEqual({ code: "43-4051", title: "Customer Service Representatives", basis: "detailed" });
    expect(hit.row).toBe(r.get("43-4051"));
  });

  it("the same code for a more specific O*NET occupation (.03): part of it, said so", () => {
    const hit = joinCode("11-1011.03", rows({ "11-1011": "Chief Executives" }))!;
    expect(hit.ref).toEqual({
      code: "11-1011",
      title: "Chief Executives",
      basis: "part",
      note: "BLS figure for 11-1011 Chief Executives, which takes in this occupation and others",
    });
  });

  it("a code BLS publishes only combined: the combined row, said so", () => {
    const hit = joinCode("21-1011.00", rows({ "21-1018": "Substance Abuse and Mental Health Counselors", "21-1010": "Counselors" }))!;
    expect(hit.ref).toEqual({
      code: "21-1018",
      title: "Substance Abuse and Mental Health Counselors",
      basis: "combined",
      note: "BLS publishes only 21-1018 Substance Abuse and Mental Health Counselors, which combines this occupation with others",
    });
  });

  it("only the broad group: that row, said so; also where the combined code is not in the file", () => {
    const broad = {
      code: "13-1020",
      title: "Buyers and Purchasing Agents",
      basis: "broad",
      note: "BLS publishes only the broad group 13-1020 Buyers and Purchasing Agents, which takes in this occupation and others",
    };
    expect(joinCode("13-1021.00", rows({ "13-1020": "Buyers and Purchasing Agents" }))!.ref).toEqual(broad);
    expect(joinCode("21-1011.00", rows({ "21-1010": "Counselors" }))!.ref).toMatchObject({ code: "21-1010", basis: "broad" });
  });

  it("nothing that covers it: null; a code ending in 0 is not its own broad group", () => {
    expect(joinCode("55-1011.00", rows({ "55-1012": "Other", "55-1000": "Military" }))).toBeNull();
    expect(joinCode("13-1020.01", rows({ "13-1021": "Buyers" }))).toBeNull();
    expect(joinCode("21-1014.00", rows({}))).toBeNull();
  });

  it("socOf keeps the 6-digit SOC code", () => {
    expect(socOf("43-4051.03")).toBe("43-4051");
  });
});
