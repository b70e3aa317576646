/**
 * Excel's limits, in one table for every host that writes a workbook (the .xlsx files, live
 * Excel): past them Excel repairs or refuses the file, or Office.js rejects the request. The
 * core keeps within them where it can (row heights are capped, see rowHeights.ts) and refuses,
 * naming the row, what it cannot shorten on the user's behalf (a text longer than a cell holds).
 */
import { formatNumber } from "../vn/numbers";
import { cellRef, type Workbook } from "./sheet";

export const EXCEL_LIMITS = {
  /** Characters in a sheet's name. */
  sheetName: 31,
  /** Characters in one cell (and in a cell's note). */
  cellText: 32_767,
  /** Characters in a formula. */
  formula: 8_192,
  /** Points: the tallest row Excel draws. */
  rowHeight: 409,
  /** Characters. */
  columnWidth: 255,
  rows: 1_048_576,
  columns: 16_384,
  validationTitle: 32,
  validationPrompt: 255,
  validationError: 225,
  /** Characters of a list validation's values joined by commas. */
  listSource: 255,
  /** Characters of a header or footer. */
  footer: 255,
  /** Characters of a defined name. */
  definedName: 255,
} as const;

/** What the user must shorten before the workbook can be written; each problem names its row. */
export class ExcelLimitError extends Error {
  constructor(readonly problems: string[]) {
    super(`Không ghi được bảng tính vì có nội dung vượt giới hạn của Excel:\n- ${problems.join("\n- ")}`);
    this.name = "ExcelLimitError";
  }
}

/**
 * Limits the content of a workbook can break (text from plans, from officers and communes), with
 * messages naming the sheet, the cell and the row's indicator (Row.label). Empty when it fits.
 */
export function excelLimitProblems(workbook: Workbook): string[] {
  const problems: string[] = [];
  const n = (value: number) => formatNumber(value, { decimals: 0 });
  for (const sheet of workbook.sheets) {
    if (sheet.rows.length > EXCEL_LIMITS.rows) {
      problems.push(`Trang "${sheet.name}" cần ${n(sheet.rows.length)} dòng; Excel chỉ có ${n(EXCEL_LIMITS.rows)} dòng. Chia kế hoạch thành nhiều phụ lục.`);
    }
    if (sheet.columns.length > EXCEL_LIMITS.columns) {
      problems.push(`Trang "${sheet.name}" cần ${n(sheet.columns.length)} cột; Excel chỉ có ${n(EXCEL_LIMITS.columns)} cột. Tổng hợp ít đơn vị hơn mỗi lần.`);
    }
    const tooLong = (text: unknown): text is string => typeof text === "string" && text.length > EXCEL_LIMITS.cellText;
    sheet.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        // A 100,000-row annex has millions of cells: nothing is allocated for one that fits.
        if (!cell || !(tooLong(cell.value) || tooLong(cell.note))) return;
        const text = tooLong(cell.value) ? cell.value : (cell.note as string);
        const who = row.label === undefined ? "" : ` (${row.label})`;
        problems.push(
          `Trang "${sheet.name}", ô ${cellRef(r + 1, c + 1)}${who}: văn bản dài ${n(text.length)} ký tự, một ô Excel chứa tối đa ${n(EXCEL_LIMITS.cellText)}. Rút gọn nội dung này rồi làm lại.`,
        );
      });
    });
  }
  return problems;
}

/** Throws ExcelLimitError when the workbook's content is past Excel's limits; hosts call it before writing. */
export function assertWithinExcelLimits(workbook: Workbook): void {
  const problems = excelLimitProblems(workbook);
  if (problems.length > 0) throw new ExcelLimitError(problems);
}
