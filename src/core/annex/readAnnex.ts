import type { ActualCell } from "../check";
import { placedIndicators, rowName, type Placed, type Plan } from "../model";
import { foldVietnamese } from "../vn";
import { columnPlan } from "./columns";
import { agencyCell, workingAgencyText } from "./agencyCell";
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
  /** "Thực hiện cùng kỳ năm trước", when the annex has that column. */
  lastYear?: ActualCell;
  note: CellValue;
  /** The agency cell's text when the officer changed it (confirmed or corrected a suggestion). */
  agency?: string;
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
      columns: { code: number; actual: number; note: number | null; agency: number | null; lastYear?: number | null; headerRow: number };
      /** Vietnamese: rows deleted, codes found twice. */
      warnings: string[];
      /** Review findings marked "đã xem" in this workbook (check/review/seen.ts); absent: none. */
      seen?: string[];
    }
  | { ok: false; error: string };

const NOT_AN_ANNEX =
  "Tệp không phải phụ lục do Phụ lục tạo (không có trang mô hình kế hoạch). Tạo phụ lục cho kế hoạch này trước, rồi nhập số liệu vào phụ lục vừa tạo.";

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
    const found = findHeader(sheet, plan, options);
    if (found === null) continue;
    const read = readRows(sheet, found, plan);
    const moved = movedRows(plan, sheet, { name: found.name, stt: found.stt }, read.entries);
    if (moved.length > 0) return { ok: false, error: movedRowsMessage(sheet.name, moved) };
    const rowOf = new Map([...read.entries].map(([code, entry]) => [code, entry.row]));
    const edits = sheetEdits(plan, options, sheet, { headerRow: found.headerRow, rowOf });
    const warnings = modelRead.marginNotice === null ? read.warnings : [modelRead.marginNotice, ...read.warnings];
    return { ok: true, plan: applySheetEdits(plan, edits), model: plan, edits, options, sheetName: sheet.name, seen: modelRead.seen, ...read, warnings };
  }
  return {
    ok: false,
    error: `Không tìm thấy bảng phụ lục (dòng tiêu đề có cột "${actualsLabel}" và cột mã ẩn bên cạnh): có thể trang "Phụ lục I" đã bị xóa hoặc tiêu đề cột bị sửa. Hoàn tác (Ctrl+Z), hoặc tạo lại phụ lục.`,
  };
}

const text = (cell: ReadCell | null | undefined) => (typeof cell?.value === "string" ? cell.value.trim() : "");

/**
 * The header row and each column's role, by the order the workbook's own layout gives them (its
 * model: columnPlan), not by titles alone: an actuals column titled "Ghi chú" or "Mã chỉ tiêu"
 * repeats another column's title, and only its place tells which is which. Columns the user
 * inserted between them are passed over.
 */
function findHeader(sheet: ReadSheet, plan: Plan, options: AnnexOptions) {
  const layout = columnPlan(plan, options);
  const roles: { role: "stt" | "name" | "lastYear" | "actual" | "percent" | "status" | "note" | "code"; title: string; column: number }[] = [
    { role: "stt" as const, title: HEADER.stt, column: layout.stt },
    { role: "name" as const, title: HEADER.name, column: layout.name },
    ...(layout.lastYear === null ? [] : [{ role: "lastYear" as const, title: HEADER.lastYear, column: layout.lastYear.input }]),
    { role: "actual" as const, title: layout.actualsLabel.trim(), column: layout.actual },
    { role: "percent" as const, title: HEADER.percent, column: layout.percent },
    { role: "status" as const, title: HEADER.status, column: layout.status },
    { role: "note" as const, title: HEADER.note, column: layout.note },
    { role: "code" as const, title: HEADER.code, column: layout.code },
  ].sort((a, b) => a.column - b.column);
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (!row.some((c) => text(c) === HEADER.code)) continue;
    const at = new Map<string, number>();
    let from = 0;
    for (const { role, title } of roles) {
      let index = -1;
      for (let c = from; c < row.length; c++) {
        if (text(row[c]) === title) {
          index = c;
          break;
        }
      }
      // Not found (a title the user edited): the next roles are looked for from the same place.
      if (index < 0) continue;
      at.set(role, index + 1);
      from = index + 1;
    }
    const code = at.get("code");
    const percent = at.get("percent");
    // The actuals label was edited: the actuals column is the one just before "% so với KH".
    const actual = at.get("actual") ?? (percent !== undefined && percent > 1 ? percent - 1 : undefined);
    if (code === undefined || actual === undefined) continue;
    const agency = row.findIndex((c) => text(c).startsWith(HEADER.agency));
    return {
      headerRow: r + 1,
      code,
      actual,
      note: at.get("note") ?? null,
      name: at.get("name") ?? null,
      stt: at.get("stt") ?? null,
      agency: agency < 0 ? null : agency + 1,
      lastYear: at.get("lastYear") ?? null,
    };
  }
  return null;
}

/** A row whose visible name is another indicator's: moved away from the code in its hidden column. */
interface MovedRow {
  row: number;
  /** The indicator whose name the row shows, and the one its hidden code belongs to. */
  shows: Placed;
  codeOf: Placed;
}

/**
 * Rows sorted or moved with only the visible columns selected carry another indicator's name,
 * figures and note beside a hidden code that stayed: following the code would put each figure on
 * the wrong indicator. A name that matches no other indicator is the officer's own correction
 * (sheetEdits), not a move.
 */
function movedRows(plan: Plan, sheet: ReadSheet, columns: { name: number | null; stt: number | null }, entries: ReadonlyMap<string, ReadEntry>): MovedRow[] {
  const nameColumn = columns.name;
  if (nameColumn === null) return [];
  const placed = placedIndicators(plan);
  const byCode = new Map(placed.map((p) => [p.indicator.code, p]));
  // Folded once per indicator: a row showing its own indicator's name as written is the usual case
  // and needs no folding at all (100,000 rows otherwise fold three names each).
  const foldedName = new Map<Placed, string>();
  const byName = new Map<string, Placed[]>();
  for (const p of placed) {
    const key = foldVietnamese(p.indicator.name);
    foldedName.set(p, key);
    const list = byName.get(key);
    if (list) list.push(p);
    else byName.set(key, [p]);
  }
  const cellText = (row: number, column: number | null) => {
    const value = column === null ? undefined : sheet.rows[row - 1]?.[column - 1]?.value;
    return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
  };
  const moved: MovedRow[] = [];
  for (const [code, entry] of entries) {
    const codeOf = byCode.get(code);
    const shown = cellText(entry.row, nameColumn);
    if (codeOf === undefined || shown === "") continue;
    const own = foldedName.get(codeOf) ?? foldVietnamese(codeOf.indicator.name);
    const key = shown === codeOf.indicator.name.trim() ? own : foldVietnamese(shown);
    const others = byName.get(key);
    if (key !== own) {
      const shows = others?.[0];
      if (shows !== undefined) moved.push({ row: entry.row, shows, codeOf });
      continue;
    }
    // The same name as its own indicator: two indicators may share a name ("Tỷ lệ hộ nghèo" in two
    // sections); the row moved when its visible STT is that of the other one.
    const stt = cellText(entry.row, columns.stt);
    // "-", "+" and blanks mark parts, not positions: they say nothing about where a row belongs.
    if (!/[\p{L}\p{N}]/u.test(stt) || others === undefined || others.length < 2 || stt === codeOf.indicator.stt.trim()) continue;
    const shows = others.find((p) => p !== codeOf && p.indicator.stt.trim() === stt);
    if (shows !== undefined) moved.push({ row: entry.row, shows, codeOf });
  }
  return moved.sort((a, b) => a.row - b.row);
}

function movedRowsMessage(sheetName: string, moved: readonly MovedRow[]): string {
  const lines = moved.slice(0, 10).map((m) => `dòng ${m.row} ghi ${rowName(m.shows.indicator)} nhưng là dòng của ${rowName(m.codeOf.indicator)}`);
  const more = moved.length > 10 ? `; và ${moved.length - 10} dòng khác` : "";
  return (
    `Trang "${sheetName}": ${moved.length} dòng đã bị tách khỏi mã chỉ tiêu ẩn của nó (thường do sắp xếp hoặc kéo dòng khi chỉ chọn các cột hiện), nên số liệu sẽ bị gán nhầm chỉ tiêu: ${lines.join("; ")}${more}. ` +
    "Hoàn tác việc sắp xếp (Ctrl+Z), hoặc mở bản đã gửi trước đó; khi sắp xếp, chọn cả bảng gồm các cột ẩn. Chưa đọc số liệu nào từ tệp này."
  );
}

function readRows(sheet: ReadSheet, columns: { headerRow: number; code: number; actual: number; note: number | null; agency: number | null; lastYear?: number | null }, plan: Plan) {
  const placed = new Map(placedIndicators(plan).map((p) => [p.indicator.code, p]));
  const known = new Set(placed.keys());
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
    if (columns.lastYear !== undefined && columns.lastYear !== null) {
      const before = row[columns.lastYear - 1];
      entry.lastYear = { value: before?.value ?? null, numFmt: before?.numFmt ?? null };
    }
    const item = placed.get(code);
    if (columns.agency !== null && item !== undefined) {
      const shown = row[columns.agency - 1]?.value;
      const written = agencyCell(plan, item);
      const typed = typeof shown === "string" ? shown.trim() : shown === null || shown === undefined ? "" : String(shown);
      if (typed !== workingAgencyText(written) && typed !== written.name) entry.agency = typed;
      // An issued copy wrote the plain name; read back, a suggestion there was confirmed before issuing.
      else if (written.suggested && typed === written.name && typed !== "") entry.agency = typed;
    }
    const earlier = entries.get(code);
    if (earlier !== undefined) {
      const who = item === undefined ? "Một chỉ tiêu" : `Chỉ tiêu ${rowName(item.indicator)}`;
      warnings.push(`${who} có ở cả dòng ${earlier.row} và dòng ${r + 1}: đã dùng số liệu ở dòng ${earlier.row}; xóa dòng thừa.`);
      continue;
    }
    entries.set(code, entry);
  }
  const missing = [...known].filter((code) => !entries.has(code));
  if (missing.length > 0) {
    const where = missing.slice(0, 10).map((code) => rowName((placed.get(code) as Placed).indicator));
    warnings.push(`Không thấy dòng của ${missing.length} chỉ tiêu (có thể đã bị xóa): ${where.join("; ")}${missing.length > 10 ? ", …" : ""}. Nếu xóa nhầm, hoàn tác (Ctrl+Z) hoặc tạo lại phụ lục (số liệu đã nhập được giữ).`);
  }
  return { entries, columns, warnings };
}
