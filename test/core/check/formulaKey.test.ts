import { formulaKey, ruleFor, rowFormulas, type Rule, type RowCells } from "../../../src/core/check";
import { parentsOf } from "../../../src/core/check/planAssessment";
import { placedIndicators, type Plan } from "../../../src/core/model";
import { SEED_IDS, seedPlan } from "../../support/seeds";
import { syntheticPlan } from "../../support/syntheticPlan";

/** The cells of an annex row, the row written as "\u0001" (as the layout builds its patterns). */
const CELLS: RowCells = { actual: "H\u0001", trimmed: "P\u0001", text: "Q\u0001", figure: "R\u0001", whole: "S\u0001", dots: "T\u0001", value: "O\u0001", margin: "PhuLuc_NguongVuot" };

/** Every row's rule of the seed plans and of a synthetic plan of every target kind, at two margins and against milestones. */
function rules(): Rule[] {
  const plans: Plan[] = [...SEED_IDS.map((id) => seedPlan(id)), syntheticPlan({ indicators: 400 })];
  return plans.flatMap((plan) => {
    const placed = placedIndicators(plan);
    return placed.flatMap((item) => {
      const parents = parentsOf(item, placed);
      const years = [null, ...Object.keys(item.indicator.milestones)];
      return years.flatMap((against) => [0, 5].map((margin) => ruleFor({ indicator: item.indicator, parents, against, margin })));
    });
  });
}

describe("formulaKey: what rowFormulas reads of a rule", () => {
  const all = rules();

  test("rules with the same key get the same formulas", () => {
    const byKey = new Map<string, string>();
    let shared = 0;
    for (const rule of all) {
      const key = formulaKey(rule);
      const formulas = JSON.stringify(rowFormulas(rule, CELLS));
      const known = byKey.get(key);
      if (known === undefined) byKey.set(key, formulas);
      else {
        shared++;
        expect(formulas).toBe(known);
      }
    }
    // Rows differ by name and reason but share their formulas: the key is what makes the layout build each once.
    expect(shared).toBeGreaterThan(all.length / 2);
  });

  test("a change in any part of the rule the formulas read changes the key", () => {
    const base = all.find((rule): rule is Extract<Rule, { kind: "numeric" }> => rule.kind === "numeric" && rule.vuot !== null && rule.planned !== null);
    if (base === undefined) throw new Error("no numeric rule with Vượt");
    const key = formulaKey(base);
    const low = base.dat.low ?? { value: 0, strict: false };
    const changed: Rule[] = [
      { ...base, vuot: null },
      { ...base, dat: { ...base.dat, low: { ...low, value: low.value + 1 } } },
      { ...base, dat: { ...base.dat, low: { ...low, strict: !low.strict } } },
      { ...base, dat: { ...base.dat, low: { ...low, margin: { from: 1, by: 2, sign: 1, decimals: 4 } } } },
      { ...base, planned: (base.planned as number) * 2 },
      { ...base, planned: Number.POSITIVE_INFINITY },
      { ...base, entry: { ...base.entry, unit: "ha" } },
      { ...base, entry: { ...base.entry, percent: !base.entry.percent } },
      { ...base, entry: { ...base.entry, ratio: !base.entry.ratio } },
      { ...base, entry: { ...base.entry, changeWord: "giảm" } },
      { ...base, plausibility: { ...base.plausibility, share: !base.plausibility.share } },
      { ...base, plausibility: { ...base.plausibility, nonNegative: !base.plausibility.nonNegative } },
      { ...base, plausibility: { ...base.plausibility, planned: 12_345 } },
      { kind: "manual", reason: "qualitative", target: null },
    ];
    for (const rule of changed) expect(formulaKey(rule)).not.toBe(key);
  });
});
