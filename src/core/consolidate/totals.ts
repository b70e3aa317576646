/**
 * Each indicator's total across localities by its aggregation rule, judged against the total target
 * with the core's own rule; beside it, how many localities met their own targets and the spread of
 * their figures, which is all that honestly summarises a rate that cannot be added up.
 */
import { assess, ruleFor, type Actual, type Status } from "../check";
import { parentsOf } from "../check/planAssessment";
import type { Aggregate, Indicator, Placed } from "../model";
import { normalizeUnit } from "../vn";
import { ratioScale } from "./aggregate";
import { indexes, median, pick } from "./lib";
import type { TargetRule } from "./report";
import { phraseFor, round9, roundRate, sumTargets, uniformTargets, weightedTargets, type TotalTarget, type TotalTargetResult } from "./totalTarget";
import type { ConsolidatedTotal, LocalityFigure, Spread, TotalKind, VerdictCounts } from "./types";

/** A heading groups its parts and carries no figure of its own ("Cơ cấu kinh tế", "Chỉ tiêu dân số"). */
export function isHeading(indicator: Indicator): boolean {
  return indicator.parts.length > 0 && indicator.unit === null && indicator.target === null && indicator.aggregate === null;
}

export interface TotalContext {
  item: Placed;
  placed: readonly Placed[];
  aggregate: Aggregate;
  numbers: (code: string) => readonly (number | null)[];
  /** The localities' own figures of this indicator, judged. */
  figures: readonly LocalityFigure[];
  /** The localities' own rules for this indicator. */
  rules: readonly TargetRule[];
  rulesOf: (code: string) => readonly TargetRule[];
  localities: readonly string[];
  /** The template's ngưỡng Vượt, in %. */
  margin: number;
}

/** Vượt, Đạt, Không đạt among the localities' own verdicts; the rest have no verdict. */
export function verdictCounts(statuses: readonly Status[]): VerdictCounts {
  const counts: VerdictCounts = { vuot: 0, dat: 0, khong_dat: 0, none: 0 };
  for (const status of statuses) {
    if (status === "vuot" || status === "dat" || status === "khong_dat") counts[status]++;
    else counts.none++;
  }
  return counts;
}

export function spreadOf(numbers: readonly (number | null)[]): Spread | null {
  const values = numbers.filter((n): n is number => n !== null);
  if (values.length === 0) return null;
  return { low: Math.min(...values), median: round9(median(values)), high: Math.max(...values), count: values.length };
}

export function totalFor(ctx: TotalContext): ConsolidatedTotal {
  const { item, aggregate } = ctx;
  const indicator = item.indicator;
  const own = ctx.numbers(indicator.code);
  const reported = own.filter((n) => n !== null).length;
  const counts = verdictCounts(ctx.figures.map((f) => f.status));
  const spread = spreadOf(own);
  const blank = (kind: TotalKind, messages: string[]): ConsolidatedTotal => ({
    kind,
    value: null,
    count: reported,
    target: null,
    rule: null,
    status: null,
    percentOfPlan: null,
    counts,
    spread,
    messages,
  });
  if (isHeading(indicator)) return { ...blank("heading", []), counts: { vuot: 0, dat: 0, khong_dat: 0, none: 0 }, spread: null };
  const unit = normalizeUnit(indicator.unit);
  const judgedWith = (kind: TotalKind, value: number | null, count: number, target: TotalTargetResult, messages: string[]) => ({
    ...judged(ctx, kind, value, count, target, messages),
    counts,
    spread,
  });

  switch (aggregate.kind) {
    case "none": {
      const met = counts.vuot + counts.dat;
      // Qualitative entries ("Hoàn thành") count as reported too: all that is summed here is who answered.
      const answered = ctx.figures.filter((f) => f.actual !== null && f.status !== "khong_hop_le").length;
      return { ...blank("none", [
        `Không cộng giữa các đơn vị (tỷ lệ, bình quân, xếp hạng hoặc định tính) và mô hình kế hoạch không nêu tử số, mẫu số hay quyền số: xem số đơn vị đạt kế hoạch của mình (${met}/${ctx.localities.length}) và phân bố thấp nhất, trung vị, cao nhất.`,
      ]), count: answered };
    }
    case "sum": {
      const at = indexes(own, (n) => n !== null);
      const value = at.length === 0 ? null : round9(at.reduce((sum, i) => sum + (own[i] as number), 0));
      const messages = [`Cộng số liệu của ${at.length}/${ctx.localities.length} đơn vị có số liệu.`];
      const uniform = uniformTargets(pick(ctx.rules, at), pick(ctx.localities, at));
      const target: TotalTargetResult = uniform.ok ? sumTargets(uniform.targets, indicator.unit) : uniform;
      return judgedWith("sum", value, at.length, target, messages);
    }
    case "ratio": {
      // Σ numerator ÷ Σ denominator over the localities that report both: a locality with only one of
      // them would bias the rate (households with clean water counted, all households not).
      const numbersNum = ctx.numbers(aggregate.numerator);
      const numbersDen = ctx.numbers(aggregate.denominator);
      const at = indexes(own, (_, i) => typeof numbersNum[i] === "number" && typeof numbersDen[i] === "number");
      const n = at.reduce((sum, i) => sum + (numbersNum[i] as number), 0);
      const d = at.reduce((sum, i) => sum + (numbersDen[i] as number), 0);
      const scale = ratioScale(aggregate, indicator.unit);
      const messages = [
        `Tỷ lệ = Σ ${aggregate.numerator} / Σ ${aggregate.denominator}${scale === 1 ? "" : ` × ${scale}`}, trên ${at.length}/${ctx.localities.length} đơn vị có cả tử số và mẫu số.`,
      ];
      const half = indexes(own, (_, i) => (numbersNum[i] === null) !== (numbersDen[i] === null)).map((i) => ctx.localities[i]);
      if (half.length > 0) {
        messages.push(`Không tính ${half.length} đơn vị chỉ có tử số hoặc chỉ có mẫu số: ${half.slice(0, 5).join(", ")}${half.length > 5 ? ", …" : ""}.`);
      }
      if (at.length > 0 && d === 0) messages.push("Tổng mẫu số bằng 0: không tính được tỷ lệ.");
      const value = at.length === 0 || d === 0 ? null : round9((n / d) * scale);
      return judgedWith("ratio", value, at.length, ratioTarget(aggregate, at, scale, ctx, unit), messages);
    }
    case "weighted": {
      const weights = ctx.numbers(aggregate.weight);
      const at = indexes(own, (n, i) => n !== null && weights[i] !== null && weights[i] !== undefined);
      const sumW = at.reduce((s, i) => s + (weights[i] as number), 0);
      const value = at.length === 0 || sumW === 0 ? null : round9(at.reduce((s, i) => s + (own[i] as number) * (weights[i] as number), 0) / sumW);
      const messages = [`Bình quân theo quyền số ${aggregate.weight}, trên ${at.length}/${ctx.localities.length} đơn vị có cả số liệu và quyền số.`];
      if (at.length > 0 && sumW === 0) messages.push(`Tổng quyền số ${aggregate.weight} bằng 0: không tính được.`);
      const uniform = uniformTargets(pick(ctx.rules, at), pick(ctx.localities, at));
      const target: TotalTargetResult = uniform.ok ? weightedTargets(uniform.targets, at.map((i) => weights[i] as number), indicator.unit) : uniform;
      return judgedWith("weighted", value, at.length, target, messages);
    }
  }
}

/**
 * Σ numerator targets ÷ Σ denominator targets × scale over the same localities, in the form the
 * localities' own targets of the rate take ("dưới 2,5%" each: "dưới" the total).
 */
function ratioTarget(aggregate: Extract<Aggregate, { kind: "ratio" }>, at: readonly number[], scale: number, ctx: TotalContext, unit: string | null): TotalTargetResult {
  const part = (code: string): TotalTargetResult => {
    const uniform = uniformTargets(pick(ctx.rulesOf(code), at), pick(ctx.localities, at));
    return uniform.ok ? sumTargets(uniform.targets, null) : uniform;
  };
  const num = part(aggregate.numerator);
  const den = part(aggregate.denominator);
  // A floor or ceiling on households or people still states the figure planned for ("không quá 420 hộ").
  const figure = (t: TotalTargetResult): t is Extract<TotalTargetResult, { ok: true }> =>
    t.ok && t.target.op !== "between" && t.target.change === null && t.target.of === undefined && t.target.value !== undefined;
  if (!figure(num) || !figure(den)) return { ok: false, reason: "kế hoạch của tử số hoặc mẫu số không phải một con số" };
  if (den.target.value === 0) return { ok: false, reason: "tổng kế hoạch của mẫu số bằng 0" };
  const own = pick(ctx.rules, at).filter((rule): rule is Extract<TargetRule, { kind: "numeric" }> => rule.kind === "numeric");
  const ops = new Set(own.map((rule) => (rule.target.change === null && rule.target.op !== "between" ? rule.target.op : "=")));
  const op = ops.size === 1 ? ([...ops][0] as TotalTarget["op"]) : "=";
  return phraseFor({ op, value: roundRate(((num.target.value as number) / (den.target.value as number)) * scale), unit, change: null }, unit);
}

/** The total judged against its target by the core's rule, built as for any annex row. */
function judged(ctx: TotalContext, kind: TotalKind, value: number | null, count: number, target: TotalTargetResult, messages: string[]): Omit<ConsolidatedTotal, "counts" | "spread"> {
  const indicator = ctx.item.indicator;
  const text = target.ok ? target.text : null;
  const rule = ruleFor({
    indicator: { ...indicator, target: text, milestones: {}, parts: [] },
    parents: parentsOf(ctx.item, ctx.placed),
    margin: ctx.margin,
  });
  if (!target.ok && count > 0) messages.push(`Không có kế hoạch tổng: ${target.reason}; tổng không được đánh giá.`);
  const actual: Actual = value === null ? { kind: "empty" } : { kind: "value", interval: { low: { value, strict: false }, high: { value, strict: false } }, target: null };
  const result = assess(rule, actual);
  return { kind, value, count, target: text, rule, status: result.status, percentOfPlan: result.percentOfPlan, messages: [...messages, ...result.messages] };
}
