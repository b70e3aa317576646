import type { Rule } from "./rule";

/**
 * Figures a reader would question: a share above 100%, a negative count or amount, a figure more
 * than ten times its target. Said beside the verdict ("kiểm tra lại số liệu"), never changing it:
 * the figure may be right (a district that built ten schools against one planned).
 */
export interface PlausibilityChecks {
  /** A share of a whole (a percentage of a level, not a growth rate or a comparison): at most 100. */
  share: boolean;
  /** A count or an amount of a level (not a change): never below 0. */
  nonNegative: boolean;
  /** The planned figure: a figure beyond ten times it (in size) is questioned; null for none. */
  planned: number | null;
}

export const TENFOLD = 10;

/** What the annex shows beside a verdict whose figure is questioned; each warning starts with it. */
export const PLAUSIBILITY_MARK = "Kiểm tra lại số liệu";

export function plausibilityWarning(checks: PlausibilityChecks, value: number): string | null {
  if (checks.share && value > 100) return `${PLAUSIBILITY_MARK}: tỷ lệ ${format(value)}% vượt quá 100%.`;
  if (checks.nonNegative && value < 0) return `${PLAUSIBILITY_MARK}: số lượng, giá trị không thể âm (${format(value)}).`;
  if (checks.planned !== null && Math.abs(value) > TENFOLD * Math.abs(checks.planned)) {
    return `${PLAUSIBILITY_MARK}: ${format(value)} gấp hơn ${TENFOLD} lần chỉ tiêu (${format(checks.planned)}); có thể nhập nhầm đơn vị hoặc dấu phân cách.`;
  }
  return null;
}

/** The checks of a numeric rule (rule.ts builds them; formula.ts `plausibilityCondition` makes the sheet's twin). */
export function plausibilityOf(rule: Extract<Rule, { kind: "numeric" }>): PlausibilityChecks {
  return rule.plausibility;
}

function format(value: number): string {
  // Local to avoid a cycle with vn; Vietnamese marks, up to 3 decimals.
  const [whole = "", decimals] = Math.abs(value).toFixed(3).replace(/0+$/, "").replace(/\.$/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${grouped}${decimals ? `,${decimals}` : ""}`;
}
