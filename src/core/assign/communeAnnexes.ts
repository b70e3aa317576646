/**
 * One annex per commune from a read "Giao chỉ tiêu" table: the plan with the commune's own targets
 * (withTargets, by code), its name as the annex's locality, and the reporting period and deadline
 * in its options, so that consolidation reads who reported, for which period and whether on time.
 *
 * Every commune keeps every row of the plan, so all copies stay one template for consolidation
 * (triage.ts compares the indicator lists): an indicator not assigned to a commune (a blank cell)
 * is a row with no target, which the commune may still report and which is counted "no target".
 * The plan's "mục tiêu phấn đấu" and milestone figures are the issuer's own, not a commune's, so
 * they are left out of the communes' copies.
 */
import { annexOptions, type AnnexOptions } from "../annex/options";
import type { Indicator, Plan } from "../model";
import { withTargets } from "../model/withTargets";
import { assignedIndicators } from "./columns";
import { annexFileNames } from "./fileNames";
import type { AssignTable } from "./read";

export interface CommuneIssueOptions {
  /** The actuals column's header, the reporting period ("Ước thực hiện năm 2025"); null: the default. */
  period: string | null;
  /** "2024-11-05": the day reports are due; null: the plan's `reportingDeadline`. */
  deadline: string | null;
}

export interface CommuneAnnex {
  locality: string;
  plan: Plan;
  options: AnnexOptions;
  /** "Phụ lục I - Xã An Bình.xlsx": unique in the set, safe on Windows, macOS and Linux and in a .zip. */
  fileName: string;
  /** How many indicators were assigned to it. */
  assigned: number;
}

const withoutIssuerFigures = (indicator: Indicator): Indicator => ({ ...indicator, stretch: null, milestones: {}, parts: indicator.parts.map(withoutIssuerFigures) });

/**
 * @example
 * communeAnnexes(plan, table, { period: null, deadline: "2024-11-05" })[0]
 * //=> { locality: "Xã An Bình", fileName: "Phụ lục I - Xã An Bình.xlsx", options: { locality: "Xã An Bình", deadline: "2024-11-05", … }, … }
 */
export function communeAnnexes(plan: Plan, table: AssignTable, options: CommuneIssueOptions): CommuneAnnex[] {
  const deadline = options.deadline ?? plan.reportingDeadline;
  const columns = assignedIndicators(plan);
  const names = annexFileNames(plan, table.communes.map((c) => c.name));
  return table.communes.map((commune, k) => {
    // Every assignable indicator gets the commune's target or none: an indicator the table left out
    // is assigned to nobody, never the issuer's figure.
    const targets = Object.fromEntries(columns.map((item) => [item.code, commune.targets[item.code] ?? null]));
    const result = withTargets(plan, targets);
    if (!result.ok) throw new Error(`Mã chỉ tiêu không thuộc kế hoạch: ${result.unknown.join(", ")}`);
    const own: Plan = { ...result.plan, reportingDeadline: deadline, sections: result.plan.sections.map((s) => ({ ...s, indicators: s.indicators.map(withoutIssuerFigures) })) };
    return {
      locality: commune.name,
      plan: own,
      options: annexOptions({ actualsLabel: options.period, locality: commune.name, deadline }),
      fileName: names[k] as string,
      assigned: Object.values(targets).filter((t) => t !== null).length,
    };
  });
}
