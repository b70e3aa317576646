import { unitKind } from "../vn";
import type { Actual } from "./actual";
import { figureOf } from "./assess";
import type { Rule } from "./rule";

/**
 * "% so với cùng kỳ": the figure ÷ the same period's figure of the previous year × 100, both read
 * as the row's entries are read (entry.ts), so "8,7" and 8.7 are the same figure. Reports state it
 * beside % of plan ("đạt 82,6% kế hoạch, tăng 13,86% so với cùng kỳ"). None for rows judged by
 * hand, for ranks (a place is not a quantity), for a blank or unread entry, and for a previous
 * figure of 0. The sheet's formula (formula.ts `lastYearPercentFormula`) computes the same.
 */
export function percentOfLastYear(rule: Rule, actual: Actual, lastYear: Actual): number | null {
  if (rule.kind !== "numeric" || unitKind(rule.target.unit) === "rank") return null;
  const now = pointOf(rule, actual);
  const before = pointOf(rule, lastYear);
  if (now === null || before === null || before === 0) return null;
  const ratio = (now / before) * 100;
  return Number.isFinite(ratio) ? ratio : null;
}

function pointOf(rule: Extract<Rule, { kind: "numeric" }>, actual: Actual): number | null {
  const read = figureOf(rule, actual);
  if (read.kind !== "value") return null;
  const { low, high } = read.interval;
  return low !== null && high !== null && low.value === high.value ? low.value : null;
}
