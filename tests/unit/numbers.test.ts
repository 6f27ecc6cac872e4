/** Numbers as people read them: digits grouped by thousands, whole amounts rounded. */
import { describe, expect, it } from "vitest";
import { formatWhole, groupThousands } from "../../src/core/numbers.js";

describe("groupThousands", () => {
  it.each([
    ["0", "0"],
    ["999", "999"],
    ["1000", "1,000"], // the first group of three
    ["38400", "38,400"], // clerk's BLS median
    ["348600", "348,600"], // clerk's annual openings: six digits, one comma
    ["1234567", "1,234,567"],
    ["-5000", "-5,000"], // a fall along the ladder: the sign stays in front
    ["-100", "-100"],
    ["-100000", "-100,000"], // no comma after the sign
  ])("%s -> %s", (digits, expected) => {
    expect(groupThousands(digits)).toBe(expected);
  });
});

describe("formatWhole", () => {
  it.each([
    [38400, "38,400"],
    [1234.4, "1,234"],
    [1234.5, "1,235"], // Math.round: halves up
    [-1234.5, "-1,234"], // ... toward +infinity, also below zero
    [0.4, "0"],
    [-12000, "-12,000"],
  ])("%d -> %s", (n, expected) => {
    expect(formatWhole(n)).toBe(expected);
  });
});
