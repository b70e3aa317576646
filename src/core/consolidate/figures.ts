/** Each locality's figure of each indicator, judged against the locality's own target (report.ts). */
import type { Placed } from "../model";
import { figureAtMargin, type ReportFigure, type TargetRule } from "./report";
import type { Candidate, LocalityFigure } from "./types";

export interface Figures {
  /** By indicator code, aligned with the reports. */
  figures: Map<string, LocalityFigure[]>;
  /** The number each figure reads as (the low end of a range typed); null for blanks and text. */
  numbers: Map<string, (number | null)[]>;
  /** What of each locality's own rule the totals need. */
  rules: Map<string, TargetRule[]>;
}

/**
 * The reports' figures by indicator. Each report was judged with its own plan's ngưỡng Vượt; one
 * whose copy states another than the template's is judged again by the template's, so the whole
 * table follows one convention.
 * @param margin the template's ngưỡng Vượt, which judges every locality alike
 */
export function localityFigures(template: readonly Placed[], reports: readonly Candidate[], margin: number): Figures {
  const figures = new Map<string, LocalityFigure[]>();
  const numbers = new Map<string, (number | null)[]>();
  const rules = new Map<string, TargetRule[]>();
  for (const item of template) {
    const code = item.indicator.code;
    const row: LocalityFigure[] = [];
    const nums: (number | null)[] = [];
    const rulesOf: TargetRule[] = [];
    for (const c of reports) {
      // The same template: every code of the template is in every report.
      const own = c.report.figures.get(code) as ReportFigure;
      const figure = c.report.margin === margin ? own : figureAtMargin(own, item, template, margin);
      row.push({ target: figure.target, actual: figure.actual, status: figure.status, percentOfPlan: figure.percentOfPlan, message: figure.message });
      nums.push(figure.number);
      rulesOf.push(figure.rule);
    }
    figures.set(code, row);
    numbers.set(code, nums);
    rules.set(code, rulesOf);
  }
  return { figures, numbers, rules };
}
