/**
 * The fast scan reads a document exactly as saxes does, or refuses it (NotPlainXml) so that saxes
 * reads it: the same events for what it accepts, and no acceptance of what saxes refuses.
 */
import { SaxesParser } from "saxes";
import { NotPlainXml, scanXml } from "../../../src/hosts/xlsx/xmlScan";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

/** Text pieces joined: both may split a text run differently. */
function merged(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e[0] === "text" && last?.[0] === "text") out[out.length - 1] = ["text", last[1] + e[1]];
    else out.push(e);
  }
  return out;
}

function withSaxes(xml: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw error;
  });
  let depth = 0;
  parser.on("opentag", (tag) => {
    depth++;
    events.push(["open", tag.name, { ...tag.attributes }]);
  });
  parser.on("closetag", (tag) => {
    depth--;
    events.push(["close", tag.name]);
  });
  // Outside the root only whitespace can stand; the scan does not report it.
  parser.on("text", (text) => {
    if (depth > 0) events.push(["text", text]);
  });
  parser.write(xml).close();
  return merged(events);
}

function withScan(xml: string): Event[] {
  const events: Event[] = [];
  scanXml(xml, {
    open: (tag) => events.push(["open", tag.name, { ...tag.attributes }]),
    close: (name) => events.push(["close", name]),
    text: (text) => events.push(["text", text]),
  });
  return merged(events);
}

const plain = [
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://x"><sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1"/></row></sheetData></worksheet>`,
  `<x:sst xmlns:x="http://x"><x:si><x:t xml:space="preserve">  Tăng &amp; giảm &lt;5%&gt; &quot;a&quot; &apos;b&apos; &#7847; &#x1EA1; &#128512;</x:t></x:si></x:sst>`,
  `<a  b = 'c"d'  e="f>g" ><b/><c   /></a >\n`,
  `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="[&gt;=100]#,##0;&quot;x&quot;"/></numFmts></styleSheet>`,
  `<a>{"stt":"1","name":"Tỷ lệ hộ nghèo (%)","target":"≤ 2,5%"}</a>`,
  `<a>{&quot;a&quot;:&quot;&amp;quot;&amp;amp;&quot;}&amp;&quot;</a>`,
];

test.each(plain)("plain XML gives the same events as saxes: %#", (xml) => {
  expect(withScan(xml)).toEqual(withSaxes(xml));
});

const unusual = [
  `<a><!-- ghi chú --></a>`,
  `<a><![CDATA[x < y]]></a>`,
  `<!DOCTYPE a><a/>`,
  `<a><?pi x?></a>`,
  `<a>dòng\r\nmới</a>`,
  `<a b="x\ty"/>`,
  `<a>&nbsp;</a>`,
  `<a>AT&T</a>`,
  `<a>&#0;</a>`,
  `<ă/>`,
  `<a>]]></a>`,
];

test.each(unusual)("what it cannot read exactly is left to saxes: %#", (xml) => {
  expect(() => scanXml(xml, {})).toThrow(NotPlainXml);
});

const malformed = [
  `<a><b></a></b>`,
  `<a><b>`,
  `<a></a><b></b>`,
  `text<a/>`,
  `<a b="1"c="2"/>`,
  `<a b="1" b="2"/>`,
  `<a b="x<y"/>`,
  `<a b=1/>`,
  `<worksheet><sheetData><row r="1"><c r="A1"><v>1`,
  ``,
];

test.each(malformed)("what saxes refuses, the scan never accepts: %#", (xml) => {
  expect(() => withSaxes(xml)).toThrow();
  expect(() => scanXml(xml, {})).toThrow(NotPlainXml);
});
