import { defineBenchmark } from "./harness";
import { check, filledAnnex } from "./scale";

/** Issue 17: checking grows linearly with the plan. */
export const benchmark = defineBenchmark({
  name: "check-10000",
  description: "phuluc check's work on the filled annex of a synthetic 10,000-indicator plan (every second row has a figure as officers type it): read with the bounded streaming reader, model sheet verified, entries by code, every row judged",
  aim: "linear in the plan's size",
  repetitions: 3,
  warmups: 0,
  setup: () => filledAnnex(10000),
  run: ({ bytes }) => check(bytes),
});
