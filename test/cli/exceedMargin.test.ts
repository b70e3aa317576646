/** Issue 12 item 5 through the command line: --exceed-margin sets the ngưỡng Vượt, kept in the workbook. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { annexLayout, annexOptions } from "../../src/core/annex";
import { phuluc } from "../support/cli";
import { SEEDS_DIR, seedPlan } from "../support/seeds";

const PLAN = join(SEEDS_DIR, "tien-lu-2024.plan.json");

/** Tiên Lữ's annex generated with `extra`, with 580 typed for CT03 (559,8 planned: 103,6%). */
async function filled(extra: string[]): Promise<string> {
  const d = mkdtempSync(join(tmpdir(), "phuluc-margin-"));
  const annex = join(d, "phu-luc.xlsx");
  const made = phuluc(["generate", PLAN, "-o", annex, ...extra]);
  expect(made.stderr).toBe("");
  expect(made.status).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(annex);
  const { rowOf, columns } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() });
  const ws = book.getWorksheet("Phụ lục I");
  if (!ws) throw new Error("no annex");
  ws.getCell(rowOf.get("CT03") as number, columns.actual).value = "580";
  const out = join(d, "da-nhap.xlsx");
  await book.xlsx.writeFile(out);
  return out;
}

const checked = (file: string) => JSON.parse(phuluc(["check", file, "--json"]).stdout) as { exceedMargin: number; indicators: { code: string; status: string }[] };

test("103,6% of plan is Vượt by default and Đạt with --exceed-margin 5; check says which threshold applied", async () => {
  const plain = await filled([]);
  expect(checked(plain).indicators.find((i) => i.code === "CT03")?.status).toBe("vuot");
  expect(checked(plain).exceedMargin).toBe(0);

  const five = await filled(["--exceed-margin", "5"]);
  const report = checked(five);
  expect(report.exceedMargin).toBe(5);
  expect(report.indicators.find((i) => i.code === "CT03")?.status).toBe("dat");
  const text = phuluc(["check", five]).stdout;
  expect(text).toContain("Ngưỡng Vượt 5%: vượt kế hoạch đến 5% là Đạt, trên 5% là Vượt");
}, 120_000);

test("the threshold stays with the workbook: an annex made again from the filled one keeps it", async () => {
  const five = await filled(["--exceed-margin", "2,5"]);
  const issued = join(mkdtempSync(join(tmpdir(), "phuluc-margin-")), "lai.xlsx");
  const run = phuluc(["generate", five, "-o", issued]);
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain("ngưỡng Vượt 2,5%");
  expect(checked(issued).exceedMargin).toBe(2.5);
}, 120_000);

test.each([["150"], ["-1"], ["năm"], ["2,555"]])("--exceed-margin %s is refused, saying what a threshold is", (typed) => {
  const out = join(mkdtempSync(join(tmpdir(), "phuluc-margin-")), "x.xlsx");
  const run = phuluc(["generate", PLAN, "-o", out, `--exceed-margin=${typed}`]);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(`Ngưỡng Vượt «${typed}» không dùng được`);
  expect(run.stderr).toContain("từ 0 đến 100");
});

test("regenerating from the plan with --keep-from keeps the filled annex's threshold (unless --exceed-margin says otherwise) and says so", async () => {
  const five = await filled(["--exceed-margin", "5"]);
  const d = mkdtempSync(join(tmpdir(), "phuluc-margin-"));
  const again = join(d, "moi.xlsx");
  const run = phuluc(["generate", PLAN, "-o", again, "--keep-from", five]);
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain("ngưỡng Vượt 5%");
  const report = checked(again);
  expect(report.exceedMargin).toBe(5);
  expect(report.indicators.find((i) => i.code === "CT03")?.status).toBe("dat");
  const changed = join(d, "doi.xlsx");
  expect(phuluc(["generate", PLAN, "-o", changed, "--keep-from", five, "--exceed-margin", "0"]).status).toBe(0);
  expect(checked(changed).exceedMargin).toBe(0);
}, 180_000);

test("a ngưỡng Vượt edited by hand in the workbook is said by check, with what to do; an annex made again from it agrees again", async () => {
  const five = await filled(["--exceed-margin", "5"]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(five);
  const model = book.getWorksheet("PhuLuc_MoHinh");
  if (!model) throw new Error("no model sheet");
  expect(model.getCell("A7").value).toBe("exceedMargin");
  model.getCell("B7").value = 0;
  const edited = join(mkdtempSync(join(tmpdir(), "phuluc-margin-")), "sua-tay.xlsx");
  await book.xlsx.writeFile(edited);
  const run = phuluc(["check", edited]);
  expect(run.status).toBe(0);
  const said = `${run.stdout}\n${run.stderr}`;
  expect(said).toContain("Ngưỡng Vượt mà công thức của bảng dùng đã bị sửa thành 0%, khác ngưỡng Vượt của phụ lục (5%)");
  expect(said).toContain("Tạo lại phụ lục với ngưỡng Vượt mong muốn");
  // The add-in keeps the plan's 5%: 103,6% is Đạt.
  expect(checked(edited).indicators.find((i) => i.code === "CT03")?.status).toBe("dat");

  const again = join(mkdtempSync(join(tmpdir(), "phuluc-margin-")), "lai.xlsx");
  expect(phuluc(["generate", edited, "-o", again]).status).toBe(0);
  const recheck = phuluc(["check", again]);
  expect(`${recheck.stdout}\n${recheck.stderr}`).not.toContain("đã bị sửa thành");
  expect(`${phuluc(["check", five]).stdout}`).not.toContain("đã bị sửa thành");
}, 120_000);
