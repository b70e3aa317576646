/**
 * `phuluc issue-communes` end to end, as an office does it: the blank "Giao chỉ tiêu" table, filled
 * in Excel's way (ExcelJS) with five communes' own targets, one annex per commune, each filled with
 * actuals by its commune, then the existing `phuluc consolidate`. Each commune's verdicts must be
 * against its own targets, and "Tổng hợp"'s total target the sum of the targets assigned, both
 * recomputed here from the figures typed, not from the core.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { ASSIGN_LAYOUT, ASSIGN_SHEET_NAME } from "../../src/core/assign";
import { asArrayBuffer } from "../../src/hosts/xlsx/bytes";
import { readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { phuluc } from "../support/cli";
import { SEEDS_DIR } from "../support/seeds";
import { unzipSync } from "fflate";

jest.setTimeout(120_000);

const PLAN = join(SEEDS_DIR, "tien-lu-2024.plan.json");
/** Each commune's own targets, typed as officers type them; "" leaves the indicator unassigned. */
const COMMUNES: { name: string; CT03: string; CT05: string; CT06: string }[] = [
  { name: "Xã An Bình", CT03: "45,5", CT05: "12", CT06: "≥ 90%" },
  { name: "Xã Hải Thắng", CT03: "38,25", CT05: "", CT06: "từ 85% trở lên" },
  { name: "Phường Đức Thạnh", CT03: "60", CT05: "20,5", CT06: "95" },
  { name: "Xã Thụy Lôi", CT03: "27,75", CT05: "8", CT06: ">= 80%" },
  { name: "Xã Nhật Tân", CT03: "33", CT05: "9,25", CT06: "trên 88%" },
];
const num = (text: string) => Number(text.replace(/[^\d,]/g, "").replace(",", "."));
/** Above the own target for even communes, below for odd ones: the province's figures (559,8 tỷ) would judge all of them Không đạt. */
const actualFor = (k: number, target: string) => (k % 2 === 0 ? num(target) * 1.1 : num(target) * 0.9);
const vn = (n: number) => String(Math.round(n * 100) / 100).replace(".", ",");

let dir: string;
let blank: string;
let blankRun: ReturnType<typeof phuluc>;
let filled: string;

async function fillTable(blank: string, filled: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(asArrayBuffer(readFileSync(blank)));
  const sheet = book.getWorksheet(ASSIGN_SHEET_NAME);
  if (!sheet) throw new Error("không có trang Giao chỉ tiêu");
  const columnOf = new Map<string, number>();
  sheet.getRow(ASSIGN_LAYOUT.codesRow).eachCell((cell, column) => columnOf.set(String(cell.value), column));
  COMMUNES.forEach((commune, k) => {
    const row = sheet.getRow(ASSIGN_LAYOUT.firstCommuneRow + k);
    row.getCell(ASSIGN_LAYOUT.nameColumn).value = commune.name;
    for (const code of ["CT03", "CT05", "CT06"] as const) {
      if (commune[code] !== "") row.getCell(columnOf.get(code) as number).value = commune[code];
    }
  });
  writeFileSync(filled, new Uint8Array(await book.xlsx.writeBuffer()));
}

async function fillActuals(file: string, k: number): Promise<void> {
  const bytes = readFileSync(file);
  const annex = await readAnnexBytes(bytes);
  if (!annex.ok) throw new Error(annex.error);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(asArrayBuffer(bytes));
  const sheet = book.getWorksheet(annex.sheetName);
  if (!sheet) throw new Error(annex.sheetName);
  const commune = COMMUNES[k]!;
  for (const code of ["CT03", "CT05", "CT06"] as const) {
    if (commune[code] === "") continue;
    // Typed as text, the Vietnamese way, in the annex's text input cells.
    sheet.getCell(annex.entries.get(code)!.row, annex.columns.actual).value = vn(actualFor(k, commune[code]));
  }
  writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "phuluc-giao-"));
  blank = join(dir, "giao-chi-tieu.xlsx");
  blankRun = phuluc(["issue-communes", PLAN, "--blank", blank]);
  filled = join(dir, "giao-chi-tieu-da-dien.xlsx");
  if (blankRun.status === 0) await fillTable(blank, filled);
});

describe("phuluc issue-communes", () => {
  it("makes the blank table, then one annex per commune with its own targets, period and deadline, that consolidate against those targets", async () => {
    expect(blankRun.stderr).toBe("");
    expect(blankRun.status).toBe(0);

    const out = join(dir, "phu-luc-cac-xa");
    const issued = phuluc(["issue-communes", PLAN, "--table", filled, "--out", out, "--deadline", "05/11/2024", "--period", "Ước thực hiện năm 2024"]);
    expect(issued.stderr).toBe("");
    expect(issued.status).toBe(0);
    expect(issued.stdout).toContain("Đã tạo phụ lục cho 5 đơn vị cấp xã");
    const files = readdirSync(out).sort();
    expect(files).toEqual(COMMUNES.map((c) => `Phụ lục I - ${c.name}.xlsx`).sort());

    for (const [k, commune] of COMMUNES.entries()) {
      const annex = await readAnnexBytes(readFileSync(join(out, `Phụ lục I - ${commune.name}.xlsx`)));
      if (!annex.ok) throw new Error(annex.error);
      expect(annex.options).toMatchObject({ locality: commune.name, deadline: "2024-11-05", actualsLabel: "Ước thực hiện năm 2024" });
      const target = (code: string) => annex.plan.sections.flatMap((s) => s.indicators).find((i) => i.code === code);
      expect(target("CT03")?.target).toBe(commune.CT03);
      expect(target("CT05")?.target).toBe(commune.CT05 === "" ? null : commune.CT05);
      // Nothing of the district's own figures: neither its target nor its stretch target.
      expect(target("CT02")).toMatchObject({ target: null, stretch: null });
      await fillActuals(join(out, `Phụ lục I - ${commune.name}.xlsx`), k);
    }

    const report = phuluc(["consolidate", out, "-o", join(dir, "tong-hop.xlsx"), "--json"]);
    expect(report.status).toBe(0);
    const json = JSON.parse(report.stdout) as {
      localities: { name: string }[];
      completeness: { deadline: { date: string; origin: string } | null };
      indicators: { code: string; total: { target: string | null; value: number | null }; byLocality: Record<string, { target: string | null; status: string }> }[];
    };
    expect(json.localities.map((l) => l.name).sort()).toEqual(COMMUNES.map((c) => c.name).sort());
    expect(json.completeness.deadline).toEqual({ date: "2024-11-05", origin: "annex" });
    for (const code of ["CT03", "CT05", "CT06"] as const) {
      const indicator = json.indicators.find((i) => i.code === code)!;
      for (const [k, commune] of COMMUNES.entries()) {
        const own = indicator.byLocality[commune.name]!;
        if (commune[code] === "") {
          expect(own.target).toBeNull();
          continue;
        }
        expect(own.target).toBe(commune[code]);
        // Independent: every target here is "higher is better" (a figure or a floor), and the
        // actual is 10 % above or below it; above a strict floor ("trên 88%") is Đạt, never Vượt.
        expect(own.status).toBe(k % 2 === 0 ? (commune[code].startsWith("trên") ? "dat" : "vuot") : "khong_dat");
      }
    }
    for (const code of ["CT03", "CT05"] as const) {
      const assigned = COMMUNES.filter((c) => c[code] !== "");
      const total = json.indicators.find((i) => i.code === code)!.total;
      const sumTargets = assigned.reduce((s, c) => s + num(c[code]), 0);
      const sumActuals = COMMUNES.reduce((s, c, k) => (c[code] === "" ? s : s + Number(vn(actualFor(k, c[code])).replace(",", "."))), 0);
      expect(num(total.target ?? "")).toBeCloseTo(sumTargets, 6);
      expect(total.value).toBeCloseTo(sumActuals, 6);
    }
  });

  it("writes the same annexes into one .zip whose names keep their diacritics", async () => {
    const zip = join(dir, "phu-luc-cac-xa.zip");
    const run = phuluc(["issue-communes", PLAN, "--table", filled, "--out", zip]);
    expect(run.status).toBe(0);
    const entries = unzipSync(new Uint8Array(readFileSync(zip)));
    expect(Object.keys(entries).sort()).toEqual(COMMUNES.map((c) => `Phụ lục I - ${c.name}.xlsx`).sort());
    const annex = await readAnnexBytes(entries["Phụ lục I - Xã Nhật Tân.xlsx"]!);
    expect(annex.ok && annex.options.locality).toBe("Xã Nhật Tân");
  });

  it("never writes over what exists, and says what to fix in Vietnamese with exit code 2", () => {
    const out = join(dir, "da-co");
    expect(phuluc(["issue-communes", PLAN, "--table", filled, "--out", out]).status).toBe(0);
    const again = phuluc(["issue-communes", PLAN, "--table", filled, "--out", out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/đã có phụ lục của 5 đơn vị cấp xã.*--force/);
    writeFileSync(join(dir, "da-co.zip"), "");
    const zipAgain = phuluc(["issue-communes", PLAN, "--table", filled, "--out", join(dir, "da-co.zip")]);
    expect(zipAgain.status).toBe(2);
    const blankAgain = phuluc(["issue-communes", PLAN, "--blank", filled]);
    expect(blankAgain.status).toBe(2);
    expect(blankAgain.stderr).toMatch(/đã có/);
    const both = phuluc(["issue-communes", PLAN, "--blank", "x.xlsx", "--table", filled]);
    expect(both.status).toBe(2);
    const misplaced = phuluc(["issue-communes", PLAN, "--blank", join(dir, "moi.xlsx"), "--deadline", "05/11/2024"]);
    expect(misplaced.status).toBe(2);
    expect(misplaced.stderr).toMatch(/--deadline không dùng với --blank/);
    const badDate = phuluc(["issue-communes", PLAN, "--table", filled, "--out", join(dir, "khac"), "--deadline", "31/02/2024"]);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/không phải một ngày/);
    const notTable = phuluc(["issue-communes", PLAN, "--table", PLAN, "--out", join(dir, "khac")]);
    expect(notTable.status).toBe(2);
    for (const run of [again, blankAgain, both, badDate, notTable]) expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
  });
});
