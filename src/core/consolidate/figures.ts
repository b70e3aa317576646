/** Each locality's figure of each indicator, judged against the locality's own target. */
import { assess, figureOf, planRules, readActualCell, targetText, type Actual, type Rule } from "../check";
import { placedIndicators, type Indicator, type Placed, type Plan } from "../model";
import type { Candidate, LocalityFigure } from "./types";

export interface Figures {
  /** By indicator code, aligned with the reports. */
  figures: Map<string, LocalityFigure[]>;
  /** The number each figure reads as (the low end of a range typed); null for blanks and text. */
  numbers: Map<string, (number | null)[]>;
  /** Each locality's own rule. */
  rules: Map<string, Rule[]>;
}

/** @param margin the template's ngưỡng Vượt, which judges every locality alike */
export function localityFigures(template: readonly Placed[], reports: readonly Candidate[], against: string | null, margin: number): Figures {
  const own = reports.map((c) => localityRows({ ...c.annex.plan, exceedMargin: margin }, against));
  const figures = new Map<string, LocalityFigure[]>();
  const numbers = new Map<string, (number | null)[]>();
  const rules = new Map<string, Rule[]>();
  for (const { indicator } of template) {
    const code = indicator.code;
    const row: LocalityFigure[] = [];
    const nums: (number | null)[] = [];
    const rulesOf: Rule[] = [];
    reports.forEach((c, i) => {
      const local = own[i] as LocalityRows;
      const ownIndicator = local.indicators.get(code) as Indicator;
      const rule = local.rules.get(code) as Rule;
      const cell = readActualCell(c.annex.entries.get(code)?.actual ?? { value: null });
      // Text typed in a commune's cell is read as its sheet's formulas read it (check/entry.ts).
      const actual = rule.kind === "numeric" ? figureOf(rule, cell) : cell;
      const result = assess(rule, actual);
      const number = actual.kind === "value" ? (actual.interval.low?.value ?? null) : null;
      row.push({
        target: targetText(ownIndicator, against),
        actual: number ?? actualText(actual),
        status: result.status,
        percentOfPlan: result.percentOfPlan,
        message: result.status === "khong_hop_le" ? (result.messages[0] ?? null) : null,
      });
      nums.push(number);
      rulesOf.push(rule);
    });
    figures.set(code, row);
    numbers.set(code, nums);
    rules.set(code, rulesOf);
  }
  return { figures, numbers, rules };
}

interface LocalityRows {
  indicators: Map<string, Indicator>;
  rules: Map<string, Rule>;
}

function localityRows(plan: Plan, against: string | null): LocalityRows {
  return {
    indicators: new Map(placedIndicators(plan).map((p) => [p.indicator.code, p.indicator])),
    rules: planRules(plan, against),
  };
}

function actualText(actual: Actual): string | null {
  switch (actual.kind) {
    case "empty":
      return null;
    case "value":
      return actual.target?.raw ?? null;
    default:
      return actual.text;
  }
}
