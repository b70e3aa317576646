import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { reviewPlanWithText } from "../../src/core/check/review";
import { planTextFromPlain, type PlanText } from "../../src/core/extract";
import { loadPlan, type Plan, type Section } from "../../src/core/model";
import { defineBenchmark } from "./harness";

const ROOT = resolve(__dirname, "..", "..", "..");
const SEED_IDS = ["thap-muoi-2024", "cau-ngang-2030", "dong-thap-2024", "tien-lu-2024", "duc-thanh-2024"];
/** A page of a plan is about 5,000 characters; 200 pages about 1 MB. */
const TARGET_CHARACTERS = 1_000_000;
const ROWS = 300;

function seedPlan(id: string): Plan {
  const loaded = loadPlan(readFileSync(join(ROOT, "seeds", `${id}.plan.json`), "utf8"));
  if (!loaded.ok) throw new Error(`${id}: không đọc được kế hoạch mẫu`);
  return loaded.plan;
}

/**
 * The five seed plans' rows in one annex, repeated to 300 numbered rows (each copy renamed
 * apart, so the copies are rows of their own), beside the five seed documents one after another
 * to 1 MB: every row has its source somewhere in the text, and the text restates many of them.
 */
function setup(): { plan: Plan; text: PlanText } {
  const plans = SEED_IDS.map(seedPlan);
  const sections: Section[] = [];
  let count = 0;
  for (let round = 0; count < ROWS; round++) {
    for (const plan of plans) {
      for (const section of plan.sections) {
        if (count >= ROWS) break;
        const indicators = section.indicators.slice(0, ROWS - count).map((indicator, i) => {
          const rename = (ind: typeof indicator, code: string): typeof indicator => ({
            ...ind,
            code,
            name: round === 0 ? ind.name : `${ind.name} (bản ${round + 1})`,
            parts: ind.parts.map((part, k) => rename(part, `${code}.${k + 1}`)),
          });
          return rename(indicator, `CT${String(count + i + 1).padStart(3, "0")}`);
        });
        count += indicators.length;
        sections.push({ ...section, indicators });
      }
    }
  }
  const first = plans[0] as Plan;
  const plan: Plan = { ...first, statedCount: null, sections };
  const seeds = SEED_IDS.map((id) => readFileSync(join(ROOT, "seeds", `${id}.txt`), "utf8"));
  let text = "";
  for (let i = 0; text.length < TARGET_CHARACTERS; i++) text += `${seeds[i % seeds.length] ?? ""}\n`;
  return { plan, text: planTextFromPlain(text) };
}

export const benchmark = defineBenchmark({
  name: "review-against-text",
  description:
    "phuluc review --text without reading the file: a 300-row annex (the seed plans' rows, repeated) against a 200-page plan (1 MB: the five seed documents repeated), every rule and khac-van-ban, sorted",
  aim: "< 2 s",
  aimMs: 2000,
  setup,
  run: ({ plan, text }) => {
    const findings = reviewPlanWithText(plan, text);
    return `${findings.length} vấn đề, ${findings.filter((f) => f.rule === "khac-van-ban").length} so với văn bản`;
  },
});
