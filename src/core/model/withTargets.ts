import type { Indicator, Plan } from "./schema";
import { placedIndicators } from "./walk";

/** New target texts by indicator code: "target text as printed", or null for a blank target. */
export type TargetsByCode = Readonly<Record<string, string | null>>;

export type WithTargetsResult =
  | { ok: true; plan: Plan; replaced: number }
  /** Codes that are not in the plan: nothing is replaced, so a typo never goes unnoticed. */
  | { ok: false; unknown: string[] };

/**
 * A copy of a plan with some targets replaced, by indicator code: how each commune's copy of a
 * template plan gets its own targets. Everything else (ids, names, units, structure) is kept, so
 * the copies stay "the same template" for consolidation. A blank text means a blank target (null).
 * Pure: the plan given is not changed.
 */
export function withTargets(plan: Plan, targets: TargetsByCode): WithTargetsResult {
  const known = new Set(placedIndicators(plan).map((p) => p.indicator.code));
  const unknown = Object.keys(targets).filter((code) => !known.has(code));
  if (unknown.length > 0) return { ok: false, unknown };
  let replaced = 0;
  const copy = (indicator: Indicator): Indicator => {
    const parts = indicator.parts.map(copy);
    if (!Object.prototype.hasOwnProperty.call(targets, indicator.code)) return { ...indicator, parts };
    const text = targets[indicator.code] ?? null;
    replaced++;
    return { ...indicator, target: text === null || text.trim() === "" ? null : text, parts };
  };
  return {
    ok: true,
    plan: { ...plan, sections: plan.sections.map((section) => ({ ...section, indicators: section.indicators.map(copy) })) },
    replaced,
  };
}
