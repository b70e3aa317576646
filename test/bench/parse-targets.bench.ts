import { random } from "../support/random";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadPlan, placedIndicators } from "../../src/core/model";
import { formatNumber } from "../../src/core/vn/numbers";
import { parseTarget } from "../../src/core/vn/target";
import { defineBenchmark } from "./harness";

const PHRASES = 100_000;
const ROOT = resolve(__dirname, "..", "..", "..");
const SEED_IDS = ["thap-muoi-2024", "cau-ngang-2030", "dong-thap-2024", "tien-lu-2024", "duc-thanh-2024"];

type Phrase = [phrase: string, unit: string | null];

/** Every target, stretch and milestone of the seed plans that load, with its indicator's unit. */
function seedPhrases(): Phrase[] {
  const out: Phrase[] = [];
  for (const id of SEED_IDS) {
    try {
      const result = loadPlan(readFileSync(join(ROOT, "seeds", `${id}.plan.json`), "utf8"));
      if (!result.ok) continue;
      for (const { indicator } of placedIndicators(result.plan)) {
        for (const phrase of [indicator.target, indicator.stretch, ...Object.values(indicator.milestones)]) {
          if (phrase !== null) out.push([phrase, indicator.unit]);
        }
      }
    } catch {
      // A seed being rewritten elsewhere: the synthetic mix still covers every form.
    }
  }
  return out;
}


const QUALIFIERS = ["", "", "", "đạt ", "trên ", "dưới ", "ít nhất ", "khoảng ", "không quá ", "tăng ", "giảm ", "có thêm ", "còn dưới ", "tăng bình quân ", "≥ ", "<"];
const UNITS: Phrase[] = [
  ["%", "%"],
  ["%", "%"],
  ["%/năm", "%/năm"],
  ["‰", "‰"],
  [" tỷ đồng", "tỷ đồng"],
  [" triệu đồng", "triệu đồng"],
  [" nghìn tỷ đồng", "tỷ đồng"],
  [" USD", "USD"],
  [" ha", "ha"],
  [" tấn", "tấn"],
  [" lao động", "lao động"],
  [" xã", "xã"],
  [" hộ", "hộ"],
  ["", "%"],
  ["", "tỷ đồng"],
];
const QUALITATIVE = [
  "hoàn thành",
  "Hoàn thành",
  "đạt dự toán huyện giao",
  "Giữ vững ổn định chính trị, trật tự an toàn xã hội",
  "Giảm tai nạn giao thông trên cả 3 tiêu chí",
  "theo Đề án huyện giao",
  "Đạt",
];

function synthetic(next: () => number): Phrase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const number = () => formatNumber(Math.round(next() * 10 ** (1 + Math.floor(next() * 6))) / 10 ** Math.floor(next() * 3));
  const roll = next();
  const [suffix, unit] = pick(UNITS);
  if (roll < 0.55) return [`${pick(QUALIFIERS)}${number()}${suffix}`, unit];
  if (roll < 0.65) return [`từ ${number()}${suffix} trở lên`, unit];
  if (roll < 0.75) {
    const low = Math.floor(next() * 50);
    return [`${pick(["", "từ ", "giảm từ "])}${low}${pick(["-", " - ", " – ", " đến "])}${low + 1 + Math.floor(next() * 10)}${suffix}`, unit];
  }
  if (roll < 0.8) return [`${1 + Math.floor(next() * 9)}/10`, "Xếp hạng"];
  if (roll < 0.9) return [number(), unit];
  return [pick(QUALITATIVE), null];
}

export const benchmark = defineBenchmark({
  name: "parse-targets",
  description: `parseTarget on ${PHRASES.toLocaleString("en-US")} phrases: the seed plans' targets (40%), synthetic variants of every phrase form, typed actuals, qualitative aims`,
  aim: "< 1 s",
  aimMs: 1000,
  setup: (): Phrase[] => {
    const next = random(20240119);
    const seeds = seedPhrases();
    const phrases: Phrase[] = [];
    for (let i = 0; i < PHRASES; i++) {
      const seed = seeds[i % Math.max(1, seeds.length)];
      phrases.push(seed !== undefined && next() < 0.4 ? seed : synthetic(next));
    }
    return phrases;
  },
  run: (phrases) => {
    let measurable = 0;
    for (const [phrase, unit] of phrases) if (parseTarget(phrase, unit).op !== "text") measurable++;
    return `${measurable} / ${phrases.length} có số liệu`;
  },
});
