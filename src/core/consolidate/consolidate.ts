import { TEMPLATE_VERSION } from "../annex/modelSheet";
import { columnHeading, placedIndicators, type Aggregate } from "../model";
import { describeAggregate, planAggregates } from "./aggregate";
import { completenessOf } from "./completeness";
import { localityFigures } from "./figures";
import { isHeading, totalFor } from "./totals";
import { triage } from "./triage";
import type { Completeness, ConsolidateInput, Consolidation, ConsolidatedIndicator } from "./types";

export * from "./types";

/**
 * Many filled annexes of one plan template -> one consolidated table (DOMAIN "Consolidating").
 *
 * 1. Triage: the template is the plan most files share, then the period most of them report; files
 *    of another template or period, duplicates and files outside the expected list are left out,
 *    each with why.
 * 2. Figures: each locality's figure of each indicator, judged against its own target.
 * 3. Totals: per indicator by its aggregation rule (sum; Σ numerator ÷ Σ denominator; weighted), the
 *    total judged against the total target; for every indicator the count of localities Vượt / Đạt /
 *    Không đạt / without a figure and the spread of their figures, which is all a rate without a
 *    numerator and denominator gets: never a sum or a plain mean.
 * 4. Completeness: per expected locality its state, on time or late, filled figures.
 *
 * Pure.
 * @example
 * const c = consolidate({ files, expected: ["Xã An Bình", "Xã Bình Hòa"], deadline: "2025-12-05" });
 * c.indicators[0].total //=> { kind: "sum", value: 83000.5, counts: { vuot: 1, dat: 1, ... }, ... }
 * c.completeness.localities[1].state //=> "other_period" (its file reports another period)
 */
export function consolidate(input: ConsolidateInput): Consolidation {
  const t = triage(input.files, input.expected);
  const warnings: string[] = [];
  for (const [i, c] of t.reports.entries()) {
    for (const warning of c.report.warnings) warnings.push(`${t.localities[i]} (${c.source}): ${warning}`);
  }
  const deadline = deadlineOf(input.deadline, t);
  const completenessFor = (indicators: ConsolidatedIndicator[]) =>
    completenessOf({
      expected: t.expected,
      listSource: t.listSource,
      localities: t.localities,
      sources: t.reports.map((c) => c.source),
      received: t.reports.map((c) => c.received),
      indicators,
      duplicates: t.duplicates,
      excluded: t.excluded,
      deadline,
    });
  if (t.plan === null || t.first === null) {
    return { template: null, localities: [], sources: [], indicators: [], sections: [], completeness: completenessFor([]), excluded: t.excluded, warnings };
  }

  const template = t.plan;
  const against = t.first.report.against;
  const { rules: aggregates, warnings: modelWarnings } = planAggregates(t.plan);
  warnings.unshift(...modelWarnings);
  const placed = placedIndicators(t.plan);
  // One convention for the whole table: the template's ngưỡng Vượt, whatever a locality's copy says.
  const margin = t.plan.exceedMargin;
  const { figures, numbers, rules } = localityFigures(placed, t.reports, margin);

  const indicators: ConsolidatedIndicator[] = placed.map((item) => {
    const { indicator, depth, sectionIndex } = item;
    const effective = aggregates.get(indicator.code) ?? { rule: { kind: "none" } as Aggregate, origin: "unit" as const };
    const byLocality = figures.get(indicator.code) ?? [];
    const total = totalFor({
      item,
      placed,
      aggregate: effective.rule,
      numbers: (code) => numbers.get(code) ?? [],
      figures: byLocality,
      rules: rules.get(indicator.code) ?? [],
      rulesOf: (code) => rules.get(code) ?? [],
      localities: t.localities,
      margin,
    });
    return {
      code: indicator.code,
      stt: indicator.stt,
      name: indicator.name,
      heading: columnHeading(item),
      unit: indicator.unit,
      depth,
      sectionIndex,
      aggregate: effective.rule,
      aggregateOrigin: effective.origin,
      method: total.kind === "heading" ? "" : describeAggregate(effective.rule, indicator.unit, template),
      expectsFigure: !isHeading(indicator),
      total,
      byLocality,
    };
  });

  return {
    template: {
      planId: t.plan.id,
      title: t.plan.title,
      issuer: t.plan.issuer.name,
      templateVersion: TEMPLATE_VERSION,
      period: t.first.report.period,
      against,
      exceedMargin: margin,
    },
    localities: t.localities,
    sources: t.reports.map((c) => c.source),
    indicators,
    sections: t.plan.sections.map((s) => ({ code: s.code, title: s.title })),
    completeness: completenessFor(indicators),
    excluded: t.excluded,
    warnings,
  };
}

/** The user's deadline, else the one the issued annexes carry, else the plan's. */
function deadlineOf(user: string | null | undefined, t: ReturnType<typeof triage>): Completeness["deadline"] {
  if (user !== undefined && user !== null) return { date: user, origin: "user" };
  const annex = t.first?.report.deadline ?? null;
  if (annex !== null) return { date: annex, origin: "annex" };
  const plan = t.plan?.reportingDeadline ?? null;
  return plan === null ? null : { date: plan, origin: "plan" };
}
