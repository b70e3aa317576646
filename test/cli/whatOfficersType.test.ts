import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { phuluc } from "../support/cli";
import { SEEDS_DIR } from "../support/seeds";

/** The examples of issue 12 ("Judge what officers actually type"), through the command line. */
const dir = () => mkdtempSync(join(tmpdir(), "phuluc-typed-"));

function assessJson(plan: string, actuals: Record<string, string | number>, extra: string[] = []) {
  const file = join(dir(), "so-lieu.json");
  writeFileSync(file, JSON.stringify(actuals));
  const run = phuluc(["assess", join(SEEDS_DIR, plan), "--actuals", file, "--json", ...extra]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as { indicators: { code: string; status: string; percentOfPlan: number | null; messages: string[] }[] };
}

test("Cầu Ngang: 27 nghìn tỷ đồng against 25 nghìn tỷ đồng is Vượt, 108%", () => {
  const result = assessJson("cau-ngang-2030.plan.json", { CT04: 27 }, ["--against", "2025"]);
  const ct04 = result.indicators.find((i) => i.code === "CT04");
  expect(ct04?.status).toBe("vuot");
  expect(ct04?.percentOfPlan).toBeCloseTo(108, 9);
});

test("Đức Thạnh: a reduction of the birth rate bigger than planned is Vượt", () => {
  const result = assessJson("duc-thanh-2024.plan.json", { "CT18.2": "0,3" });
  expect(result.indicators.find((i) => i.code === "CT18.2")?.status).toBe("vuot");
});

test("phuluc target: a name that states a reduction is better higher", () => {
  const run = phuluc(["target", "0,7", "--unit", "%", "--name", "Tỷ lệ hộ nghèo giảm", "--json"]);
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({ value: 0.7, unit: "%", direction: "higher" });
});

test("phuluc target: a target printed with a multiplier is read in the unit column's unit", () => {
  const read = (phrase: string, unit: string) => JSON.parse(phuluc(["target", phrase, "--unit", unit, "--json"]).stdout) as { value: number; unit: string };
  expect(read("25 nghìn tỷ đồng", "nghìn tỷ đồng")).toMatchObject({ value: 25, unit: "nghìn tỷ đồng" });
  expect(read("2 tỷ", "triệu đồng")).toMatchObject({ value: 2000, unit: "triệu đồng" });
  expect(read("trên 1 triệu", "nghìn đồng")).toMatchObject({ value: 1000, unit: "nghìn đồng" });
});
