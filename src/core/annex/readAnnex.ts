import type { ActualCell } from "../check";
import { placedIndicators, type Plan } from "../model";
import { HEADER } from "./columns";
import { defaultActualsLabel } from "./heading";
import { ANNEX_SHEET_NAME } from "./layout";
import { MODEL_SHEET_NAME, readModelSheet } from "./modelSheet";
import type { AnnexOptions } from "./options";
import type { CellValue } from "./sheet";
import { applySheetEdits, sheetEdits, type SheetEdit } from "./sheetEdits";

/** The cells of a workbook as a host reads them: plain values, a formula's cached result. */
export interface ReadCell {
  value: CellValue;
  numFmt?: string | null;
}

export interface ReadSheet {
  name: string;
  rows: (ReadCell | null | undefined)[][];
}

/** An officer's entries in one row of a filled annex. */
export interface ReadEntry {
  actual: ActualCell;
  note: CellValue;
  /** 1-based row where the entry was found. */
  row: number;
}

export type AnnexReading =
  | {
      ok: true;
      /**
       * The plan as the sheet states it: the model sheet's plan with the officer's edits in the
       * sheet's own cells (names, units, targets, agencies), so nothing is judged by an older value.
       */
      plan: Plan;
      /** The plan as the model sheet records it; differs from `plan` by `edits` until they are applied (absent: the same). */
      model?: Plan;
      /** Cells the officer changed in the sheet since it was generated, by row (absent: none). */
      edits?: SheetEdit[];
      options: AnnexOptions;
      sheetName: string;
      /** By indicator code. */
      entries: Map<string, ReadEntry>;
      /** Where the columns were found (1-based), for hosts that select or write cells. */
      columns: { code: number; actual: number; note: number | null; headerRow: number };
      /** Vietnamese: rows deleted, codes found twice. */
      warnings: string[];
    }
  | { ok: false; error: string };

const NOT_AN_ANNEX =
  "Tệp không phải phụ lục do Phụ lục tạo (không có trang mô hình kế hoạch). Tạo phụ lục bằng `phuluc generate` hoặc nút \"Tạo phụ lục\", rồi nhập số liệu vào tệp đó.";

/**
 * Reads a filled annex back: the plan from the model sheet, then each row's entries by the code in
 * its hidden column, found by header text, so rows and columns may have been inserted, deleted or
 * sorted since the annex was generated.
 */
export function readAnnex(sheets: readonly ReadSheet[]): AnnexReading {
  const model = sheets.find((s) => s.name === MODEL_SHEET_NAME);
  if (model === undefined) return { ok: false, error: NOT_AN_ANNEX };
  const modelRead = readModelSheet(model.rows.map((row) => row.map((cell) => cell?.value ?? null)));
  if (!modelRead.ok) return modelRead;
  const { plan, options } = modelRead;
  const actualsLabel = options.actualsLabel ?? defaultActualsLabel(plan, options.against);

  // The sheet the model describes first, then "Phụ lục I", then any other (e.g. a renamed copy);
  // a kept previous version ("Phụ lục I (bản trước)") is not the model's.
  const rank = (name: string) => (name === modelRead.annexSheet ? 0 : name === ANNEX_SHEET_NAME ? 1 : 2);
  const ordered = [...sheets].sort((a, b) => rank(a.name) - rank(b.name));
  for (const sheet of ordered) {
    if (sheet.name === MODEL_SHEET_NAME) continue;
    const found = findHeader(sheet, actualsLabel);
    if (found === null) continue;
    const read = readRows(sheet, found, plan);
    const rowOf = new Map([...read.entries].map(([code, entry]) => [code, entry.row]));
    const edits = sheetEdits(plan, options, sheet, { headerRow: found.headerRow, rowOf });
    return { ok: true, plan: applySheetEdits(plan, edits), model: plan, edits, options, sheetName: sheet.name, ...read };
  }
  return {
    ok: false,
    error: `Không tìm thấy bảng phụ lục (dòng tiêu đề có cột "${HEADER.code}" và "${actualsLabel}"): có thể trang "Phụ lục I" đã bị xóa hoặc tiêu đề cột bị sửa.`,
  };
}

const text = (cell: ReadCell | null | undefined) => (typeof cell?.value === "string" ? cell.value.trim() : "");

function findHeader(sheet: ReadSheet, actualsLabel: string) {
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const code = row.findIndex((c) => text(c) === HEADER.code);
    if (code < 0) continue;
    let actual = row.findIndex((c) => text(c) === actualsLabel);
    if (actual < 0) {
      // The label was edited: the actuals column is the one just before "% so với KH".
      const percent = row.findIndex((c) => text(c) === HEADER.percent);
      actual = percent > 0 ? percent - 1 : -1;
    }
    if (actual < 0) continue;
    const note = row.findIndex((c) => text(c) === HEADER.note);
    return { headerRow: r + 1, code: code + 1, actual: actual + 1, note: note < 0 ? null : note + 1 };
  }
  return null;
}

function readRows(sheet: ReadSheet, columns: { headerRow: number; code: number; actual: number; note: number | null }, plan: Plan) {
  const known = new Set(placedIndicators(plan).map((p) => p.indicator.code));
  const entries = new Map<string, ReadEntry>();
  const warnings: string[] = [];
  for (let r = columns.headerRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const code = text(row[columns.code - 1]);
    if (!known.has(code)) continue;
    const cell = row[columns.actual - 1];
    const entry: ReadEntry = {
      actual: { value: cell?.value ?? null, numFmt: cell?.numFmt ?? null },
      note: columns.note === null ? null : (row[columns.note - 1]?.value ?? null),
      row: r + 1,
    };
    const earlier = entries.get(code);
    if (earlier !== undefined) {
      warnings.push(`Mã chỉ tiêu ${code} có ở cả dòng ${earlier.row} và dòng ${r + 1}: dùng số liệu ở dòng ${earlier.row}; xóa dòng thừa.`);
      continue;
    }
    entries.set(code, entry);
  }
  const missing = [...known].filter((code) => !entries.has(code));
  if (missing.length > 0) {
    warnings.push(`Không thấy dòng của ${missing.length} chỉ tiêu (có thể đã bị xóa): ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", …" : ""}.`);
  }
  return { entries, columns, warnings };
}
