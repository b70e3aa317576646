/**
 * Which Excel JavaScript API requirement sets the running Excel has, and the Vietnamese names of
 * what the annex loses without them. The add-in's baseline is ExcelApi 1.7 (Excel 2019, Excel on
 * the web): worksheet events, freeze panes and custom conditional formats. Newer sets only add
 * polish, so an older Excel still gets a working annex and the pane says what was left out.
 */
import type { Workbook } from "../../core/annex/sheet";

/** Office.context.requirements.isSetSupported, injected so tests can emulate any Excel. */
export type IsSetSupported = (name: string, version: string) => boolean;

export const BASELINE_VERSION = "1.7";

export interface ApiSupport {
  /** Data validation (ExcelApi 1.8). */
  dataValidation: boolean;
  /** Worksheet.showGridlines (ExcelApi 1.8). */
  gridlines: boolean;
  /** Worksheet.pageLayout: paper, margins, print titles, footer, fit to width (ExcelApi 1.9). */
  pageLayout: boolean;
  /** RangeFormat.indentLevel (ExcelApi 1.9). */
  indent: boolean;
  /** Worksheet.horizontalPageBreaks: the core's page breaks, so a section heading never ends a page (ExcelApi 1.9). */
  pageBreaks: boolean;
}

/**
 * What a feature needs and how the pane names it when it is left out: by what the officer loses
 * and the Excel that has it, never by the requirement set's name (ExcelApi 1.8 is Excel 2019's,
 * 1.9 came after it: Excel 2021, Microsoft 365, Excel on the web).
 */
export const FEATURES = {
  dataValidation: { version: "1.8", label: "Kiểm tra dữ liệu nhập ở cột số liệu (cần Excel 2019 trở lên)" },
  gridlines: { version: "1.8", label: "Ẩn đường lưới của trang tính (cần Excel 2019 trở lên)" },
  pageLayout: { version: "1.9", label: "Khổ giấy, lề, dòng tiêu đề in lặp lại (cần Excel 2021, Microsoft 365 hoặc Excel trên web)" },
  indent: { version: "1.9", label: "Thụt lề tên chỉ tiêu thành phần (cần Excel 2021, Microsoft 365 hoặc Excel trên web)" },
  pageBreaks: {
    version: "1.9",
    label: "Ngắt trang để tên mục không nằm cuối trang in; khi in, xem trước và chèn ngắt trang bằng tay nếu cần (cần Excel 2021, Microsoft 365 hoặc Excel trên web)",
  },
} as const satisfies Record<keyof ApiSupport, { version: string; label: string }>;

export class ExcelTooOldError extends Error {
  constructor() {
    super(
      // ExcelApi ${BASELINE_VERSION}: people know Excel by its version, not by the requirement set.
      "Phiên bản Excel này quá cũ, Phụ lục cần Excel 2019 trở lên. " +
        "Dùng Excel 2019, Excel 2021, Microsoft 365 hoặc Excel trên web; hoặc dùng chế độ tệp (tạo tệp .xlsx rồi mở bằng Excel).",
    );
    this.name = "ExcelTooOldError";
  }
}

export function apiSupport(isSetSupported: IsSetSupported): ApiSupport {
  if (!isSetSupported("ExcelApi", BASELINE_VERSION)) throw new ExcelTooOldError();
  const has = (version: string) => isSetSupported("ExcelApi", version);
  return {
    dataValidation: has(FEATURES.dataValidation.version),
    gridlines: has(FEATURES.gridlines.version),
    pageLayout: has(FEATURES.pageLayout.version),
    indent: has(FEATURES.indent.version),
    pageBreaks: has(FEATURES.pageBreaks.version),
  };
}

/** The features this workbook description uses that this Excel cannot apply, in Vietnamese. */
export function skippedFeatures(workbook: Workbook, support: ApiSupport): string[] {
  const used: Record<keyof ApiSupport, boolean> = {
    dataValidation: workbook.sheets.some((sheet) => sheet.validations.length > 0),
    gridlines: workbook.sheets.some((sheet) => sheet.gridLines !== undefined),
    pageLayout: workbook.sheets.some((sheet) => sheet.page !== undefined),
    indent: [...usedStyles(workbook)].some((key) => (workbook.styles[key]?.alignment?.indent ?? 0) > 0),
    pageBreaks: workbook.sheets.some((sheet) => (sheet.rowBreaks?.length ?? 0) > 0),
  };
  return (Object.keys(FEATURES) as (keyof ApiSupport)[]).filter((key) => used[key] && !support[key]).map((key) => FEATURES[key].label);
}

function usedStyles(workbook: Workbook): Set<string> {
  const keys = new Set<string>();
  for (const sheet of workbook.sheets) for (const row of sheet.rows) for (const cell of row.cells) if (cell?.style !== undefined) keys.add(cell.style);
  return keys;
}
