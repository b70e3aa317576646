import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { annexLayout, annexOptions, MODEL_SHEET_NAME } from "../../src/core/annex";
import { assess, readActualCell, ruleFor, SHEET_LABELS } from "../../src/core/check";
import { findIndicator, placedIndicators } from "../../src/core/model";
import { phuluc } from "../support/cli";
import { SEEDS_DIR, seedPlan } from "../support/seeds";
import { writeOutSharedFormulas } from "../support/excelEdits";

const TIEN_LU = join(SEEDS_DIR, "tien-lu-2024.plan.json");
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const dir = () => mkdtempSync(join(tmpdir(), "phuluc-cli-"));

/** Typed the way an officer would: numbers, a percentage kept as typed in the annex's text cell, words. */
const TYPED: Record<string, { value: ExcelJS.CellValue; numFmt?: string }> = {
  "CT01.1": { value: 41.7 },
  CT02: { value: 9.1 },
  CT03: { value: 520 },
  CT06: { value: "97%", numFmt: "@" },
  CT16: { value: 0.8 },
  CT20: { value: 4 },
  CT30: { value: 107 },
  CT36: { value: 3 },
  CT37: { value: "Hoàn thành" },
  CT38: { value: "abc" },
};

function statusOf(code: string, cell: { value: ExcelJS.CellValue; numFmt?: string }): string {
  const placed = findIndicator(seedPlan("tien-lu-2024"), code);
  if (!placed) throw new Error(code);
  const parents = placed.parent ? [placed.parent] : [];
  return assess(ruleFor({ indicator: placed.indicator, parents }), readActualCell({ value: cell.value as string | number, numFmt: cell.numFmt ?? null })).status;
}

async function fill(file: string, edit: (ws: ExcelJS.Worksheet, rowOf: Map<string, number>) => void, out: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const ws = book.getWorksheet("Phụ lục I");
  if (!ws) throw new Error("no annex sheet");
  writeOutSharedFormulas(ws);
  const { rowOf } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() });
  edit(ws, rowOf);
  await book.xlsx.writeFile(out);
}

describe("phuluc generate and phuluc check", () => {
  test("find every actual by its code after rows are inserted and a section is sorted", async () => {
    const d = dir();
    const annex = join(d, "tien-lu.xlsx");
    expect(phuluc(["generate", TIEN_LU, "-o", annex]).status).toBe(0);
    const edited = join(d, "tien-lu-da-nhap.xlsx");
    await fill(
      annex,
      (ws, rowOf) => {
        const { columns } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() });
        for (const [code, typed] of Object.entries(TYPED)) {
          const cell = ws.getCell(rowOf.get(code) as number, columns.actual);
          cell.value = typed.value;
          // ExcelJS shares style objects between cells: give this cell its own, as Excel would.
          if (typed.numFmt) cell.style = { ...cell.style, numFmt: typed.numFmt };
        }
        // Section B (CT06..CT30) reversed, as a sort by name might leave it.
        const first = rowOf.get("CT06") as number;
        const last = rowOf.get("CT30") as number;
        const contents = [];
        for (let r = first; r <= last; r++) contents.push({ values: ws.getRow(r).values, numFmt: ws.getCell(r, columns.actual).numFmt });
        contents.reverse().forEach((content, i) => {
          ws.getRow(first + i).values = content.values as ExcelJS.CellValue[];
          const cell = ws.getCell(first + i, columns.actual);
          cell.style = { ...cell.style, numFmt: content.numFmt };
        });
        // Two rows of the officer's own, in the middle of the table.
        ws.spliceRows(rowOf.get("CT04") as number, 0, ["", "Dòng tự thêm"], ["", "Dòng tự thêm 2"]);
      },
      edited,
    );
    const before = sha(edited);

    const run = phuluc(["check", edited, "--json"]);

    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { indicators: { code: string; status: string }[]; counts: Record<string, number> };
    const byCode = new Map(report.indicators.map((r) => [r.code, r.status]));
    expect(byCode.size).toBe(placedIndicators(seedPlan("tien-lu-2024")).length);
    for (const [code, typed] of Object.entries(TYPED)) expect({ code, status: byCode.get(code) }).toEqual({ code, status: statusOf(code, typed) });
    expect(byCode.get("CT06")).toBe("vuot"); // "97%" typed into the text cell: read as 97 > 95,1
    expect(report.counts.khong_hop_le).toBe(2); // "Hoàn thành" and "abc" where a rank is expected
    expect(sha(edited)).toBe(before);
  });

  test("--write makes a copy whose Đánh giá already shows the verdicts", async () => {
    const d = dir();
    const annex = join(d, "a.xlsx");
    phuluc(["generate", TIEN_LU, "-o", annex]);
    const filled = join(d, "b.xlsx");
    await fill(annex, (ws, rowOf) => (ws.getCell(rowOf.get("CT03") as number, 7).value = 600), filled);
    const copy = join(d, "c.xlsx");
    const run = phuluc(["check", filled, "--write", copy]);
    expect(run.status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(copy);
    const { rowOf, columns } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() });
    expect(book.getWorksheet("Phụ lục I")?.getCell(rowOf.get("CT03") as number, columns.status).result).toBe(SHEET_LABELS.vuot);
    expect(phuluc(["check", filled, "--write", filled]).status).toBe(2);
  });

  test("regenerating keeps what was entered, and never overwrites silently", async () => {
    const d = dir();
    const first = join(d, "lan-1.xlsx");
    phuluc(["generate", TIEN_LU, "-o", first, "--period", "Thực hiện 9 tháng"]);
    const filled = join(d, "lan-1-da-nhap.xlsx");
    await fill(first, (ws, rowOf) => {
      ws.getCell(rowOf.get("CT09") as number, 7).value = 14;
      ws.getCell(rowOf.get("CT09") as number, 10).value = "Số liệu của Phòng NN";
    }, filled);

    const refused = phuluc(["generate", TIEN_LU, "-o", filled]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("đã có");

    const second = join(d, "lan-2.xlsx");
    const run = phuluc(["generate", TIEN_LU, "-o", second, "--keep-from", filled]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("giữ 1 ô số liệu/ghi chú");
    const report = JSON.parse(phuluc(["check", second, "--json"]).stdout) as { indicators: { code: string; status: string }[] };
    expect(report.indicators.find((r) => r.code === "CT09")?.status).toBe("vuot");
  });

  test("refuse a workbook that is not an annex, and one whose model sheet was edited", async () => {
    const d = dir();
    const plain = join(d, "bang-tinh.xlsx");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Sheet1").getCell("A1").value = "Số liệu";
    await book.xlsx.writeFile(plain);
    const notAnnex = phuluc(["check", plain]);
    expect(notAnnex.status).toBe(2);
    expect(notAnnex.stderr).toContain("không phải phụ lục do Phụ lục tạo");

    const text = join(d, "ghi-chu.xlsx");
    writeFileSync(text, "đây là văn bản");
    const notWorkbook = phuluc(["check", text]);
    expect(notWorkbook.status).toBe(2);
    expect(notWorkbook.stderr).toContain("không phải bảng tính Excel");

    const annex = join(d, "phu-luc.xlsx");
    phuluc(["generate", TIEN_LU, "-o", annex]);
    const tampered = join(d, "bi-sua.xlsx");
    const edit = new ExcelJS.Workbook();
    await edit.xlsx.readFile(annex);
    const model = edit.getWorksheet(MODEL_SHEET_NAME);
    if (!model) throw new Error("model sheet");
    model.eachRow((row) => {
      if (row.getCell(1).value === "plan") row.getCell(2).value = String(row.getCell(2).value).replace('"559,8"', '"600"');
    });
    await edit.xlsx.writeFile(tampered);
    const before = sha(tampered);
    const refused = phuluc(["check", tampered]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("Trang mô hình của phụ lục đã bị sửa");
    expect(sha(tampered)).toBe(before);
  });

  test("an indicator named like a formula is written as text", async () => {
    const d = dir();
    const plan = JSON.parse(readFileSync(TIEN_LU, "utf8"));
    plan.sections[0].indicators[1].name = '=HYPERLINK("http://x","y")';
    const planFile = join(d, "hyperlink.plan.json");
    writeFileSync(planFile, JSON.stringify(plan));
    const out = join(d, "hyperlink.xlsx");
    expect(phuluc(["generate", planFile, "-o", out]).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const { rowOf, columns } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() });
    const cell = book.getWorksheet("Phụ lục I")?.getCell(rowOf.get("CT02") as number, columns.name);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe('=HYPERLINK("http://x","y")');
  });
});
