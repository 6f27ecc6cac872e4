import { describe, expect, it } from "vitest";
import { formatMoney, formatNumber, formatPercent, formatRange, formatSignedMoney, formatSignedPercent } from "../../src/render/format.js";

describe("number formatting (no Intl)", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [38400, "38,400"],
    [348600, "348,600"],
    [1234567, "1,234,567"],
    [-5000, "-5,000"],
    [99.6, "100"],
  ])("%d -> %s", (n, s) => expect(formatNumber(n)).toBe(s));

  it("money, ranges, signs and percents", () => {
    expect(formatMoney(38400, "USD")).toBe("38,400 USD");
    expect(formatRange({ low: 29000, high: 55000, highOpenEnded: true, currency: "USD" })).toBe("29,000–55,000+ USD");
    // a "range" of one figure is that figure
    expect(formatRange({ low: 27750, high: 27750, currency: "GBP" })).toBe("27,750 GBP");
    expect(formatRange({ low: 100, high: 100, highOpenEnded: true, currency: "EUR" })).toBe("100–100+ EUR");
    expect(formatSignedMoney(-10000, "USD")).toBe("-10,000 USD");
    expect(formatSignedMoney(0, "USD")).toBe("0 USD");
    expect(formatSignedPercent(14.2857)).toBe("+14.3%");
    expect(formatSignedPercent(-20)).toBe("-20%");
    expect(formatPercent(4)).toBe("4%");
    expect(formatPercent(1234.56)).toBe("1,234.6%");
  });
});
