/** Issue 12 item 6 through the command line: generate --last-year, check prints % so với cùng kỳ, --keep-from keeps its entries. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { annexLayout, annexOptions } from "../../src/core/annex";
import { phuluc } from "../support/cli";
import { SEEDS_DIR, seedPlan } from "../support/seeds";

const PLAN = join(SEEDS_DIR, "tien-lu-2024.plan.json");
type Report = { indicators: { code: string; name: string; percentOfPlan: number | null; percentOfLastYear?: number | null }[] };

async function filledWithLastYear(d: string): Promise<string> {
  const annex = join(d, "phu-luc.xlsx");
  const made = phuluc(["generate", PLAN, "-o", annex, "--last-year"]);
  expect(made.stderr).toBe("");
  expect(made.status).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(annex);
  const { rowOf, columns } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions({ lastYear: true }) });
  const ws = book.getWorksheet("Phụ lục I");
  const at = columns.lastYear;
  if (!ws || at === null) throw new Error("no annex with the cùng kỳ column");
  // As typed on an office PC under English settings: text numbers the Vietnamese way.
  ws.getCell(rowOf.get("CT03") as number, columns.actual).value = "600";
  ws.getCell(rowOf.get("CT03") as number, at.input).value = "480";
  ws.getCell(rowOf.get("CT02") as number, columns.actual).value = "8,7";
  ws.getCell(rowOf.get("CT02") as number, at.input).value = "8,0";
  ws.getCell(rowOf.get("CT06") as number, at.input).value = "93%";
  const out = join(d, "da-nhap.xlsx");
  await book.xlsx.writeFile(out);
  return out;
}

test("check prints % so với cùng kỳ beside % so với KH, reading entries as the actuals are read", async () => {
  const d = mkdtempSync(join(tmpdir(), "phuluc-cung-ky-"));
  const filled = await filledWithLastYear(d);
  const report = JSON.parse(phuluc(["check", filled, "--json"]).stdout) as Report;
  const byCode = new Map(report.indicators.map((i) => [i.code, i]));
  expect(byCode.get("CT03")?.percentOfLastYear).toBeCloseTo(125, 9);
  expect(byCode.get("CT02")?.percentOfLastYear).toBeCloseTo(108.75, 9);
  expect(byCode.get("CT06")?.percentOfLastYear).toBeNull(); // nothing this year
  const text = phuluc(["check", filled]).stdout;
  expect(text).toContain("% CK");
  // Rows by their STT, as printed in the annex.
  const ct03 = report.indicators.find((i) => i.code === "CT03");
  expect(text.split("\n").some((l) => /^\S+\s+Vượt\s+107,2\s+125,0/.test(l) && l.includes(ct03?.name ?? "?"))).toBe(true);
}, 120_000);

test("an annex without the column says nothing about last year", async () => {
  const d = mkdtempSync(join(tmpdir(), "phuluc-cung-ky-"));
  const annex = join(d, "phu-luc.xlsx");
  expect(phuluc(["generate", PLAN, "-o", annex]).status).toBe(0);
  const report = JSON.parse(phuluc(["check", annex, "--json"]).stdout) as Report;
  expect(report.indicators.every((i) => i.percentOfLastYear === undefined)).toBe(true);
  expect(phuluc(["check", annex]).stdout).not.toContain("% CK");
}, 120_000);

test("--keep-from keeps the cùng kỳ entries and the column, even without --last-year", async () => {
  const d = mkdtempSync(join(tmpdir(), "phuluc-cung-ky-"));
  const filled = await filledWithLastYear(d);
  const again = join(d, "moi.xlsx");
  const run = phuluc(["generate", PLAN, "-o", again, "--keep-from", filled]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("Giữ cột \"Thực hiện cùng kỳ năm trước\"");
  const report = JSON.parse(phuluc(["check", again, "--json"]).stdout) as Report;
  expect(report.indicators.find((i) => i.code === "CT03")?.percentOfLastYear).toBeCloseTo(125, 9);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(again);
  const { rowOf, columns } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions({ lastYear: true }) });
  expect(book.getWorksheet("Phụ lục I")?.getCell(rowOf.get("CT06") as number, columns.lastYear?.input ?? 0).value).toBe("93%");
}, 180_000);
