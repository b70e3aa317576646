import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadPlan, type Plan } from "../../src/core/model";

export const ROOT = join(__dirname, "..", "..");
export const SEEDS_DIR = join(ROOT, "seeds");
export const SEED_IDS = ["thap-muoi-2024", "cau-ngang-2030", "dong-thap-2024", "tien-lu-2024", "duc-thanh-2024"] as const;
export type SeedId = (typeof SEED_IDS)[number];

export function seedText(id: SeedId): string {
  return readFileSync(join(SEEDS_DIR, `${id}.txt`), "utf8");
}

export function seedPlanText(id: SeedId): string {
  return readFileSync(join(SEEDS_DIR, `${id}.plan.json`), "utf8");
}

const cache = new Map<SeedId, Plan>();
export function seedPlan(id: SeedId): Plan {
  const cached = cache.get(id);
  if (cached) return cached;
  const result = loadPlan(seedPlanText(id));
  if (!result.ok) {
    throw new Error(`${id}.plan.json:\n${result.errors.map((e) => `${e.path}: ${e.message}`).join("\n")}`);
  }
  cache.set(id, result.plan);
  return result.plan;
}
