/**
 * A fast scan of the plain XML that spreadsheet packages hold (elements, attributes in quotes, text
 * with the five named entities and character references), for the reader of many commune files:
 * saxes reads character by character in JavaScript, this one jumps from tag to tag with the
 * engine's regular expressions, several times faster. It accepts only documents it can read
 * exactly as saxes does; anything else (a comment, CDATA, a DOCTYPE, a processing instruction, a
 * carriage return or a control character, a tab or line break inside an attribute's value, an
 * unknown entity, a name outside ASCII, tags that do not nest, a second root, text outside the root)
 * makes it throw NotPlainXml before the caller keeps any result, and the caller reads the document
 * with saxes, which reads or refuses it. So malformed XML (a part cut short by its declared size,
 * see parts.ts) is still refused, by saxes.
 */

export interface XmlTag {
  name: string;
  attributes: Record<string, string>;
}

export interface XmlHandlers {
  open?: (tag: XmlTag) => void;
  /** The element's name as written (with its prefix); also after a self-closing tag. */
  close?: (name: string) => void;
  /** Text inside the root, entities resolved; may come in several pieces. */
  text?: (text: string) => void;
}

/** The document is not one this scan reads exactly: read it with a full parser. */
export class NotPlainXml extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "NotPlainXml";
  }
}

const DECLARATION = /^<\?xml\s[^<>?]*\?>/;
/** Characters XML forbids or normalizes (carriage returns), which saxes handles. */
const UNUSUAL = /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]/;
const WHITESPACE = /^[ \t\n]*$/;
const NAMED = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

function validCodePoint(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Text or an attribute's value with its references resolved; throws NotPlainXml on an "&" that is no known reference. */
export function xmlUnescape(text: string): string {
  if (!text.includes("&")) return text;
  // A plan's JSON in a shared string is mostly &quot;: replaced natively first (it cannot be part of
  // another reference: "&amp;quot;" holds no "&quot;"), the rest one by one.
  const raw = text.includes("&quot;") ? text.replaceAll("&quot;", '"') : text;
  let amp = raw.indexOf("&");
  if (amp < 0) return raw;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semicolon = raw.indexOf(";", amp + 1);
    if (semicolon < 0 || semicolon - amp > 10) throw new NotPlainXml("entity");
    const name = raw.slice(amp + 1, semicolon);
    let char = NAMED.get(name);
    if (char === undefined) {
      const code = /^#[0-9]{1,7}$/.test(name) ? Number(name.slice(1)) : /^#x[0-9A-Fa-f]{1,6}$/.test(name) ? parseInt(name.slice(2), 16) : -1;
      if (!validCodePoint(code)) throw new NotPlainXml("entity");
      char = String.fromCodePoint(code);
    }
    out += raw.slice(from, amp) + char;
    from = semicolon + 1;
    amp = raw.indexOf("&", from);
  }
  return out + raw.slice(from);
}

const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 58 || c === 45;
const isSpace = (c: number) => c === 32 || c === 10 || c === 9;

/** Calls the handlers as saxes would (non-namespaced names, attributes as written); throws NotPlainXml when it cannot read the document exactly. */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  if (UNUSUAL.test(xml)) throw new NotPlainXml("character");
  const { open, close, text } = handlers;
  const stack: string[] = [];
  let rooted = false;
  let at = DECLARATION.exec(xml)?.[0].length ?? 0;
  const length = xml.length;
  const nameEnd = (from: number): number => {
    if (!isNameStart(xml.charCodeAt(from))) throw new NotPlainXml("name");
    let i = from + 1;
    while (i < length && isNameChar(xml.charCodeAt(i))) i++;
    return i;
  };
  const skipSpace = (from: number): number => {
    let i = from;
    while (i < length && isSpace(xml.charCodeAt(i))) i++;
    return i;
  };
  while (at < length) {
    const lt = xml.indexOf("<", at);
    const end = lt < 0 ? length : lt;
    if (end > at) {
      const raw = xml.slice(at, end);
      if (stack.length === 0) {
        if (!WHITESPACE.test(raw)) throw new NotPlainXml("text outside the root");
      } else {
        if (raw.includes("]]>")) throw new NotPlainXml("]]>");
        // Resolved also when no one listens: an unknown reference is refused wherever it stands, as saxes does.
        const value = xmlUnescape(raw);
        if (text !== undefined) text(value);
      }
    }
    if (lt < 0) break;
    if (xml.charCodeAt(lt + 1) === 47 /* / */) {
      const after = nameEnd(lt + 2);
      const name = xml.slice(lt + 2, after);
      const gt = skipSpace(after);
      if (xml.charCodeAt(gt) !== 62 || stack.pop() !== name) throw new NotPlainXml("closing tag");
      at = gt + 1;
      if (close !== undefined) close(name);
      continue;
    }
    let i = nameEnd(lt + 1);
    const name = xml.slice(lt + 1, i);
    if (stack.length === 0) {
      if (rooted) throw new NotPlainXml("second root");
      rooted = true;
    }
    const attributes: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      const spaced = skipSpace(i);
      const c = xml.charCodeAt(spaced);
      if (c === 62 /* > */) {
        i = spaced + 1;
        break;
      }
      if (c === 47 /* / */ && xml.charCodeAt(spaced + 1) === 62) {
        selfClosing = true;
        i = spaced + 2;
        break;
      }
      // An attribute needs space before it.
      if (spaced === i) throw new NotPlainXml("tag");
      const keyEnd = nameEnd(spaced);
      const key = xml.slice(spaced, keyEnd);
      const equals = skipSpace(keyEnd);
      if (xml.charCodeAt(equals) !== 61 /* = */) throw new NotPlainXml("attribute");
      const valueStart = skipSpace(equals + 1);
      const quote = xml.charCodeAt(valueStart);
      if (quote !== 34 && quote !== 39) throw new NotPlainXml("attribute");
      const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", valueStart + 1);
      if (valueEnd < 0) throw new NotPlainXml("attribute");
      const raw = xml.slice(valueStart + 1, valueEnd);
      if (raw.includes("<") || raw.includes("\t") || raw.includes("\n") || Object.prototype.hasOwnProperty.call(attributes, key)) throw new NotPlainXml("attribute");
      attributes[key] = xmlUnescape(raw);
      i = valueEnd + 1;
    }
    at = i;
    if (open !== undefined) open({ name, attributes });
    if (selfClosing) {
      if (close !== undefined) close(name);
    } else stack.push(name);
  }
  if (!rooted || stack.length > 0) throw new NotPlainXml("unclosed");
}
