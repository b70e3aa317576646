/**
 * The bounded streaming reader (fflate + saxes): the same values and number formats as the ExcelJS
 * reader on real annexes; prefixed element names, the 1904 date system, rich and inline text; and
 * parts refused by their declared size before anything is inflated.
 */
import { strToU8, zipSync } from "fflate";
import * as ExcelJS from "exceljs";
import type { GridWorkbook } from "../../../src/core/annex/grid";
import { readWorkbookFast, withoutFormulaBytes, withoutFormulas } from "../../../src/hosts/xlsx/fastRead";
import { DEFAULT_LIMITS, PartTooLargeError, readParts } from "../../../src/hosts/xlsx/parts";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { readReceivedBytes } from "../../../src/hosts/xlsx/received";
import { nodeInflate } from "../../../src/cli/commands/consolidateReader";
import { deflateRawSync } from "node:zlib";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { communeAnnex, makeCommunes } from "../../support/communes";
import { sampleWorkbook } from "./sample";

/** Cells as [value, numFmt], trailing empty cells and rows dropped: what both readers must agree on. */
function comparable(book: GridWorkbook) {
  return book.sheets.map((sheet) => {
    const rows = sheet.rows.map((row) => {
      const cells = row.map((cell) => [cell.value, cell.numFmt ?? null]);
      while (cells.length > 0 && cells[cells.length - 1]?.[0] === null && cells[cells.length - 1]?.[1] === null) cells.pop();
      return cells;
    });
    while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
    return { name: sheet.name, visibility: sheet.visibility, rows, merges: [...sheet.merges].sort() };
  });
}

test("commune annexes and the sample workbook read the same as with ExcelJS", async () => {
  const files: Uint8Array[] = [await renderWorkbook(sampleWorkbook())];
  for (const commune of makeCommunes(6, 77)) files.push(await communeAnnex(commune));
  for (const bytes of files) {
    const expected = comparable(await readWorkbookGrid(bytes));
    expect(comparable(readWorkbookFast(bytes))).toEqual(expected);
    // Consolidation's reading leaves the formulas' text out, and only that.
    expect(comparable(readWorkbookFast(bytes, DEFAULT_LIMITS, { formulas: false }))).toEqual(expected);
  }
}, 60_000);

test("formulas are left out whole, prefixed or shared, with their entities, and nothing else", () => {
  const xml = '<x:row r="1"><x:c r="A1" t="str"><x:f t="shared" ref="A1:A3" si="0">IF(B1&lt;2,"a&amp;b","")</x:f><x:v>a&amp;b</x:v></x:c><c r="A2"><f t="shared" si="0"/><v>2</v></c><c r="A3"><f>SUM(B1:B2)</f ><v>3</v></c><c r="A4" t="inlineStr"><is><t>fx</t></is></c></x:row>';
  expect(withoutFormulas(xml)).toBe('<x:row r="1"><x:c r="A1" t="str"><x:v>a&amp;b</x:v></x:c><c r="A2"><v>2</v></c><c r="A3"><v>3</v></c><c r="A4" t="inlineStr"><is><t>fx</t></is></c></x:row>');
});

test("formulas are left out of the bytes before decoding exactly as withoutFormulas leaves them out of the text", () => {
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  const encoded = (text: string) => new TextEncoder().encode(text);
  const xml = '<x:row r="1"><x:c r="A1" t="str"><x:f t="shared" ref="A1:A3" si="0">IF(B1&lt;2,"Không đạt","")</x:f><x:v>a&amp;b</x:v></x:c><c r="A2"><f t="shared" si="0"/><v>2</v></c><c r="A3"><f>SUM(B1:B2)</f ><v>3</v></c></x:row>';
  const stripped = withoutFormulaBytes(encoded(xml));
  expect(stripped === null ? null : decode(stripped)).toBe(withoutFormulas(xml));
  // Pieces that make the expression's corners: greedy attributes, self-closing, prefixes, spaces outside ASCII, broken characters.
  const pieces: (string | number[])[] = ["<f>", "</f>", "<f ", "<x:f", "</x:f>", "<fx>", "/>", ">", "<", "/", " ", "\t", "\r", "a=\"1\"", "x", "f", ":", "é", "\u00a0", "\u2003", "<v>1</v>", "</f >", [0xe1], [0x80], [0xe1, 0xbb], [0xff]];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
  let unsure = 0;
  for (let n = 0; n < 20_000; n++) {
    const parts = Array.from({ length: 1 + (n % 12) }, () => pieces[next()] as string | number[]);
    const bytes = Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...encoded(p)] : p)));
    const out = withoutFormulaBytes(bytes);
    // null: not sure from the bytes alone (a byte outside ASCII where a space may stand); the text is then done after decoding.
    if (out === null) unsure++;
    else expect(decode(out)).toBe(withoutFormulas(decode(bytes)));
  }
  expect(unsure).toBeLessThan(10_000);
});

test("the time the author saved the workbook, from its document properties", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("A").getCell("A1").value = 1;
  book.modified = new Date(Date.UTC(2025, 11, 4, 9, 30));
  const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  expect(readWorkbookFast(bytes).modified).toBe("2025-12-04T09:30:00.000Z");
});

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;
const RELS = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`;

/** A workbook as some generators write it: every element prefixed, dates in the 1904 system. */
function prefixed(sheetXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return zipSync({
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "xl/workbook.xml": strToU8(`<x:workbook ${ns}><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Số liệu" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(RELS),
    "xl/sharedStrings.xml": strToU8(`<x:sst ${ns}><x:si><x:t>Tỷ lệ</x:t></x:si><x:si><x:r><x:t>Tăng </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>trưởng</x:t></x:r><x:rPh><x:t>phiên âm</x:t></x:rPh></x:si></x:sst>`),
    "xl/styles.xml": strToU8(
      `<x:styleSheet ${ns}><x:numFmts><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></x:numFmts><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="10"/><x:xf numFmtId="164"/></x:cellXfs></x:styleSheet>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheetXml.replaceAll("NS", ns)),
    ...extra,
  });
}

test("prefixed element names, shared rich text without its phonetic run, inline text, percentages and 1904 dates", () => {
  const bytes = prefixed(
    `<x:worksheet NS><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>0.975</x:v></x:c><x:c r="C1" s="2"><x:v>0</x:v></x:c></x:row>` +
      `<x:row r="3"><x:c r="B3" t="s"><x:v>1</x:v></x:c><x:c r="C3" t="inlineStr"><x:is><x:t>Hoàn thành</x:t></x:is></x:c><x:c r="D3" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  );
  const [sheet] = readWorkbookFast(bytes).sheets;
  expect(sheet?.name).toBe("Số liệu");
  expect(sheet?.rows[0]).toEqual([{ value: "Tỷ lệ" }, { value: 0.975, numFmt: "0.00%" }, { value: "1904-01-01", numFmt: "dd/mm/yyyy" }]);
  expect(sheet?.rows[1]).toEqual([]);
  expect(sheet?.rows[2]).toEqual([{ value: null }, { value: "Tăng trưởng" }, { value: "Hoàn thành" }, { value: "ab", formula: '"a"&"b"' }]);
});

test("a part is refused by the size it declares, before it is inflated; a part lying about its size is cut short", async () => {
  const zeros = `<worksheet><sheetData>${"<row/>".repeat(400_000)}</sheetData></worksheet>`; // 2,4 MB, a few KB compressed
  const bytes = prefixed(zeros);
  const limits = { partBytes: 1024 * 1024, totalBytes: 4 * 1024 * 1024 };
  const start = Date.now();
  expect(() => readParts(bytes, (name) => name === "xl/worksheets/sheet1.xml", limits)).toThrow(PartTooLargeError);
  expect(Date.now() - start).toBeLessThan(1_000);
  const received = await readReceivedBytes("bom.xlsx", bytes, null, limits);
  expect(received).toMatchObject({ ok: false, reason: "unreadable_file" });
  expect(received.ok ? "" : received.message).toContain("Tệp quá lớn để đọc an toàn: phần «xl/worksheets/sheet1.xml» khai báo 2,3 MB");

  // The directory says 100 bytes: inflating writes into 100 bytes and stops, the XML is cut and refused.
  const lying = lieAboutSize(bytes, "xl/worksheets/sheet1.xml", 100);
  const read = await readReceivedBytes("noi-doi.xlsx", lying, null, limits);
  expect(read).toMatchObject({ ok: false, reason: "unreadable_file" });
  // The CLI's native zlib stops at the declared size too: the file is refused, nothing past 100 bytes is made.
  expect(nodeInflate(deflateRawSync(Buffer.alloc(1000)), 1000)).toHaveLength(1000);
  expect(() => nodeInflate(deflateRawSync(Buffer.alloc(1000)), 100)).toThrow();
  const native = await readReceivedBytes("noi-doi.xlsx", lying, null, limits, nodeInflate);
  expect(native).toMatchObject({ ok: false, reason: "unreadable_file" });
  expect(await readReceivedBytes("mau.xlsx", bytes, null, DEFAULT_LIMITS, nodeInflate)).toEqual(await readReceivedBytes("mau.xlsx", bytes, null, DEFAULT_LIMITS));
});

/** The zip with `name`'s uncompressed size rewritten in its local header and central directory entry. */
function lieAboutSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const encoded = strToU8(name);
  for (let i = 0; i < out.length - 4; i++) {
    const signature = view.getUint32(i, true);
    const header = signature === 0x04034b50 ? { nameLength: 26, name: 30, size: 22 } : signature === 0x02014b50 ? { nameLength: 28, name: 46, size: 24 } : null;
    if (header === null || view.getUint16(i + header.nameLength, true) !== encoded.length) continue;
    if (encoded.every((byte, k) => out[i + header.name + k] === byte)) view.setUint32(i + header.size, size, true);
  }
  return out;
}
