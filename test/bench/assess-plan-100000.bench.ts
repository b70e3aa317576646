import { readActualCell, assessPlan, type Actual } from "../../src/core/check";
import { placedIndicators } from "../../src/core/model";
import { syntheticPlan } from "../support/syntheticPlan";
import { defineBenchmark } from "./harness";

/** Issue 17: the core's part of phuluc check at 100,000 indicators. */
export const benchmark = defineBenchmark({
  name: "assess-plan-100000",
  description: "the core's part of phuluc check on a synthetic 100,000-indicator plan, every second row with an actual: every rule built and every row judged (assessPlan)",
  aim: "linear in the plan's size",
  repetitions: 1,
  warmups: 0,
  setup: () => {
    const plan = syntheticPlan({ indicators: 100_000 });
    const actuals = new Map<string, Actual>();
    placedIndicators(plan).forEach((p, k) => {
      if (k % 2 === 0) actuals.set(p.indicator.code, readActualCell({ value: 50 + (k % 50), numFmt: null }));
    });
    return { plan, actuals };
  },
  run: ({ plan, actuals }) => JSON.stringify(assessPlan(plan, actuals, null).counts),
});
