/**
 * Issue 12 item 6, the sheet's side: each seed annex generated with "So với cùng kỳ", both columns
 * filled as officers type figures (text in Vietnamese form, percent strings, the row's unit,
 * numbers, blanks, 0, words), recalculated by LibreOffice: every "% so với cùng kỳ" equals the
 * core's, and % so với KH and Đánh giá are unchanged by the extra columns. Printed, the annex with
 * the two columns stays within a page of the annex without them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexLayout, annexOptions, hasFormula, gridCell, type AnnexEntry, type AnnexLayout } from "../../../src/core/annex";
import { assess, percentOfLastYear, planRules, readActualCell, SHEET_LABELS, type Rule } from "../../../src/core/check";
import { placedIndicators } from "../../../src/core/model";
import { formatNumber } from "../../../src/core/vn";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { convert, pdfInfo, pdfPageText, pdfPageToPng } from "../../support/libreoffice";
import { SEED_IDS, seedPlan, type SeedId } from "../../support/seeds";
import { requireTools } from "../../support/tools";

const withLibreOffice = requireTools("soffice");
const withPrinting = requireTools("soffice", "pdfinfo", "pdftotext", "pdftoppm", "font:Liberation Serif");
const LIBREOFFICE_MS = 300_000;
const ARTIFACTS = join(__dirname, "..", "..", "..", "test-artifacts");

/**
 * Pages of the filled annex with the cùng kỳ columns as LibreOffice prints them today; without
 * them (issuedPrint.test.ts) 3, 3, 2, 3, 4 in both copies. At the smallest print scale (75 %) the
 * two columns narrow the name and agency columns: Cầu Ngang's working copy and Đức Thạnh's issued
 * copy take a page more, Đức Thạnh's working copy two (its "... (gợi ý)" agencies wrap the most).
 */
const PAGES_WITH_LAST_YEAR: Record<SeedId, { working: number; issued: number }> = {
  "thap-muoi-2024": { working: 3, issued: 3 },
  "cau-ngang-2030": { working: 4, issued: 3 },
  "dong-thap-2024": { working: 2, issued: 2 },
  // The working copy keeps two lines for a verdict a figure typed later can question.
  "tien-lu-2024": { working: 4, issued: 3 },
  "duc-thanh-2024": { working: 6, issued: 5 },
};
const COPIES = ["working", "issued"] as const;

function typed(rule: Rule, value: number, form: number): string | number {
  const text = formatNumber(value, { maxDecimals: 4 });
  if (rule.kind !== "numeric") return text;
  const forms: (string | number)[] = [value, text, ` ${text} `, rule.entry.percent ? `${text}%` : rule.entry.unit === null ? text : `${text} ${rule.entry.unit}`];
  return forms[form % forms.length] as string | number;
}

/** Both columns filled row by row, cycling through the ways officers type and the cases with no %. */
function entriesFor(plan: ReturnType<typeof seedPlan>, rules: Map<string, Rule>): Map<string, AnnexEntry> {
  return new Map(
    placedIndicators(plan).map(({ indicator }, i) => {
      const rule = rules.get(indicator.code) as Rule;
      const base = rule.kind === "numeric" ? (rule.planned ?? rule.target.value ?? 10) : 10;
      const now = base * (1 + ((i % 9) - 4) / 50);
      const before = base * (1 - ((i % 5) - 2) / 40);
      const cases: [string | number | null, string | number | null][] = [
        [typed(rule, now, i), typed(rule, before, i + 1)],
        [typed(rule, now, i + 2), null],
        [null, typed(rule, before, i)],
        [typed(rule, now, i + 3), 0],
        [typed(rule, now, i), "chưa có số liệu"],
        [rule.kind === "numeric" ? typed(rule, now, i + 1) : "Đạt", typed(rule, before, i + 3)],
      ];
      const [actual, lastYear] = cases[i % cases.length] as [string | number | null, string | number | null];
      return [indicator.code, { actual: { value: actual }, lastYear: { value: lastYear }, note: null }];
    }),
  );
}

interface Filled {
  id: SeedId;
  layout: AnnexLayout;
  entries: Map<string, AnnexEntry>;
  rules: Map<string, Rule>;
  path: string;
}

describe("% so với cùng kỳ in the annex's own formulas, recalculated by LibreOffice", () => {
  let dir = "";
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  withLibreOffice(
    "equals the core's cell by cell in every seed, beside an unchanged % so với KH and Đánh giá",
    async () => {
      dir = mkdtempSync(join(tmpdir(), "phuluc-cung-ky-"));
      const filled: Filled[] = [];
      for (const id of SEED_IDS) {
        const plan = seedPlan(id);
        const rules = planRules(plan);
        const entries = entriesFor(plan, rules);
        const layout = annexLayout({ plan, options: annexOptions({ lastYear: true }), entries });
        for (const sheet of layout.workbook.sheets) for (const row of sheet.rows) for (const cell of row.cells) if (hasFormula(cell)) cell.result = "CHƯA TÍNH";
        const path = join(dir, `${id}.xlsx`);
        writeFileSync(path, await renderWorkbook(layout.workbook));
        filled.push({ id, layout, entries, rules, path });
      }
      const outputs = await convert(
        filled.map((f) => f.path),
        "xlsx:Calc MS Excel 2007 XML",
      );
      let withPercent = 0;
      let without = 0;
      for (const [i, f] of filled.entries()) {
        const grid = await readWorkbookGrid(readFileSync(outputs[i] as string));
        const sheet = grid.sheets.find((s) => s.name === "Phụ lục I");
        if (!sheet) throw new Error(`${f.id}: no annex`);
        const at = f.layout.columns.lastYear;
        if (at === null) throw new Error("no cùng kỳ column");
        for (const [code, row] of f.layout.rowOf) {
          const entry = f.entries.get(code) as AnnexEntry;
          const rule = f.rules.get(code) as Rule;
          const where = `${f.id} ${code} (${JSON.stringify(entry.actual.value)} / ${JSON.stringify(entry.lastYear?.value)})`;
          const expected = percentOfLastYear(rule, readActualCell(entry.actual), readActualCell(entry.lastYear ?? { value: null }));
          const shown = gridCell(sheet, row, at.percent).value;
          if (expected === null) {
            expect({ where, shown: shown ?? "" }).toEqual({ where, shown: "" });
            without++;
          } else {
            expect({ where, isNumber: typeof shown }).toEqual({ where, isNumber: "number" });
            expect(Math.abs((shown as number) - expected)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));
            withPercent++;
          }
          const judged = assess(rule, readActualCell(entry.actual));
          expect({ where, status: gridCell(sheet, row, f.layout.columns.status).value ?? "" }).toEqual({ where, status: SHEET_LABELS[judged.status] });
          const kept = gridCell(sheet, row, at.input).value ?? null;
          const typedBefore = entry.lastYear?.value ?? null;
          if (typeof typedBefore === "number") expect(kept as number).toBeCloseTo(typedBefore, 9);
          else expect({ where, kept }).toEqual({ where, kept: typedBefore });
        }
      }
      expect(withPercent).toBeGreaterThan(30);
      expect(without).toBeGreaterThan(30);
    },
    LIBREOFFICE_MS,
  );

  withPrinting(
    "prints with both columns headed on every page, in as many pages as recorded",
    async () => {
      dir ||= mkdtempSync(join(tmpdir(), "phuluc-cung-ky-"));
      const paths: string[] = [];
      const printed: { id: SeedId; copy: (typeof COPIES)[number] }[] = [];
      for (const id of SEED_IDS) {
        for (const copy of COPIES) {
          const plan = seedPlan(id);
          const entries = entriesFor(plan, planRules(plan));
          const path = join(dir, `in-${id}-${copy}.xlsx`);
          writeFileSync(path, await renderWorkbook(annexLayout({ plan, options: annexOptions({ lastYear: true, copy }), entries }).workbook));
          paths.push(path);
          printed.push({ id, copy });
        }
      }
      const pdfs = await convert(paths, "pdf");
      const counted: Record<string, number> = {};
      for (const [i, { id, copy }] of printed.entries()) {
        const pdf = pdfs[i] as string;
        const { pages } = await pdfInfo(pdf);
        counted[`${id} ${copy}`] = pages.length;
        for (let p = 1; p <= pages.length; p++) {
          // Header cells wrap, and the page's text runs across columns: both headers say "cùng kỳ".
          const text = await pdfPageText(pdf, p);
          // (a name may say "so với cùng kỳ" too).
          expect({ id, p, headers: (text.match(/cùng kỳ/g) ?? []).length >= 2 }).toEqual({ id, p, headers: true });
        }
        if (id === "tien-lu-2024" && copy === "working") await pdfPageToPng(pdf, 1, join(ARTIFACTS, "12-cung-ky-tien-lu-trang-1.png"));
      }
      expect(counted).toEqual(Object.fromEntries(printed.map(({ id, copy }) => [`${id} ${copy}`, PAGES_WITH_LAST_YEAR[id][copy]])));
    },
    LIBREOFFICE_MS,
  );
});
