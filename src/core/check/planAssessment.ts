import { placedIndicators, type Indicator, type Placed, type Plan } from "../model";
import type { Actual } from "./actual";
import { assess, type Assessment } from "./assess";
import { percentOfLastYear } from "./lastYear";
import { planRuleFor, type Rule } from "./rule";
import { STATUSES, type Status } from "./status";

export interface AssessedIndicator extends Assessment {
  code: string;
  /** As printed: what people find the row by (never the code). */
  stt: string;
  name: string;
  depth: number;
  /** The target as the rule reads it ("≥ 95%"), or null when judged by hand. */
  target: string | null;
  /** % so với cùng kỳ (lastYear.ts), when the figures of the previous year were given; else null. */
  percentOfLastYear: number | null;
}

export interface PlanAssessment {
  indicators: AssessedIndicator[];
  counts: Record<Status, number>;
  /** The plan's ngưỡng Vượt that judged it, in %. */
  exceedMargin: number;
  /** Whether the figures of the same period last year were given (the annex's cùng kỳ column). */
  lastYear: boolean;
}

/** Built once per list of placed indicators: asked for every row, a new map each time made generating quadratic. */
const byCodeOf = new WeakMap<readonly Placed[], Map<string, Placed>>();

function placedByCode(placed: readonly Placed[]): Map<string, Placed> {
  let byCode = byCodeOf.get(placed);
  if (byCode === undefined) {
    byCode = new Map(placed.map((p) => [p.indicator.code, p]));
    byCodeOf.set(placed, byCode);
  }
  return byCode;
}

/** The enclosing indicators of a placed one, nearest first. */
export function parentsOf(item: Placed, placed: readonly Placed[]): Indicator[] {
  const byCode = placedByCode(placed);
  const parents: Indicator[] = [];
  for (let parent = item.parent; parent !== null; parent = byCode.get(parent.code)?.parent ?? null) parents.push(parent);
  return parents;
}

/** Every indicator's rule, by code, for a plan judged against its final targets or a milestone. */
export function planRules(plan: Plan, against: string | null = null): Map<string, Rule> {
  const placed = placedIndicators(plan);
  const rules = planRuleFor();
  return new Map(placed.map((item) => [item.indicator.code, rules({ indicator: item.indicator, parents: parentsOf(item, placed), against, margin: plan.exceedMargin })]));
}

/**
 * Assesses a whole plan. Headings (an indicator with parts but no figure of its own) are counted
 * only when someone judged them, since their parts carry the figures.
 */
export function assessPlan(plan: Plan, actuals: ReadonlyMap<string, Actual>, against: string | null = null, lastYear?: ReadonlyMap<string, Actual>): PlanAssessment {
  const rules = planRules(plan, against);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const indicators = placedIndicators(plan).map(({ indicator, depth }) => {
    const rule = rules.get(indicator.code) as Rule;
    const actual = actuals.get(indicator.code) ?? { kind: "empty" as const };
    const result = assess(rule, actual);
    const before = lastYear?.get(indicator.code);
    const heading = rule.kind === "manual" && rule.reason === "heading";
    if (!heading || result.status !== "chua_co_so_lieu") counts[result.status]++;
    return {
      code: indicator.code,
      stt: indicator.stt,
      name: indicator.name,
      depth,
      target: rule.kind === "numeric" ? rule.label : null,
      ...result,
      percentOfLastYear: before === undefined ? null : percentOfLastYear(rule, actual, before),
    };
  });
  return { indicators, counts, exceedMargin: plan.exceedMargin, lastYear: lastYear !== undefined };
}
