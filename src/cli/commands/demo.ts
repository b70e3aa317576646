import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { formatCounts, countBySeverity, formatReview, reviewPlan, reviewPlanWithText, AGAINST_TEXT_RULE } from "../../core/check/review";
import { planTextFromPlain } from "../../core/extract";
import { annexOptions } from "../../core/annex";
import { formatPlanSummary, summarizePlan, type Plan } from "../../core/model";
import { annexBytes } from "../../hosts/xlsx/annexFile";
import { isMeasurable } from "../../core/model/measurable";
import { readPlanFile, SEEDS_DIR } from "../io";

/** Where the demo writes what it makes: out/ at the project root (gitignored). */
export const OUT_DIR = resolve(SEEDS_DIR, "..", "out");

/**
 * One thing the demo does with every seed plan: it may write files under `outDir` and returns the
 * lines to print. New work (generating the annexes) is one more step in DEMO_STEPS.
 */
export type DemoStep = (plan: Plan, outDir: string) => string[] | Promise<string[]>;

const summaryStep: DemoStep = (plan) => [formatPlanSummary(summarizePlan(plan, isMeasurable))];

/** out/x.txt when run from the project, the full path from elsewhere. */
function shortPath(file: string): string {
  const near = relative(process.cwd(), file);
  return near.startsWith("..") ? file : near;
}

const reviewStep: DemoStep = (plan, outDir) => {
  const findings = reviewPlan(plan);
  const file = join(outDir, `${plan.id}.review.txt`);
  writeFileSync(file, `${formatReview(plan.title, findings, plan)}\n`);
  return [`Rà soát: ${findings.length} vấn đề (${formatCounts(countBySeverity(findings))}) -> ${shortPath(file)}`];
};

/** The annex against the seed's own document (seeds/<id>.txt beside its plan): what differs between the two. */
const textStep: DemoStep = (plan, outDir) => {
  const document = join(SEEDS_DIR, `${plan.id}.txt`);
  if (!existsSync(document)) return [];
  const findings = reviewPlanWithText(plan, planTextFromPlain(readFileSync(document, "utf8"))).filter((f) => f.rule === AGAINST_TEXT_RULE);
  const file = join(outDir, `${plan.id}.van-ban.txt`);
  writeFileSync(file, `${formatReview(`${plan.title} (so với văn bản ${plan.id}.txt)`, findings, plan)}\n`);
  return [`So với văn bản: ${findings.length} vấn đề (${formatCounts(countBySeverity(findings))}) -> ${shortPath(file)}`];
};

const annexStep: DemoStep = async (plan, outDir) => {
  const file = join(outDir, `${plan.id}.xlsx`);
  writeFileSync(file, await annexBytes(plan, annexOptions()));
  return [`Phụ lục Excel: ${shortPath(file)} (nhập số liệu vào cột "Ước thực hiện", rồi: npx phuluc check ${shortPath(file)})`];
};

export const DEMO_STEPS: readonly DemoStep[] = [summaryStep, reviewStep, textStep, annexStep];

/** Runs every step on every bundled seed plan. */
export async function demoCommand(_argv: string[], out: (text: string) => void): Promise<number> {
  const files = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".plan.json"))
    .sort();
  mkdirSync(OUT_DIR, { recursive: true });
  out(`Phụ lục: ${files.length} kế hoạch mẫu trong ${SEEDS_DIR}; kết quả ghi vào ${OUT_DIR}\n`);
  for (const file of files) {
    const plan = readPlanFile(join(SEEDS_DIR, file));
    const lines: string[] = [];
    for (const step of DEMO_STEPS) lines.push(...(await step(plan, OUT_DIR)));
    out(`== ${file}\n${lines.join("\n")}\n`);
  }
  return 0;
}
