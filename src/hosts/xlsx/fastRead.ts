/**
 * Reads the sheets of an .xlsx file into the core's plain grid without building a workbook model:
 * the needed parts are inflated (fflate, or the host's faster inflater; bounded, see parts.ts) and
 * read by events: plain XML by the fast scan (xmlScan.ts), anything else by saxes. Measured 2-3×
 * faster than ExcelJS's load on commune annexes, with the same values (PERFORMANCE.md). Handles
 * namespace-prefixed elements (`<x:c>`), shared and inline strings, rich text, cached formula
 * results, number formats and both date systems (1900 and 1904). Runs in Node and in the browser. */
import { strFromU8 } from "fflate";
import { SaxesParser } from "saxes";
import type { GridCell, GridSheet, GridValue, GridWorkbook, SheetVisibility } from "../../core/annex/grid";
import { asUint8Array } from "./bytes";
import { fileKind, NotXlsxError } from "./fileKind";
import { scanSharedStrings } from "./sharedStringsScan";
import { scanSheetData, sheetDataSpan } from "./sheetDataScan";
import { NotPlainXml, scanXml, type XmlTag } from "./xmlScan";
import { DEFAULT_LIMITS, readParts, type PartLimits, type RawInflate } from "./parts";

export interface FastWorkbook extends GridWorkbook {
  /** dcterms:modified of docProps/core.xml: when its author last saved it, as an ISO instant; null when absent. */
  modified: string | null;
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

interface Handlers {
  open?: (tag: XmlTag) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}
type Parse = (handlers: Handlers) => void;

function saxesParse(xml: string, handlers: Handlers): void {
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw error;
  });
  if (handlers.open) parser.on("opentag", handlers.open);
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (handlers.text) parser.on("text", handlers.text);
  parser.write(xml).close();
}

/**
 * Runs `read` over the document with the fast scan (xmlScan.ts), and once more from the start with
 * saxes when the scan cannot read it exactly: `read` keeps its state inside, so nothing of the first
 * attempt remains. Element names reach `close` without their prefix.
 */
function parsed<T>(xml: Uint8Array | string, read: (parse: Parse) => T): T {
  const text = typeof xml === "string" ? xml : strFromU8(xml);
  try {
    return read((handlers) => {
      const close = handlers.close;
      scanXml(text, close === undefined ? handlers : { ...handlers, close: (name) => close(localName(name)) });
    });
  } catch (error) {
    if (!(error instanceof NotPlainXml)) throw error;
  }
  return read((handlers) => saxesParse(text, handlers));
}

export interface FastReadOptions {
  /**
   * Whether cells keep their formulas' text. Consolidation needs only the cached results; an
   * annex's formulas are most of its sheet's XML (its reading helpers run to a thousand characters
   * a row, full of &quot;), so leaving them out before parsing cuts the parse several times.
   */
  formulas?: boolean;
  /** How deflated parts are inflated (default: fflate, in JavaScript; the CLI passes Node's native zlib). */
  inflate?: RawInflate;
}

/** Reads every worksheet; refuses what is not an .xlsx workbook with a NotXlsxError saying what to do. */
export function readWorkbookFast(data: Uint8Array | ArrayBuffer, limits: PartLimits = DEFAULT_LIMITS, options: FastReadOptions = {}): FastWorkbook {
  const bytes = asUint8Array(data);
  if (fileKind(bytes) !== "zip") throw new NotXlsxError(bytes);
  const meta = readParts(bytes, (name) => name === "xl/workbook.xml" || name === "xl/_rels/workbook.xml.rels" || name === "[Content_Types].xml", limits, options.inflate);
  const workbookXml = meta.get("xl/workbook.xml");
  if (workbookXml === undefined) throw new NotXlsxError(bytes);
  const { sheets, date1904 } = workbookSheets(workbookXml);
  const targets = relationships(meta.get("xl/_rels/workbook.xml.rels"));
  const sheetParts = new Map(sheets.map((s) => [s, partPath(targets.get(s.rel) ?? "")]));
  const needed = new Set<string>(["xl/sharedStrings.xml", "xl/styles.xml", "docProps/core.xml", ...sheetParts.values()]);
  const parts = readParts(bytes, (name) => needed.has(name), limits, options.inflate);
  const strings = sharedStrings(parts.get("xl/sharedStrings.xml"));
  const formats = cellFormats(parts.get("xl/styles.xml"));
  const out: GridSheet[] = [];
  for (const sheet of sheets) {
    const xml = parts.get(sheetParts.get(sheet) ?? "");
    // A chart sheet or a missing part: not a worksheet, as ExcelJS skips it.
    if (xml === undefined) continue;
    const formulas = options.formulas !== false;
    const withoutThem = formulas ? null : withoutFormulaBytes(xml);
    out.push(worksheet(sheet.name, sheet.visibility, strFromU8(withoutThem ?? xml), formulas ? "read" : withoutThem === null ? "leave out" : "left out", strings, formats, date1904));
  }
  if (out.length === 0) throw new NotXlsxError(bytes);
  return { sheets: out, modified: coreModified(parts.get("docProps/core.xml")) };
}

interface SheetEntry {
  name: string;
  rel: string;
  visibility: SheetVisibility;
}

function workbookSheets(xml: Uint8Array): { sheets: SheetEntry[]; date1904: boolean } {
  return parsed(xml, (parse) => {
    const sheets: SheetEntry[] = [];
    let date1904 = false;
    parse({
      open: (tag) => {
        const name = localName(tag.name);
        if (name === "sheet") {
          const rel = Object.entries(tag.attributes).find(([key]) => localName(key) === "id" && key !== "sheetId")?.[1] ?? "";
          const state = String(tag.attributes.state ?? "");
          sheets.push({ name: String(tag.attributes.name ?? ""), rel: String(rel), visibility: state === "hidden" || state === "veryHidden" ? state : "visible" });
        } else if (name === "workbookPr") {
          const value = tag.attributes.date1904;
          date1904 = value === "1" || value === "true";
        }
      },
    });
    return { sheets, date1904 };
  });
}

function relationships(xml: Uint8Array | undefined): Map<string, string> {
  if (xml === undefined) return new Map();
  return parsed(xml, (parse) => {
    const out = new Map<string, string>();
    parse({
      open: (tag) => {
        if (localName(tag.name) === "Relationship") out.set(tag.attributes.Id ?? "", tag.attributes.Target ?? "");
      },
    });
    return out;
  });
}

/** "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml". */
function partPath(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl"];
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

/** Text of <si> items: plain or rich runs; phonetic runs (<rPh>) left out, as Excel shows them. */
function sharedStrings(xml: Uint8Array | undefined): string[] {
  if (xml === undefined) return [];
  const text = strFromU8(xml);
  try {
    return scanSharedStrings(text).map(unescapeOoxml);
  } catch (error) {
    if (!(error instanceof NotPlainXml)) throw error;
  }
  return parsed(text, (parse) => {
    const out: string[] = [];
    let current: string[] | null = null;
    let inText = false;
    let phonetic = 0;
    parse({
      open: (tag) => {
        const name = localName(tag.name);
        if (name === "si") current = [];
        else if (name === "rPh") phonetic++;
        else if (name === "t" && phonetic === 0) inText = true;
      },
      close: (name) => {
        if (name === "si") {
          out.push(unescapeOoxml((current ?? []).join("")));
          current = null;
        } else if (name === "rPh") phonetic--;
        else if (name === "t") inText = false;
      },
      text: (text) => {
        if (inText && current !== null) current.push(text);
      },
    });
    return out;
  });
}

/** "_x000D_" and the like: characters XML cannot hold, as Excel escapes them. */
function unescapeOoxml(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Excel's built-in number formats, by id, as ExcelJS names them. */
const BUILTIN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

interface CellFormat {
  numFmt: string | null;
  date: boolean;
}

/** Each cellXfs entry's number format, and whether it shows a date. */
/**
 * The last styles part read and its formats: the files of one template share their styles part
 * byte for byte, so a reader of thousands of them parses it once.
 */
let lastStyles: { text: string; formats: readonly CellFormat[] } | null = null;

function cellFormats(xml: Uint8Array | undefined): readonly CellFormat[] {
  if (xml === undefined) return [];
  const text = strFromU8(xml);
  if (lastStyles?.text === text) return lastStyles.formats;
  const formats = parsed(text, (parse) => {
    const custom = new Map<number, string>();
    const ids: number[] = [];
    let inCellXfs = false;
    parse({
      open: (tag) => {
        const name = localName(tag.name);
        if (name === "numFmt") custom.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? "");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) ids.push(Number(tag.attributes.numFmtId ?? 0));
      },
      close: (name) => {
        if (name === "cellXfs") inCellXfs = false;
      },
    });
    return ids.map((id) => {
      const numFmt = custom.get(id) ?? BUILTIN_FORMATS[id] ?? null;
      return { numFmt: numFmt === "General" ? null : numFmt, date: (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (numFmt !== null && custom.has(id) && isDateFormat(numFmt)) };
    });
  });
  lastStyles = { text, formats };
  return formats;
}

function isDateFormat(format: string): boolean {
  const bare = format.replace(/\[[^\]]*\]/g, "").replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return /[ymdhs]/i.test(bare) && !/^[#0.,%E+\-\s?/]*$/.test(bare);
}

/**
 * The worksheet's XML with its formula elements (`<f>…</f>`, `<f …/>`, prefixed or not) left out.
 * In well-formed XML a formula's text holds no "<" (it is written &lt;), so the match ends at its
 * own closing tag; malformed XML is left for the parser to refuse.
 */
export function withoutFormulas(xml: string): string {
  return xml.replace(/<((?:[A-Za-z_][\w.-]*:)?f)(?:\s[^<>]*)?(?:\/>|>[^<]*<\/\1\s*>)/g, "");
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const isAsciiSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);
const isNameStartByte = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x5f;
const isNameByte = (b: number) => isNameStartByte(b) || (b >= 0x30 && b <= 0x39) || b === 0x2e || b === 0x2d;

/**
 * withoutFormulas on the part's bytes, before they are decoded: an annex's formulas are most of its
 * sheet's XML and full of characters outside ASCII, so decoding them is most of the decoding. It
 * leaves out exactly what withoutFormulas leaves out of the decoded text ("<", ">", "/" and names
 * are single bytes in UTF-8, never inside a character); null where it could not be sure of that (a
 * byte outside ASCII where the expression allows a space, a removal that would join the halves of a
 * broken character): then withoutFormulas does the work after decoding.
 */
export function withoutFormulaBytes(bytes: Uint8Array): Uint8Array | null {
  const kept: Uint8Array[] = [];
  let from = 0;
  let length = 0;
  let lt = bytes.indexOf(LT);
  while (lt >= 0) {
    const end = formulaEnd(bytes, lt);
    if (end === -2) return null;
    if (end < 0) {
      lt = bytes.indexOf(LT, lt + 1);
      continue;
    }
    // A removal between a lead byte and a continuation byte would make one character of two broken ones.
    const after = bytes[end] ?? 0;
    if (after >= 0x80 && after < 0xc0) return null;
    kept.push(bytes.subarray(from, lt));
    length += lt - from;
    from = end;
    lt = bytes.indexOf(LT, end);
  }
  if (kept.length === 0) return bytes;
  kept.push(bytes.subarray(from));
  length += bytes.length - from;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of kept) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Where the formula element withoutFormulas would match at `lt` ends (exclusive): -1 when it matches
 * none there, -2 when only the decoded text can tell (a byte outside ASCII where it allows a space).
 */
function formulaEnd(d: Uint8Array, lt: number): number {
  // <((?:[A-Za-z_][\w.-]*:)?f)
  let i = lt + 1;
  const nameStart = i;
  if (!isNameStartByte(d[i] ?? 0)) return -1;
  while (isNameByte(d[i] ?? 0)) i++;
  if (d[i] === 0x3a) {
    i++;
    if (d[i] !== 0x66) return -1;
    i++;
  } else if (i !== nameStart + 1 || d[nameStart] !== 0x66) return -1;
  const nameEnd = i;
  const next = d[i] ?? 0;
  if (next >= 0x80) return -2;
  // (?:\s[^<>]*)?(?:\/>|>[^<]*<\/\1\s*>), the optional part greedy: tried to the first "<" or ">" first.
  if (isAsciiSpace(next)) {
    let g = i + 1;
    while (g < d.length && d[g] !== LT && d[g] !== GT) g++;
    if (d[g] === GT) {
      const closed = closingEnd(d, g, lt + 1, nameEnd);
      if (closed !== -1) return closed;
      if (d[g - 1] === SLASH && g - 1 > i) return g + 1;
    }
    return -1;
  }
  if (next === SLASH) return d[i + 1] === GT ? i + 2 : -1;
  if (next === GT) return closingEnd(d, i, lt + 1, nameEnd);
  return -1;
}

/** After the ">" at `gt`: text without "<", then "</" the same name, spaces, ">"; its end, -1, or -2 (see formulaEnd). */
function closingEnd(d: Uint8Array, gt: number, nameStart: number, nameEnd: number): number {
  const lt = d.indexOf(LT, gt + 1);
  if (lt < 0 || d[lt + 1] !== SLASH) return -1;
  let i = lt + 2;
  for (let k = nameStart; k < nameEnd; k++, i++) if (d[i] !== d[k]) return -1;
  for (;;) {
    const b = d[i] ?? 0;
    if (b === GT) return i + 1;
    if (b >= 0x80) return -2;
    if (!isAsciiSpace(b)) return -1;
    i++;
  }
}

/**
 * The cells of one worksheet: values (a formula's cached result), number formats; covered merge
 * cells stay empty. Its sheetData is read cell by cell (sheetDataScan.ts) when it is stored as Excel
 * writes it, the rest of the sheet (merges) by the general reader; otherwise all by the general one.
 */
function worksheet(name: string, visibility: SheetVisibility, xml: string, formulas: "read" | "leave out" | "left out", strings: readonly string[], formats: readonly CellFormat[], date1904: boolean): GridSheet {
  const span = sheetDataSpan(xml);
  if (span !== null) {
    try {
      const rows: GridCell[][] = [];
      scanSheetData(xml, span.start, span.end, formulas === "read", (scanned) => {
        (rows[scanned.row - 1] ??= [])[scanned.column - 1] = gridCell(scanned.type, scanned.value, scanned.style, scanned.formula, strings, formats, date1904);
      });
      // The rest must be plain too (no comment or CDATA that could have held the sheetData found), and
      // is read once for its merges; a cell or row outside the sheetData leaves the sheet to the general reader.
      const merges: string[] = [];
      scanXml(xml.slice(0, span.start) + xml.slice(span.end), {
        open: (tag) => {
          const local = localName(tag.name);
          if (local === "row" || local === "c") throw new NotPlainXml("cell outside the sheetData");
          if (local === "mergeCell" && tag.attributes.ref) merges.push(tag.attributes.ref);
        },
      });
      return { name, visibility, rows: dense(rows), merges };
    } catch (error) {
      if (!(error instanceof NotPlainXml)) throw error;
    }
  }
  return generalWorksheet(name, visibility, formulas === "leave out" ? withoutFormulas(xml) : xml, strings, formats, date1904);
}

/** A cell as both readers give it; "_xlfn." marks newer functions in the file, the description has the plain name (as read.ts gives it). */
function gridCell(type: string, value: string | null, style: number, formula: string | null, strings: readonly string[], formats: readonly CellFormat[], date1904: boolean): GridCell {
  const format = formats[style];
  const out: GridCell = { value: cellValue(type, value, strings, format, date1904) };
  if (format?.numFmt) out.numFmt = format.numFmt;
  if (formula !== null && formula.length > 0) out.formula = formula.replace(/_xlfn\./g, "");
  return out;
}

/** Dense rows, as the ExcelJS reader gives them: holes are empty cells. */
function dense(rows: GridCell[][]): GridCell[][] {
  const out: GridCell[][] = new Array<GridCell[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const cells: GridCell[] = new Array<GridCell>(row.length);
    for (let c = 0; c < row.length; c++) cells[c] = row[c] ?? { value: null };
    out[r] = cells;
  }
  return out;
}

function generalWorksheet(name: string, visibility: SheetVisibility, xml: string, strings: readonly string[], formats: readonly CellFormat[], date1904: boolean): GridSheet {
  return parsed(xml, (parse) => {
    const rows: GridCell[][] = [];
    const merges: string[] = [];
    let rowIndex = 0;
    let columnIndex = 0;
    let cell: { type: string; style: number; column: number; row: number } | null = null;
    let text: string[] = [];
    let formula: string[] | null = null;
    let value: string | null = null;
    let capture: "v" | "t" | "f" | null = null;
    let inlinePhonetic = 0;
    parse({
      open: (tag) => {
        const local = localName(tag.name);
        switch (local) {
          case "row": {
            const r = Number(tag.attributes.r);
            rowIndex = Number.isInteger(r) && r > 0 ? r : rowIndex + 1;
            columnIndex = 0;
            break;
          }
          case "c": {
            const ref = tag.attributes.r;
            const column = ref === undefined ? columnIndex + 1 : columnOf(ref);
            columnIndex = column;
            cell = { type: tag.attributes.t ?? "n", style: Number(tag.attributes.s ?? 0), column, row: rowIndex };
            value = null;
            formula = null;
            text = [];
            break;
          }
          case "v":
            capture = "v";
            text = [];
            break;
          case "f":
            capture = "f";
            formula = [];
            break;
          case "rPh":
            inlinePhonetic++;
            break;
          case "t":
            if (cell !== null && inlinePhonetic === 0) capture = "t";
            break;
          case "mergeCell":
            if (tag.attributes.ref) merges.push(tag.attributes.ref);
            break;
        }
      },
      close: (local) => {
        switch (local) {
          case "v":
            value = text.join("");
            capture = null;
            break;
          case "f":
          case "t":
            capture = null;
            break;
          case "rPh":
            inlinePhonetic--;
            break;
          case "c": {
            if (cell === null) break;
            const row = (rows[cell.row - 1] ??= []);
            row[cell.column - 1] = gridCell(cell.type, cell.type === "inlineStr" ? text.join("") : value, cell.style, formula === null ? null : (formula as string[]).join(""), strings, formats, date1904);
            cell = null;
            break;
          }
        }
      },
      text: (chunk) => {
        if (capture === "v" || capture === "t") text.push(chunk);
        else if (capture === "f") formula?.push(chunk);
      },
    });
    return { name, visibility, rows: dense(rows), merges };
  });
}

function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

function cellValue(type: string, raw: string | null, strings: readonly string[], format: CellFormat | undefined, date1904: boolean): GridValue {
  if (raw === null) return null;
  switch (type) {
    case "s":
      return strings[Number(raw)] ?? "";
    case "str":
      // A formula's cached empty text reads as no value, as ExcelJS gives it.
      return raw === "" ? null : unescapeOoxml(raw);
    case "inlineStr":
      return unescapeOoxml(raw);
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return raw;
    case "d":
      return raw.length >= 10 ? isoOf(new Date(raw)) : raw;
    default: {
      if (raw === "") return null;
      const number = Number(raw);
      if (!Number.isFinite(number)) return null;
      return format?.date ? isoOf(serialDate(number, date1904)) : number;
    }
  }
}

/** An Excel serial day as a UTC instant (the file has no time zone); 1904 system: day 0 is 1904-01-01. */
function serialDate(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000));
}

function isoOf(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`;
}

function coreModified(xml: Uint8Array | undefined): string | null {
  if (xml === undefined) return null;
  const text = parsed(xml, (parse) => {
    let inModified = false;
    let text = "";
    parse({
      open: (tag) => {
        if (localName(tag.name) === "modified") inModified = true;
      },
      close: (name) => {
        if (name === "modified") inModified = false;
      },
      text: (chunk) => {
        if (inModified) text += chunk;
      },
    });
    return text;
  });
  const ms = Date.parse(text.trim());
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
