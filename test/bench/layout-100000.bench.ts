import { annexLayout, annexOptions, excelLimitProblems } from "../../src/core/annex";
import { syntheticPlan } from "../support/syntheticPlan";
import { defineBenchmark } from "./harness";

/** Issue 17: the core's part of generating, at 100,000 indicators (it was quadratic: a parent map per row). */
export const benchmark = defineBenchmark({
  name: "layout-100000",
  description: "the core's part of phuluc generate on a synthetic 100,000-indicator plan: every row's rule, formulas, validations and heights, the model sheet, Excel's limits checked (no .xlsx written)",
  aim: "linear in the plan's size",
  repetitions: 1,
  warmups: 0,
  setup: () => syntheticPlan({ indicators: 100_000 }),
  run: (plan) => {
    const layout = annexLayout({ plan, options: annexOptions() });
    return `${layout.rowOf.size} rows, ${excelLimitProblems(layout.workbook).length} problems`;
  },
});
