import { mkdtempSync, writeFileSync } from "node:fs";
import * as ExcelJS from "exceljs";
import { annexLayout, annexOptions } from "../../src/core/annex";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { phuluc } from "../support/cli";
import { planOfRows } from "../support/rowsPlan";
import { SEEDS_DIR, seedPlan } from "../support/seeds";

/** The examples of issue 12 ("Judge what officers actually type"), through the command line. */
const dir = () => mkdtempSync(join(tmpdir(), "phuluc-typed-"));

function assessJson(plan: string, actuals: Record<string, string | number>, extra: string[] = []) {
  const file = join(dir(), "so-lieu.json");
  writeFileSync(file, JSON.stringify(actuals));
  const run = phuluc(["assess", plan.includes("/") ? plan : join(SEEDS_DIR, plan), "--actuals", file, "--json", ...extra]);
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

/** Typed into Tiên Lữ's annex as office PCs store them: text in Vietnamese form, kept as typed. */
const TYPED_AS_TEXT: Record<string, [string, string]> = {
  CT02: ["8,7", "vuot"], // 8,61 planned
  CT03: ["1.234,5", "vuot"], // 559,8 planned
  CT06: ["95%", "khong_dat"], // 95,1 planned
  CT07: ["98 %", "dat"],
  CT17: [" 97 ", "vuot"], // 95 planned
  CT30: ["108/100", "khong_dat"], // 105/100, lower is better
  CT37: ["4/10", "vuot"], // rank 5/10
  CT38: ["3/10", "dat"],
  CT08: ["Chưa đạt", "khong_dat"], // judged by hand
  CT14: ["Không hoàn thành", "khong_dat"],
  CT29: ["Đạt và vượt", "vuot"],
  CT09: ["13 xã", "dat"], // the unit column's own unit
  CT11: ["2 tỷ", "khong_hop_le"], // says why
};

test("phuluc check reads numbers typed as text the Vietnamese way, ratios, ranks and verdict words", async () => {
  const d = dir();
  const annex = join(d, "tien-lu.xlsx");
  expect(phuluc(["generate", join(SEEDS_DIR, "tien-lu-2024.plan.json"), "-o", annex]).status).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(annex);
  const ws = book.getWorksheet("Phụ lục I");
  if (!ws) throw new Error("no annex sheet");
  const { rowOf, columns } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() });
  for (const [code, [typed]] of Object.entries(TYPED_AS_TEXT)) ws.getCell(rowOf.get(code) as number, columns.actual).value = typed;
  const filled = join(d, "da-nhap.xlsx");
  await book.xlsx.writeFile(filled);
  const run = phuluc(["check", filled, "--json"]);
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout) as { indicators: { code: string; status: string; messages: string[] }[] };
  const byCode = new Map(report.indicators.map((r) => [r.code, r]));
  for (const [code, [typed, status]] of Object.entries(TYPED_AS_TEXT)) expect({ code, typed, status: byCode.get(code)?.status }).toEqual({ code, typed, status });
  expect(byCode.get("CT11")?.messages[0]).toMatch(/Không đọc được số liệu «2 tỷ»: có «tỷ» không phải chữ số/);
}, 120_000);

test("phuluc assess: 950 for a percentage rate is questioned beside its verdict", () => {
  const result = assessJson("tien-lu-2024.plan.json", { CT06: 950 }) as unknown as { indicators: { code: string; status: string; plausibility: string | null }[] };
  expect(result.indicators.find((i) => i.code === "CT06")).toMatchObject({ status: "vuot", plausibility: expect.stringMatching(/vượt quá 100%/) });
});

test("phuluc assess: a reduction stated by the name, a ratio, a rank and a verdict word, in a plan of one's own", () => {
  const plan = planOfRows([
    { name: "Tỷ lệ hộ nghèo giảm", unit: "%", target: "0,7" },
    { name: "Tỷ lệ mất cân bằng giới khi sinh ở mức", unit: "Bé trai/bé gái", target: "105/100" },
    { name: "Chỉ số Cải cách hành chính (PAR INDEX)", unit: "Xếp hạng", target: "5/10" },
    { name: "Giữ vững quốc phòng, an ninh", unit: null, target: "Hoàn thành" },
    { name: "Huy động vốn đầu tư", unit: "nghìn tỷ đồng", target: "25 nghìn tỷ đồng" },
  ]);
  const file = join(dir(), "ke-hoach.plan.json");
  writeFileSync(file, JSON.stringify(plan));
  const actuals = { R0001: "0,86", R0002: "108/100", R0003: "4/10", R0004: "Chưa đạt", R0005: 27 };
  const result = assessJson(file, actuals);
  const status = (code: string) => result.indicators.find((i) => i.code === code)?.status;
  expect(Object.keys(actuals).map(status)).toEqual(["vuot", "khong_dat", "vuot", "khong_dat", "vuot"]);
  expect(result.indicators.find((i) => i.code === "R0005")?.percentOfPlan).toBeCloseTo(108, 9);
});
