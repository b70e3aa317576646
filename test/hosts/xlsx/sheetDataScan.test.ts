/**
 * The cell-by-cell scan of sheetData: it reads the forms Excel and our writers store, exactly as the
 * general reader reads them, and refuses (NotPlainXml: the general reader takes over) anything else.
 */
import { strToU8, zipSync } from "fflate";
import { readWorkbookFast } from "../../../src/hosts/xlsx/fastRead";
import { scanSheetData, sheetDataSpan, type ScannedCell } from "../../../src/hosts/xlsx/sheetDataScan";
import { NotPlainXml } from "../../../src/hosts/xlsx/xmlScan";

function scan(inner: string, formulas = true): ScannedCell[] {
  const xml = `<worksheet><sheetData>${inner}</sheetData></worksheet>`;
  const span = sheetDataSpan(xml);
  if (span === null) throw new Error("no sheetData");
  const cells: ScannedCell[] = [];
  scanSheetData(xml, span.start, span.end, formulas, (cell) => cells.push(cell));
  return cells;
}

test("the forms both writers store: styles, types, formulas shared or not, empty and missing values, rows without cells", () => {
  const cells = scan(
    '<row r="2" ht="30" customHeight="1" spans="1:4" x14ac:dyDescent="0.25"><c r="A2" s="8" t="s"><v>12</v></c><c r="B2" s="3"/><c r="C2" t="str"><f t="shared" ref="C2:C3" si="0">IF(A2&lt;&gt;"",&quot;a&amp;b&quot;,"")</f><v>a&amp;b</v></c><c r="AB2"><f t="shared" si="0"/><v>-1.5E+300</v></c></row>' +
      '<row r="5"/><row r="7"><c r="D7" t="str"><f>A1</f><v></v></c><c r="E7" t="e"><v/></c></row>',
  );
  expect(cells).toEqual([
    { row: 2, column: 1, type: "s", style: 8, value: "12", formula: null },
    { row: 2, column: 2, type: "n", style: 3, value: null, formula: null },
    { row: 2, column: 3, type: "str", style: 0, value: "a&b", formula: 'IF(A2<>"","a&b","")' },
    { row: 2, column: 28, type: "n", style: 0, value: "-1.5E+300", formula: null },
    { row: 7, column: 4, type: "str", style: 0, value: "", formula: "A1" },
    { row: 7, column: 5, type: "e", style: 0, value: "", formula: null },
  ]);
  // Without formulas their text is not even read.
  expect(scan('<row r="1"><c r="A1"><f>&bogus;</f><v>1</v></c></row>', false)).toEqual([{ row: 1, column: 1, type: "n", style: 0, value: "1", formula: null }]);
});

test.each([
  ["a prefix", '<row r="1"><x:c r="A1"><v>1</v></x:c></row>'],
  ["whitespace between tags", '<row r="1">\n<c r="A1"><v>1</v></c></row>'],
  ["a row without r", '<row><c r="A1"><v>1</v></c></row>'],
  ["a cell without r", '<row r="1"><c s="1"><v>1</v></c></row>'],
  ["attributes in another order", '<row r="1"><c r="A1" t="s" s="1"><v>1</v></c></row>'],
  ["another cell attribute", '<row r="1"><c r="A1" cm="1"><v>1</v></c></row>'],
  ["an inline string", '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'],
  ["an inline string without text", '<row r="1"><c r="A1" t="inlineStr"/></row>'],
  ["a repeated row attribute", '<row r="1" ht="2" ht="3"><c r="A1"><v>1</v></c></row>'],
  ["r given twice", '<row r="1" r="2"><c r="A1"><v>1</v></c></row>'],
  ["a repeated formula attribute", '<row r="1"><c r="A1"><f t="shared" si="0" si="1"/><v>1</v></c></row>'],
  ["an entity in an attribute", '<row r="1" spans="1&amp;2"><c r="A1"><v>1</v></c></row>'],
  ["an unknown entity in a value", '<row r="1"><c r="A1" t="str"><v>&bogus;</v></c></row>'],
  ["a carriage return in a value", '<row r="1"><c r="A1" t="str"><v>a\rb</v></c></row>'],
  ["]]> in a value", '<row r="1"><c r="A1" t="str"><v>a]]>b</v></c></row>'],
  ["a nested row", '<row r="1"><row r="2"></row></row>'],
  ["a cell outside a row", '<c r="A1"><v>1</v></c>'],
  ["an unclosed row", '<row r="1"><c r="A1"><v>1</v></c>'],
  ["a second sheetData", '<row r="1"></row></sheetData><sheetData><row r="2"></row>'],
  ["a comment", '<row r="1"><!-- x --></row>'],
  ["a cut cell", '<row r="1"><c r="A1"><v>1</v>'],
])("refuses %s", (_, inner) => {
  expect(() => scan(inner)).toThrow(NotPlainXml);
});

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function book(sheetData: string): Uint8Array {
  return zipSync({
    "xl/workbook.xml": strToU8(`<workbook ${NS}><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    "xl/sharedStrings.xml": strToU8(`<sst ${NS}><si><t>Tỷ lệ</t></si></sst>`),
    "xl/styles.xml": strToU8(`<styleSheet ${NS}><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="164"/></cellXfs></styleSheet>`),
    "xl/worksheets/sheet1.xml": strToU8(`<worksheet ${NS}><sheetPr/><sheetData>${sheetData}</sheetData><mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells></worksheet>`),
  });
}

test("a workbook reads the same through the cell scan as through the general reader", () => {
  const rows =
    '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0.975</v></c><c r="C1" s="2"><v>45000</v></c><c r="D1" t="b"><v>1</v></c></row>' +
    '<row r="3"><c r="A3" t="str"><f>_xlfn.NUMBERVALUE("1,5",",")</f><v>1.5</v></c><c r="B3" s="1"/><c r="E3" t="str"><f t="shared" ref="E3:E4" si="0">A3&amp;""</f><v></v></c></row>' +
    '<row r="4"><c r="E4" t="str"><f t="shared" si="0"/><v>x</v></c></row>';
  // A line break between rows is whitespace the general reader reads and the cell scan refuses.
  const general = book(rows.replace("</row><row", "</row>\n<row"));
  for (const formulas of [true, false]) {
    const fast = readWorkbookFast(book(rows), undefined, { formulas }).sheets;
    expect(fast).toEqual(readWorkbookFast(general, undefined, { formulas }).sheets);
    expect(fast[0]?.merges).toEqual(["A3:B3"]);
    expect(fast[0]?.rows[2]?.[0]).toEqual(formulas ? { value: "1.5", formula: 'NUMBERVALUE("1,5",",")' } : { value: "1.5" });
  }
  // Malformed inside: refused, as the general reader refuses it.
  expect(() => readWorkbookFast(book('<row r="1"><c r="A1"><v>1</v></row>'))).toThrow();
});
