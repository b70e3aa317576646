/**
 * Issue 5's proof: each seed plan's annex, filled with actuals that reach every status, is opened
 * by real LibreOffice with forced recalculation, and its own % so với KH and Đánh giá must equal
 * what the core's assessment says, cell by cell (and its plausibility mark too). Cached results are poisoned first, so a value
 * LibreOffice did not compute cannot pass.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexLayout, annexOptions, hasFormula, gridCell, type AnnexEntry, type AnnexLayout, type GridWorkbook } from "../../../src/core/annex";
import { assess, planRules, PLAUSIBILITY_MARK, readActualCell, SHEET_LABELS, STATUSES, type Interval, type Rule, type Status } from "../../../src/core/check";
import { placedIndicators } from "../../../src/core/model";
import { formatNumber } from "../../../src/core/vn";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { convert, pdfInfo, pdfPageText, pdfPageToPng, toPdf } from "../../support/libreoffice";
import { SEED_IDS, seedPlan, type SeedId } from "../../support/seeds";
import { requireTools } from "../../support/tools";

const ARTIFACTS = join(__dirname, "..", "..", "..", "test-artifacts");
const LIBREOFFICE_MS = 240_000;
const withLibreOffice = requireTools("soffice");
const withLibreOfficeAndPoppler = requireTools("soffice", "pdfinfo", "pdftotext", "pdftoppm");

const step = (value: number) => Math.max(1, Math.abs(value) * 0.1);

/** A value inside an interval of the rule (a sample point; the rule itself is the core's). */
function pointIn({ low, high }: Interval): number {
  if (low && high) return (low.value + high.value) / 2;
  if (low) return low.value + step(low.value);
  if (high) return high.value - step(high.value);
  return 1;
}

function pointOutside(rule: Extract<Rule, { kind: "numeric" }>): number {
  const lows = [rule.dat.low, rule.vuot?.low].filter((b) => b !== undefined);
  const highs = [rule.dat.high, rule.vuot?.high].filter((b) => b !== undefined);
  const low = lows.includes(null) ? null : Math.min(...lows.map((b) => (b as { value: number }).value));
  if (low !== null) return low - step(low);
  const high = highs.includes(null) ? null : Math.max(...highs.map((b) => (b as { value: number }).value));
  return high === null ? Number.NaN : high + step(high);
}

/**
 * Cycles through the statuses row by row, each figure typed one of the ways officers type it:
 * a number, text in Vietnamese form ("1.234,5", "97,5%", " 97 "), text with the row's unit
 * ("27 nghìn tỷ đồng"), a ratio or rank "a/b", a verdict word, text that is no figure, blanks.
 */
function entryFor(rule: Rule, index: number): AnnexEntry {
  const turn = index % 7;
  const note = index % 5 === 0 ? `Ghi chú ${index}` : null;
  if (rule.kind === "manual") {
    const words = ["Đạt", "Hoàn thành", "Không đạt", "Vượt", "đã triển khai 3 đợt", 12, null, "Chưa đạt", " không  hoàn thành ", "Đạt và vượt"];
    return { actual: { value: words[index % words.length] ?? null }, note };
  }
  const number = (value: number): AnnexEntry => {
    const typed = formatNumber(value, { maxDecimals: 4 });
    const forms: (string | number)[] = [
      value,
      typed,
      rule.entry.percent ? `${typed}%` : ` ${typed} `,
      rule.entry.unit === null ? `${typed}  ` : `${typed} ${rule.entry.unit}`,
      rule.entry.ratio ? `${typed}/${rule.target.of ?? 100}` : rule.entry.percent ? `${typed} %` : typed.replace(",", "."),
    ];
    return { actual: { value: forms[Math.floor(index / 7) % forms.length] ?? value }, note };
  };
  // Now and then a figure a reader would question: ten times and more the target, or below zero.
  if (index % 11 === 10) return number(rule.planned !== null && index % 2 === 0 ? Math.abs(rule.planned) * 20 + 1 : -5);
  switch (turn) {
    case 0:
      return rule.vuot ? number(pointIn(rule.vuot)) : number(pointIn(rule.dat));
    case 1:
      return number(pointIn(rule.dat));
    case 2: {
      const outside = pointOutside(rule);
      return Number.isNaN(outside) ? number(pointIn(rule.dat)) : number(outside);
    }
    case 3:
      return { actual: { value: null }, note };
    case 4:
      return { actual: { value: ["abc", "Đạt", "Chưa đạt", "1,2,3", "12 abc", "-"][index % 6] ?? "abc" }, note };
    case 5:
      return { actual: { value: "  " }, note };
    default:
      return number(rule.dat.low?.value ?? rule.dat.high?.value ?? 1);
  }
}

interface Filled {
  id: SeedId;
  layout: AnnexLayout;
  entries: Map<string, AnnexEntry>;
  rules: Map<string, Rule>;
  path: string;
}

let workDir: string;
let filled: Promise<{ seeds: Filled[]; recalculated: Map<SeedId, GridWorkbook> }> | undefined;
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function fillAndRecalculate() {
  filled ??= (async () => {
    workDir = mkdtempSync(join(tmpdir(), "phuluc-parity-"));
    const seeds: Filled[] = [];
    for (const id of SEED_IDS) {
      const plan = seedPlan(id);
      const options = annexOptions();
      const rules = planRules(plan, options.against);
      const entries = new Map(placedIndicators(plan).map((p, i) => [p.indicator.code, entryFor(rules.get(p.indicator.code) as Rule, i)]));
      const layout = annexLayout({ plan, options, entries });
      for (const sheet of layout.workbook.sheets)
        for (const row of sheet.rows) for (const cell of row.cells) if (hasFormula(cell)) cell.result = "CHƯA TÍNH";
      const path = join(workDir, `${id}.xlsx`);
      writeFileSync(path, await renderWorkbook(layout.workbook));
      seeds.push({ id, layout, entries, rules, path });
    }
    const outputs = await convert(
      seeds.map((s) => s.path),
      "xlsx:Calc MS Excel 2007 XML",
    );
    const recalculated = new Map<SeedId, GridWorkbook>();
    for (const [i, seed] of seeds.entries()) recalculated.set(seed.id, await readWorkbookGrid(readFileSync(outputs[i] as string)));
    return { seeds, recalculated };
  })();
  return filled;
}

describe("the annex's own formulas, recalculated by LibreOffice", () => {
  withLibreOffice(
    "equal the core's assessment cell by cell, for every seed plan, reaching every status",
    async () => {
      const { seeds, recalculated } = await fillAndRecalculate();
      const seen = new Set<Status>();
      let compared = 0;
      let questioned = 0;
      for (const seed of seeds) {
        const sheet = recalculated.get(seed.id)?.sheets.find((s) => s.name === "Phụ lục I");
        if (!sheet) throw new Error(`${seed.id}: LibreOffice không giữ trang Phụ lục I`);
        const { columns, rowOf } = seed.layout;
        for (const [code, row] of rowOf) {
          const entry = seed.entries.get(code) as AnnexEntry;
          const expected = assess(seed.rules.get(code) as Rule, readActualCell(entry.actual));
          seen.add(expected.status);
          const status = gridCell(sheet, row, columns.status).value ?? "";
          const percent = gridCell(sheet, row, columns.percent).value;
          const where = `${seed.id} ${code} (dòng ${row}, số liệu ${JSON.stringify(entry.actual)})`;
          expect({ where, status }).toEqual({ where, status: SHEET_LABELS[expected.status] });
          const mark = gridCell(sheet, row, columns.plausibility).value ?? "";
          expect({ where, mark }).toEqual({ where, mark: expected.plausibility ? PLAUSIBILITY_MARK : "" });
          if (expected.plausibility) questioned++;
          if (expected.percentOfPlan === null) {
            expect({ where, percent: percent ?? "" }).toEqual({ where, percent: "" });
          } else {
            expect({ where, isNumber: typeof percent }).toEqual({ where, isNumber: "number" });
            expect(Math.abs((percent as number) - expected.percentOfPlan)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected.percentOfPlan)));
          }
          compared++;
        }
      }
      expect(compared).toBe(SEED_IDS.reduce((n, id) => n + placedIndicators(seedPlan(id)).length, 0));
      expect([...seen].sort()).toEqual([...STATUSES].sort());
      expect(questioned).toBeGreaterThan(10);
    },
    LIBREOFFICE_MS,
  );

  withLibreOffice(
    "keep the entries and notes where they were typed",
    async () => {
      const { seeds, recalculated } = await fillAndRecalculate();
      const seed = seeds.find((s) => s.id === "tien-lu-2024") as Filled;
      const sheet = recalculated.get(seed.id)?.sheets.find((s) => s.name === "Phụ lục I");
      if (!sheet) throw new Error("no sheet");
      for (const [code, row] of seed.layout.rowOf) {
        const entry = seed.entries.get(code) as AnnexEntry;
        expect(gridCell(sheet, row, seed.layout.columns.code).value).toBe(code);
        expect(gridCell(sheet, row, seed.layout.columns.note).value).toBe(entry.note);
      }
    },
    LIBREOFFICE_MS,
  );
});

describe("the printed annex", () => {
  withLibreOfficeAndPoppler(
    "is A4 landscape with the header repeated on page 2",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "phuluc-pdf-"));
      try {
        const path = join(dir, "phu-luc-tien-lu-2024.xlsx");
        writeFileSync(path, await renderWorkbook(annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() }).workbook));
        const pdf = await toPdf(path);
        const { pages } = await pdfInfo(pdf);
        expect(pages.length).toBeGreaterThanOrEqual(2);
        for (const page of pages) {
          expect(page.orientation).toBe("landscape");
          expect(Math.round(page.width)).toBe(842);
          expect(Math.round(page.height)).toBe(595);
        }
        const first = await pdfPageText(pdf, 1);
        expect(first).toContain("PHỤ LỤC I");
        const second = await pdfPageText(pdf, 2);
        expect(second).not.toContain("PHỤ LỤC I");
        for (const header of ["STT", "Chỉ tiêu", "Đánh giá", "Ghi chú"]) expect(second).toContain(header);
        expect(second).toMatch(/\(1\)\s+\(2\)\s+\(3\)/);
        mkdirSync(ARTIFACTS, { recursive: true });
        await pdfPageToPng(pdf, 1, join(ARTIFACTS, "phu-luc-tien-lu-2024-trang-1.png"));
        await pdfPageToPng(pdf, 2, join(ARTIFACTS, "phu-luc-tien-lu-2024-trang-2.png"));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    LIBREOFFICE_MS,
  );
});
