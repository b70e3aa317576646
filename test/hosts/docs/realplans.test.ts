/**
 * The realistic plans read through the other readers: a ward's plan printed to PDF (its text layer
 * carries the page numbers), and a province's annex table typed in Excel (figures stored as
 * numbers, the header merged over two rows, the "(Kèm theo ...)" line above it). The officer gets
 * the same model as from the text.
 */
import * as ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractPlan, type DraftPlan } from "../../../src/core/extract";
import { readPlanDocument } from "../../../src/hosts/docs/readPlanDocument";
import { phuluc } from "../../support/cli";
import { textPdf } from "../../support/pdf";
import { EXPECTED, find, realPlanText, tree } from "../../support/realPlans";
import { requireTool } from "../../support/tools";

// pdfjs-dist is an ES module jest's sandbox cannot import: the PDFs go through the real command.
const importPdf = (name: string): DraftPlan => {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-realplans-"));
  writeFileSync(join(dir, `${name}.pdf`), textPdf(realPlanText(name)));
  const run = phuluc(["import", `${name}.pdf`, "-o", "ke-hoach.plan.json"], { cwd: dir, timeoutMs: 120_000 });
  expect(run.stderr).toBe("");
  return JSON.parse(readFileSync(join(dir, "ke-hoach.plan.json"), "utf8")) as DraftPlan;
};

describe("plans printed to PDF read as their text does", () => {
  requireTool("chromium")(
    "a ward's plan, page numbers left out",
    () => {
      expect(realPlanText("kh-phuong-2026-pdf")).toMatch(/^2$/m);
      const plan = importPdf("kh-phuong-2026-pdf");
      expect(tree(plan)).toEqual(EXPECTED["kh-phuong-2026-pdf"]);
      expect(plan.document).toMatchObject({ number: "07/KH-UBND", date: "2026-01-15" });
    },
    180_000,
  );

  // Annex tables: cells of two or three lines centred on their row, a header over two rows, a
  // table that goes on over a page break.
  requireTool("chromium")(
    "a commune's plan with its annex table, and a results report's table",
    () => {
      const plan = importPdf("kh-xa-2026-phu-luc");
      expect(tree(plan)).toEqual(EXPECTED["kh-xa-2026-phu-luc"]);
      expect(find(plan, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi").agency?.name).toBe("Trạm Y tế xã");
      expect(tree(importPdf("bc-ket-qua-2025"))).toEqual(EXPECTED["bc-ket-qua-2025"]);
    },
    240_000,
  );
});

test("a province's annex typed in Excel: numbers stored as numbers, a header merged over two rows", async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Phụ lục I");
  const lines = realPlanText("phu-luc-tinh-xlsx").split("\n").filter((l) => l !== "");
  lines.forEach((line, r) => {
    line.split("\t").forEach((text, c) => {
      if (text === "") return;
      // What Excel stores for a figure typed in a General cell: a number ("22.400" is 22400).
      const figure = /^\d{1,3}(\.\d{3})*(,\d+)?$/.test(text) ? Number(text.replace(/\./g, "").replace(",", ".")) : null;
      sheet.getCell(r + 1, c + 1).value = figure ?? text;
    });
  });
  // "Kế hoạch năm 2026" over "HĐND tỉnh giao | Mục tiêu phấn đấu"; STT, name, unit and agency merged down.
  const header = lines.findIndex((l) => l.startsWith("TT\t")) + 1;
  sheet.mergeCells(header, 4, header, 5);
  for (const column of [1, 2, 3, 6]) sheet.mergeCells(header, column, header + 1, column);
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const draft = extractPlan(await readPlanDocument(bytes, "phu-luc-i.xlsx"));
  expect(tree(draft)).toEqual(EXPECTED["phu-luc-tinh-xlsx"]);
  expect(find(draft, "GRDP bình quân đầu người")).toMatchObject({ target: "105,2", agency: { name: "Sở Tài chính", origin: "document" } });
  expect(draft.document).toMatchObject({ kind: "Kế hoạch", number: "120/KH-UBND", date: "2026-01-05" });
  expect(draft.issuer).toEqual({ name: "Ủy ban nhân dân tỉnh Lâm Đồng", level: "tinh", province: "Lâm Đồng" });
});
