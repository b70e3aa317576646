/**
 * The cells of a worksheet's <sheetData> as Excel and this project's writers store them
 * (`<row r="7" …><c r="A7" s="8" t="s"><f …>…</f><v>12</v></c>…</row>`), read cell by cell with
 * one regular expression instead of tag by tag: a 100,000-row annex has about two million cells,
 * and the general scan (xmlScan.ts) spent most of `phuluc check`'s reading on their tags. Anything
 * else (a prefix, inline or rich text, an attribute it does not know, whitespace between tags, a
 * control character) throws NotPlainXml and the caller reads the sheet with the general scan, so
 * what this accepts reads exactly as there.
 */
import { NotPlainXml, xmlUnescape } from "./xmlScan";

export interface ScannedCell {
  row: number;
  column: number;
  /** The t attribute ("n" when absent). */
  type: string;
  style: number;
  /** The <v> text, entities resolved; null without one. */
  value: string | null;
  /** The <f> text, entities resolved, when asked for and present with text. */
  formula: string | null;
}

/**
 * The start and end of the text between the first <sheetData> and the last </sheetData>, or null
 * (prefixed, absent, self-closed). A second sheetData, or one inside a comment, leaves text between
 * them that scanSheetData refuses.
 */
export function sheetDataSpan(xml: string): { start: number; end: number } | null {
  const open = xml.indexOf("<sheetData>");
  const end = xml.lastIndexOf("</sheetData>");
  if (open < 0 || end < open) return null;
  return { start: open + "<sheetData>".length, end };
}

/** Attribute values with nothing to resolve or refuse: no "<", "&", control characters or quotes. */
const VALUE = '"[^"<&\\x00-\\x1F\\x7F\\uFFFE\\uFFFF]*"';
const ATTRIBUTES = `(?: [A-Za-z_][\\w.:-]*=${VALUE})*`;
const ROW = new RegExp(`<row r="([1-9][0-9]{0,6})"(${ATTRIBUTES})(/?)>`, "y");
/**
 * r, s, t as both writers order them; an optional formula (its text has no "<" in well-formed XML)
 * and value. Groups: letters, style, type, formula's attributes, formula's text (undefined when
 * self-closed), value.
 */
const CELL = new RegExp(`<c r="([A-Z]{1,3})[1-9][0-9]{0,6}"(?: s="([0-9]{1,6})")?(?: t="([a-zA-Z]{1,9})")?(?:/>|>(?:<f(${ATTRIBUTES})(?:/>|>([^<]*)</f>))?(?:<v>([^<]*)</v>|<v/>)?</c>)`, "y");
/** Whether a name is given twice in attributes as ATTRIBUTES matched them (` a="1" b="2"`), which XML forbids. */
function duplicated(attributes: string): boolean {
  const names: string[] = [];
  let at = 0;
  while (at < attributes.length) {
    const equals = attributes.indexOf('="', at);
    const name = attributes.slice(at + 1, equals);
    if (names.includes(name)) return true;
    names.push(name);
    at = attributes.indexOf('"', equals + 2) + 1;
  }
  return false;
}
/** What a text may not hold to read as the general scan reads it. */
const UNUSUAL_TEXT = /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]|\]\]>/;

function text(raw: string): string {
  if (UNUSUAL_TEXT.test(raw)) throw new NotPlainXml("text");
  return xmlUnescape(raw);
}

/**
 * Calls `cell` for every cell of the sheetData text `xml.slice(start, end)`, rows numbered as the
 * general reader numbers them (a row without a valid r follows the previous one).
 */
export function scanSheetData(xml: string, start: number, end: number, formulas: boolean, cell: (cell: ScannedCell) => void): void {
  let at = start;
  let row = 0;
  let inRow = false;
  while (at < end) {
    if (xml.startsWith("<c ", at)) {
      if (!inRow) throw new NotPlainXml("cell outside a row");
      CELL.lastIndex = at;
      const match = CELL.exec(xml);
      if (match === null || CELL.lastIndex > end) throw new NotPlainXml("cell");
      const [, letters, style, type, fAttributes, fText, value] = match;
      if (fAttributes !== undefined && fAttributes.length > 0 && duplicated(fAttributes)) throw new NotPlainXml("attribute");
      let column = 0;
      for (let i = 0; i < (letters as string).length; i++) column = column * 26 + ((letters as string).charCodeAt(i) - 64);
      // An inline string without its <is> reads as "" there, not as no value: left to the general scan.
      if (type === "inlineStr") throw new NotPlainXml("inline string");
      cell({
        row,
        column,
        type: type ?? "n",
        style: style === undefined ? 0 : Number(style),
        // <v/> is an empty value, as the general scan reads it.
        value: value !== undefined ? text(value) : match[0].includes("<v/>") ? "" : null,
        formula: formulas && fText !== undefined && fText !== "" ? text(fText) : null,
      });
      at = CELL.lastIndex;
    } else if (xml.startsWith("<row ", at)) {
      if (inRow) throw new NotPlainXml("row in a row");
      ROW.lastIndex = at;
      const match = ROW.exec(xml);
      if (match === null || ROW.lastIndex > end) throw new NotPlainXml("row");
      const attributes = match[2] as string;
      if (attributes.length > 0 && duplicated(` r=""${attributes}`)) throw new NotPlainXml("attribute");
      row = Number(match[1]);
      inRow = match[3] !== "/";
      at = ROW.lastIndex;
    } else if (xml.startsWith("</row>", at)) {
      if (!inRow) throw new NotPlainXml("closing row");
      inRow = false;
      at += "</row>".length;
    } else throw new NotPlainXml("sheetData");
  }
  if (inRow) throw new NotPlainXml("unclosed row");
}
