/**
 * Writes a workbook description to an .xlsx file row by row with ExcelJS's streaming
 * WorkbookWriter: rows are serialised and released as they are committed, so a consolidation of
 * thousands of communes is written at a fraction of the in-memory writer's peak (PERFORMANCE.md:
 * 345 MB instead of 1,05 GB for 577k cells). Plain rows are written straight into the sheet
 * (rowXml.ts), and every part goes into a zip written with Node's native zlib (zipFile.ts) instead
 * of the library's own. Node only; the same cells as renderWorkbook, which the tests compare. Its
 * quirks, handled here: sheet views and page setup are given when the sheet is added; merges are
 * applied before their rows are committed.
 */
import { EventEmitter } from "node:events";
import { Writable } from "node:stream";
import * as ExcelJS from "exceljs";
import type { Row, Sheet, Workbook } from "../../core/annex/sheet";
import { cellRef } from "../../core/annex/sheet";
import { assertWithinExcelLimits } from "../../core/annex/excelLimits";
import { parseArea } from "./a1";
import { checkWorkbook } from "./check";
import { bareRange, excelValidation, headerFooterOf, pageSetupOf, setDefinedNames, sheetView, storedWidth, writeCell } from "./render";
import { plainRow, rowXml, xml, type RowTables } from "./rowXml";
import { sharedRuns, type SharedRuns } from "./sharedFormulas";
import { conditionalStyle, excelStyle } from "./styles";
import { xmlSafeText } from "./xlsxText";
import { ZipFile, type ZipPart } from "./zipFile";

export async function renderWorkbookToFile(workbook: Workbook, path: string): Promise<void> {
  assertWithinExcelLimits(workbook);
  checkWorkbook(workbook);
  // The library's own zip goes to a sink; every part goes to the native one (zipFile.ts).
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new Writable({ write: (_chunk, _encoding, done) => done() }), useSharedStrings: true, useStyles: true });
  const zip = new ZipFile(path);
  try {
    await writeBook(book, zip, workbook);
  } catch (error) {
    zip.abandon();
    throw error;
  }
}

async function writeBook(book: ExcelJS.stream.xlsx.WorkbookWriter, zip: ZipFile, workbook: Workbook): Promise<void> {
  useNativeZip(book, zip);
  book.title = xmlSafeText(workbook.properties.title);
  book.creator = xmlSafeText(workbook.properties.creator);
  book.lastModifiedBy = book.creator;
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const [key, style] of Object.entries(workbook.styles)) styles.set(key, excelStyle(style));
  const activeIndex = workbook.sheets.findIndex((sheet) => sheet.name === workbook.activeSheet);
  workbook.sheets.forEach((sheet, index) => writeSheet(book, sheet, styles, index === activeIndex));
  book.views = [{ x: 0, y: 0, width: 28800, height: 17400, firstSheet: 0, activeTab: activeIndex, visibility: "visible" }];
  setDefinedNames(book as unknown as { definedNames: unknown }, workbook);
  recalculateOnLoad(book);
  await book.commit();
}

type Writer = ExcelJS.Worksheet & { commit(): void };

interface ZipUser {
  zip: unknown;
  promise: Promise<unknown>;
  sharedStrings: { values: unknown[] };
  addThemes(): Promise<void>;
  addOfficeRels(): Promise<void>;
  addSharedStrings(): Promise<void>;
  _openStream(name: string): unknown;
  _finalize(): Promise<unknown>;
}

/** What the library's writers use of the stream of a part (a sheet, its relationships, its notes). */
class PartStream extends EventEmitter {
  private readonly part: ZipPart;

  constructor(
    private readonly zip: ZipFile,
    private readonly name: string,
  ) {
    super();
    this.part = zip.part();
  }

  write(data: string | Uint8Array | { toBuffer(): Uint8Array }): boolean {
    this.part.write(typeof data === "string" || data instanceof Uint8Array ? data : data.toBuffer());
    return true;
  }

  pause(): this {
    return this;
  }

  end(): void {
    // As the library's own stream: "finish", then "zipped" once the part is in the file.
    this.zip.add(this.name, this.part, () => {
      this.emit("finish");
      this.emit("zipped");
    });
  }
}

/**
 * The shared strings as the library writes them (its SharedStringsXform: count and uniqueCount both
 * the number of strings, xml:space="preserve" on text with outer space or a line break), written
 * string by string into the part: at 100,000 rows its own writer built them as one document in
 * memory first. Every text is already safe for XML (xlsxText).
 */
function sharedStringsPart(values: unknown[], zip: ZipFile): void {
  if (values.length === 0) return;
  const part = zip.part();
  part.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${values.length}" uniqueCount="${values.length}">`);
  for (const value of values) {
    // For developers: only plain text is written as a shared string here (rich text is not).
    if (typeof value !== "string") throw new Error("Bản Phụ lục này ghi tệp .xlsx khác dự kiến (phần chuỗi dùng chung): cài lại Phụ lục.");
    part.write(/^\s|\n|\s$/.test(value) ? `<si><t xml:space="preserve">${xml(value)}</t></si>` : `<si><t>${xml(value)}</t></si>`);
  }
  part.write("</sst>");
  zip.add("xl/sharedStrings.xml", part);
}

/**
 * Every part the streaming writer makes goes into the native zip: whole parts through `zip.append`,
 * sheets and their parts through `_openStream`; the theme and package relationships it added when
 * it was made are added again. For developers: a library that writes parts otherwise fails here.
 */
function useNativeZip(book: ExcelJS.stream.xlsx.WorkbookWriter, zip: ZipFile): void {
  const writer = book as unknown as ZipUser;
  if (typeof writer._openStream !== "function" || typeof writer._finalize !== "function" || typeof writer.addThemes !== "function" || typeof writer.addOfficeRels !== "function" || typeof writer.addSharedStrings !== "function" || !Array.isArray(writer.sharedStrings?.values) || !("zip" in writer)) {
    throw new Error("Bản Phụ lục này ghi tệp .xlsx khác dự kiến (phần nén tệp): cài lại Phụ lục.");
  }
  writer.zip = {
    append(data: unknown, options: { name: string }) {
      if (typeof data !== "string" && !(data instanceof Uint8Array)) throw new Error("Bản Phụ lục này ghi tệp .xlsx khác dự kiến (phần nén tệp): cài lại Phụ lục.");
      zip.addWhole(options.name, data);
    },
  };
  writer._openStream = (name) => new PartStream(zip, name);
  writer.addSharedStrings = async () => sharedStringsPart(writer.sharedStrings.values, zip);
  writer.promise = Promise.all([writer.addThemes(), writer.addOfficeRels()]);
  writer._finalize = async () => {
    await zip.finish();
    return book;
  };
}

const EMPTY_CALC = '<calcPr calcId="171027"/>';

/**
 * The streaming writer always writes an empty calcPr; like renderWorkbook, the file asks Excel and
 * LibreOffice to recalculate on opening (cached results are the core's). Its workbook part is
 * rewritten as it goes into the zip; an ExcelJS that writes calcPr differently fails here, loudly.
 */
function recalculateOnLoad(book: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const zip = Reflect.get(book, "zip") as { append(data: unknown, options: { name: string }): unknown };
  const append = zip.append.bind(zip);
  zip.append = (data, options) => {
    if (options.name !== "/xl/workbook.xml") return append(data, options);
    const xml = String(data);
    // For developers: the library writing .xlsx changed how it writes calcPr; this file must follow it.
    if (!xml.includes(EMPTY_CALC)) throw new Error("Bản Phụ lục này ghi tệp .xlsx khác dự kiến (phần tính lại công thức khi mở tệp): cài lại Phụ lục.");
    return append(xml.replace(EMPTY_CALC, '<calcPr calcId="171027" fullCalcOnLoad="1"/>'), options);
  };
}

function writeSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet, styles: Map<string, Partial<ExcelJS.Style>>, active: boolean): void {
  const options: Partial<ExcelJS.AddWorksheetOptions> = { state: sheet.visibility, views: [sheetView(sheet, active)] };
  if (sheet.page) {
    options.pageSetup = pageSetupOf(sheet.page);
    const footer = headerFooterOf(sheet.page);
    if (footer) options.headerFooter = footer;
  }
  const ws = book.addWorksheet(sheet.name, options) as unknown as Writer;
  // addWorksheet merges its defaults (fit to 1×1 page, DPI) into the page setup; the in-memory
  // writer writes exactly what it is given, and so does this one.
  if (sheet.page) ws.pageSetup = pageSetupOf(sheet.page);
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

  const runs = sharedRuns(sheet);
  numberSharedFormulas(ws, runs);
  const direct = directRows(book, ws, runs, styles);

  // Rows a merge touches stay open until the merges are applied; every other row is committed as soon as it is written.
  const areas = sheet.merges.map((ref) => parseArea(ref)).filter((area) => area !== null);
  const lastMerged = areas.reduce((last, area) => Math.max(last, area.bottom), 0);
  const rowCount = Math.max(sheet.rows.length, lastMerged);
  const breaks = new Set((sheet.rowBreaks ?? []).filter((row) => row > 1));
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.rows[r - 1];
    if (row !== undefined && r > lastMerged && direct.ready() && plainRow(row)) {
      direct.write(row, r, breaks.has(r + 1));
      continue;
    }
    const xlRow = ws.getRow(r);
    if (row !== undefined) {
      if (row.height !== undefined) xlRow.height = row.height;
      if (row.hidden) xlRow.hidden = true;
      row.cells.forEach((cell, c) => {
        if (cell) writeCell(xlRow.getCell(c + 1), cell, styles, cell.pattern === undefined ? null : runs.at(r, c + 1));
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
    // ExcelJS breaks after a row; the description names the row that starts the page.
    if (breaks.has(r + 1)) xlRow.addPageBreak();
    if (r >= lastMerged) xlRow.commit();
  }
  ws.commit();
}

interface RowWriter {
  _writeRow(row: ExcelJS.Row): void;
  _siFormulae: number;
  _formulae: Record<string, { ref?: string; shareType?: string; si?: number }>;
  _rows: unknown[];
  _rowZero: number;
  rowBreaks: { id: number; max: number; man: number }[];
  startedData: boolean;
  stream: { write(text: string): void };
}

/** Only the first cells of runs still open after `row` stay known to the writer. */
function closeRuns(writer: RowWriter, row: number): void {
  const open: RowWriter["_formulae"] = {};
  for (const [address, model] of Object.entries(writer._formulae)) {
    const last = model.shareType === "shared" && model.ref !== undefined ? Number(/(\d+)$/.exec(model.ref)?.[1]) : 0;
    if (last > row) open[address] = model;
  }
  writer._formulae = open;
}

/**
 * Plain rows written straight into the sheet's stream (rowXml.ts), once every row before them is:
 * the same style ids, shared strings and shared formula numbers as ExcelJS's rows around them.
 */
function directRows(book: ExcelJS.stream.xlsx.WorkbookWriter, ws: Writer, runs: SharedRuns, styles: Map<string, Partial<ExcelJS.Style>>) {
  const writer = ws as unknown as RowWriter;
  const workbook = book as unknown as { styles: { addStyleModel(style: Partial<ExcelJS.Style>, type: number): number }; sharedStrings: { add(text: string): number } };
  // For developers: the library writing .xlsx changed its streaming writer; this file must follow it.
  if (!Array.isArray(writer._rows) || !Array.isArray(writer.rowBreaks) || typeof writer._rowZero !== "number" || typeof writer.stream?.write !== "function" || typeof workbook.styles?.addStyleModel !== "function" || typeof workbook.sharedStrings?.add !== "function") {
    throw new Error("Bản Phụ lục này ghi tệp .xlsx khác dự kiến (phần ghi từng dòng): cài lại Phụ lục.");
  }
  const ids = new Map<string, number[]>();
  // The first cells of runs written here, by the last row of their run: forgotten after it.
  const closing = new Map<number, string[]>();
  const tables: RowTables = {
    styleId(style, type) {
      let byType = ids.get(style);
      if (byType === undefined) ids.set(style, (byType = []));
      let id = byType[type];
      if (id === undefined) {
        id = workbook.styles.addStyleModel(styles.get(style) ?? {}, type);
        byType[type] = id;
      }
      return id;
    },
    sharedString: (text) => workbook.sharedStrings.add(text),
    sharing(row, column) {
      const sharing = runs.at(row, column);
      if (sharing === null) return { sharing, si: 0 };
      if ("ref" in sharing) {
        const si = writer._siFormulae++;
        // Known to the writer too, for a row of the run that ExcelJS writes.
        const address = cellRef(row, column);
        writer._formulae[address] = { si, shareType: "shared", ref: sharing.ref };
        const last = Number(/(\d+)$/.exec(sharing.ref)?.[1]);
        const list = closing.get(last);
        if (list) list.push(address);
        else closing.set(last, [address]);
        return { sharing, si };
      }
      const si = writer._formulae[sharing.master]?.si;
      // For developers: a run's first cell is always written before the others.
      if (si === undefined) throw new Error(`Công thức dùng chung ở ${cellRef(row, column)} không tìm thấy ô đầu ${sharing.master}.`);
      return { sharing, si };
    },
  };
  return {
    /** Every row before is written, and the sheet's data has begun. */
    ready: () => writer.startedData && writer._rows.length === 0,
    /** `pageBreak`: a page ends after it (as ExcelJS's addPageBreak records it). */
    write(row: Row, number: number, pageBreak: boolean) {
      if (pageBreak) writer.rowBreaks.push({ id: number, max: 16838, man: 1 });
      const xml = rowXml(row, number, tables);
      if (xml !== "") writer.stream.write(xml);
      for (const address of closing.get(number) ?? []) delete writer._formulae[address];
      closing.delete(number);
      // Rows ExcelJS makes later are counted from the next one, as if it had written this one.
      writer._rowZero = number + 1;
    },
  };
}

/**
 * ExcelJS 4.4's streaming writer numbers shared formulas row by row (each row's options get a copy
 * of its counter, so every run would be numbered 0) and keeps every formula cell's model until the
 * sheet is done. Here the counter goes on from row to row, and only the first cells of runs still
 * open are kept for the rows that point at them.
 */
function numberSharedFormulas(ws: Writer, runs: SharedRuns): void {
  const writer = ws as unknown as RowWriter;
  // For developers: the library writing .xlsx changed its streaming writer; this file must follow it.
  if (typeof writer._writeRow !== "function" || typeof writer._siFormulae !== "number" || typeof writer._formulae !== "object") {
    throw new Error("Bản Phụ lục này ghi tệp .xlsx khác dự kiến (phần công thức dùng chung): cài lại Phụ lục.");
  }
  const write = writer._writeRow.bind(writer);
  writer._writeRow = (row) => {
    write(row);
    writer._siFormulae += runs.startsIn(row.number);
    closeRuns(writer, row.number);
  };
}
