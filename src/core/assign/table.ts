/**
 * The blank "Giao chỉ tiêu" table the office fills with each commune's own targets: communes as
 * rows (typed by the officer, or listed beforehand), indicators as columns with STT, name and unit
 * in the header rows, and the plan's own target above the communes for reference. A hidden row
 * carries each column's indicator code, so the table is read back by code whatever the officer does
 * to the visible headers; a hand-made table (or ours transposed) is read by STT and name (read.ts).
 */
import { annexTitle } from "../annex/heading";
import { fitRowHeights } from "../annex/rowHeights";
import { cellRef, columnLetter, rangeRef, type Cell, type DataValidation, type Row, type Sheet, type Style, type Workbook } from "../annex/sheet";
import { ANNEX_STYLES, printedWidthMm } from "../annex/styles";
import { widePrint } from "../annex/widePrint";
import { headingLine, type Plan } from "../model";
import { shorten } from "../vn";
import { assignedIndicators, type AssignedIndicator } from "./columns";

export const ASSIGN_SHEET_NAME = "Giao chỉ tiêu";
/** The first cell of the hidden codes row: how the reader knows the table is ours. */
export const CODES_MARK = "Mã chỉ tiêu";
export const NAME_HEADER = "Tên đơn vị (xã, phường, đặc khu)";
export const REFERENCE_LABEL = "Chỉ tiêu chung của kế hoạch";

/** Where things are, for the reader and the tests. */
export const ASSIGN_LAYOUT = { sectionRow: 5, sttRow: 6, nameRow: 7, unitRow: 8, referenceRow: 9, codesRow: 10, firstCommuneRow: 11, sttColumn: 1, nameColumn: 2, firstIndicatorColumn: 3 } as const;

/** Rows left for typing when no list of communes is given; more can be inserted anywhere. */
export const BLANK_ROWS = 30;
const INDICATOR_WIDTH = 15;
const HEADER_NAME_LIMIT = 90;
/** The printable width of an A4 landscape page less the columns repeated on each (STT and name). */
const BANNER_MM = 297 - 30 - 15 - 60;

export interface AssignTableOptions {
  /** Communes written in the table beforehand (the list the office keeps); none: blank rows to type them in. */
  communes?: readonly string[];
}

const FONT = "Times New Roman";
const ASSIGN_STYLES: Record<string, Style> = {
  ...ANNEX_STYLES,
  guidance: { font: { name: FONT, size: 12, italic: true }, alignment: { horizontal: "left", vertical: "top", wrapText: true } },
  reference: { font: { name: FONT, size: 11, italic: true }, alignment: { horizontal: "center", vertical: "middle", wrapText: true }, border: true, fill: "F2F2F2", numFmt: "@" },
  referenceLabel: { font: { name: FONT, size: 11, italic: true, bold: true }, alignment: { horizontal: "left", vertical: "middle", wrapText: true }, border: true, fill: "F2F2F2", numFmt: "@" },
  indicatorName: { font: { name: FONT, size: 10, bold: true }, alignment: { horizontal: "center", vertical: "middle", wrapText: true }, border: true, fill: "F2F2F2" },
  communeName: { font: { name: FONT, size: 12 }, alignment: { horizontal: "left", vertical: "middle", wrapText: true }, border: true, fill: "FFF9E5", numFmt: "@" },
};

const PROMPT_TITLE = "Chỉ tiêu giao cho đơn vị";
const PROMPT_TAIL = "Ghi như văn bản giao: 45,5 hoặc từ 90% trở lên hoặc Đạt chuẩn NTM. Để trống: không giao chỉ tiêu này cho đơn vị.";
const PROMPT_LIMIT = 255;

function promptFor(item: AssignedIndicator): { title: string; message: string } {
  const unit = item.unit === null ? "" : ` (ĐVT: ${item.unit})`;
  const room = PROMPT_LIMIT - PROMPT_TAIL.length - unit.length - 6;
  return { title: PROMPT_TITLE, message: `${headingLine(item, null, Math.max(20, room))}${unit}. ${PROMPT_TAIL}` };
}

/** The blank table as a workbook description (hosts render it: xlsx/assignFile.ts, the pane). */
export function assignTable(plan: Plan, options: AssignTableOptions = {}): Workbook {
  const items = assignedIndicators(plan);
  const L = ASSIGN_LAYOUT;
  const communes = options.communes ?? [];
  const communeRows = communes.length > 0 ? communes.length : BLANK_ROWS;
  const lastColumn = L.firstIndicatorColumn + items.length - 1;
  const lastRow = L.firstCommuneRow + communeRows - 1;
  const rows: Row[] = [];
  const put = (row: number, column: number, cell: Cell) => {
    const target = (rows[row - 1] ??= { cells: [] });
    target.cells[column - 1] = cell;
  };
  const merges: string[] = [];
  const columns = [{ width: 6 }, { width: 26 }, ...items.map(() => ({ width: INDICATOR_WIDTH }))];
  // The header rows (section, STT, a name of a few lines, unit, reference) and one line per commune.
  const heights = [20, 40, 60, undefined, 30, 18, 80, 17, 30, 0, ...Array.from({ length: communeRows }, () => 18)];
  // Columns widened so that pages break where the section titles are split, in Excel as in LibreOffice.
  const print = widePrint({ columns, titleRows: { from: L.sectionRow, to: L.codesRow }, rowLabels: { from: L.sttColumn, to: L.nameColumn }, rowHeights: heights, group: 1 });
  const page = print.page;
  columns.splice(0, columns.length, ...print.columns);
  // Title lines start after the columns repeated on every page, so a wide table does not print a slice of them on each…
  const bannerFrom = page.printTitleColumns ? L.firstIndicatorColumn : 1;
  // …and end within the first page, so they wrap there instead of being cut between pages.
  let bannerTo = bannerFrom;
  if (page.printTitleColumns) bannerTo = Math.max(bannerFrom + 2, print.firstPageTo);
  else while (bannerTo < Math.max(lastColumn, bannerFrom + 4) && printedWidthMm(columns.slice(bannerFrom - 1, bannerTo + 1)) <= BANNER_MM) bannerTo++;
  const banner = (row: number, cell: Cell) => {
    put(row, bannerFrom, cell);
    merges.push(rangeRef(row, bannerFrom, row, bannerTo));
  };
  banner(1, { value: "BẢNG GIAO CHỈ TIÊU CHỦ YẾU CHO CÁC ĐƠN VỊ CẤP XÃ", style: "title" });
  banner(2, { value: `${annexTitle(plan)} (${plan.issuer.name}: ${plan.title})`, style: "attached" });
  banner(
    3,
    {
      value:
        `Mỗi dòng một đơn vị: ghi tên đơn vị ở cột «${NAME_HEADER}», rồi chỉ tiêu giao cho đơn vị ở cột của từng chỉ tiêu, như văn bản giao ghi ` +
        `(45,5; từ 90% trở lên; Đạt chuẩn NTM), theo đơn vị tính ghi ở đầu cột. Ô để trống: không giao chỉ tiêu đó cho đơn vị. ` +
        `Dòng «${REFERENCE_LABEL}» để đối chiếu, không phải giao.`,
      style: "guidance",
    },
  );

  put(L.sectionRow, L.sttColumn, { value: "STT", style: "header" });
  put(L.sectionRow, L.nameColumn, { value: NAME_HEADER, style: "header" });
  for (const column of [L.sttColumn, L.nameColumn]) {
    for (let r = L.sectionRow + 1; r <= L.unitRow; r++) put(r, column, { value: null, style: "header" });
    merges.push(rangeRef(L.sectionRow, column, L.unitRow, column));
  }
  // The section over its indicators' columns, so "1" under I and "1" under II are told apart.
  let start = 0;
  items.forEach((item, i) => {
    const column = L.firstIndicatorColumn + i;
    const section = item.placed.section;
    put(L.sttRow, column, { value: item.stt, style: "header" });
    // A long name keeps the header a few lines tall; the whole name is in the cell's note.
    const shown = shorten(item.name, HEADER_NAME_LIMIT);
    put(L.nameRow, column, { value: shown, style: "indicatorName", ...(shown === item.name ? {} : { note: item.name }) });
    put(L.unitRow, column, { value: item.unit ?? "", style: "headerNumber" });
    put(L.referenceRow, column, { value: item.placed.indicator.target ?? "", style: "reference" });
    put(L.codesRow, column, { value: item.code, style: "hidden" });
    const next = items[i + 1];
    // A section's title over its columns, and again over its columns on each later page: a title
    // merged across a page break prints on the first of its pages only.
    const pageEnds = column === lastColumn || print.pageEnds.includes(column);
    if (next === undefined || next.placed.sectionIndex !== item.placed.sectionIndex || pageEnds) {
      const from = L.firstIndicatorColumn + start;
      const title = section.code === null ? section.title : `${section.code}. ${section.title}`;
      const continued = start > 0 && items[start - 1]?.placed.sectionIndex === item.placed.sectionIndex;
      put(L.sectionRow, from, { value: continued ? `${title} (tiếp theo)` : title, style: "section" });
      for (let c = from + 1; c <= column; c++) put(L.sectionRow, c, { value: null, style: "section" });
      if (column > from) merges.push(rangeRef(L.sectionRow, from, L.sectionRow, column));
      start = i + 1;
    }
  });
  put(L.referenceRow, L.sttColumn, { value: null, style: "reference" });
  put(L.referenceRow, L.nameColumn, { value: REFERENCE_LABEL, style: "referenceLabel" });
  put(L.codesRow, L.sttColumn, { value: CODES_MARK, style: "hidden" });
  put(L.codesRow, L.nameColumn, { value: plan.id, style: "hidden" });

  for (let k = 0; k < communeRows; k++) {
    const r = L.firstCommuneRow + k;
    put(r, L.sttColumn, { value: k + 1, style: "center" });
    put(r, L.nameColumn, { value: communes[k] ?? null, style: "communeName" });
    for (let c = L.firstIndicatorColumn; c <= lastColumn; c++) put(r, c, { value: null, style: "input" });
  }
  const validations: DataValidation[] = [
    {
      range: rangeRef(L.firstCommuneRow, L.nameColumn, lastRow, L.nameColumn),
      type: "any",
      prompt: { title: "Tên đơn vị", message: "Ghi đủ tên như «Xã An Bình», «Phường 1»: mỗi đơn vị một dòng, không ghi trùng. Tên này in trên phụ lục và đặt tên tệp của đơn vị." },
    },
    ...items.map((item, i): DataValidation => {
      const column = L.firstIndicatorColumn + i;
      return { range: `${cellRef(L.firstCommuneRow, column)}:${columnLetter(column)}${lastRow}`, type: "any", prompt: promptFor(item) };
    }),
  ];
  const filled = Array.from({ length: rows.length }, (_, i) => rows[i] ?? { cells: [] });
  (filled[L.codesRow - 1] as Row).hidden = true;
  const sheet: Sheet = {
    name: ASSIGN_SHEET_NAME,
    visibility: "visible",
    columns,
    rows: filled,
    merges,
    frozen: { rows: L.codesRow, columns: L.nameColumn },
    validations,
    conditionalFormats: [],
    page,
  };
  fitRowHeights(sheet, ASSIGN_STYLES);
  return { sheets: [sheet], activeSheet: ASSIGN_SHEET_NAME, styles: ASSIGN_STYLES, definedNames: [], properties: { title: `Giao chỉ tiêu: ${plan.title}`, creator: "Phụ lục" } };
}
