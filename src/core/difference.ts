/** Salary arithmetic for comparisons: differences and percentages. Pure. */

export interface Amount {
  amount: number;
  currency: string;
  /** "year" or "hour"; null where the source does not say */
  period: "year" | "hour" | null;
  source: string;
}

export interface Difference {
  /** other minus base, in the shared currency */
  amount: number;
  currency: string;
  /** relative to the base, in percent, rounded to one decimal (halves away from zero); null when the base is 0 */
  percent: number | null;
}

export type DifferenceOutcome =
  | { ok: true; difference: Difference }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "currency" | "period"; base: string; other: string };

/**
 * `value` relative to `base` in percent, rounded to one decimal with halves away from zero
 * (+4.15 -> +4.2, -4.15 -> -4.2). null when the base is 0. Never returns -0.
 */
export function percentChange(base: number, value: number): number | null {
  if (base === 0) return null;
  const diff = value - base;
  // for whole amounts the quotient is exact wherever it is a half, so Math.round sees true halves
  const tenths = Math.round((Math.abs(diff) * 1000) / Math.abs(base));
  if (tenths === 0) return 0;
  return (Math.sign(diff) * Math.sign(base) * tenths) / 10;
}

/** other - base, only when both exist and share currency and period: amounts are never converted. */
export function difference(base: Amount | null, other: Amount | null): DifferenceOutcome {
  if (!base || !other) return { ok: false, reason: "missing" };
  if (base.currency !== other.currency) return { ok: false, reason: "currency", base: base.currency, other: other.currency };
  if (base.period !== other.period) {
    return { ok: false, reason: "period", base: base.period ?? "period not given", other: other.period ?? "period not given" };
  }
  return {
    ok: true,
    difference: { amount: other.amount - base.amount, currency: base.currency, percent: percentChange(base.amount, other.amount) },
  };
}
