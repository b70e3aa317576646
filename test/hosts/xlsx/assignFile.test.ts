/**
 * The "Giao chỉ tiêu" table as a real .xlsx: written by ExcelJS, filled with cells as Excel stores
 * them (numbers, a percentage, text), read back by the bounded reader; its data validation, frozen
 * headers and print titles in the file; and printed by LibreOffice: A4 landscape, the header rows and
 * the communes' STT and names on every page, every commune on some page.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { ASSIGN_LAYOUT, ASSIGN_SHEET_NAME, assignedIndicators } from "../../../src/core/assign";
import { assignTableBytes, readAssignTableBytes } from "../../../src/hosts/xlsx/assignFile";
import { asArrayBuffer } from "../../../src/hosts/xlsx/bytes";
import { pdfInfo, pdfPageGrey, pdfPageText, pdfPageToPng, toPdf } from "../../support/libreoffice";
import { seedPlan, seedPlanText } from "../../support/seeds";
import { requireTools } from "../../support/tools";
import { unzipText } from "./zip";

const ARTIFACTS = join(__dirname, "..", "..", "..", "test-artifacts");
const withLibreOfficeAndPoppler = requireTools("soffice", "pdfinfo", "pdftotext", "pdftoppm", "font:Carlito");
const plan = seedPlan("tien-lu-2024");
const COMMUNES = Array.from({ length: 40 }, (_, i) => `Xã Số ${i + 1} Ân Thi`);

test("the file has the prompts, the frozen headers and the print titles; cells typed as Excel stores them read back", async () => {
  const bytes = await assignTableBytes(plan, { communes: COMMUNES.slice(0, 3) });
  const parts = unzipText(bytes);
  const sheetXml = parts.get("xl/worksheets/sheet1.xml") ?? "";
  expect(sheetXml).toContain(`<pane xSplit="2" ySplit="${ASSIGN_LAYOUT.codesRow}" topLeftCell="C${ASSIGN_LAYOUT.firstCommuneRow}" activePane="bottomRight" state="frozen"/>`);
  expect(sheetXml).toContain(`<dataValidation showInputMessage="1" promptTitle="Chỉ tiêu giao cho đơn vị" prompt="3. Thu ngân sách trên địa bàn (ĐVT: tỷ đồng). Ghi như văn bản giao: 45,5 hoặc từ 90% trở lên hoặc Đạt chuẩn NTM. Để trống: không giao chỉ tiêu này cho đơn vị." sqref="G11:G13"/>`);
  expect(parts.get("xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;${ASSIGN_SHEET_NAME}&apos;!$A:$B,&apos;${ASSIGN_SHEET_NAME}&apos;!$5:$10</definedName>`);

  // The officer's Excel: a number typed in a General cell, a percentage, text; an extra sheet beside it.
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(asArrayBuffer(bytes));
  book.addWorksheet("Ghi chú").getCell("A1").value = "Bảng nháp";
  const sheet = book.getWorksheet(ASSIGN_SHEET_NAME)!;
  const column = (code: string) => ASSIGN_LAYOUT.firstIndicatorColumn + assignedIndicators(plan).findIndex((i) => i.code === code);
  const first = sheet.getRow(ASSIGN_LAYOUT.firstCommuneRow);
  first.getCell(column("CT03")).value = 45.5;
  const percent = first.getCell(column("CT06"));
  percent.value = 0.9;
  percent.style = { ...percent.style, numFmt: "0%" };
  first.getCell(column("CT09")).value = "Đạt chuẩn NTM";
  sheet.getRow(ASSIGN_LAYOUT.firstCommuneRow + 1).getCell(column("CT03")).value = "không giao";
  const reading = readAssignTableBytes(new Uint8Array(await book.xlsx.writeBuffer()), plan);
  if (!reading.ok) throw new Error(reading.errors.join("\n"));
  expect(reading.communes.map((c) => c.name)).toEqual(COMMUNES.slice(0, 3));
  expect(reading.communes[0]?.targets).toMatchObject({ CT03: "45,5", CT06: "90%", CT09: "Đạt chuẩn NTM" });
  expect(reading.communes[1]?.targets.CT03).toBeNull();
}, 60_000);

test("a file that is not a workbook, or one too big to read safely, is refused with what to do", () => {
  const notXlsx = readAssignTableBytes(new TextEncoder().encode(seedPlanText("tien-lu-2024")), plan);
  expect(notXlsx.ok ? "" : notXlsx.errors[0]).toMatch(/[ĐđKk]/);
  expect(notXlsx.ok).toBe(false);
}, 30_000);

test("a table too big to read safely is refused before it is inflated", async () => {
  const bytes = await assignTableBytes(plan);
  const refused = readAssignTableBytes(bytes, plan, { partBytes: 1000, totalBytes: 1000 });
  expect(refused.ok ? "" : refused.errors[0]).toMatch(/^Tệp quá lớn để đọc an toàn/);
}, 30_000);

withLibreOfficeAndPoppler(
  "printed: A4 landscape, every page with the header rows and the communes' STT and names, every commune on a page",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-in-giao-"));
    try {
      const path = join(dir, "giao-chi-tieu.xlsx");
      writeFileSync(path, await assignTableBytes(plan, { communes: COMMUNES }));
      const pdf = await toPdf(path);
      const { pages } = await pdfInfo(pdf);
      expect(pages.length).toBeGreaterThan(1);
      const texts: string[] = [];
      for (const [p, page] of pages.entries()) {
        expect([page.orientation, Math.round(page.width), Math.round(page.height)]).toEqual(["landscape", 842, 595]);
        texts.push(await pdfPageText(pdf, p + 1));
      }
      expect(texts[0]).toContain("BẢNG GIAO CHỈ TIÊU CHỦ YẾU CHO CÁC ĐƠN VỊ CẤP XÃ");
      for (const text of texts) {
        expect(text).toContain("STT");
        expect(text).toMatch(/Tên đơn vị/);
        expect(text).toContain("Chỉ tiêu chung của kế hoạch");
        // The hidden codes row never prints.
        expect(text).not.toMatch(/CT\d\d/);
      }
      for (const name of COMMUNES) expect(texts.some((text) => text.includes(name))).toBe(true);
      mkdirSync(ARTIFACTS, { recursive: true });
      await pdfPageToPng(pdf, 1, join(ARTIFACTS, "giao-chi-tieu-trang-1.png"), 60);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000,
);

withLibreOfficeAndPoppler(
  "printed as an office issues it: 44 indicators for 40 communes on 12 pages (not 32), across then down, the title whole on the first page",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-in-giao-"));
    try {
      const path = join(dir, "giao-chi-tieu.xlsx");
      writeFileSync(path, await assignTableBytes(plan, { communes: COMMUNES }));
      expect(assignedIndicators(plan)).toHaveLength(44);
      const pdf = await toPdf(path);
      const { pages } = await pdfInfo(pdf);
      expect(pages.length).toBe(12);
      const texts: string[] = [];
      for (let p = 1; p <= pages.length; p++) texts.push((await pdfPageText(pdf, p)).replace(/\s+/g, " "));
      // Across then down: the second page holds the same first communes, the next indicators.
      expect(texts[1]).toContain("Xã Số 1 Ân Thi");
      expect(texts[1]).not.toContain("Xã Số 40 Ân Thi");
      // The title lines end within the first page: all of their words on it, none on the next.
      const title = "BẢNG GIAO CHỈ TIÊU CHỦ YẾU CHO CÁC ĐƠN VỊ CẤP XÃ";
      expect(texts[0]).toContain(title);
      expect(texts[0]).toContain(`(${plan.issuer.name}:`);
      for (const text of texts.slice(1)) expect(text).not.toMatch(/BẢNG GIAO|Mỗi dòng một đơn vị/);
      const words = [...execFileSync("pdftotext", ["-f", "1", "-l", "1", "-bbox", pdf, "-"], { encoding: "utf8" }).matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
      const right = 842 - (15 * 72) / 25.4;
      expect(words.filter((w) => Number(w[2]) > right + 1).map((w) => w[3])).toEqual([]);

      // Every page says whose columns it holds: a section running over a page break is titled again on the next.
      const titles = plan.sections.map((section) => (section.code === null ? section.title : `${section.code}. ${section.title}`).replace(/\s+/g, " "));
      const pagesAcross = texts.findIndex((text, p) => p > 0 && text.includes("Xã Số 40 Ân Thi"));
      for (const [p, text] of texts.entries()) expect([p + 1, titles.filter((title) => text.includes(title))]).not.toEqual([p + 1, []]);
      expect(texts.slice(0, pagesAcross).filter((text) => text.includes("(tiếp theo)")).length).toBeGreaterThan(0);
      // Nothing printed right of the table: no grey of a header cell beyond its last border.
      for (let p = 1; p <= pages.length; p++) expect([p, await shadeRightOfTable(pdf, p)]).toEqual([p, 0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000,
);

/** Pixels of a shade (not white, not a line's black) to the right of the table's last vertical border. */
async function shadeRightOfTable(pdf: string, page: number): Promise<number> {
  const { width, height, pixels } = await pdfPageGrey(pdf, page, 50);
  const at = (x: number, y: number) => pixels[y * width + x] ?? 255;
  // The table's right border: the rightmost column of pixels that is dark over much of the page.
  let border = -1;
  for (let x = width - 1; x >= 0 && border < 0; x--) {
    let dark = 0;
    for (let y = 0; y < height; y++) if (at(x, y) < 160) dark++;
    if (dark > height / 4) border = x;
  }
  let shaded = 0;
  for (let x = border + 2; x < width; x++) for (let y = 0; y < height; y++) if (at(x, y) < 250) shaded++;
  return shaded;
}
