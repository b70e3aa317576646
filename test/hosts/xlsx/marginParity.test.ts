/**
 * Issue 12 item 5, the sheet's side: with the ngưỡng Vượt at 0 and at 5, each seed annex is filled
 * with figures at the edge of Vượt, just past it and between the plan and the edge (typed as
 * officers type them), recalculated by LibreOffice, and every Đánh giá and % so với KH must equal
 * the core's. The formulas read the margin from its named cell: an annex whose cell alone says 5
 * judges as the core does with 5.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexLayout, annexOptions, hasFormula, gridCell, MODEL_SHEET_NAME, type AnnexEntry, type AnnexLayout, type Workbook } from "../../../src/core/annex";
import { assess, planRules, readActualCell, SHEET_LABELS, type Rule, type Status } from "../../../src/core/check";
import { placedIndicators, type Plan } from "../../../src/core/model";
import { formatNumber } from "../../../src/core/vn";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { convert } from "../../support/libreoffice";
import { SEED_IDS, seedPlan } from "../../support/seeds";
import { requireTools } from "../../support/tools";

const withLibreOffice = requireTools("soffice");
const LIBREOFFICE_MS = 300_000;
const PROBES = 3;

/** A figure near the edge of Vượt: on it, just past it, or between the plan and it. */
function probe(rule: Rule, probeIndex: number): number | null {
  if (rule.kind !== "numeric") return null;
  const edge = rule.vuot?.low ?? rule.vuot?.high ?? rule.dat.low ?? rule.dat.high;
  if (!edge) return null;
  const outward = rule.vuot?.low || (!rule.vuot && rule.dat.low) ? 1 : -1;
  const step = Math.max(0.001, Math.abs(edge.value) * 1e-4);
  const planned = rule.target.value ?? rule.target.max ?? edge.value;
  const values = [edge.value, edge.value + outward * step, (edge.value + planned) / 2];
  return Number((values[probeIndex] as number).toFixed(6));
}

function entries(plan: Plan, rules: Map<string, Rule>, probeIndex: number): Map<string, AnnexEntry> {
  return new Map(
    placedIndicators(plan).flatMap(({ indicator }, i) => {
      const value = probe(rules.get(indicator.code) as Rule, probeIndex);
      if (value === null) return [];
      // Typed as text the Vietnamese way, or as a number, alternately.
      return [[indicator.code, { actual: { value: i % 2 === 0 ? formatNumber(value, { maxDecimals: 6 }) : value }, note: null }]];
    }),
  );
}

/** The model sheet's margin cell set to another figure than the plan's, as an edit in Excel would. */
function withMarginCell(workbook: Workbook, margin: number): Workbook {
  const model = workbook.sheets.find((s) => s.name === MODEL_SHEET_NAME);
  const row = model?.rows.find((r) => r.cells[0]?.value === "exceedMargin");
  if (!row?.cells[1]) throw new Error("no margin cell");
  row.cells[1] = { value: margin };
  return workbook;
}

interface Case {
  name: string;
  layout: AnnexLayout;
  entries: Map<string, AnnexEntry>;
  /** The rules the sheet must agree with (the margin its cell holds). */
  rules: Map<string, Rule>;
  path: string;
}

describe("the ngưỡng Vượt in the annex's own formulas, recalculated by LibreOffice", () => {
  let dir = "";
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  withLibreOffice(
    "equals the core cell by cell at margin 0 and 5, and follows the margin cell alone",
    async () => {
      dir = mkdtempSync(join(tmpdir(), "phuluc-margin-"));
      const cases: Case[] = [];
      for (const id of SEED_IDS) {
        for (const margin of [0, 5]) {
          const plan = { ...seedPlan(id), exceedMargin: margin };
          const rules = planRules(plan);
          for (let p = 0; p < PROBES; p++) {
            const filled = entries(plan, rules, p);
            const layout = annexLayout({ plan, options: annexOptions(), entries: filled });
            cases.push({ name: `${id}-m${margin}-p${p}`, layout, entries: filled, rules, path: "" });
          }
        }
        // Generated with 0, the cell then says 5: the sheet must judge with 5.
        const plan = seedPlan(id);
        const five = planRules({ ...plan, exceedMargin: 5 });
        const filled = entries(plan, five, 0);
        const layout = annexLayout({ plan: { ...plan, exceedMargin: 0 }, options: annexOptions(), entries: filled });
        withMarginCell(layout.workbook, 5);
        cases.push({ name: `${id}-cell5`, layout, entries: filled, rules: five, path: "" });
      }
      for (const c of cases) {
        for (const sheet of c.layout.workbook.sheets) for (const row of sheet.rows) for (const cell of row.cells) if (hasFormula(cell)) cell.result = "CHƯA TÍNH";
        c.path = join(dir, `${c.name}.xlsx`);
        writeFileSync(c.path, await renderWorkbook(c.layout.workbook));
      }
      const outputs = await convert(
        cases.map((c) => c.path),
        "xlsx:Calc MS Excel 2007 XML",
      );
      const seen = new Set<Status>();
      let compared = 0;
      for (const [i, c] of cases.entries()) {
        const grid = await readWorkbookGrid(readFileSync(outputs[i] as string));
        const sheet = grid.sheets.find((s) => s.name === "Phụ lục I");
        if (!sheet) throw new Error(`${c.name}: no annex`);
        for (const [code, entry] of c.entries) {
          const row = c.layout.rowOf.get(code) as number;
          const expected = assess(c.rules.get(code) as Rule, readActualCell(entry.actual));
          seen.add(expected.status);
          const where = `${c.name} ${code} (${JSON.stringify(entry.actual.value)})`;
          expect({ where, status: gridCell(sheet, row, c.layout.columns.status).value }).toEqual({ where, status: SHEET_LABELS[expected.status] });
          const percent = gridCell(sheet, row, c.layout.columns.percent).value;
          if (expected.percentOfPlan === null) expect({ where, percent: percent ?? "" }).toEqual({ where, percent: "" });
          else expect(Math.abs((percent as number) - expected.percentOfPlan)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected.percentOfPlan)));
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(300);
      expect([...seen]).toEqual(expect.arrayContaining(["vuot", "dat", "khong_dat"]));
    },
    LIBREOFFICE_MS,
  );
});
