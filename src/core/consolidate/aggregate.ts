import { placeOfCode, placedIndicators, rowName, type Aggregate, type Indicator, type Plan } from "../model";
import { foldVietnamese, normalizeUnit, unitKind, type UnitKind } from "../vn";

/**
 * How an indicator without an `aggregate` in the model is consolidated, by what its unit measures
 * (DOMAIN "Consolidating"): amounts, counts and measures add up across communes; percentages,
 * per-mille, ratios, ranks and per-capita figures never do, and neither does a unit Phụ lục does
 * not know ("lần", "điểm", a unit kept as printed) or a qualitative indicator (no unit). A rate is
 * consolidated only when the model names its numerator and denominator, or its weight.
 */
export const DEFAULT_AGGREGATE_BY_UNIT_KIND: Readonly<Record<UnitKind, "sum" | "none">> = {
  money: "sum",
  count: "sum",
  measure: "sum",
  percent: "none",
  permille: "none",
  ratio: "none",
  rank: "none",
  per: "none",
  other: "none",
};

/** The rule for an indicator whose model says nothing, from its unit as printed. */
export function defaultAggregate(unit: string | null): Aggregate {
  const kind = unitKind(normalizeUnit(unit));
  return { kind: kind === null ? "none" : DEFAULT_AGGREGATE_BY_UNIT_KIND[kind] };
}

export interface EffectiveAggregate {
  rule: Aggregate;
  /** "model": the plan says so; "unit": the default for its unit. */
  origin: "model" | "unit";
}

export function aggregateOf(indicator: Indicator): EffectiveAggregate {
  if (indicator.aggregate !== null) return { rule: indicator.aggregate, origin: "model" };
  // Plans print per-capita income in plain "triệu đồng": the name says it is an average, and
  // communes' averages never add up (DOMAIN "Consolidating").
  if (AVERAGE_NAME.test(foldVietnamese(indicator.name))) return { rule: { kind: "none" }, origin: "unit" };
  return { rule: defaultAggregate(indicator.unit), origin: "unit" };
}

/**
 * A name that says the figure is per head or per unit: "bình quân đầu người", "/người", "trung
 * bình trên 1 ha". "Dân số trung bình" (a population, which adds up) is not one.
 */
const AVERAGE_NAME = /\bdau nguoi\b|\/\s*(nguoi|ho|lao dong)\b|\b(binh quan|trung binh) (tren |moi |cho )?(1 |mot )?(nguoi|ho|lao dong|ha)\b/;

/** What a ratio is multiplied by: the model's scale, else 100 for %, 1000 for ‰, 1 otherwise. */
export function ratioScale(rule: Extract<Aggregate, { kind: "ratio" }>, unit: string | null): number {
  if (rule.scale !== null) return rule.scale;
  const kind = unitKind(normalizeUnit(unit));
  return kind === "percent" ? 100 : kind === "permille" ? 1000 : 1;
}

/** A rule the model gives that cannot work, and why (Vietnamese, e.g. "tử số không phải chỉ tiêu của kế hoạch"). */
export interface AggregateProblem {
  code: string;
  rule: Aggregate;
  problem: string;
}

/**
 * The model's rules that cannot work: a ratio's numerator and denominator, and a weight, must be
 * other indicators of the plan that themselves add up.
 */
export function aggregateProblems(plan: Plan): AggregateProblem[] {
  const placed = placedIndicators(plan);
  const byCode = new Map(placed.map((p) => [p.indicator.code, p.indicator]));
  const adds = (code: string) => {
    const indicator = byCode.get(code);
    return indicator !== undefined && aggregateOf(indicator).rule.kind === "sum";
  };
  const role = (rule: Aggregate, code: string) =>
    rule.kind === "ratio" ? (code === rule.numerator ? "tử số" : "mẫu số") : "quyền số";
  return placed.flatMap(({ indicator }): AggregateProblem[] => {
    const rule = indicator.aggregate;
    if (rule === null) return [];
    const refs = rule.kind === "ratio" ? [rule.numerator, rule.denominator] : rule.kind === "weighted" ? [rule.weight] : [];
    // Named by STT and name: the code a model uses for its references is not what an officer sees.
    const problem =
      refs.find((code) => code === indicator.code) !== undefined
        ? "tham chiếu đến chính nó"
        : refs.filter((code) => !byCode.has(code)).map((code) => `${role(rule, code)} không phải chỉ tiêu của kế hoạch`)[0] ??
          refs
            .filter((code) => !adds(code))
            .map((code) => `${role(rule, code)} ${rowName(byCode.get(code) as Indicator)} không cộng được giữa các đơn vị; nếu cộng được, đặt cách tổng hợp «Cộng» cho chỉ tiêu đó`)[0];
    return problem === undefined ? [] : [{ code: indicator.code, rule, problem }];
  });
}

/**
 * Each indicator's rule, checked against the plan. A rule that cannot work is replaced by "none"
 * with a Vietnamese warning, so a faulty model never produces a wrong total.
 */
export function planAggregates(plan: Plan): { rules: Map<string, EffectiveAggregate>; warnings: string[] } {
  const placed = placedIndicators(plan);
  const rules = new Map(placed.map((p) => [p.indicator.code, aggregateOf(p.indicator)]));
  const names = new Map(placed.map((p) => [p.indicator.code, p.indicator]));
  const warnings: string[] = [];
  for (const { code, rule, problem } of aggregateProblems(plan)) {
    const indicator = names.get(code) as Indicator;
    warnings.push(`Chỉ tiêu ${rowName(indicator)}: cách tổng hợp «${describeAggregate(rule, indicator.unit, plan)}» không dùng được (${problem}); chỉ tiêu này không tổng hợp. Sửa cách tổng hợp trong kế hoạch rồi tạo lại phụ lục mẫu.`);
    rules.set(code, { rule: { kind: "none" }, origin: "model" });
  }
  return { rules, warnings };
}

/** "Cộng", "Tỷ lệ = STT 13 / STT 18 × 100", "Bình quân theo quyền số STT 18", "Không tổng hợp": the rows by their STT, never by code. */
export function describeAggregate(rule: Aggregate, unit: string | null, plan: Plan): string {
  switch (rule.kind) {
    case "sum":
      return "Cộng";
    case "ratio": {
      const scale = ratioScale(rule, unit);
      return `Tỷ lệ = ${placeOfCode(plan, rule.numerator)} / ${placeOfCode(plan, rule.denominator)}${scale === 1 ? "" : ` × ${scale}`}`;
    }
    case "weighted":
      return `Bình quân theo quyền số ${placeOfCode(plan, rule.weight)}`;
    case "none":
      return "Không tổng hợp";
  }
}
