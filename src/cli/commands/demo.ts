import { readdirSync } from "node:fs";
import { join } from "node:path";
import { formatPlanSummary, summarizePlan } from "../../core/model";
import { isMeasurable } from "../../core/model/measurable";
import { readPlanFile, SEEDS_DIR } from "../io";

/** Loads every bundled seed plan and prints its summary. */
export function demoCommand(_argv: string[], out: (text: string) => void): number {
  const files = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".plan.json"))
    .sort();
  out(`Phụ lục: ${files.length} kế hoạch mẫu trong ${SEEDS_DIR}\n`);
  for (const file of files) {
    const plan = readPlanFile(join(SEEDS_DIR, file));
    out(`== ${file}\n${formatPlanSummary(summarizePlan(plan, isMeasurable))}\n`);
  }
  return 0;
}
