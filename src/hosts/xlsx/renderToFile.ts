/**
 * Writes a workbook description to an .xlsx file row by row with ExcelJS's streaming
 * WorkbookWriter: rows are serialised and released as they are committed, so a consolidation of
 * thousands of communes is written at a fraction of the in-memory writer's peak (PERFORMANCE.md:
 * 345 MB instead of 1,05 GB for 577k cells). Node only (the writer writes to Node streams); the same
 * cells as renderWorkbook, which the tests compare. Its quirks, handled here: sheet views and page
 * setup are given when the sheet is added; merges are applied before their rows are committed.
 */
import * as ExcelJS from "exceljs";
import type { Sheet, Workbook } from "../../core/annex/sheet";
import { assertWithinExcelLimits } from "../../core/annex/excelLimits";
import { parseArea } from "./a1";
import { checkWorkbook } from "./check";
import { bareRange, excelValidation, headerFooterOf, pageSetupOf, renderWorkbook, setDefinedNames, sheetView, storedWidth, writeCell } from "./render";
import { conditionalStyle, excelStyle } from "./styles";
import { xmlSafeText } from "./xlsxText";
import { writeFileSync } from "node:fs";

export async function renderWorkbookToFile(workbook: Workbook, path: string): Promise<void> {
  // Notes (a row capped at Excel's height keeps its text there) are not written by the streaming writer.
  if (workbook.sheets.some((sheet) => sheet.rows.some((row) => row.cells.some((cell) => cell?.note !== undefined)))) {
    writeFileSync(path, await renderWorkbook(workbook));
    return;
  }
  assertWithinExcelLimits(workbook);
  checkWorkbook(workbook);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true, zip: { zlib: { level: 6 } } });
  book.title = xmlSafeText(workbook.properties.title);
  book.creator = xmlSafeText(workbook.properties.creator);
  book.lastModifiedBy = book.creator;
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const [key, style] of Object.entries(workbook.styles)) styles.set(key, excelStyle(style));
  const activeIndex = workbook.sheets.findIndex((sheet) => sheet.name === workbook.activeSheet);
  workbook.sheets.forEach((sheet, index) => writeSheet(book, sheet, styles, index === activeIndex));
  book.views = [{ x: 0, y: 0, width: 28800, height: 17400, firstSheet: 0, activeTab: activeIndex, visibility: "visible" }];
  setDefinedNames(book as unknown as { definedNames: unknown }, workbook);
  await book.commit();
}

type Writer = ExcelJS.Worksheet & { commit(): void };

function writeSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet, styles: Map<string, Partial<ExcelJS.Style>>, active: boolean): void {
  const options: Partial<ExcelJS.AddWorksheetOptions> = { state: sheet.visibility, views: [sheetView(sheet, active)] };
  if (sheet.page) {
    options.pageSetup = pageSetupOf(sheet.page);
    const footer = headerFooterOf(sheet.page);
    if (footer) options.headerFooter = footer;
  }
  const ws = book.addWorksheet(sheet.name, options) as unknown as Writer;
  sheet.columns.forEach((column, index) => {
    const col = ws.getColumn(index + 1);
    col.width = storedWidth(column.width);
    if (column.hidden) col.hidden = true;
  });
  for (const validation of sheet.validations) (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(bareRange(validation.range), excelValidation(validation));
  sheet.conditionalFormats.forEach((format, index) => {
    ws.addConditionalFormatting({
      ref: bareRange(format.range),
      rules: [{ type: "expression", priority: index + 1, formulae: [format.formula], style: conditionalStyle(format.style) }],
    });
  });

  // Rows a merge touches stay open until the merges are applied; every other row is committed as soon as it is written.
  const areas = sheet.merges.map((ref) => parseArea(ref)).filter((area) => area !== null);
  const lastMerged = areas.reduce((last, area) => Math.max(last, area.bottom), 0);
  const rowCount = Math.max(sheet.rows.length, lastMerged);
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.rows[r - 1];
    const xlRow = ws.getRow(r);
    if (row !== undefined) {
      if (row.height !== undefined) xlRow.height = row.height;
      if (row.hidden) xlRow.hidden = true;
      row.cells.forEach((cell, c) => {
        if (cell) writeCell(xlRow.getCell(c + 1), cell, styles);
      });
    }
    if (r === lastMerged) {
      for (const area of areas) {
        ws.mergeCells(area.top, area.left, area.bottom, area.right);
        // Covered cells took the top-left cell's style; those the description styles keep theirs.
        for (let rr = area.top; rr <= area.bottom; rr++) {
          for (let cc = area.left; cc <= area.right; cc++) {
            const style = sheet.rows[rr - 1]?.cells[cc - 1]?.style;
            const own = style === undefined ? undefined : styles.get(style);
            if ((rr !== area.top || cc !== area.left) && own) ws.getCell(rr, cc).style = own;
          }
        }
      }
    }
    if (r >= lastMerged) xlRow.commit();
  }
  ws.commit();
}
