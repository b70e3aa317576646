/**
 * Tests play an officer's edits in Excel (inserting rows, sorting) with ExcelJS. Excel keeps every
 * formula right when rows move, shared formulas included (the annex stores runs of equal row
 * formulas once); ExcelJS's row moves do not follow a shared formula to its first cell. So before
 * moving rows, every formula of the sheet is written out in full, as Excel would still compute it.
 */
import * as ExcelJS from "exceljs";

export function writeOutSharedFormulas(ws: ExcelJS.Worksheet): void {
  const cells: { cell: ExcelJS.Cell; formula: string; result: ExcelJS.CellFormulaValue["result"] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula || cell.formulaType === ExcelJS.FormulaType.None) return;
      cells.push({ cell, formula: cell.formula, result: cell.result });
    }),
  );
  // Followers read their formula from their run's first cell: every formula is taken before any is rewritten.
  for (const { cell, formula, result } of cells) cell.value = result === undefined ? { formula } : { formula, result };
}
