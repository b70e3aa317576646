import type { GridCell, GridValue, GridWorkbook } from "../annex/grid";
import { formatNumber } from "../vn/numbers";
import type { PlanBlock, PlanText } from "./types";

/**
 * One line of the document: a paragraph, or a table row with its cells. `start`/`end` locate it
 * in `documentText`, so every quote is a slice of the document's own words.
 */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  /** The table the row belongs to (index among the document's tables), or null for a paragraph. */
  table: number | null;
  cells: string[] | null;
}

export interface PlanDocument {
  text: string;
  lines: Line[];
}

/**
 * The document as one string: paragraphs one per line, table rows with their cells separated by
 * tabs. Quotes are slices of this; it is also what a reviewer searches.
 */
export function documentText(text: PlanText): string {
  return toDocument(text).text;
}

export function toDocument(planText: PlanText): PlanDocument {
  const lines: Line[] = [];
  let text = "";
  let tableIndex = 0;
  const push = (lineText: string, table: number | null, cells: string[] | null) => {
    if (text !== "") text += "\n";
    const start = text.length;
    text += lineText;
    lines.push({ index: lines.length, start, end: text.length, text: lineText, table, cells });
  };
  for (const block of planText.blocks) {
    if (block.kind === "paragraph") {
      const clean = cleanLine(block.text);
      if (clean.trim() !== "" && !PAGE_NUMBER.test(clean)) push(clean, null, null);
    } else {
      for (const row of block.rows) {
        const cells = row.map((cell) => cleanLine(cell).replace(/[\t\n]+/g, " "));
        if (cells.every((c) => c.trim() === "")) continue;
        push(cells.join("\t"), tableIndex, cells);
      }
      tableIndex++;
    }
  }
  return { text, lines };
}

/**
 * A page number printed on its own line ("2", "- 2 -", "Trang 2", "Trang 2/5", "2/5"), as text
 * taken from a PDF or a printed page carries it between two lines of the body: never content.
 */
const PAGE_NUMBER = /^\s*(?:(?:trang|page)\s+\d{1,3}(?:\s*(?:\/|trên)\s*\d{1,3})?|[-–]?\s*\d{1,3}\s*[-–]?|\d{1,3}\s*\/\s*\d{1,3})\s*$/iu;

/** NFC (Word and PDF text may carry decomposed diacritics); no-break spaces and line breaks as spaces. */
function cleanLine(text: string): string {
  return text.normalize("NFC").replace(/[\u00a0\u2007\u202f]/g, " ").replace(/\r?\n|\r/g, " ");
}

/**
 * Plain text (a .txt file or pasted text) as paragraphs and tables: each non-blank line is a
 * paragraph, and runs of tab-separated lines are a table (blank lines inside it are skipped), as
 * text copied from Word or Excel arrives.
 */
export function planTextFromPlain(plain: string): PlanText {
  const blocks: PlanBlock[] = [];
  const rawLines = joinQuotedCells(plain.replace(/^\ufeff/, "").split(/\r\n|\n|\r/));
  let table: string[][] | null = null;
  for (let i = 0; i < rawLines.length; i++) {
    const line = rawLines[i] ?? "";
    const cells = tableCells(line);
    // "|---|---|": the line under a Markdown table's header.
    if (table !== null && /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?)?\s*$/.test(line)) continue;
    if (cells !== null) {
      table ??= [];
      table.push(cells);
      continue;
    }
    if (line.trim() === "") {
      if (table !== null && nextNonBlankHasTab(rawLines, i + 1)) continue;
    }
    if (table !== null) {
      blocks.push({ kind: "table", rows: table });
      table = null;
    }
    if (line.trim() !== "") blocks.push({ kind: "paragraph", text: line });
  }
  if (table !== null) blocks.push({ kind: "table", rows: table });
  return { blocks };
}

/**
 * A table copied from Excel (or Word through Excel) writes a cell holding line breaks between
 * double quotes, its inner quotes doubled: `1\t"Thu ngân sách\n(không kể tiền sử dụng đất)"\tTỷ đồng`.
 * Those lines are one row: joined with a space, the quotes taken off.
 */
function joinQuotedCells(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? "";
    let guard = 0;
    while (line.includes("\t") && openQuote(line) && i + 1 < lines.length && guard++ < 50) line = `${line}\n${lines[++i] ?? ""}`;
    out.push(line.includes("\t") && line.includes('"') ? line.split("\t").map(unquoteCell).join("\t") : line);
  }
  return out;
}

/** Whether the row's last cell opened a quoted cell that has not closed yet. */
function openQuote(line: string): boolean {
  const last = line.split("\t").pop() ?? "";
  if (!last.startsWith('"')) return false;
  const quotes = (last.match(/"/g) ?? []).length;
  return quotes % 2 === 1;
}

function unquoteCell(cell: string): string {
  const m = /^"([\s\S]*)"$/.exec(cell);
  if (m === null || !cell.includes("\n")) return cell;
  return (m[1] ?? "").replace(/""/g, '"').replace(/\s*\n\s*/g, " ");
}

function nextNonBlankHasTab(lines: readonly string[], from: number): boolean {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() !== "") return tableCells(line) !== null;
  }
  return false;
}

/**
 * A table row of plain text: cells separated by tabs (copied from Word or Excel), or by "|" as
 * text converted from a web page or Markdown writes them ("1 | GDP | 6,5-7% |").
 */
function tableCells(line: string): string[] | null {
  if (line.includes("\t")) return line.replace(/\t/g, "").trim() === "" ? null : line.split("\t");
  if ((line.match(/\|/g) ?? []).length < 2) return null;
  const cells = line.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
  // "|---|---|": the line under a Markdown header.
  if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === "")) return null;
  return cells.length >= 2 ? cells : null;
}

/**
 * A workbook's visible sheets as tables (an annex table from last year, or one typed in Excel):
 * numbers written the Vietnamese way as the sheet shows them, percentages with their "%".
 */
export function planTextFromWorkbook(workbook: GridWorkbook): PlanText {
  const blocks: PlanBlock[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.visibility !== "visible") continue;
    const rows = sheet.rows.map((row) => row.map(cellText));
    if (rows.some((row) => row.some((cell) => cell.trim() !== ""))) blocks.push({ kind: "table", rows });
  }
  return { blocks };
}

/** Rows of cell texts (Excel's selection, or the active sheet) as one table. */
export function planTextFromRows(rows: readonly (readonly GridValue[])[]): PlanText {
  return { blocks: [{ kind: "table", rows: rows.map((row) => row.map((value) => cellText({ value }))) }] };
}

function cellText(cell: GridCell): string {
  const { value } = cell;
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (cell.numFmt?.includes("%") === true) return `${formatNumber(Number((value * 100).toPrecision(12)))}%`;
  return formatNumber(value);
}
