/**
 * The shared strings part as Excel, LibreOffice and ExcelJS write it (`<si><t>…</t></si>`, one plain
 * text an item), read item by item with one regular expression instead of tag by tag: a commune
 * annex's plan (its model sheet's text) is most of this part, read for every file of a
 * consolidation. The part around the items (the XML declaration, `<sst …>`) is still read by the
 * general scan (xmlScan.ts), so the whole part is checked as well-formed. Anything else (rich text,
 * a phonetic run, `<si/>`, an attribute in single quotes or with a reference, a control character
 * or a carriage return) throws NotPlainXml and the caller reads the part with the general scan, so
 * what this accepts reads exactly as there.
 */
import { NotPlainXml, scanXml, xmlUnescape } from "./xmlScan";

const WS = "[ \\t\\n]*";
/** An attribute with nothing to resolve or refuse: double quotes, no "<", ">", "&", tab, line break or control character. */
const ATTRIBUTE = `[ \\t\\n]+[A-Za-z_][\\w.:-]*${WS}=${WS}"[^"<>&\\x00-\\x1F\\uFFFE\\uFFFF]*"`;
/** Text with no character the general scan leaves to saxes (control characters, a carriage return). */
const TEXT = "[^<\\x00-\\x08\\x0B-\\x1F\\uFFFE\\uFFFF]*";
const PREFIX = "((?:[A-Za-z_][\\w.-]*:)?)";
const SST = new RegExp(`<${PREFIX}sst(?:${ATTRIBUTE})*${WS}>`);
/** Groups: si's prefix, t's prefix (both must be sst's), t's attributes, the text (undefined for `<t/>`). */
const ITEM = new RegExp(`${WS}<${PREFIX}si${WS}>${WS}<${PREFIX}t((?:${ATTRIBUTE})*)${WS}(?:\\/>|>(${TEXT})<\\/\\2t${WS}>)${WS}<\\/\\1si${WS}>`, "y");
const ONE_ATTRIBUTE = /([A-Za-z_][\w.:-]*)[ \t\n]*=/g;

/** Attribute texts (` xml:space="preserve"`) known to name each attribute once: they repeat in every file. */
const plainAttributes = new Set<string>();

/** Throws NotPlainXml when an attribute is named twice, which XML forbids. */
function checkAttributes(text: string): void {
  if (text === "" || plainAttributes.has(text)) return;
  const names = new Set<string>();
  ONE_ATTRIBUTE.lastIndex = 0;
  for (let m = ONE_ATTRIBUTE.exec(text); m !== null; m = ONE_ATTRIBUTE.exec(text)) {
    if (names.has(m[1] as string)) throw new NotPlainXml("attribute");
    names.add(m[1] as string);
  }
  if (plainAttributes.size >= 256) plainAttributes.clear();
  plainAttributes.add(text);
}

/**
 * The items' texts in order, references resolved (OOXML's own "_x000D_" escapes are the caller's);
 * throws NotPlainXml when the part is not as above.
 */
export function scanSharedStrings(xml: string): string[] {
  const open = SST.exec(xml);
  if (open === null) throw new NotPlainXml("sst");
  const prefix = open[1] ?? "";
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${prefix}sst`, start);
  if (end < 0) throw new NotPlainXml("sst");
  // The rest must be plain and hold no item (a second sst, or one inside a comment, is refused there or here).
  scanXml(xml.slice(0, start) + xml.slice(end), {
    open: (tag) => {
      if (tag.name.slice(tag.name.indexOf(":") + 1) === "si") throw new NotPlainXml("outside");
    },
  });
  const out: string[] = [];
  let at = start;
  for (;;) {
    ITEM.lastIndex = at;
    const m = ITEM.exec(xml);
    if (m === null) break;
    if (m[1] !== prefix || m[2] !== prefix) throw new NotPlainXml("prefix");
    checkAttributes(m[3] as string);
    const raw = m[4] ?? "";
    if (raw.includes("]]>")) throw new NotPlainXml("]]>");
    out.push(xmlUnescape(raw));
    at = ITEM.lastIndex;
  }
  if (!/^[ \t\n]*$/.test(xml.slice(at, end))) throw new NotPlainXml("sst");
  return out;
}
