/**
 * Text as an .xlsx file stores it (ECMA-376 22.9.2.19 ST_Xstring): a character XML cannot carry
 * (control characters, U+FFFE, U+FFFF, a lone surrogate) is written as _xHHHH_, and text that
 * itself reads like such an escape ("_x0041_") has its underscore escaped (_x005F_x0041_), as
 * Excel writes them. Readers (Excel, LibreOffice, ExcelJS) decode them, so any text round-trips.
 * ExcelJS decodes on reading but does not encode on writing (it drops control characters and
 * writes "_x0041_" so that it reads back as "A"): every string cell and note goes through here.
 */
import type * as ExcelJS from "exceljs";

/** What XML 1.0 forbids, "\r" (which XML turns into "\n"), DEL (ExcelJS drops it), and lone surrogates. */
const UNWRITABLE = /[\0-\x08\x0B\x0C\x0D\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text a reader would take for an escape; ExcelJS decodes only upper-case digits, Excel both. */
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

const ANY_UNWRITABLE = new RegExp(UNWRITABLE.source);

const hex = (ch: string) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

export function xlsxText(text: string): string {
  if (!text.includes("_x") && !ANY_UNWRITABLE.test(text)) return text;
  return text.replace(LOOKS_ESCAPED, "_x005F_$1").replace(UNWRITABLE, hex);
}

/** For places no reader decodes (the document's title property): what XML cannot carry is left out. */
export function xmlSafeText(text: string): string {
  return text.replace(UNWRITABLE, (ch) => (ch === "\r" ? "\r" : ""));
}

type Note = ExcelJS.Cell["note"];

function noteText(note: Note): Note {
  if (typeof note === "string") return xlsxText(note);
  if (note && Array.isArray(note.texts)) return { ...note, texts: note.texts.map((t) => ({ ...t, text: xlsxText(t.text) })) };
  return note;
}

/**
 * Escapes the text of every cell of a workbook about to be written: constants, rich text and
 * notes (formulas and their cached results are not decoded by readers and stay as they are).
 * For a workbook loaded by ExcelJS (decoded) and written again.
 */
export function escapeWorkbookText(book: ExcelJS.Workbook): void {
  for (const ws of book.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        if (typeof value === "string") {
          const escaped = xlsxText(value);
          if (escaped !== value) cell.value = escaped;
        } else if (value !== null && typeof value === "object" && "richText" in value && Array.isArray(value.richText)) {
          cell.value = { ...value, richText: value.richText.map((run) => ({ ...run, text: xlsxText(run.text) })) };
        } else if (value !== null && typeof value === "object" && "hyperlink" in value && typeof value.text === "string") {
          cell.value = { ...value, text: xlsxText(value.text) };
        }
        if (cell.note !== undefined) cell.note = noteText(cell.note) as NonNullable<Note>;
      });
    });
  }
}
