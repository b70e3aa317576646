import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractPlan, planTextFromPlain, type PlanText } from "../../src/core/extract";
import { defineBenchmark } from "./harness";

const ROOT = resolve(__dirname, "..", "..", "..");
const SEED_IDS = ["thap-muoi-2024", "cau-ngang-2030", "dong-thap-2024", "tien-lu-2024", "duc-thanh-2024"];
/** A page of a plan is about 5,000 characters; 200 pages about 1 MB. */
const TARGET_CHARACTERS = 1_000_000;

export const benchmark = defineBenchmark({
  name: "extract-200pages",
  description:
    "extractPlan on a 200-page plan (about 1 MB of text: the five seed documents one after another, repeated, with their prose, lists of indicators and annex table): heading, sections, every indicator and part with quotes and warnings",
  aim: "< 1 s",
  aimMs: 1000,
  setup: (): PlanText => {
    const seeds = SEED_IDS.map((id) => readFileSync(join(ROOT, "seeds", `${id}.txt`), "utf8"));
    let text = "";
    for (let i = 0; text.length < TARGET_CHARACTERS; i++) text += `${seeds[i % seeds.length] ?? ""}\n`;
    return planTextFromPlain(text);
  },
  run: (text) => {
    const draft = extractPlan(text);
    const count = draft.sections.reduce((n, s) => n + s.indicators.length, 0);
    return `${count} chỉ tiêu trong ${draft.sections.length} phần`;
  },
});
