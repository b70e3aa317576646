import type { Indicator } from "../../model";
import { parseTarget, type Target } from "../../vn";

/** One figure a row states: its target, its stretch target or a milestone's, read by the target reader. */
export interface StatedPhrase {
  /** Which column, in Vietnamese: "chỉ tiêu kế hoạch", "mục tiêu phấn đấu", "mốc năm 2025". */
  column: string;
  raw: string;
  target: Target;
}

/**
 * Every phrase of a row, read with the row's unit. A stretch or milestone printed exactly like the
 * target is left out: the same words would only repeat the same findings.
 */
export function statedPhrases(indicator: Indicator): StatedPhrase[] {
  const columns: [string, string | null][] = [
    ["chỉ tiêu kế hoạch", indicator.target],
    ["mục tiêu phấn đấu", indicator.stretch],
    ...Object.entries(indicator.milestones).map(([year, raw]): [string, string] => [`mốc năm ${year}`, raw]),
  ];
  const seen = new Set<string>();
  const out: StatedPhrase[] = [];
  for (const [column, raw] of columns) {
    if (raw === null || seen.has(raw)) continue;
    seen.add(raw);
    out.push({ column, raw, target: parseTarget(raw, indicator.unit) });
  }
  return out;
}

/** Whether the row states anything to aim at: a target, a stretch target or a milestone. */
export function statesTarget(indicator: Indicator): boolean {
  return indicator.target !== null || indicator.stretch !== null || Object.keys(indicator.milestones).length > 0;
}
