/**
 * Issue 13 acceptance: each seed's working annex and issued annex printed by LibreOffice and read
 * back with pdftotext. The issued copy carries no guidance and no "(gợi ý)"; every cell's text is
 * on some page; no page ends on a section heading; page counts are recorded (Đức Thạnh ≤ 4).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { annexLayout, annexOptions, columnLetter, unconfirmedAgencies, type AnnexEntry, type Sheet } from "../../../src/core/annex";
import { cellHeight, cellText } from "../../../src/core/annex/rowHeights";
import { ISSUED_STYLES } from "../../../src/core/annex/styles";
import { placedIndicators, type Plan } from "../../../src/core/model";
import { annexBytes, readAnnexBytes } from "../../../src/hosts/xlsx/annexFile";
import { pdfInfo, pdfWords, toPdf, type PdfWord } from "../../support/libreoffice";
import { SEED_IDS, seedPlan } from "../../support/seeds";
import { missingTools, requireTools } from "../../support/tools";

const TOOLS = ["soffice", "pdftotext", "pdfinfo", "pdffonts", "font:Carlito", "font:Liberation Serif"];
const test = requireTools(...TOOLS);

/** Pages as LibreOffice prints them today; a change here is a change in what an office receives. */
const PAGES: Record<string, { working: number; issued: number }> = {
  "thap-muoi-2024": { working: 3, issued: 3 },
  "cau-ngang-2030": { working: 3, issued: 3 },
  "dong-thap-2024": { working: 2, issued: 2 },
  // A working copy keeps two lines in every verdict that a figure typed later can question
  // («Không đạt - Kiểm tra lại số liệu»): a page more where most rows were one line.
  "tien-lu-2024": { working: 4, issued: 3 },
  "duc-thanh-2024": { working: 5, issued: 4 },
};

const LONG_NOTE = "Số liệu ước tính của phòng chuyên môn đến ngày 15 tháng 12, sẽ cập nhật khi có số liệu chính thức của Chi cục Thống kê";
const GUIDANCE = [/tự tính/, /là gợi ý của Phụ lục/, /Ghi chú: cột/];

const dir = mkdtempSync(join(tmpdir(), "phuluc-issued-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lines of a page, top to bottom (words sharing a baseline band), footer included. */
function lines(words: PdfWord[]): string[] {
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const out: { y: number; words: PdfWord[] }[] = [];
  for (const word of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - word.yMin) < 3) last.words.push(word);
    else out.push({ y: word.yMin, words: [word] });
  }
  return out.map((l) => l.words.sort((a, b) => a.xMin - b.xMin).map((w) => w.text).join(" "));
}

/** The officer's filled working copy: figures, a long note, and every suggested agency confirmed. */
async function filledWorkingCopy(plan: Plan, bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((ws) => ws.name === "Phụ lục I") as ExcelJS.Worksheet;
  const layout = annexLayout({ plan, options: annexOptions() });
  const rows = [...layout.rowOf.values()];
  for (const row of rows) {
    const agency = sheet.getRow(row).getCell(layout.columns.agency);
    if (typeof agency.value === "string") agency.value = agency.value.replace(/\s*\(gợi ý\)$/, "");
  }
  const first = rows[1] as number;
  sheet.getRow(first).getCell(layout.columns.actual).value = "chưa có số";
  sheet.getRow(first).getCell(layout.columns.note).value = LONG_NOTE;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Every printed cell's text, with its words, for the "nothing clipped" check: the value or result,
 * not the room a verdict keeps for a mark that shows only when a figure is questioned.
 */
function printedTexts(sheet: Sheet, lastVisible: number): string[] {
  return sheet.rows.flatMap((row) => row.cells.slice(0, lastVisible).map((cell) => cellText(cell === null || cell === undefined ? cell : { ...cell, shown: undefined }).trim())).filter((t) => t !== "");
}

const HEADER_ROW = 5;
const COPIES = ["working", "issued"] as const;

const count = (words: readonly string[]) => words.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());

describe.each(SEED_IDS)("printing %s", (id) => {
  const plan = seedPlan(id);
  const pdfs: Record<string, string> = {};
  const sheets: Record<string, { sheet: Sheet; lastVisible: number }> = {};

  beforeAll(async () => {
    if (missingTools(TOOLS).length > 0) return;
    const working = await annexBytes(plan, annexOptions());
    const filled = await filledWorkingCopy(plan, working);
    const reading = await readAnnexBytes(filled);
    if (!reading.ok) throw new Error(reading.error);
    expect(unconfirmedAgencies(reading.plan, reading.entries)).toEqual([]);
    const entries = reading.entries as ReadonlyMap<string, AnnexEntry>;
    const issuedOptions = annexOptions({ ...reading.options, copy: "issued" });
    const issued = await annexBytes(reading.plan, issuedOptions, entries);
    for (const [name, bytes] of [
      ["working", working],
      ["issued", issued],
    ] as const) {
      const path = join(dir, `${id}-${name}.xlsx`);
      writeFileSync(path, bytes);
      pdfs[name] = await toPdf(path);
    }
    const layoutOf = (options: ReturnType<typeof annexOptions>, withEntries?: ReadonlyMap<string, AnnexEntry>) => {
      const l = annexLayout({ plan: reading.plan, options, ...(withEntries ? { entries: withEntries } : {}) });
      return { sheet: l.workbook.sheets[0] as Sheet, lastVisible: l.columns.lastVisible };
    };
    sheets.working = layoutOf(annexOptions());
    sheets.issued = layoutOf(issuedOptions, entries);
  }, 240_000);

  test("the issued copy has no guidance and no suggestion marks; the working copy marks its suggestions", async () => {
    const issued = pdfWords(pdfs.issued as string).flatMap(lines).join("\n");
    expect(issued).not.toContain("gợi ý");
    for (const guidance of GUIDANCE) expect(issued).not.toMatch(guidance);
    expect(issued.split(/\s+/)).toEqual(expect.arrayContaining(LONG_NOTE.split(" ")));
    const working = pdfWords(pdfs.working as string).flatMap(lines).join("\n");
    for (const guidance of GUIDANCE) expect(working).not.toMatch(guidance);
    if (unconfirmedAgencies(plan).length > 0) expect(working).toContain("(gợi ý)");
  });

  for (const copy of COPIES) test(`the ${copy} copy prints no indicator code: the hidden columns' text stays in them, text layer included`, () => {
    const codes = new Set(placedIndicators(plan).map((p) => p.indicator.code));
    const printed = pdfWords(pdfs[copy] as string).flat().map((w) => w.text);
    expect(printed.length).toBeGreaterThan(100);
    expect(printed.filter((word) => codes.has(word) || /^CT\d/.test(word))).toEqual([]);
  });

  for (const copy of COPIES) test(`the ${copy} copy prints every cell's full text, words not overprinted`, async () => {
    const pages = pdfWords(pdfs[copy] as string);
    const printed = count(pages.flat().map((w) => w.text));
    const { sheet, lastVisible } = sheets[copy] as { sheet: Sheet; lastVisible: number };
    const needed = count(printedTexts(sheet, lastVisible).flatMap((t) => t.split(/\s+/)));
    const missing = [...needed].filter(([word, n]) => (printed.get(word) ?? 0) < n).map(([word]) => word);
    expect(missing).toEqual([]);
    // Text that overflows its row is drawn over the next row's: no two words may overlap.
    for (const words of pages) {
      const overlapping = words.flatMap((a, i) =>
        words
          .slice(i + 1)
          .filter((b) => {
            const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
            const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
            // Lines of one cell touch (a box holds ascent and descent); overprinting covers half a line.
            return x > 1 && y > 0.5 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
          })
          .map((b) => `${a.text}/${b.text}`),
      );
      expect(overlapping).toEqual([]);
    }
  });

  for (const copy of COPIES) test(`no page of the ${copy} copy ends with a section heading; pages as recorded`, async () => {
    const pages = pdfWords(pdfs[copy] as string).map(lines);
    const headings = plan.sections.map((s) => [s.code, s.title].filter((x) => x !== null).join(" ").replace(/\s+/g, " ").trim());
    pages.forEach((pageLines, i) => {
      const body = pageLines.filter((l) => !/^Trang \d+\/\d+$/.test(l));
      const tail = body.slice(-2).join(" ");
      const last = body[body.length - 1] ?? "";
      const endsOnHeading = headings.filter((h) => last === h || (h.length > last.length && tail.endsWith(h)));
      expect({ page: i + 1, endsOnHeading }).toEqual({ page: i + 1, endsOnHeading: [] });
    });
    const { pages: printed } = await pdfInfo(pdfs[copy] as string);
    expect(printed.length).toBe(PAGES[id]?.[copy]);
    if (id === "duc-thanh-2024" && copy === "issued") expect(printed.length).toBeLessThanOrEqual(4);
    expect(pageLinesFooter(pages)).toEqual(pages.map((_, i) => `Trang ${i + 1}/${pages.length}`));
    // Every text, the footer's page numbers too, in Times New Roman (Liberation Serif), none in Calibri.
    const fonts = execFileSync("pdffonts", [pdfs[copy] as string], { encoding: "utf8" });
    expect(fonts).toMatch(/LiberationSerif|TimesNewRoman/);
    expect(fonts).not.toMatch(/Carlito|Calibri/);
  });

  test("no short phrase wraps into more than three lines", () => {
    const { sheet, lastVisible } = sheets.issued as { sheet: Sheet; lastVisible: number };
    // From the table header down; the heading lines above span the whole width.
    const towers = sheet.rows.flatMap((row, r) =>
      r + 1 < HEADER_ROW ? [] : row.cells.slice(0, lastVisible).flatMap((cell, c) => {
        const text = cellText(cell);
        if (text.length === 0 || text.length > 40 || spansColumns(sheet, r + 1, c + 1)) return [];
        const size = ISSUED_STYLES[cell?.style ?? ""]?.font?.size ?? 11;
        const lineCount = Math.round((cellHeight(cell, sheet.columns[c]?.width ?? 0, ISSUED_STYLES) - 2) / (size * 1.32));
        return lineCount > 3 ? [`dòng ${r + 1}, cột ${c + 1}: ${text} (${lineCount} dòng)`] : [];
      }),
    );
    expect(towers).toEqual([]);
  });
});

function pageLinesFooter(pages: string[][]): string[] {
  return pages.map((page) => page.find((l) => /^Trang \d+\/\d+$/.test(l)) ?? "");
}

/** A cell merged across several columns is as wide as its merge: not a one-column phrase. */
function spansColumns(sheet: Sheet, row: number, column: number): boolean {
  return sheet.merges.some((m) => {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
    return match !== null && match[1] !== match[3] && Number(match[2]) === row && match[1] === columnLetter(column);
  });
}
