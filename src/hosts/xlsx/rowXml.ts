/**
 * A described row as the XML ExcelJS's streaming writer would write for it, without building
 * ExcelJS's row and cell models: at 100,000 annex rows those models, prepared and rendered cell by
 * cell, were most of `phuluc generate`'s time and garbage. Only plain rows are written here (values,
 * formulas, styles, shared formulas); a row with a note, a cell without a style or anything else
 * goes through ExcelJS (the caller's choice: `plainRow`). The same style ids and shared strings as
 * ExcelJS (its own tables are used), and the same quirk: a row with no value and no height is not
 * written at all.
 */
import type { Cell, Row } from "../../core/annex/sheet";
import { columnLetter, hasFormula, rowFormula } from "../../core/annex/sheet";
import { fileFormula } from "./render";
import type { Sharing } from "./sharedFormulas";
import { xlsxText } from "./xlsxText";

/** ExcelJS's value types (Enums.ValueType) that decide a cell's style id. */
export const VALUE_TYPE = { Null: 0, Number: 2, String: 3, Formula: 6, Boolean: 9 } as const;
type ValueType = (typeof VALUE_TYPE)[keyof typeof VALUE_TYPE];

export interface RowTables {
  /** ExcelJS's style id of a described style for a cell of that value type. */
  styleId(style: string, type: ValueType): number;
  sharedString(text: string): number;
  /** How a formula cell is stored, and the number of its run (si). */
  sharing(row: number, column: number): { sharing: Sharing; si: number };
}

/** Whether the row can be written here: every cell plain and styled, no note. */
export function plainRow(row: Row): boolean {
  for (const cell of row.cells) {
    if (cell === null || cell === undefined) continue;
    if (cell.note !== undefined || cell.style === undefined) return false;
    const value = cell.value;
    if (!hasFormula(cell) && value !== undefined && value !== null && typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") return false;
    if (typeof value === "number" && !Number.isFinite(value)) return false;
  }
  return true;
}

const XML_SPECIAL = /["&'<>]/;

/**
 * As ExcelJS escapes text (utils.xmlEncode) for text that is already safe for XML (xlsxText). One
 * native replacement per character present ("&" first), not a call per character: the model sheet's
 * plan text is mostly quotes.
 */
export function xml(text: string): string {
  if (!XML_SPECIAL.test(text)) return text;
  let out = text.includes("&") ? text.replaceAll("&", "&amp;") : text;
  if (out.includes('"')) out = out.replaceAll('"', "&quot;");
  if (out.includes("'")) out = out.replaceAll("'", "&apos;");
  if (out.includes("<")) out = out.replaceAll("<", "&lt;");
  if (out.includes(">")) out = out.replaceAll(">", "&gt;");
  return out;
}

/** Escaped patterns (the layout holds each once), bounded: a workbook has a few hundred. */
const escapedPatterns = new Map<string, string>();

/**
 * The formula as the file stores it: "_xlfn." names, escaped for XML. A pattern cell's is its
 * pattern's, done once, with the row put in (the marks are neither escaped nor near a function name).
 */
function formulaXml(cell: Cell, row: number): string {
  const pattern = cell.pattern;
  if (pattern === undefined) return xml(fileFormula(cell.formula as string));
  let escaped = escapedPatterns.get(pattern);
  if (escaped === undefined) {
    escaped = xml(fileFormula(pattern));
    if (escapedPatterns.size > 10_000) escapedPatterns.clear();
    escapedPatterns.set(pattern, escaped);
  }
  return rowFormula(escaped, row);
}

/** The formula's cached result as written (writeCell): text escaped like any text, none for null. */
function kept(result: Cell["result"]): string | number | boolean | undefined {
  if (result === undefined || result === null) return undefined;
  return typeof result === "string" ? xlsxText(result) : result;
}

function resultType(result: string | number | boolean | undefined): ValueType {
  return result === undefined ? VALUE_TYPE.Null : typeof result === "string" ? VALUE_TYPE.String : typeof result === "number" ? VALUE_TYPE.Number : VALUE_TYPE.Boolean;
}

/** The row's XML, or "" when ExcelJS would not write it (no value, no height). */
export function rowXml(row: Row, number: number, tables: RowTables): string {
  let cells = "";
  let min = 0;
  let max = 0;
  let values = false;
  row.cells.forEach((cell, index) => {
    if (cell === null || cell === undefined) return;
    const column = index + 1;
    const written = cellXml(cell, number, column, tables);
    if (written === null) return;
    if (min === 0) min = column;
    max = column;
    cells += written.xml;
    values ||= written.value;
  });
  if (!values && row.height === undefined) return "";
  const height = row.height ? ` ht="${row.height}" customHeight="1"` : "";
  const hidden = row.hidden ? ' hidden="1"' : "";
  const spans = min > 0 ? ` spans="${min}:${max}"` : "";
  return `<row r="${number}"${height}${hidden}${spans} x14ac:dyDescent="0.25">${cells}</row>`;
}

function cellXml(cell: Cell, row: number, column: number, tables: RowTables): { xml: string; value: boolean } | null {
  const style = cell.style as string;
  const at = `${columnLetter(column)}${row}`;
  if (hasFormula(cell)) {
    const result = kept(cell.result);
    const id = tables.styleId(style, resultType(result));
    const { sharing, si } = cell.pattern === undefined ? { sharing: null, si: 0 } : tables.sharing(row, column);
    const f =
      sharing !== null && "master" in sharing
        ? `<f t="shared" si="${si}"/>`
        : `<f${sharing === null ? "" : ` t="shared" ref="${sharing.ref}" si="${si}"`}>${formulaXml(cell, row)}</f>`;
    const s = id ? ` s="${id}"` : "";
    if (result === undefined) return { xml: `<c r="${at}"${s}>${f}</c>`, value: true };
    if (typeof result === "string") return { xml: `<c r="${at}"${s} t="str">${f}<v>${xml(result)}</v></c>`, value: true };
    if (typeof result === "number") return { xml: `<c r="${at}"${s}>${f}<v>${result}</v></c>`, value: true };
    return { xml: `<c r="${at}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`, value: true };
  }
  const value = cell.value;
  if (typeof value === "string") {
    const id = tables.styleId(style, VALUE_TYPE.String);
    return { xml: `<c r="${at}"${id ? ` s="${id}"` : ""} t="s"><v>${tables.sharedString(xlsxText(value))}</v></c>`, value: true };
  }
  if (typeof value === "number") {
    const id = tables.styleId(style, VALUE_TYPE.Number);
    return { xml: `<c r="${at}"${id ? ` s="${id}"` : ""}><v>${value}</v></c>`, value: true };
  }
  if (typeof value === "boolean") {
    const id = tables.styleId(style, VALUE_TYPE.Boolean);
    return { xml: `<c r="${at}"${id ? ` s="${id}"` : ""} t="b"><v>${value ? 1 : 0}</v></c>`, value: true };
  }
  const id = tables.styleId(style, VALUE_TYPE.Null);
  // ExcelJS leaves out an empty cell without a style.
  return id ? { xml: `<c r="${at}" s="${id}"/>`, value: false } : null;
}
