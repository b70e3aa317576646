import { syntheticPlan } from "../support/syntheticPlan";
import { defineBenchmark } from "./harness";
import { generate } from "./scale";

/** Issue 17: generating grows linearly with the plan (the parent map is built once); memory stays bounded by streaming the file. */
export const benchmark = defineBenchmark({
  name: "generate-100000",
  description: "phuluc generate's work on a synthetic 100,000-indicator plan: layout in the core, checks against Excel's limits, the .xlsx streamed to a file row by row",
  aim: "linear in the plan's size (10× generate-10000's time)",
  repetitions: 1,
  warmups: 0,
  setup: () => syntheticPlan({ indicators: 100000 }),
  run: (plan) => generate(plan),
});
