/**
 * Which indicators a "Giao chỉ tiêu" table assigns, and how its headers name them. One column per
 * indicator or part that can carry a target: every row of the annex but a heading whose figures
 * are all in its parts ("Cơ cấu kinh tế" with no unit and no target of its own).
 */
import { indicatorLabel, placedIndicators, type Placed, type Plan } from "../model";
import { foldWhitespace, shorten } from "../vn";

const PARENT_LIMIT = 40;

export interface AssignedIndicator {
  placed: Placed;
  code: string;
  /** STT as the header prints it: the row's own, or its parent's for an unnumbered part (its name says which part). */
  stt: string;
  /** The name as the header prints it: a part with its parent's name ("Sản lượng lương thực: Thóc"). */
  name: string;
  unit: string | null;
  /** How messages name it: STT and name (model/naming.ts). */
  label: string;
}

const unnumbered = (stt: string) => stt.trim() === "" || stt.trim() === "-" || stt.trim() === "+";

export function assignedIndicators(plan: Plan): AssignedIndicator[] {
  return placedIndicators(plan)
    .filter((p) => !(p.indicator.parts.length > 0 && p.indicator.target === null && p.indicator.unit === null))
    .map((p) => {
      const { indicator, parent } = p;
      const own = foldWhitespace(indicator.stt);
      const stt = parent !== null && unnumbered(own) ? foldWhitespace(parent.stt) : own;
            // The part's own words are what tell columns apart: the parent's name is cut short first.
      const name = parent === null ? foldWhitespace(indicator.name) : `${shorten(foldWhitespace(parent.name), PARENT_LIMIT)}: ${foldWhitespace(indicator.name)}`;
      return { placed: p, code: indicator.code, stt, name, unit: indicator.unit, label: indicatorLabel(p) };
    });
}
