/**
 * Formats: every described cell carries exactly its style's font, fill, alignment, indent and
 * borders in Excel (though they were sent as a few rectangles), merged areas take their top-left
 * cell's style, and column widths and row heights follow the description.
 */
import { annexLayout, annexOptions, ANNEX_SHEET_NAME } from "../../../src/core/annex";
import type { Style, Workbook } from "../../../src/core/annex/sheet";
import { columnPoints } from "../../../src/hosts/office/render";
import { styleGrid } from "../../../src/hosts/office/styleAreas";
import { columnLetters, OfficeDouble, type CellFormatModel } from "../../support/officeDouble";
import { seedPlan } from "../../support/seeds";
import { syntheticPlan } from "../../support/syntheticPlan";
import { MAIN, sampleWorkbook } from "../xlsx/sample";
import { renderInto } from "./helpers";

// Microsoft's client and the fake Excel behind it take seconds on a 2,000-indicator annex.
jest.setTimeout(60_000);

const THIN = { style: "Continuous", weight: "Thin", color: "#000000" };
const H = { left: "Left", center: "Center", right: "Right" } as const;
const V = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function expectedFormat(style: Style | undefined, withIndent: boolean): CellFormatModel {
  const out: CellFormatModel = { borders: {} };
  if (!style) return out;
  const { font, alignment } = style;
  if (font?.name !== undefined) out.fontName = font.name;
  if (font?.size !== undefined) out.fontSize = font.size;
  if (font?.bold !== undefined) out.bold = font.bold;
  if (font?.italic !== undefined) out.italic = font.italic;
  if (font?.color !== undefined) out.fontColor = `#${font.color.toUpperCase()}`;
  if (style.fill !== undefined) out.fill = `#${style.fill.toUpperCase()}`;
  if (alignment?.horizontal) out.horizontal = H[alignment.horizontal];
  if (alignment?.vertical) out.vertical = V[alignment.vertical];
  if (alignment?.wrapText !== undefined) out.wrap = alignment.wrapText;
  if (alignment?.indent && withIndent) out.indent = alignment.indent;
  if (style.border) out.borders = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  return out;
}

async function checkFormats(workbook: Workbook, sheetName: string, version: string) {
  const double = new OfficeDouble({ version, sheets: [] });
  await renderInto(double, workbook);
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(sheetName);
  const styles = styleGrid(sheet);
  const model = double.sheet(sheetName);
  const mismatches: string[] = [];
  const width = Math.max(...sheet.rows.map((row) => row.cells.length));
  for (let r = 1; r <= sheet.rows.length; r++) {
    for (let c = 1; c <= width; c++) {
      const key = styles[r - 1]?.[c - 1];
      const expected = expectedFormat(key === undefined ? undefined : workbook.styles[key], version !== "1.7");
      const actual = model.cells.get(r * 16_385 + c)?.format ?? { borders: {} };
      if (JSON.stringify(sortKeys(actual)) !== JSON.stringify(sortKeys(expected))) {
        mismatches.push(`${columnLetters(c)}${r} (${key}): ${JSON.stringify(sortKeys(actual))} ≠ ${JSON.stringify(sortKeys(expected))}`);
      }
    }
  }
  return { double, mismatches: mismatches.slice(0, 5), sheet };
}

/** Key order does not matter; values do. */
function sortKeys(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}

test.each(["1.7", "1.12"])("the annex's formats, cell for cell, under ExcelApi %s", async (version) => {
  const workbook = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions({ locality: "Huyện Tiên Lữ" }) }).workbook;
  const { mismatches, double, sheet } = await checkFormats(workbook, ANNEX_SHEET_NAME, version);
  expect(mismatches).toEqual([]);
  const model = double.sheet(ANNEX_SHEET_NAME);
  sheet.columns.forEach((column, i) => {
    expect(model.columnWidths.get(i + 1)).toBe(columnPoints(column.width));
    expect(model.hiddenColumns.has(i + 1)).toBe(column.hidden === true);
  });
  sheet.rows.forEach((row, i) => expect(model.rowHeights.get(i + 1)).toBe(row.height));
});

test("the contract's sample workbook's formats, cell for cell", async () => {
  const { mismatches, double } = await checkFormats(sampleWorkbook(), MAIN, "1.12");
  expect(mismatches).toEqual([]);
  expect(double.sheet(MAIN).hiddenRows.size).toBe(1);
});

test("a 2,000-indicator annex is formatted by runs of equal formats, far fewer ranges than cells", async () => {
  const workbook = annexLayout({ plan: syntheticPlan(), options: annexOptions() }).workbook;
  const { mismatches, double } = await checkFormats(workbook, ANNEX_SHEET_NAME, "1.12");
  expect(mismatches).toEqual([]);
  const formatted = double.operations.filter((op) => op.api === "Range.format").length;
  const cells = (workbook.sheets[0]?.rows.length ?? 0) * 12;
  expect(formatted).toBeLessThan(cells / 10);
});

test("validations and conditional formats are the description's, in its order (priority first)", async () => {
  const workbook = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() }).workbook;
  const sheet = workbook.sheets[0];
  if (!sheet) throw new Error("no sheet");
  const double = new OfficeDouble({ version: "1.12", sheets: [] });
  await renderInto(double, workbook);
  const model = double.sheet(ANNEX_SHEET_NAME);
  expect(model.conditionalFormats.map((f) => f.formula)).toEqual(sheet.conditionalFormats.map((f) => `=${f.formula}`));
  expect(model.conditionalFormats.map((f) => f.fill)).toEqual(sheet.conditionalFormats.map((f) => (f.style.fill ? `#${f.style.fill}` : undefined)));
  expect(model.validations).toHaveLength(sheet.validations.length);
  sheet.validations.forEach((validation, i) => {
    const made = model.validations[i];
    if (validation.type === "any") {
      // A prompt only: figures typed as text must not be refused.
      expect(made?.rule).toBeUndefined();
      expect(made?.prompt).toEqual({ showPrompt: true, title: validation.prompt.title, message: validation.prompt.message });
      return;
    }
    expect(made?.errorAlert).toEqual({ showAlert: true, style: "Stop", title: validation.error.title, message: validation.error.message });
    if (validation.type === "list") expect(made?.rule).toEqual({ list: { inCellDropDown: true, source: validation.values.join(",") } });
    else expect(Object.keys(made?.rule ?? {})).toEqual([validation.type === "whole" ? "wholeNumber" : "decimal"]);
  });
});
