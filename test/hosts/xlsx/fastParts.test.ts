/**
 * The fast readers of a worksheet's cells (sheetDataScan.ts) and of the shared strings
 * (sharedStringsScan.ts) read what they accept exactly as saxes does: the same workbook, read once
 * by them and once with a comment in each part that leaves it to saxes. The shared strings' reader
 * throws NotPlainXml for anything outside its form, so the general scan or saxes reads it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readWorkbookFast } from "../../../src/hosts/xlsx/fastRead";
import { DEFAULT_LIMITS } from "../../../src/hosts/xlsx/parts";
import { scanSharedStrings } from "../../../src/hosts/xlsx/sharedStringsScan";
import { scanSheetData, sheetDataSpan } from "../../../src/hosts/xlsx/sheetDataScan";
import { NotPlainXml } from "../../../src/hosts/xlsx/xmlScan";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { communeAnnex, makeCommunes } from "../../support/communes";
import { sampleWorkbook } from "./sample";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const XNS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function book(sheet: string, sst: string, prefix = ""): Uint8Array {
  const p = prefix;
  const ns = prefix === "" ? NS : XNS;
  return zipSync({
    "[Content_Types].xml": strToU8(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    "xl/workbook.xml": strToU8(`<${p}workbook ${ns}><${p}sheets><${p}sheet name="A" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    "xl/sharedStrings.xml": strToU8(`${DECLARATION}<${p}sst ${ns} count="3" uniqueCount="3">${sst}</${p}sst>`),
    "xl/styles.xml": strToU8(`<${p}styleSheet ${ns}><${p}cellXfs count="2"><${p}xf numFmtId="0"/><${p}xf numFmtId="10"/></${p}cellXfs></${p}styleSheet>`),
    "xl/worksheets/sheet1.xml": strToU8(`${DECLARATION}<${p}worksheet ${ns}><${p}dimension ref="A1:C3"/><${p}sheetData>${sheet}</${p}sheetData><${p}mergeCells count="1"><${p}mergeCell ref="A3:B3"/></${p}mergeCells></${p}worksheet>`),
  });
}

/** The same package with a comment in each worksheet and the shared strings: neither fast reader takes them, saxes reads them. */
function forSaxes(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  for (const [name, data] of Object.entries(parts)) {
    if (!name.startsWith("xl/worksheets/") && name !== "xl/sharedStrings.xml") continue;
    const xml = strFromU8(data);
    const root = xml.indexOf("<", xml.startsWith("<?xml") ? xml.indexOf("?>") : 0);
    parts[name] = strToU8(`${xml.slice(0, root)}<!-- saxes -->${xml.slice(root)}`);
  }
  return zipSync(parts);
}

function readBoth(bytes: Uint8Array, formulas: boolean) {
  const options = { formulas };
  return { plain: readWorkbookFast(bytes, DEFAULT_LIMITS, options), saxes: readWorkbookFast(forSaxes(bytes), DEFAULT_LIMITS, options) };
}

const partText = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes, { filter: (file) => file.name === name })[name] as Uint8Array);

test("commune annexes and the sample workbook: the fast readers read them, and as saxes does, formulas kept or left out", async () => {
  const files = [await renderWorkbook(sampleWorkbook()), ...(await Promise.all(makeCommunes(3, 41).map((commune) => communeAnnex(commune))))];
  for (const bytes of files) {
    for (const formulas of [true, false]) {
      const { plain, saxes } = readBoth(bytes, formulas);
      expect(plain).toEqual(saxes);
    }
  }
  // The fast readers themselves read a commune annex's parts (the comparison above is not saxes against saxes).
  const commune = files[1] as Uint8Array;
  const sheet = partText(commune, "xl/worksheets/sheet1.xml");
  const span = sheetDataSpan(sheet);
  let cells = 0;
  if (span !== null) scanSheetData(sheet, span.start, span.end, false, () => cells++);
  expect(cells).toBeGreaterThan(100);
  expect(scanSharedStrings(partText(commune, "xl/sharedStrings.xml")).length).toBeGreaterThan(50);
}, 60_000);

const STRINGS = `<si><t>Tỷ lệ &amp; số</t></si><si><t xml:space="preserve"> dòng_x000D_ </t></si><si><t/></si>`;

const sheets: [string, string][] = [
  ["rows and cells as Excel writes them", `<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0.975</v></c><c r="C1" t="s"><v>1</v></c></row><row r="3"><c r="A3" t="s"><v>2</v></c></row>`],
  ["rows and cells without their place", `<row><c t="s"><v>0</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>`],
  ["attributes in another order, others beside them", `<row r="2" ht="20" customHeight="1"><c t="s" r="B2"><v>1</v></c><c s="1" r="C2" cm="1"><v>1.5</v></c><c r="D2" s = "1"  t="n" ><v>2</v></c></row>`],
  ["formulas, shared and not, with their cached results", `<row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>3</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">C1&amp;"a"</f><v>1</v></c><c r="C1" t="str"><f t="shared" si="0"/><v>x &lt; y</v></c><c r="D1" t="str"><f>_xlfn.CONCAT("a","b")</f><v></v></c></row>`],
  ["white space between elements, empty and self-closing cells and rows", `\n  <row r="1">\n    <c r="A1">\n      <v>1</v>\n    </c>\n    <c r="B1"/>\n    <c r="C1" s="1"></c>\n  </row>\n  <row r="2"/>\n  <row r="3" ><c r="A3" ><v >2</v ></c ></row >\n`],
  ["booleans, errors, dates as text and character references", `<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#DIV/0!</v></c><c r="C1" t="d"><v>2025-01-31T00:00:00</v></c><c r="D1" t="str"><v>&#7847;&#x1EA1;&quot;&apos;</v></c></row>`],
  ["a row given twice", `<row r="1"><c r="A1"><v>1</v></c></row><row r="1"><c><v>2</v></c></row>`],
];

test.each(sheets)("read as saxes reads it: %s", (_, sheet) => {
  for (const prefix of ["", "x:"]) {
    const xml = prefix === "" ? sheet : sheet.replace(/<(\/?)(row|c|f|v)([ >/\n])/g, `<$1x:$2$3`);
    const bytes = book(xml, prefix === "" ? STRINGS : STRINGS.replace(/<(\/?)(si|t)([ >/])/g, `<$1x:$2$3`), prefix);
    expect(() => scanSharedStrings(partText(bytes, "xl/sharedStrings.xml"))).not.toThrow();
    for (const formulas of [true, false]) {
      const { plain, saxes } = readBoth(bytes, formulas);
      expect(plain).toEqual(saxes);
    }
  }
});

const outside: [string, string][] = [
  ["inline text", `<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>`],
  ["a duplicate attribute", `<row r="1"><c r="A1" s="1" r="B1"><v>1</v></c></row>`],
  ["a duplicate attribute among others", `<row r="1"><c r="A1" cm="1" x="2" cm="3"><v>1</v></c></row>`],
  ["a row's duplicate attribute", `<row r="1" ht="2" r="3"><c r="A1"><v>1</v></c></row>`],
  ["an attribute in single quotes", `<row r='1'><c r="A1"><v>1</v></c></row>`],
  ["a reference in an attribute", `<row r="1"><c r="A1" x="&amp;"><v>1</v></c></row>`],
  ["a carriage return in a value", `<row r="1"><c r="A1" t="str"><v>a\r\nb</v></c></row>`],
  ["a control character in a value", `<row r="1"><c r="A1" t="str"><v>a\u0001b</v></c></row>`],
  ["an unknown reference", `<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>`],
  ["text between cells", `<row r="1">x<c r="A1"><v>1</v></c></row>`],
  ["a comment", `<row r="1"><!-- a --><c r="A1"><v>1</v></c></row>`],
  ["a value with attributes", `<row r="1"><c r="A1"><v x="1">1</v></c></row>`],
  ["cells outside a row", `<c r="A1"><v>1</v></c>`],
  ["an element of another prefix", `<row r="1"><y:c xmlns:y="u" r="A1"><y:v>1</y:v></y:c></row>`],
  ["tags that do not nest", `<row r="1"><c r="A1"><v>1</c></v></row>`],
];

/** What the reader makes of a workbook is what saxes makes of it: the same cells, or the same refusal. */
function expectReadAsSaxesReads(bytes: Uint8Array): void {
  let saxes: unknown;
  try {
    saxes = readWorkbookFast(forSaxes(bytes));
  } catch {
    expect(() => readWorkbookFast(bytes)).toThrow();
    return;
  }
  expect(readWorkbookFast(bytes)).toEqual(saxes);
}

test.each(outside)("outside the fast reader's form, read as saxes reads it: %s", (_, sheet) => {
  expectReadAsSaxesReads(book(sheet, STRINGS));
});

const unusualItems: [string, string][] = [
  ["rich text", `<si><r><t>a</t></r><r><rPr><b/></rPr><t>b</t></r></si>`],
  ["a phonetic run", `<si><t>a</t><rPh sb="0" eb="1"><t>b</t></rPh></si>`],
  ["a carriage return", `<si><t>a\r\nb</t></si>`],
  ["a duplicate attribute", `<si><t a="1" a="2">x</t></si>`],
  ["an empty item", `<si/>`],
  ["an unknown reference", `<si><t>&nbsp;</t></si>`],
  ["a comment", `<si><t>a</t><!-- b --></si>`],
  ["text between items", `<si><t>a</t></si>b`],
  ["an item of another prefix", `<y:si xmlns:y="u"><y:t>a</y:t></y:si>`],
  ["tags that do not nest", `<si><t>a</si></t>`],
];

test.each(unusualItems)("a shared string outside the fast reader's form is left to the general scan or saxes: %s", (_, item) => {
  expect(() => scanSharedStrings(`<sst ${NS}>${item}</sst>`)).toThrow(NotPlainXml);
  expectReadAsSaxesReads(book(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`, item));
});

test("plain shared strings: references resolved, white space kept, an empty text, a second sst refused", () => {
  expect(scanSharedStrings(`<sst ${NS}>${STRINGS}</sst>`)).toEqual(["Tỷ lệ & số", " dòng_x000D_ ", ""]);
  expect(scanSharedStrings(`<sst ${NS} count="1">\n  <si>\n <t xml:space="preserve">a &lt; b</t>\n</si >\n</sst>`)).toEqual(["a < b"]);
  expect(() => scanSharedStrings(`<sst ${NS}><si><t>a</t></si></sst><sst><si><t>b</t></si></sst>`)).toThrow(NotPlainXml);
});
