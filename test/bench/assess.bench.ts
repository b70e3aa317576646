import { random } from "../support/random";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { assess, parentsOf, readActual, ruleFor, type Rule, type RuleInput, type Status } from "../../src/core/check";
import { loadPlan, placedIndicators } from "../../src/core/model";
import { formatNumber } from "../../src/core/vn/numbers";
import { parseTarget } from "../../src/core/vn/target";
import { defineBenchmark } from "./harness";

const PAIRS = 100_000;
const ROOT = resolve(__dirname, "..", "..", "..");
const SEED_IDS = ["thap-muoi-2024", "cau-ngang-2030", "dong-thap-2024", "tien-lu-2024", "duc-thanh-2024"];

interface Pair {
  rule: RuleInput;
  unit: string | null;
  actual: string | number | null;
}

/** Every indicator and part of the seed plans that load, with its parents (a share judges differently). */
function seedRows(): RuleInput[] {
  const rows: RuleInput[] = [];
  for (const id of SEED_IDS) {
    try {
      const result = loadPlan(readFileSync(join(ROOT, "seeds", `${id}.plan.json`), "utf8"));
      if (!result.ok) continue;
      const placed = placedIndicators(result.plan);
      for (const item of placed) rows.push({ indicator: item.indicator, parents: parentsOf(item, placed) });
    } catch {
      // A seed being rewritten elsewhere: the others still cover every kind of target.
    }
  }
  return rows;
}


const WORDS = ["Đạt", "Hoàn thành", "Không đạt", "đã triển khai", "abc", ""];

/** What officers type: a number near the target (as a cell value or as text), a range, a phrase, a verdict, nothing. */
function actualFor(row: RuleInput, next: () => number): string | number | null {
  const target = row.indicator.target === null ? null : parseTarget(row.indicator.target, row.indicator.unit);
  const planned = target?.value ?? target?.max ?? 10;
  const near = () => Math.round(planned * (0.8 + next() * 0.4) * 100) / 100;
  const roll = next();
  if (roll < 0.35) return near();
  if (roll < 0.6) return formatNumber(near());
  if (roll < 0.7) return `${formatNumber(near())}${row.indicator.unit === "%" ? "%" : ""}`;
  if (roll < 0.75) return `${formatNumber(near())}-${formatNumber(near() + 1)}`;
  if (roll < 0.8) return `${["trên ", "giảm ", "tăng ", "khoảng "][Math.floor(next() * 4)] ?? ""}${formatNumber(near())}`;
  if (roll < 0.95) return WORDS[Math.floor(next() * WORDS.length)] ?? null;
  return null;
}

export const benchmark = defineBenchmark({
  name: "assess",
  description: `ruleFor + readActual + assess on ${PAIRS.toLocaleString("en-US")} (indicator, actual) pairs: every indicator and part of the seed plans, actuals as officers type them (numbers, text figures, ranges, phrases, verdicts, blanks); the rules are built inside the timed part, once per indicator (as for a sheet), not once per pair`,
  aim: "< 0.5 s",
  aimMs: 500,
  setup: (): Pair[] => {
    const next = random(20240119);
    const rows = seedRows();
    const pairs: Pair[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const rule = rows[i % rows.length];
      if (rule === undefined) throw new Error("không đọc được kế hoạch mẫu nào");
      pairs.push({ rule, unit: rule.indicator.unit, actual: actualFor(rule, next) });
    }
    return pairs;
  },
  run: (pairs) => {
    // As planRules does for a sheet: one rule per indicator, then every actual typed against it.
    const rules = new Map<RuleInput, Rule>();
    const counts = new Map<Status, number>();
    for (const { rule: input, unit, actual } of pairs) {
      let rule = rules.get(input);
      if (rule === undefined) {
        rule = ruleFor(input);
        rules.set(input, rule);
      }
      const { status } = assess(rule, readActual(actual, unit));
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    return `${rules.size} quy tắc; ${[...counts].map(([status, n]) => `${status} ${n}`).join(", ")}`;
  },
});
