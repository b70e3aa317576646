import type { AnnexOptions, AnnexReading, GenerationMode, Workbook } from "../core/annex";
import type { ActualCell } from "../core/check";
import type { Plan } from "../core/model";

/**
 * What the task pane needs from wherever the annex lives: the open Excel workbook (Office.js) or
 * a file in the browser (ExcelJS). The core decides everything (layout, what to keep, verdicts);
 * a host only reads and writes cells.
 */
export interface GenerateOutcome {
  sheetName: string;
  /** Vietnamese notes from the core's generation plan (entries kept, old sheet renamed). */
  notes: string[];
  /** Features left out because the Excel version lacks them, in Vietnamese ("Kiểm tra dữ liệu nhập (ExcelApi 1.8)"). */
  skipped: string[];
}

/** An actuals cell an officer changed, read back by the host; the pane assesses it with the core. */
export interface ActualChange {
  code: string;
  cell: ActualCell;
  /** 1-based row where it was typed. */
  row: number;
}

/** Sheets added beside what the workbook holds (a consolidation's "Tổng hợp" and "Tình hình báo cáo"). */
export interface SheetsOutcome {
  /** The names the sheets got, in the description's order: "Tổng hợp 2" when "Tổng hợp" was taken. */
  sheetNames: string[];
  /** Sheets of the description whose name the workbook already had; those sheets were left as they were. */
  taken: string[];
  /** Features left out because the Excel version lacks them, in Vietnamese. */
  skipped: string[];
}

export interface AnnexHost {
  kind: "excel" | "file";
  /** The annex in the current workbook or file, or null when there is none. */
  readAnnex(): Promise<AnnexReading | null>;
  /** Writes the annex of `plan`; when one exists, `mode` says whether to update it or add a sheet. */
  generate(plan: Plan, options: AnnexOptions, mode: GenerationMode): Promise<GenerateOutcome>;
  /**
   * Keeps the review findings marked "đã xem" (their keys, check/review/seen.ts) in the annex's
   * model sheet, so they stop coming back for this workbook. Only the marks' cell is written.
   */
  markSeen(seen: readonly string[]): Promise<void>;
  /** Shows an indicator's row (Excel: selects its actuals cell). */
  select(code: string): Promise<void>;
  /** Live checking: called with the actuals cells that changed, by code; returns an unsubscribe function. */
  onActualsChanged?(listener: (changes: ActualChange[]) => void): Promise<() => void>;
  /**
   * Live workbooks only: adds the sheets of `workbook` to the open workbook, each under a free name,
   * never over an existing sheet. (A file host hands the description out as a new file instead.)
   */
  writeSheets?(workbook: Workbook): Promise<SheetsOutcome>;
}
