/** Formatting of figures: money, ranges, years, percentages. Currency is always shown. */

import { formatWhole, groupThousands } from "../core/numbers.js";
import type { Growth, Money } from "../schema/output.js";
import type { MoneyRange } from "../schema/role.js";

export const DASH = "—";

/** 38400 -> "38,400" (rounded to a whole number). */
const grouped = { format: formatWhole };
/** 14.25 -> "14.3", 4 -> "4" (at most one decimal). */
const decimal1 = {
  format: (n: number): string => {
    const [whole, frac] = String(Math.round(n * 10) / 10).split(".");
    return groupThousands(whole!) + (frac ? `.${frac}` : "");
  },
};

export const formatNumber = (n: number): string => grouped.format(n);

export const formatMoney = (amount: number | undefined, currency: string): string =>
  amount === undefined ? DASH : `${grouped.format(amount)} ${currency}`;

export function formatRange(r: Pick<MoneyRange, "low" | "high" | "highOpenEnded" | "currency">): string {
  const span =
    r.low === r.high && !r.highOpenEnded
      ? grouped.format(r.low)
      : `${grouped.format(r.low)}–${grouped.format(r.high)}${r.highOpenEnded ? "+" : ""}`;
  return `${span} ${r.currency}`;
}

export function formatYears(y: { min: number; max?: number | undefined; total?: boolean | undefined } | undefined): string {
  if (!y) return DASH;
  const span = y.max === undefined ? `${y.min}+` : `${y.min}–${y.max}`;
  const unit = y.max === 1 && y.min === 0 ? "year" : "years";
  return `${span} ${unit}${y.total ? " total" : ""}`;
}

/** +5,000 USD / -5,000 USD / 0 USD */
export function formatSignedMoney(amount: number, currency: string): string {
  const sign = amount > 0 ? "+" : amount < 0 ? "-" : "";
  return `${sign}${grouped.format(Math.abs(amount))} ${currency}`;
}

/** +14.3% / -4.2% / 0% */
export function formatSignedPercent(p: number): string {
  const sign = p > 0 ? "+" : p < 0 ? "-" : "";
  return `${sign}${decimal1.format(Math.abs(p))}%`;
}

export const formatPercent = (p: number): string => `${decimal1.format(p)}%`;

/** A sum of money of the output vocabulary: "42,830 USD", "≥ 239,200 USD" where the source gives only a floor; an hourly one "/hour". */
export const formatMoneyFigure = (m: Pick<Money, "amount" | "currency" | "period" | "atLeast">): string =>
  `${m.atLeast ? "≥ " : ""}${m.period === "hour" ? m.amount.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : grouped.format(m.amount)} ${m.currency}${m.period === "hour" ? "/hour" : ""}`;

/** Growth, one format everywhere: "+2.9%", "-1%", "0%"; a dash where none is given. */
export const formatGrowth = (g: Pick<Growth, "percent"> | null | undefined): string => (g ? formatSignedPercent(g.percent) : DASH);
