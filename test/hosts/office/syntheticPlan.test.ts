/** The synthetic plan used for load tests is a valid plan with every kind of target the core reads. */
import { planRules } from "../../../src/core/check";
import { placedIndicators } from "../../../src/core/model";
import { unitKind } from "../../../src/core/vn";
import { syntheticPlan, syntheticPlanInput } from "../../support/syntheticPlan";

test("N indicators, parts included, in sections, deterministic", () => {
  for (const n of [1, 25, 2_000]) expect(placedIndicators(syntheticPlan({ indicators: n }))).toHaveLength(n);
  expect(JSON.stringify(syntheticPlanInput())).toBe(JSON.stringify(syntheticPlanInput()));
  const plan = syntheticPlan();
  expect(plan.sections.length).toBeGreaterThan(4);
  expect(placedIndicators(plan).some((p) => p.depth === 1)).toBe(true);
});

test("every kind of target: points, floors, ceilings, ranges, approximations, changes, ranks, ratios, counts, qualitative, blanks, headings", () => {
  const plan = syntheticPlan();
  const rules = [...planRules(plan).values()];
  const kinds = new Set<string>();
  for (const rule of rules) {
    if (rule.kind === "manual") {
      kinds.add(`manual:${rule.reason}`);
      continue;
    }
    const { target } = rule;
    kinds.add(`op:${target.op}`);
    if (target.change !== null) kinds.add(`change:${target.change}`);
    if (target.of !== undefined) kinds.add(unitKind(target.unit) === "rank" ? "rank" : "of");
  }
  expect([...kinds].sort()).toEqual(
    expect.arrayContaining(["op:=", "op:>", "op:>=", "op:<", "op:<=", "op:between", "op:~", "change:increase", "change:decrease", "rank", "of", "manual:qualitative", "manual:no_target", "manual:heading"]),
  );
});
