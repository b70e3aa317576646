/**
 * Printed by LibreOffice: "Tổng hợp" of 4 communes of a 40-row plan on at most 2 A4 pages with its
 * title centred, and "Chi tiết theo đơn vị" of 100 communes with its header rows and the commune
 * on every page.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidate, consolidationWorkbook, DETAIL_SHEET_NAME, REPORTING_SHEET_NAME, SUMMARY_SHEET_NAME, type Consolidation } from "../../../src/core/consolidate";
import type { Workbook } from "../../../src/core/annex";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { receivedCommune } from "../../core/consolidate/support";
import { COMMUNE_PERIOD, communePlan, makeCommunes } from "../../support/communes";
import { pdfInfo, pdfPageText, pdfPageToPng, toPdf } from "../../support/libreoffice";
import { requireTools } from "../../support/tools";
import { unzipText } from "./zip";

const ARTIFACTS = join(__dirname, "..", "..", "..", "test-artifacts");
// Carlito has Calibri's widths: without it LibreOffice sizes the columns with a wider font than Excel does.
const withLibreOfficeAndPoppler = requireTools("soffice", "pdfinfo", "pdftotext", "pdftoppm", "font:Carlito");

const TEMPLATE = communePlan();
/** Pages of the 100-commune detail sheet as LibreOffice prints it. */
const RECORDED_DETAIL_PAGES = 42;
function consolidationOf(count: number): Consolidation {
  return consolidate({ files: makeCommunes(count, 41).map((commune) => receivedCommune(commune, TEMPLATE, COMMUNE_PERIOD)) });
}
/** The workbook with only the named sheet, so its pages are the PDF's. */
function only(workbook: Workbook, name: string): Workbook {
  return { ...workbook, sheets: workbook.sheets.filter((sheet) => sheet.name === name), activeSheet: name };
}

async function printed(workbook: Workbook, dir: string, file: string): Promise<{ pdf: string; texts: string[] }> {
  const path = join(dir, file);
  writeFileSync(path, await renderWorkbook(workbook));
  const pdf = await toPdf(path);
  const { pages } = await pdfInfo(pdf);
  for (const page of pages) expect([page.orientation, Math.round(page.width), Math.round(page.height)]).toEqual(["landscape", 842, 595]);
  const texts: string[] = [];
  for (let p = 1; p <= pages.length; p++) texts.push(await pdfPageText(pdf, p));
  return { pdf, texts };
}

test("the print titles: Tổng hợp its header rows; the detail its header rows and the STT and commune columns", async () => {
  const xml = unzipText(await renderWorkbook(consolidationWorkbook(consolidationOf(30)).workbook)).get("xl/workbook.xml") ?? "";
  expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;${SUMMARY_SHEET_NAME}&apos;!$5:$6</definedName>`);
  expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;${DETAIL_SHEET_NAME}&apos;!$A:$B,&apos;${DETAIL_SHEET_NAME}&apos;!$4:$5</definedName>`);
  expect(xml).toContain(`&apos;${REPORTING_SHEET_NAME}&apos;!$5:$5`);
}, 60_000);

withLibreOfficeAndPoppler(
  "4 communes: Tổng hợp prints on at most 2 A4 pages, title centred; 100 communes: every page of the detail repeats the header rows and the commune",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-in-tong-hop-"));
    try {
      mkdirSync(ARTIFACTS, { recursive: true });
      const small = consolidationWorkbook(consolidationOf(4)).workbook;
      // The whole workbook prints (Tổng hợp's formulas read the detail sheet); its first sheet's pages come first.
      const all = await printed(small, dir, "tong-hop-4.xlsx");
      const detailFirst = all.texts.findIndex((text) => text.includes("SỐ LIỆU CHI TIẾT THEO ĐƠN VỊ"));
      const summary = { pdf: all.pdf, texts: all.texts.slice(0, detailFirst) };
      await pdfPageToPng(summary.pdf, 1, join(ARTIFACTS, "tong-hop-4-xa-trang-1.png"));
      if (summary.texts.length > 1) await pdfPageToPng(summary.pdf, 2, join(ARTIFACTS, "tong-hop-4-xa-trang-2.png"));
      expect(summary.texts.length).toBeLessThanOrEqual(2);
      const title = "BIỂU TỔNG HỢP CHỈ TIÊU CHỦ YẾU - ƯỚC THỰC HIỆN NĂM 2025";
      expect(summary.texts[0]?.replace(/\s+/g, " ")).toContain(title);
      // Centred between the margins (30 mm left, 15 mm right): the title's words, placed by pdftotext -bbox.
      const words = [...execFileSync("pdftotext", ["-f", "1", "-l", "1", "-bbox", summary.pdf, "-"], { encoding: "utf8" }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
      const first = words.find((w) => w[4] === "BIỂU");
      const titleWords = words.filter((w) => first !== undefined && w[2] === first[2]);
      const from = Number(titleWords[0]?.[1]);
      const to = Number(titleWords[titleWords.length - 1]?.[3]);
      const mm = 72 / 25.4;
      expect(Math.abs((from + to) / 2 - (30 * mm + (842 - 15 * mm)) / 2)).toBeLessThan(12);
      await pdfPageToPng(summary.pdf, 1, join(ARTIFACTS, "tong-hop-4-xa-trang-1.png"));

      const wide = consolidationOf(100);
      const detail = await printed(only(consolidationWorkbook(wide).workbook, DETAIL_SHEET_NAME), dir, "chi-tiet-100.xlsx");
      expect(detail.texts.length).toBeGreaterThan(2);
      for (const text of detail.texts) {
        const flat = text.replace(/\s+/g, " ");
        // pdftotext interleaves the wrapped header's lines: its words, not their order.
        for (const word of ["STT", "Đơn"]) expect(flat).toContain(word);
        expect(/Kế hoạch|Thực hiện|Đánh giá/.test(flat)).toBe(true);
        expect(wide.localities.some((name) => flat.includes(name))).toBe(true);
      }
      for (const name of wide.localities) expect(detail.texts.some((text) => text.replace(/\s+/g, " ").includes(name))).toBe(true);
      await pdfPageToPng(detail.pdf, 2, join(ARTIFACTS, "chi-tiet-100-xa-trang-2.png"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000,
);

withLibreOfficeAndPoppler(
  "the detail of a 40-indicator plan for 100 communes: the title whole on the first page, pages across then down, as many as recorded",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-in-chi-tiet-"));
    try {
      const wide = consolidationOf(100);
      expect(wide.indicators.filter((i) => i.expectsFigure)).toHaveLength(40);
      const detail = await printed(only(consolidationWorkbook(wide).workbook, DETAIL_SHEET_NAME), dir, "chi-tiet-100.xlsx");
      const texts = detail.texts.map((t) => t.replace(/\s+/g, " "));
      mkdirSync(ARTIFACTS, { recursive: true });
      await pdfPageToPng(detail.pdf, 1, join(ARTIFACTS, "chi-tiet-40-chi-tieu-trang-1.png"), 60);
      // 14 pages across (three whole indicators a page at 75 %), 3 down; 72 before the scale was chosen, indicators cut between pages.
      expect(texts.length).toBe(RECORDED_DETAIL_PAGES);
      expect(texts[0]).toContain("SỐ LIỆU CHI TIẾT THEO ĐƠN VỊ");
      expect(texts[0]).toContain("(100 đơn vị;");
      expect(texts[0]).toContain("của chính đơn vị)");
      for (const text of texts.slice(1)) expect(text).not.toMatch(/SỐ LIỆU CHI TIẾT|mỗi đơn vị một dòng/);
      const words = [...execFileSync("pdftotext", ["-f", "1", "-l", "1", "-bbox", detail.pdf, "-"], { encoding: "utf8" }).matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
      const right = 842 - (15 * 72) / 25.4;
      expect(words.filter((w) => Number(w[2]) > right + 1).map((w) => w[3])).toEqual([]);
      // Across then down: the second page holds the first communes again, with the next indicators.
      const first = wide.localities[0] as string;
      expect(texts[1]).toContain(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000,
);
