/** Shared by the Office host tests: a host on the recording double, and grids compared cell by cell. */
import { gridCell, type GridSheet, type GridWorkbook } from "../../../src/core/annex/grid";
import { columnLetter, type Workbook } from "../../../src/core/annex/sheet";
import { apiSupport } from "../../../src/hosts/office/apiSupport";
import { createExcelHost } from "../../../src/hosts/office/excelHost";
import { NEW_WORKBOOK, planRender, type RenderTarget } from "../../../src/hosts/office/render";
import { OfficeDouble } from "../../support/officeDouble";

export function hostOn(version: string, options: { sheets?: string[]; requestLimit?: number; client?: "office-js" | "double" } = {}) {
  const double = new OfficeDouble({ version, ...(options.sheets ? { sheets: options.sheets } : {}), ...(options.client ? { client: options.client } : {}) });
  const host = createExcelHost({
    runner: double.runner,
    isSetSupported: double.isSetSupported,
    ...(options.requestLimit !== undefined ? { requestLimit: options.requestLimit } : {}),
  });
  return { double, host };
}

export function hostFor(double: OfficeDouble) {
  return createExcelHost({ runner: double.runner, isSetSupported: double.isSetSupported });
}

/** Renders a description straight into the double (no generation planning), one sync per batch. */
export async function renderInto(double: OfficeDouble, workbook: Workbook, target: RenderTarget = NEW_WORKBOOK) {
  const plan = planRender(workbook, target, apiSupport(double.isSetSupported));
  await double.runner.run(async (context) => {
    for (const batch of plan.batches) {
      batch(context);
      await context.sync();
    }
  });
  return plan;
}

/** What both hosts must agree on in a cell: a formula (its cached value aside) or a constant, and the number format. */
function comparable(sheet: GridSheet, row: number, column: number) {
  const cell = gridCell(sheet, row, column);
  return cell.formula !== undefined ? { formula: cell.formula, numFmt: cell.numFmt } : { value: cell.value, numFmt: cell.numFmt };
}

/** Every cell and merge where two grids of a sheet differ, as readable lines (empty when equal). */
export function gridDifferences(expected: GridSheet, actual: GridSheet): string[] {
  const out: string[] = [];
  const rows = Math.max(expected.rows.length, actual.rows.length);
  for (let r = 1; r <= rows; r++) {
    const columns = Math.max(expected.rows[r - 1]?.length ?? 0, actual.rows[r - 1]?.length ?? 0);
    for (let c = 1; c <= columns; c++) {
      const e = comparable(expected, r, c);
      const a = comparable(actual, r, c);
      if (JSON.stringify(e) !== JSON.stringify(a)) out.push(`${expected.name}!${columnLetter(c)}${r}: ${JSON.stringify(e)} ≠ ${JSON.stringify(a)}`);
    }
  }
  const merges = (sheet: GridSheet) => [...sheet.merges].sort().join(" ");
  if (merges(expected) !== merges(actual)) out.push(`${expected.name} merges: ${merges(expected)} ≠ ${merges(actual)}`);
  if (expected.visibility !== actual.visibility) out.push(`${expected.name} visibility: ${expected.visibility} ≠ ${actual.visibility}`);
  return out;
}

export function sheetOf(grid: GridWorkbook, name: string): GridSheet {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`không có trang "${name}" (có: ${grid.sheets.map((s) => s.name).join(", ")})`);
  return sheet;
}
