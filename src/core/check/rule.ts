import type { Direction, Indicator } from "../model";
import { explainDirection, foldVietnamese, formatTarget, parseTarget, unitKind, type Target } from "../vn";
import { changeWordOf, type EntryRow } from "./entry";
import type { PlausibilityChecks } from "./plausibility";
import type { Status } from "./status";

/**
 * THE ASSESSMENT RULE: how an actual is judged against a target, in one place. The add-in, the CLI
 * and the annex's own formulas (see `formula.ts`, generated from the same `Rule`) all apply it.
 *
 * A numeric target becomes two regions of the number line: where the actual is Vượt (better than
 * the target requires) and where it is Đạt (the target is met). Anything else is Không đạt.
 *
 * | target                         | better  | Vượt                | Đạt                 |
 * |--------------------------------|---------|---------------------|---------------------|
 * | "từ X trở lên", "ít nhất X" (≥)| —       | above X             | exactly X           |
 * | "trên X" (>)                   | —       | (none)              | above X             |
 * | "dưới X" (<), "không quá X" (≤)| —       | (none)              | below X (≤: or X)   |
 * | "X", "đạt X" (=)               | higher  | above X             | exactly X           |
 * |                                | lower   | below X             | exactly X           |
 * |                                | band    | (none)              | X ± half its last digit |
 * | "khoảng X" (~)                 | higher  | above X + h         | X ± h (h: half the last digit) |
 * |                                | lower   | below X − h         | X ± h               |
 * |                                | band    | (none)              | X ± h               |
 * | "A - B" (range)                | higher  | above B             | A to B              |
 * |                                | lower   | below A             | A to B              |
 * |                                | band    | (none)              | A to B              |
 *
 * - Floors and ceilings decide their own way; the indicator's direction (explicit, then phrase,
 *   then name, see `explainDirection`) matters only for points, approximations and ranges.
 * - A change target ("giảm 5%", "tăng 8%", "có thêm 10 xã") is judged on the change achieved, which
 *   the officer enters as a figure (6, for a reduction of 6%): more of the intended change is better.
 * - A rank ("5/10", unit Xếp hạng) is a point where lower is better; a ratio ("105/100") compares
 *   its first term; "04/09 thôn" compares the count.
 * - A qualitative target, a blank target, and a heading with parts but no figure of its own are
 *   judged by hand: the officer's own "Đạt" / "Hoàn thành" / "Không đạt" / "Vượt" is taken as given.
 * - "Ngưỡng Vượt" (the plan's `exceedMargin`, m %): the edge of Vượt moves m % of the target figure
 *   it comes from further out in the better direction, and Đạt stretches up to it: with m = 5 a
 *   point target 100 (higher better) is Đạt from 100 to 105, Vượt above 105; lower better, Vượt
 *   below 95. "≥ X" likewise; a range A - B beyond B by m % of B (lower better: below A by m % of
 *   A); "khoảng X" beyond X + h by m % of X. Targets without Vượt ("trên X", ceilings, bands) and
 *   a target figure of 0 are unaffected; so are ranks, whose places are not percentages.
 * - % so với kế hoạch = actual ÷ planned × 100 in the plan's unit, where planned is the figure of
 *   the target (of a range: the end to reach, A when higher is better, B when lower, the middle for
 *   a band); none for ranks, for a planned figure of 0, and for targets judged by hand.
 */
export interface Bound {
  value: number;
  /** The bound itself is excluded. */
  strict: boolean;
  /** The edge of Vượt moved by the ngưỡng Vượt: how the sheet's formulas compute `value` from the margin cell. */
  margin?: MarginShift;
}

/** value = ROUND(from + sign × by × m ÷ 100, decimals), m the ngưỡng Vượt in %. */
export interface MarginShift {
  from: number;
  by: number;
  sign: 1 | -1;
  /** Enough decimals for the exact result (m has at most two), so rounding only removes float noise. */
  decimals: number;
}

/** A stretch of the number line; a null end is unbounded. */
export interface Interval {
  low: Bound | null;
  high: Bound | null;
}

export type ManualReason = "qualitative" | "no_target" | "heading";

export type Rule =
  | {
      kind: "numeric";
      target: Target;
      /** Which way is better for the value compared (for a change target: the change achieved). */
      better: Direction;
      vuot: Interval | null;
      dat: Interval;
      /** Divisor of % so với kế hoạch; null when that percentage means nothing. */
      planned: number | null;
      /** Human wording of the target: "≥ 95%". */
      label: string;
      /** Why this way is better, in Vietnamese. */
      reason: string;
      /** How a figure typed in the row is read (entry.ts). */
      entry: EntryRow;
      /** Figures a reader would question (plausibility.ts). */
      plausibility: PlausibilityChecks;
      /** The ngưỡng Vượt applied, in % (0 when none). */
      margin: number;
    }
  | { kind: "manual"; reason: ManualReason; target: Target | null };

export interface RuleInput {
  indicator: Indicator;
  /** Enclosing indicators, nearest first (parts of "Cơ cấu kinh tế" are shares). */
  parents?: readonly Indicator[];
  /** Judge against this milestone year's target instead of the final one. */
  against?: string | null;
  /** The plan's ngưỡng Vượt in % (`exceedMargin`); 0 when absent. */
  margin?: number;
}

/** The target text a rule is built from: the final target, or a milestone's. */
export function targetText(indicator: Indicator, against?: string | null): string | null {
  if (against !== undefined && against !== null) return indicator.milestones[against] ?? null;
  return indicator.target;
}

/**
 * Everything `ruleFor` reads of its input, as a key: two inputs with equal keys get equal rules, so
 * a host judging thousands of plans of one template (consolidation) builds each rule once. Kept
 * beside `ruleFor` so that what it reads and what the key holds change together.
 */
export function ruleKey({ indicator, parents = [], against, margin = 0 }: RuleInput): string {
  return JSON.stringify([targetText(indicator, against), indicator.unit, indicator.name, indicator.direction ?? null, indicator.parts.length > 0, parents.map((p) => p.name), margin]);
}

export function ruleFor(input: RuleInput): Rule {
  return ruleReading(input, parseTarget);
}

/**
 * `ruleFor` for the rows of one plan, each distinct target phrase (with its unit) read once: a
 * plan of thousands of rows repeats its phrases ("100%", "Hoàn thành", "tăng 8%"). The rules are
 * ruleFor's; rows with the same phrase share its reading (a Target is never changed once read).
 */
export function planRuleFor(): (input: RuleInput) => Rule {
  const targets = new Map<string, Target>();
  const read = (raw: string, unit: string | null): Target => {
    const key = unit === null ? `\u0000${raw}` : `\u0001${unit}\u0000${raw}`;
    let target = targets.get(key);
    if (target === undefined) {
      target = parseTarget(raw, unit);
      targets.set(key, target);
    }
    return target;
  };
  return (input) => ruleReading(input, read);
}

function ruleReading({ indicator, parents = [], against, margin = 0 }: RuleInput, read: (raw: string, unit: string | null) => Target): Rule {
  const raw = targetText(indicator, against);
  if (raw === null) {
    return { kind: "manual", reason: indicator.parts.length > 0 ? "heading" : "no_target", target: null };
  }
  const target = read(raw, indicator.unit);
  if (target.op === "text") return { kind: "manual", reason: "qualitative", target };

  const { direction, reason } = explainDirection({
    name: indicator.name,
    direction: indicator.direction,
    target,
    unit: indicator.unit,
    parents: parents.map((p) => p.name),
  });
  // A change target is judged on the change achieved: for a decrease, a bigger decrease is better.
  const better: Direction = target.change === "decrease" ? flip(direction) : direction;
  const regions = unitKind(target.unit) === "rank" ? regionsFor(target, better) : withMargin(regionsFor(target, better), target, margin);
  const planned = plannedFigure(target, better);
  const kind = unitKind(target.unit);
  const level = target.change === null;
  // A share is a percentage of a level; "so với" (a comparison) and "tốc độ"/"tăng" (growth) may pass 100.
  // The name is folded only where that decides (a level in %).
  const share = kind === "percent" && level && !/\b(so voi|toc do|tang|giam)\b/.test(foldVietnamese(indicator.name));
  return {
    kind: "numeric",
    target,
    better,
    ...regions,
    planned,
    label: formatTarget(target),
    reason,
    entry: { unit: indicator.unit, percent: kind === "percent", ratio: target.of !== undefined, changeWord: changeWordOf(target.change) },
    plausibility: {
      share,
      nonNegative: (kind === "count" || kind === "money" || kind === "measure") && level,
      planned: kind === "rank" ? null : planned,
    },
    margin: unitKind(target.unit) === "rank" ? 0 : margin,
  };
}

/** A shifted edge's value, exactly as the sheet computes it: ROUND(from ± by × m / 100, decimals). */
export function shiftedValue(shift: MarginShift, margin: number): number {
  const moved = shift.sign > 0 ? shift.from + (shift.by * margin) / 100 : shift.from - (shift.by * margin) / 100;
  return Number(moved.toFixed(shift.decimals));
}

/** Places after the decimal mark of a figure's shortest writing, exponent notation included (1e-7: 7). */
function decimalPlaces(value: number): number {
  const [mantissa = "", exponent = "0"] = String(Math.abs(value)).split("e");
  return Math.max(0, (mantissa.split(".")[1]?.length ?? 0) - Number(exponent));
}

/**
 * The regions with the edge of Vượt moved m % of the target figure it comes from further out,
 * Đạt reaching up to it. The shift is kept on the bounds so the sheet reads m from its own cell.
 */
function withMargin(regions: { vuot: Interval | null; dat: Interval }, target: Target, margin: number): { vuot: Interval | null; dat: Interval } {
  const { vuot, dat } = regions;
  if (vuot === null) return regions;
  const up = vuot.low !== null;
  const edge = up ? vuot.low : vuot.high;
  if (edge === null) return regions;
  const figure = target.op === "between" ? (up ? target.max : target.min) : target.value;
  if (figure === undefined || figure === 0) return regions;
  const shift: MarginShift = {
    from: edge.value,
    by: Math.abs(figure),
    sign: up ? 1 : -1,
    decimals: Math.min(20, Math.max(decimalPlaces(edge.value), decimalPlaces(figure) + 4)),
  };
  const value = shiftedValue(shift, margin);
  const moved: Bound = { value, strict: true, margin: shift };
  const reached: Bound = { value, strict: false, margin: shift };
  return up
    ? { vuot: { low: moved, high: null }, dat: { low: dat.low, high: reached } }
    : { vuot: { low: null, high: moved }, dat: { low: reached, high: dat.high } };
}

function flip(direction: Direction): Direction {
  return direction === "higher" ? "lower" : direction === "lower" ? "higher" : direction;
}

const above = (value: number, strict: boolean): Interval => ({ low: { value, strict }, high: null });
const below = (value: number, strict: boolean): Interval => ({ low: null, high: { value, strict } });
const between = (low: number, high: number): Interval => ({ low: { value: low, strict: false }, high: { value: high, strict: false } });

function decimalsOf(value: number): number {
  const text = String(Math.abs(value));
  return text.includes("e") ? 0 : (text.split(".")[1]?.length ?? 0);
}

/** Half a unit of the last digit a figure is written with: 41,7 -> 0,05; 6.794 -> 0,5. */
export function halfLastDigit(value: number): number {
  return 0.5 * 10 ** -decimalsOf(value);
}

/** value ± half its last digit, rounded so that 41,7 − 0,05 is 41,65 and not 41,650000000000006. */
function aroundValue(value: number): Interval {
  const h = halfLastDigit(value);
  const digits = decimalsOf(value) + 1;
  return between(Number((value - h).toFixed(digits)), Number((value + h).toFixed(digits)));
}

function regionsFor(target: Target, better: Direction): { vuot: Interval | null; dat: Interval } {
  const value = target.value ?? 0;
  switch (target.op) {
    case ">=":
      return { vuot: above(value, true), dat: between(value, value) };
    case ">":
      return { vuot: null, dat: above(value, true) };
    case "<=":
      return { vuot: null, dat: below(value, false) };
    case "<":
      return { vuot: null, dat: below(value, true) };
    case "=": {
      if (better === "higher") return { vuot: above(value, true), dat: between(value, value) };
      if (better === "lower") return { vuot: below(value, true), dat: between(value, value) };
      return { vuot: null, dat: aroundValue(value) };
    }
    case "~": {
      const dat = aroundValue(value);
      if (better === "higher" && dat.high) return { vuot: above(dat.high.value, true), dat };
      if (better === "lower" && dat.low) return { vuot: below(dat.low.value, true), dat };
      return { vuot: null, dat };
    }
    case "between": {
      const min = target.min ?? 0;
      const max = target.max ?? 0;
      const dat = between(min, max);
      if (better === "higher") return { vuot: above(max, true), dat };
      if (better === "lower") return { vuot: below(min, true), dat };
      return { vuot: null, dat };
    }
    case "text":
      return { vuot: null, dat: { low: null, high: null } };
  }
}

function plannedFigure(target: Target, better: Direction): number | null {
  if (unitKind(target.unit) === "rank") return null;
  const planned =
    target.op === "between"
      ? better === "higher"
        ? target.min
        : better === "lower"
          ? target.max
          : ((target.min ?? 0) + (target.max ?? 0)) / 2
      : target.value;
  return planned === undefined || planned === 0 ? null : planned;
}

function satisfiesLow(value: number, bound: Bound | null): boolean {
  return bound === null || (bound.strict ? value > bound.value : value >= bound.value);
}

function satisfiesHigh(value: number, bound: Bound | null): boolean {
  return bound === null || (bound.strict ? value < bound.value : value <= bound.value);
}

export function contains(interval: Interval, value: number): boolean {
  return satisfiesLow(value, interval.low) && satisfiesHigh(value, interval.high);
}

/** Whether every value of `inner` lies in `outer`. */
export function within(inner: Interval, outer: Interval): boolean {
  const lowOk =
    outer.low === null ||
    (inner.low !== null &&
      (inner.low.value > outer.low.value || (inner.low.value === outer.low.value && (inner.low.strict || !outer.low.strict))));
  const highOk =
    outer.high === null ||
    (inner.high !== null &&
      (inner.high.value < outer.high.value || (inner.high.value === outer.high.value && (inner.high.strict || !outer.high.strict))));
  return lowOk && highOk;
}

/** Vượt and Đạt regions are adjacent, so together they are one interval. */
function hull(a: Interval, b: Interval): Interval {
  const low = a.low === null || b.low === null ? null : a.low.value < b.low.value || (a.low.value === b.low.value && !a.low.strict) ? a.low : b.low;
  const high = a.high === null || b.high === null ? null : a.high.value > b.high.value || (a.high.value === b.high.value && !a.high.strict) ? a.high : b.high;
  return { low, high };
}

/**
 * The status of an actual known to lie in `actual` (a point is an interval of one value): Vượt if
 * all of it is Vượt, Đạt if all of it at least meets the target, else Không đạt. So an estimate
 * "61-62" counts by its worse end.
 */
export function numericStatus(rule: Extract<Rule, { kind: "numeric" }>, actual: Interval): Extract<Status, "vuot" | "dat" | "khong_dat"> {
  if (rule.vuot !== null && within(actual, rule.vuot)) return "vuot";
  if (within(actual, rule.vuot === null ? rule.dat : hull(rule.vuot, rule.dat))) return "dat";
  return "khong_dat";
}
