/**
 * The rendered sample opened by real LibreOffice: formulas recalculated on load, and printed to PDF.
 * Two soffice runs in all (one to .xlsx, one to .pdf), started on first use.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GridSheet, GridWorkbook } from "../../../src/core/annex/grid";
import { gridCell, gridSheet } from "../../../src/core/annex/grid";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { pdfInfo, pdfPageText, pdfPageToPng, recalculate, toPdf } from "../../support/libreoffice";
import { requireTools } from "../../support/tools";
import {
  COUNT,
  EXTRA,
  expectedAssessment,
  expectedRatio,
  FIRST,
  HYPERLINK_TEXT,
  MAIN,
  PERCENT_ROW,
  sampleWorkbook,
  TITLE,
} from "./sample";

const ARTIFACTS = join(__dirname, "..", "..", "..", "test-artifacts");
const LIBREOFFICE_MS = 180_000;

const withLibreOffice = requireTools("soffice");
const withLibreOfficeAndPoppler = requireTools("soffice", "pdfinfo", "pdftotext", "pdftoppm");

let workDir: string | undefined;
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

let xlsxPath: Promise<string> | undefined;
function sampleFile(): Promise<string> {
  xlsxPath ??= renderWorkbook(sampleWorkbook()).then((bytes) => {
    workDir = mkdtempSync(join(tmpdir(), "phuluc-xlsx-"));
    const path = join(workDir, "phu-luc-mau.xlsx");
    writeFileSync(path, bytes);
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(path, join(ARTIFACTS, "xlsx-render-sample.xlsx"));
    return path;
  });
  return xlsxPath;
}

let recalculated: Promise<GridSheet> | undefined;
function mainSheetAsCalculated(): Promise<GridSheet> {
  recalculated ??= sampleFile()
    .then(recalculate)
    .then((workbook: GridWorkbook) => {
      const sheet = gridSheet(workbook, MAIN);
      if (!sheet) throw new Error(`LibreOffice không giữ trang "${MAIN}"`);
      return sheet;
    });
  return recalculated;
}

let pdf: Promise<string> | undefined;
function samplePdf(): Promise<string> {
  pdf ??= sampleFile()
    .then(toPdf)
    .then((path) => {
      copyFileSync(path, join(ARTIFACTS, "xlsx-render-sample.pdf"));
      return path;
    });
  return pdf;
}

describe("LibreOffice recalculates on load", () => {
  withLibreOffice(
    "percentages, assessments and checks come out as the core expects, in Vietnamese",
    async () => {
      const sheet = await mainSheetAsCalculated();
      for (let i = 0; i < COUNT; i++) {
        const r = FIRST + i;
        const ratio = expectedRatio(i);
        const got = gridCell(sheet, r, 6).value;
        if (ratio === "") expect({ r, got }).toEqual({ r, got: null });
        else expect(typeof got === "number" ? got : NaN).toBeCloseTo(ratio, 10);
        expect({ r, assessment: gridCell(sheet, r, 7).value }).toEqual({ r, assessment: expectedAssessment(i) });
      }
      expect(gridCell(sheet, FIRST, 7).value).toBe("Vượt");
      expect(gridCell(sheet, FIRST + 1, 7).value).toBe("Không đạt");
      expect(gridCell(sheet, FIRST + 2, 7).value).toBe("Chưa có số liệu");
      expect(gridCell(sheet, EXTRA.total, 4).value).toBe(COUNT);
    },
    LIBREOFFICE_MS,
  );

  withLibreOffice(
    "a stale cached result is replaced (the profile really recalculates)",
    async () => {
      const sheet = await mainSheetAsCalculated();
      expect(gridCell(sheet, EXTRA.staleLength, 4)).toMatchObject({ value: "Tốc độ tăng trưởng kinh tế (GRDP)".length, formula: `LEN(TRIM(B${FIRST}))` });
    },
    LIBREOFFICE_MS,
  );

  withLibreOffice(
    'CELL("format") is "P1" for a 0.0% cell and ",1" for #,##0.0, so LEFT(...,1)="P" finds percent input',
    async () => {
      const sheet = await mainSheetAsCalculated();
      expect(gridCell(sheet, EXTRA.percentFormat, 4).value).toBe("P1");
      expect(gridCell(sheet, EXTRA.plainFormat, 4).value).toBe(",1");
      expect(gridCell(sheet, PERCENT_ROW, 9).value).toBe("Nhập dạng phần trăm");
      // Empty text results (no finding) read back as null.
      expect(gridCell(sheet, FIRST, 9).value).toBeNull();
      expect(gridCell(sheet, FIRST + 1, 9).value).toBeNull();
    },
    LIBREOFFICE_MS,
  );

  withLibreOffice(
    'a string starting with "=" stays text',
    async () => {
      const sheet = await mainSheetAsCalculated();
      expect(gridCell(sheet, EXTRA.hyperlink, 2)).toEqual({ value: HYPERLINK_TEXT, numFmt: "@" });
    },
    LIBREOFFICE_MS,
  );
});

describe("LibreOffice prints it", () => {
  withLibreOfficeAndPoppler(
    "on A4 landscape pages, the header rows repeated on page 2, hidden rows, columns and sheets left out",
    async () => {
      const path = await samplePdf();
      const { pages } = await pdfInfo(path);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const page of pages) {
        expect(page.orientation).toBe("landscape");
        expect(page.width).toBeCloseTo(841.9, 0);
        expect(page.height).toBeCloseTo(595.3, 0);
      }

      const texts = await Promise.all(pages.map((_, index) => pdfPageText(path, index + 1)));
      const [first = "", second = ""] = texts;
      expect(first).toContain("PHỤ LỤC I");
      expect(first.replace(/\s+/g, " ")).toContain(TITLE);
      expect(first).toContain("Tốc độ tăng trưởng kinh tế (GRDP)");
      expect(first).toContain(`Trang 1/${pages.length}`);
      for (const header of ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Đánh giá"]) {
        expect({ header, onPage2: second.includes(header) }).toEqual({ header, onPage2: true });
      }
      expect(second).not.toContain("PHỤ LỤC I");
      expect(second).toContain(`Trang 2/${pages.length}`);
      const all = texts.join("\n");
      expect(all).not.toContain("CT01"); // hidden column H and the very hidden code sheet
      expect(all).not.toContain("Dòng ẩn");

      mkdirSync(ARTIFACTS, { recursive: true });
      await pdfPageToPng(path, 1, join(ARTIFACTS, "xlsx-render-page1.png"));
    },
    LIBREOFFICE_MS,
  );
});
