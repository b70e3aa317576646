import { syntheticPlan } from "../support/syntheticPlan";
import { defineBenchmark } from "./harness";
import { generate } from "./scale";

/** Issue 17: generating grows linearly with the plan (the parent map is built once). */
export const benchmark = defineBenchmark({
  name: "generate-10000",
  description: "phuluc generate's work on a synthetic 10,000-indicator plan: layout in the core, checks against Excel's limits, the .xlsx streamed to a file row by row",
  aim: "linear in the plan's size",
  repetitions: 3,
  warmups: 0,
  setup: () => syntheticPlan({ indicators: 10000 }),
  run: (plan) => generate(plan),
});
