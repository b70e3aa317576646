/**
 * Which indicators a "Giao chỉ tiêu" table assigns, and how its headers name them. One column per
 * indicator or part that can carry a target: every row of the annex but a heading whose figures
 * are all in its parts ("Cơ cấu kinh tế" with no unit and no target of its own).
 */
import { columnHeading, indicatorLabel, placedIndicators, type Placed, type Plan } from "../model";

export interface AssignedIndicator {
  placed: Placed;
  code: string;
  /** STT as the header prints it: the row's own, or its parent's for an unnumbered part (its name says which part; model/naming.ts). */
  stt: string;
  /** The name as the header prints it: a part with its parent's name ("Sản lượng lương thực: Thóc"; model/naming.ts). */
  name: string;
  unit: string | null;
  /** How messages name it: STT and name (model/naming.ts). */
  label: string;
}

export function assignedIndicators(plan: Plan): AssignedIndicator[] {
  return placedIndicators(plan)
    .filter((p) => !(p.indicator.parts.length > 0 && p.indicator.target === null && p.indicator.unit === null))
    .map((p) => ({ placed: p, code: p.indicator.code, ...columnHeading(p), unit: p.indicator.unit, label: indicatorLabel(p) }));
}
