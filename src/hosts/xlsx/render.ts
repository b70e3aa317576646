/**
 * Renders the core's workbook description (src/core/annex/sheet.ts) into .xlsx bytes with ExcelJS.
 * Runs in Node and in the browser: no file system, bytes in and out.
 */
import * as ExcelJS from "exceljs";
import type { Cell, DataValidation, PageSetup, Sheet, Workbook } from "../../core/annex/sheet";
import { cellFormula, columnSpanRef, hasFormula, quoteSheetName, rowSpanRef } from "../../core/annex/sheet";
import { assertWithinExcelLimits } from "../../core/annex/excelLimits";
import { parseArea } from "./a1";
import { plainBytes } from "./bytes";
import { checkWorkbook } from "./check";
import { sharedRuns, type Sharing } from "./sharedFormulas";
import { conditionalStyle, excelStyle } from "./styles";
import { xlsxText, xmlSafeText } from "./xlsxText";

export { WorkbookDescriptionError } from "./check";

/**
 * Functions newer than Excel 2010 are stored in the file with the "_xlfn." prefix (Excel, LibreOffice
 * and WPS read them so and show #NAME? without it); Office.js and the sheet description use the
 * plain name. Text constants ("...") are matched whole and left as they are.
 */
const FUTURE_OR_TEXT = /"(?:[^"]|"")*"|(?<![A-Za-z0-9_.])NUMBERVALUE\(/g;

export function fileFormula(formula: string): string {
  if (!formula.includes("NUMBERVALUE(")) return formula;
  return formula.replace(FUTURE_OR_TEXT, (match) => (match.startsWith('"') ? match : `_xlfn.${match}`));
}

const MM_PER_INCH = 25.4;
const A4 = 9 as ExcelJS.PaperSize;
/** Bounds for a number check without limits: Excel needs a formula, and these admit any number. */
const ANY_NUMBER = { min: "-9.99999999999999E+307", max: "9.99999999999999E+307" } as const;

/**
 * Throws ExcelLimitError (content past Excel's limits, naming the rows: the user can fix it) or
 * WorkbookDescriptionError (a description Excel would not accept: a defect), both in Vietnamese.
 */
export async function renderWorkbook(workbook: Workbook): Promise<Uint8Array> {
  assertWithinExcelLimits(workbook);
  checkWorkbook(workbook);

  const book = new ExcelJS.Workbook();
  book.title = xmlSafeText(workbook.properties.title);
  book.creator = xmlSafeText(workbook.properties.creator);
  book.lastModifiedBy = book.creator;
  // Cached results are what the core expected; Excel and LibreOffice should still show live ones
  // (CELL("format") and similar depend on the application).
  book.calcProperties.fullCalcOnLoad = true;

  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const [key, style] of Object.entries(workbook.styles)) styles.set(key, excelStyle(style));

  const activeIndex = workbook.sheets.findIndex((sheet) => sheet.name === workbook.activeSheet);
  workbook.sheets.forEach((sheet, index) => renderSheet(book, sheet, styles, index === activeIndex));

  book.views = [{ x: 0, y: 0, width: 28800, height: 17400, firstSheet: 0, activeTab: activeIndex, visibility: "visible" }];
  setDefinedNames(book, workbook);

  return plainBytes(await book.xlsx.writeBuffer({ useSharedStrings: true }));
}

function renderSheet(
  book: ExcelJS.Workbook,
  sheet: Sheet,
  styles: Map<string, Partial<ExcelJS.Style>>,
  active: boolean,
): void {
  const ws = book.addWorksheet(sheet.name, { state: sheet.visibility });

  sheet.columns.forEach((column, index) => {
    const col = ws.getColumn(index + 1);
    col.width = storedWidth(column.width);
    if (column.hidden) col.hidden = true;
  });

  const runs = sharedRuns(sheet);
  sheet.rows.forEach((row, rowIndex) => {
    const xlRow = ws.getRow(rowIndex + 1);
    if (row.height !== undefined) xlRow.height = row.height;
    if (row.hidden) xlRow.hidden = true;
    row.cells.forEach((cell, columnIndex) => {
      if (cell) writeCell(xlRow.getCell(columnIndex + 1), cell, styles, cell.pattern === undefined ? null : runs.at(rowIndex + 1, columnIndex + 1));
    });
  });

  for (const ref of sheet.merges) mergeKeepingStyles(ws, sheet, ref);

  const validations = rangeValidations(ws);
  for (const validation of sheet.validations) validations.add(bareRange(validation.range), excelValidation(validation));

  sheet.conditionalFormats.forEach((format, index) => {
    ws.addConditionalFormatting({
      ref: bareRange(format.range),
      rules: [{ type: "expression", priority: index + 1, formulae: [format.formula], style: conditionalStyle(format.style) }],
    });
  });

  ws.views = [sheetView(sheet, active)];
  if (sheet.page) applyPage(ws, sheet.page);
  // ExcelJS breaks after a row; the description names the row that starts the page.
  for (const row of sheet.rowBreaks ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak();
}

export function writeCell(xlCell: ExcelJS.Cell, cell: Cell, styles: Map<string, Partial<ExcelJS.Style>>, share: Sharing = null): void {
  if (hasFormula(cell)) {
    // A cached text result may hold what was typed (the hidden reading steps): escaped like any text.
    const result = cell.result === undefined || cell.result === null ? {} : { result: typeof cell.result === "string" ? xlsxText(cell.result) : cell.result };
    if (share !== null && "master" in share) {
      xlCell.value = { sharedFormula: share.master, date1904: false, ...result };
    } else {
      // ExcelJS writes a master's range as given (its typings leave shareType and ref out).
      const shared = share === null ? {} : { shareType: "shared", ref: share.ref };
      xlCell.value = { formula: fileFormula(cellFormula(cell, xlCell.fullAddress.row) as string), date1904: false, ...result, ...shared } as ExcelJS.CellFormulaValue;
    }
  } else if (typeof cell.value === "string") {
    // A primitive string is always a shared string (t="s"), so "=HYPERLINK(...)" stays text; never
    // hand ExcelJS an object here, which it would interpret (formula, hyperlink, rich text).
    xlCell.value = xlsxText(String(cell.value));
  } else if (typeof cell.value === "number" || typeof cell.value === "boolean") {
    xlCell.value = cell.value;
  }
  const style = cell.style === undefined ? undefined : styles.get(cell.style);
  if (style) xlCell.style = style;
  if (cell.note !== undefined) xlCell.note = xlsxText(cell.note);
}

/**
 * Excel draws a merged area's borders and fill from every cell it covers, so covered cells that the
 * description leaves unstyled take the top-left cell's style; covered cells with their own style
 * keep it (ExcelJS's mergeCells would overwrite them).
 */
export function mergeKeepingStyles(ws: ExcelJS.Worksheet, sheet: Sheet, ref: string): void {
  const area = parseArea(ref);
  if (!area) return;
  const master = ws.getCell(area.top, area.left);
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      if (r === area.top && c === area.left) continue;
      const described = sheet.rows[r - 1]?.cells[c - 1];
      if (described?.style === undefined) ws.getCell(r, c).style = master.style;
    }
  }
  ws.mergeCellsWithoutStyle(area.top, area.left, area.bottom, area.right);
}

/**
 * The file stores a column's width with 5 pixels of cell padding added (ECMA-376 18.3.1.13), so a
 * width Excel shows as 42 characters is stored as 42.71. The maximum digit width is that of the
 * workbook's default font, Calibri 11 in files from ExcelJS: 7 pixels.
 */
export function storedWidth(characters: number): number {
  const digit = 7;
  const padding = 5;
  if (characters <= 0) return 0;
  return Math.trunc(((characters * digit + padding) / digit) * 256) / 256;
}

export function bareRange(range: string): string {
  return range.replace(/\$/g, "").toUpperCase();
}

function excelNumber(n: number): string {
  return String(n).toUpperCase();
}

export function excelValidation(validation: DataValidation): ExcelJS.DataValidation {
  if (validation.type === "any") {
    // ExcelJS writes "any" (a prompt without a rule) though its typings omit it.
    return { type: "any" as ExcelJS.DataValidation["type"], formulae: [], allowBlank: true, showInputMessage: true, promptTitle: validation.prompt.title, prompt: validation.prompt.message };
  }
  const messages = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: validation.error.title,
    error: validation.error.message,
    ...(validation.prompt
      ? { showInputMessage: true, promptTitle: validation.prompt.title, prompt: validation.prompt.message }
      : {}),
  };
  if (validation.type === "list") {
    const source = validation.values.map((value) => value.replace(/"/g, '""')).join(",");
    return { type: "list", formulae: [`"${source}"`], ...messages };
  }
  const { min, max } = validation;
  if (min !== undefined && max !== undefined) {
    return { type: validation.type, operator: "between", formulae: [excelNumber(min), excelNumber(max)], ...messages };
  }
  if (min !== undefined) {
    return { type: validation.type, operator: "greaterThanOrEqual", formulae: [excelNumber(min)], ...messages };
  }
  if (max !== undefined) {
    return { type: validation.type, operator: "lessThanOrEqual", formulae: [excelNumber(max)], ...messages };
  }
  return { type: validation.type, operator: "between", formulae: [ANY_NUMBER.min, ANY_NUMBER.max], ...messages };
}

interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/**
 * ExcelJS's typed API sets validations cell by cell and regroups them in its own order (G10:G60
 * before G7:G9); its worksheet's `dataValidations.add` (untyped, used by its own reader) keeps the
 * range as described.
 */
function rangeValidations(ws: ExcelJS.Worksheet): RangeValidations {
  const candidate: unknown = Reflect.get(ws, "dataValidations");
  if (typeof candidate === "object" && candidate !== null && typeof Reflect.get(candidate, "add") === "function") {
    return candidate as RangeValidations;
  }
  // The library below must be 4.4 or newer (worksheet.dataValidations.add); said to people without its name.
  throw new Error("Bản Phụ lục này thiếu phần ghi kiểm tra dữ liệu vào tệp .xlsx: cài lại Phụ lục.");
}

/** `tabSelected` is written by ExcelJS but missing from its types. */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };

export function sheetView(sheet: Sheet, active: boolean): SheetView {
  const frozen = sheet.frozen;
  const view: SheetView =
    frozen && (frozen.rows > 0 || frozen.columns > 0)
      ? { state: "frozen", xSplit: frozen.columns, ySplit: frozen.rows }
      : { state: "normal" };
  if (sheet.gridLines !== undefined) view.showGridLines = sheet.gridLines;
  // Only the active sheet is selected; several selected tabs would open as a group in Excel.
  if (active) view.tabSelected = true;
  return view;
}

function inches(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 1e6) / 1e6;
}

function applyPage(ws: ExcelJS.Worksheet, page: PageSetup): void {
  ws.pageSetup = pageSetupOf(page);
  // Print titles are written with the defined names (see setDefinedNames), not pageSetup.
  if (page.footer !== undefined) ws.headerFooter = { oddFooter: centredUnlessPlaced(page.footer) };
}

export function pageSetupOf(page: PageSetup): Partial<ExcelJS.PageSetup> {
  const fit = page.fitToWidth !== undefined;
  return {
    paperSize: A4,
    orientation: page.orientation,
    margins: {
      top: inches(page.margins.top),
      bottom: inches(page.margins.bottom),
      left: inches(page.margins.left),
      right: inches(page.margins.right),
      header: inches(page.margins.header),
      footer: inches(page.margins.footer),
    },
    fitToPage: fit,
    // fitToHeight 0 = as many pages down as needed.
    ...(fit ? { fitToWidth: page.fitToWidth, fitToHeight: 0 } : { scale: page.scale ?? 100 }),
    horizontalCentered: page.horizontalCentered === true,
    ...(page.pageOrder !== undefined ? { pageOrder: page.pageOrder } : {}),
  };
}

export function headerFooterOf(page: PageSetup): Partial<ExcelJS.HeaderFooter> | undefined {
  return page.footer === undefined ? undefined : { oddFooter: centredUnlessPlaced(page.footer) };
}

/** Footer text that names no section (&L, &C, &R) goes in the centre. */
function centredUnlessPlaced(text: string): string {
  return /&[LCR]/.test(text.replace(/&&/g, "")) ? text : `&C${text}`;
}

interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/**
 * ExcelJS rebuilds defined names cell by cell from a matrix, which keeps only plain ranges, and it
 * writes print titles as '<sheet name>'!$5:$6 without doubling quotes in the sheet name. Its writer
 * reads `definedNames.model`, so this workbook's instance answers with the names written verbatim.
 */
function setDefinedNames(book: { definedNames: unknown }, workbook: Workbook): void {
  const names = definedNamesModel(workbook);
  Object.defineProperty(book.definedNames, "model", { get: () => names, configurable: true });
}

export { setDefinedNames };

function definedNamesModel(workbook: Workbook): DefinedNameModel[] {
  const names: DefinedNameModel[] = workbook.definedNames.map(({ name, refersTo }) => ({ name, ranges: [refersTo] }));
  workbook.sheets.forEach((sheet, index) => {
    const page = sheet.page;
    // Excel writes the columns first: 'Tổng hợp'!$A:$C,'Tổng hợp'!$5:$6.
    const spans = [
      ...(page?.printTitleColumns ? [columnSpanRef(page.printTitleColumns)] : []),
      ...(page?.printTitleRows ? [rowSpanRef(page.printTitleRows)] : []),
    ];
    if (spans.length > 0) {
      names.push({ name: "_xlnm.Print_Titles", ranges: spans.map((span) => `${quoteSheetName(sheet.name)}!${span}`), localSheetId: index });
    }
  });
  return names;
}
