/**
 * A consolidation of many communes is wider than a page: printed by LibreOffice, every page still
 * says which row is which (STT, indicator and unit on Tổng hợp; STT and commune on Tình hình báo cáo).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidate, consolidationWorkbook, REPORTING_SHEET_NAME, SUMMARY_SHEET_NAME } from "../../../src/core/consolidate";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { received, smallPlan } from "../../core/consolidate/support";
import { pdfInfo, pdfPageText, pdfPageToPng, toPdf } from "../../support/libreoffice";
import { requireTools } from "../../support/tools";
import { unzipText } from "./zip";

const ARTIFACTS = join(__dirname, "..", "..", "..", "test-artifacts");
// Carlito has Calibri's widths: without it LibreOffice sizes the columns with a wider font than Excel does.
const withLibreOfficeAndPoppler = requireTools("soffice", "pdfinfo", "pdftotext", "pdftoppm", "font:Carlito");

const PLAN = smallPlan();
const NAMES = Array.from({ length: 12 }, (_, i) => `Xã Số ${i + 1}`);
const FIRST_INDICATOR = "Giá trị sản xuất nông nghiệp";
const LAST_INDICATOR = "Giữ vững an ninh chính trị";
const { workbook } = consolidationWorkbook(
  consolidate({ expected: NAMES, files: NAMES.map((name, i) => received(`${i}.xlsx`, PLAN, { locality: name }, { CT01: 1_000 * (i + 1), CT04: 100 + i })) }),
);

test("the print titles name the columns first, then the rows, as Excel writes them", async () => {
  const xml = unzipText(await renderWorkbook(workbook)).get("xl/workbook.xml") ?? "";
  expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;${SUMMARY_SHEET_NAME}&apos;!$A:$C,&apos;${SUMMARY_SHEET_NAME}&apos;!$5:$6</definedName>`);
  expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;${REPORTING_SHEET_NAME}&apos;!$A:$B,`);
});

withLibreOfficeAndPoppler(
  "printed, each page of Tổng hợp repeats the indicators, and each page of Tình hình báo cáo the communes",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-in-tong-hop-"));
    try {
      const path = join(dir, "tong-hop.xlsx");
      writeFileSync(path, await renderWorkbook(workbook));
      const pdf = await toPdf(path);
      const { pages } = await pdfInfo(pdf);
      const texts: string[] = [];
      for (let p = 1; p <= pages.length; p++) texts.push((await pdfPageText(pdf, p)).replace(/\s+/g, " "));
      for (const page of pages) expect([page.orientation, Math.round(page.width), Math.round(page.height)]).toEqual(["landscape", 842, 595]);

      // Sheets print in order: Tổng hợp, then Tình hình báo cáo; each title once, whole, on its first page.
      const reportingFirst = texts.findIndex((text) => text.includes("TÌNH HÌNH BÁO CÁO SỐ LIỆU"));
      expect(reportingFirst).toBeGreaterThan(1);
      const summaryPages = texts.slice(0, reportingFirst);
      const reportingPages = texts.slice(reportingFirst);
      expect(texts.filter((text) => text.includes("BIỂU TỔNG HỢP")).length).toBe(1);
      expect(texts[0]).toContain("BIỂU TỔNG HỢP CHỈ TIÊU CHỦ YẾU - ƯỚC THỰC HIỆN NĂM 2025");
      expect(texts[0]).toContain("của Ủy ban nhân dân huyện Mẫu)");
      expect(texts.filter((text) => text.includes("TÌNH HÌNH BÁO CÁO")).length).toBe(1);

      // Every page of Tổng hợp says which indicator a row is; every commune is on a page with them.
      expect(summaryPages.length).toBeGreaterThan(2);
      for (const text of summaryPages) {
        expect(text).toMatch(/STT Chỉ tiêu/);
        expect(text.includes(FIRST_INDICATOR) || text.includes(LAST_INDICATOR)).toBe(true);
      }
      for (const name of NAMES) expect(summaryPages.some((text) => text.includes(`${name} `) && text.includes(FIRST_INDICATOR))).toBe(true);
      // Every page of Tình hình báo cáo says which commune a row is.
      expect(reportingPages.length).toBeGreaterThan(1);
      for (const text of reportingPages) for (const name of NAMES) expect(text).toContain(`${name} `);

      mkdirSync(ARTIFACTS, { recursive: true });
      await pdfPageToPng(pdf, 1, join(ARTIFACTS, "tong-hop-12-xa-trang-1.png"));
      await pdfPageToPng(pdf, 3, join(ARTIFACTS, "tong-hop-12-xa-trang-3.png"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  240_000,
);
