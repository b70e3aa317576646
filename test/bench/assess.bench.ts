import { random } from "../support/random";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { assess, parentsOf, readActualCell, ruleFor, type ActualCell, type Rule, type RuleInput, type Status } from "../../src/core/check";
import { loadPlan, placedIndicators } from "../../src/core/model";
import { formatNumber } from "../../src/core/vn/numbers";
import { parseTarget } from "../../src/core/vn/target";
import { defineBenchmark } from "./harness";

const PAIRS = 100_000;
const ROOT = resolve(__dirname, "..", "..", "..");
const SEED_IDS = ["thap-muoi-2024", "cau-ngang-2030", "dong-thap-2024", "tien-lu-2024", "duc-thanh-2024"];

interface Pair {
  rule: RuleInput;
  actual: ActualCell;
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


const WORDS = ["Đạt", "Hoàn thành", "Không đạt", "Chưa đạt", "Không hoàn thành", "Đạt và vượt", "Đ\u200Bạt", "Vượt".normalize("NFD"), "đã triển khai", "abc", "", "  "];

/**
 * What officers type in an annex cell (check/entry.ts reads the text the way the sheet's formulas
 * do): a number, a text figure in Vietnamese form with spaces, "%", the row's unit or "a/b", one the
 * English way, a percent-formatted number pasted from elsewhere, a verdict word, junk, nothing.
 */
function actualFor(row: RuleInput, next: () => number): ActualCell {
  const unit = row.indicator.unit;
  const target = row.indicator.target === null ? null : parseTarget(row.indicator.target, unit);
  const planned = target?.value ?? target?.max ?? 10;
  const near = () => Math.round(planned * (0.8 + next() * 0.4) * 100) / 100;
  const roll = next();
  if (roll < 0.3) return { value: near() };
  if (roll < 0.5) return { value: formatNumber(near()) };
  if (roll < 0.6) return { value: ` ${formatNumber(near())}${unit === "%" ? " %" : ""} ` };
  if (roll < 0.65) return { value: unit === null ? formatNumber(near()) : `${formatNumber(near())} ${unit}` };
  if (roll < 0.7) return { value: target?.of !== undefined ? `${formatNumber(near())}/${target.of}` : String(near()) };
  if (roll < 0.75) return { value: near() / 100, numFmt: "0.0%" };
  if (roll < 0.8) return { value: `${formatNumber(near())}-${formatNumber(near() + 1)}` };
  if (roll < 0.95) return { value: WORDS[Math.floor(next() * WORDS.length)] ?? null };
  return { value: null };
}

export const benchmark = defineBenchmark({
  name: "assess",
  description: `ruleFor + readActualCell + assess on ${PAIRS.toLocaleString("en-US")} (indicator, annex cell) pairs: every indicator and part of the seed plans, cells as officers fill them, read by the entry grammar the sheet's formulas share (numbers, text figures in Vietnamese form with spaces, "%", the row's unit or "a/b", pasted percent formats, verdict words with odd characters, junk, blanks); the rules are built inside the timed part, once per indicator (as for a sheet), not once per pair`,
  aim: "< 0.5 s",
  aimMs: 500,
  setup: (): Pair[] => {
    const next = random(20240119);
    const rows = seedRows();
    const pairs: Pair[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const rule = rows[i % rows.length];
      if (rule === undefined) throw new Error("không đọc được kế hoạch mẫu nào");
      pairs.push({ rule, actual: actualFor(rule, next) });
    }
    return pairs;
  },
  run: (pairs) => {
    // As planRules does for a sheet: one rule per indicator, then every actual typed against it.
    const rules = new Map<RuleInput, Rule>();
    const counts = new Map<Status, number>();
    for (const { rule: input, actual } of pairs) {
      let rule = rules.get(input);
      if (rule === undefined) {
        rule = ruleFor(input);
        rules.set(input, rule);
      }
      const { status } = assess(rule, readActualCell(actual));
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    return `${rules.size} quy tắc; ${[...counts].map(([status, n]) => `${status} ${n}`).join(", ")}`;
  },
});
