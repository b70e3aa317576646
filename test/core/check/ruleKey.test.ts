import { planRuleFor, ruleFor, ruleKey, type RuleInput } from "../../../src/core/check";
import { parentsOf } from "../../../src/core/check/planAssessment";
import { placedIndicators } from "../../../src/core/model";
import { SEED_IDS, seedPlan } from "../../support/seeds";

/** Every indicator and part of the seed plans, at two margins and against their milestones too. */
function inputs(): RuleInput[] {
  return SEED_IDS.flatMap((id) => {
    const plan = seedPlan(id);
    const placed = placedIndicators(plan);
    return placed.flatMap((item) => {
      const parents = parentsOf(item, placed);
      const years = [null, ...Object.keys(item.indicator.milestones)];
      return years.flatMap((against) => [0, 5].map((margin) => ({ indicator: item.indicator, parents, against, margin })));
    });
  });
}

describe("ruleKey: what ruleFor reads", () => {
  const all = inputs();

  test("inputs with the same key get the same rule", () => {
    const byKey = new Map<string, unknown>();
    let shared = 0;
    for (const input of all) {
      const key = ruleKey(input);
      const rule = ruleFor(input);
      if (byKey.has(key)) {
        shared++;
        expect(rule).toEqual(byKey.get(key));
      } else byKey.set(key, rule);
    }
    // The seeds repeat names and targets (parts of several indicators, two margins of a qualitative row).
    expect(shared).toBeGreaterThan(0);
  });

  test("a change in any field the rule reads changes the key", () => {
    const [base] = all.filter((i) => i.indicator.target !== null && i.indicator.unit !== null);
    if (base === undefined) throw new Error("no seed indicator with a target");
    const key = ruleKey(base);
    expect(ruleKey({ ...base, margin: 7 })).not.toBe(key);
    expect(ruleKey({ ...base, indicator: { ...base.indicator, target: "100%" } })).not.toBe(key);
    expect(ruleKey({ ...base, indicator: { ...base.indicator, unit: "ha" } })).not.toBe(key);
    expect(ruleKey({ ...base, indicator: { ...base.indicator, name: "Tỷ lệ hộ nghèo" } })).not.toBe(key);
    expect(ruleKey({ ...base, indicator: { ...base.indicator, direction: "lower" } })).not.toBe(key);
    expect(ruleKey({ ...base, parents: [{ ...base.indicator, name: "Cơ cấu kinh tế" }] })).not.toBe(key);
  });
});

test("planRuleFor, reading each target phrase once, gives ruleFor's rules", () => {
  const rules = planRuleFor();
  const all = inputs();
  for (const input of [...all, ...all]) expect(rules(input)).toEqual(ruleFor(input));
});
