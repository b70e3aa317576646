import { annexLayout, annexOptions, cellFormula } from "../../../src/core/annex";
import { SEED_IDS, seedPlan } from "../../support/seeds";

/**
 * The annex's formulas use only functions Excel 2016+, Excel on the web, LibreOffice and WPS all
 * have (check/formula.ts): no CELL("format"), which Excel on the web does not know, no LET, LAMBDA,
 * IFS or TEXTJOIN.
 */
const EVERYWHERE = new Set(["IF", "AND", "OR", "NOT", "LEN", "TRIM", "LOWER", "LEFT", "RIGHT", "MID", "FIND", "SUBSTITUTE", "ISNUMBER", "ISLOGICAL", "ISERROR", "IFERROR", "ABS", "ROUND", "NUMBERVALUE"]);

test.each(SEED_IDS)("%s: every formula of the annex uses only functions every program has", (id) => {
  const { workbook } = annexLayout({ plan: seedPlan(id), options: annexOptions() });
  const used = new Set<string>();
  for (const sheet of workbook.sheets) {
    const formulas = [...sheet.rows.flatMap((row, r) => row.cells.map((cell) => cellFormula(cell, r + 1))), ...sheet.conditionalFormats.map((f) => f.formula)];
    // Text constants aside ("Đạt (x)" is no function call).
    for (const formula of formulas) if (formula !== undefined) for (const [, name] of formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9._]*)\(/g)) used.add(name as string);
  }
  expect([...used].filter((name) => !EVERYWHERE.has(name))).toEqual([]);
  expect(used.has("NUMBERVALUE")).toBe(true);
});
