import { annexOptions } from "../../src/core/annex";
import { annexBytes } from "../../src/hosts/xlsx/annexFile";
import { syntheticPlan } from "../support/syntheticPlan";
import { defineBenchmark } from "./harness";

/** Issue 5: the annex of a 2,000-indicator plan, from plan model to .xlsx bytes. */
export const benchmark = defineBenchmark({
  name: "annex-generate",
  description:
    "the annex of a synthetic 2,000-indicator plan (every target kind, parts, sections): layout in the core, then the .xlsx bytes with ExcelJS (formulas, validations, conditional formats, the model sheet)",
  aim: "< 2 s",
  aimMs: 2_000,
  setup: () => syntheticPlan({ indicators: 2_000 }),
  run: async (plan) => (await annexBytes(plan, annexOptions())).length,
});
