import { parentsOf, ruleFor } from "../../../src/core/check";
import { placedIndicators } from "../../../src/core/model";
import { SEED_IDS, seedPlan, type SeedId } from "../../support/seeds";

/**
 * Which way is better for the figure an officer enters, for every measurable indicator of the five
 * seed plans: the ones listed are better lower or close to their figure (band), every other one
 * better higher. For a change target ("giảm 5%") it is the change achieved, so a reduction is
 * better higher; so is a name that states a reduction ("tỷ lệ giảm sinh", "Mức giảm tỷ suất sinh").
 */
const NOT_HIGHER: Record<SeedId, Record<string, "lower" | "band">> = {
  "thap-muoi-2024": { CT10: "lower", "CT10.1": "lower", CT12: "lower" },
  "cau-ngang-2030": {},
  "dong-thap-2024": { CT06: "lower" },
  "tien-lu-2024": {
    "CT01.1": "band",
    "CT01.2": "band",
    "CT01.3": "band",
    CT13: "lower",
    CT21: "lower",
    CT30: "lower",
    CT37: "lower",
    CT38: "lower",
    CT39: "lower",
  },
  "duc-thanh-2024": {
    "CT02.1": "band",
    "CT02.2": "band",
    "CT02.3": "band",
    "CT12.1": "lower",
    CT13: "lower",
    "CT13.1": "lower",
    CT15: "lower",
    "CT18.3": "lower",
  },
};

describe.each(SEED_IDS)("which way is better, every indicator of %s", (id) => {
  const plan = seedPlan(id);
  const placed = placedIndicators(plan);
  test("as the list says", () => {
    const better = Object.fromEntries(
      placed.flatMap((item) => {
        const rule = ruleFor({ indicator: item.indicator, parents: parentsOf(item, placed) });
        return rule.kind === "numeric" ? [[item.indicator.code, rule.better]] : [];
      }),
    );
    const expected = Object.fromEntries(Object.keys(better).map((code) => [code, NOT_HIGHER[id][code] ?? "higher"]));
    expect(better).toEqual(expected);
  });
});

test("the reductions of the seeds are better higher", () => {
  const plan = seedPlan("duc-thanh-2024");
  const byCode = new Map(placedIndicators(plan).map((p) => [p.indicator.code, p.indicator]));
  for (const code of ["CT12", "CT18.2", "CT13.2"]) {
    const rule = ruleFor({ indicator: byCode.get(code)! });
    expect(rule.kind === "numeric" && rule.better).toBe("higher");
  }
});
