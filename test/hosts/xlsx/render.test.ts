import * as ExcelJS from "exceljs";
import type { Workbook } from "../../../src/core/annex/sheet";
import { cellFormula, columnLetter, hasFormula } from "../../../src/core/annex/sheet";
import { gridCell } from "../../../src/core/annex/grid";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { renderWorkbook, WorkbookDescriptionError } from "../../../src/hosts/xlsx/render";
import { CODES, EXTRA, FIRST, HYPERLINK_TEXT, LAST, MAIN, PERCENT_ROW, SPACED_TEXT, sampleWorkbook } from "./sample";
import { unzipText } from "./zip";

let bytes: Uint8Array;
let book: ExcelJS.Workbook;
let main: ExcelJS.Worksheet;
let codes: ExcelJS.Worksheet;

beforeAll(async () => {
  bytes = await renderWorkbook(sampleWorkbook());
  book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  const [first, second] = book.worksheets;
  if (!first || !second) throw new Error("thiếu trang tính");
  main = first;
  codes = second;
});

/** Reads a property path from ExcelJS internals that its types leave out. */
function dig(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

function xml(name: string): string {
  const text = unzipText(bytes).get(name);
  if (text === undefined) throw new Error(`thiếu ${name}`);
  return text;
}

test("returns plain bytes of a zip package", () => {
  expect(bytes).toBeInstanceOf(Uint8Array);
  expect(Buffer.isBuffer(bytes)).toBe(false);
  expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
});

test("sheets keep their order, names, visibility and the active tab", () => {
  expect(book.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
    [MAIN, "visible"],
    [CODES, "veryHidden"],
  ]);
  expect(book.views[0]?.activeTab).toBe(0);
  expect(xml("xl/worksheets/sheet1.xml")).toMatch(/<sheetView [^>]*tabSelected="1"/);
  expect(xml("xl/worksheets/sheet2.xml")).not.toMatch(/tabSelected/);
  expect(book.title).toBe("Phụ lục I - Chỉ tiêu chủ yếu năm 2024");
  expect(book.creator).toBe("Phụ lục");
});

test("every described value, formula, cached result and number format reads back the same", async () => {
  const description = sampleWorkbook();
  const grid = await readWorkbookGrid(bytes);
  description.sheets.forEach((sheet, s) => {
    const read = grid.sheets[s];
    if (!read) throw new Error(`thiếu trang ${sheet.name}`);
    expect(read.name).toBe(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (!cell) return;
        const got = gridCell(read, r + 1, c + 1);
        const where = `${sheet.name}!${columnLetter(c + 1)}${r + 1}`;
        const expected = hasFormula(cell) ? (cell.result === "" ? null : (cell.result ?? null)) : (cell.value ?? null);
        expect({ where, value: got.value, formula: got.formula }).toEqual({ where, value: expected, formula: cellFormula(cell, r + 1) });
        const numFmt = cell.style === undefined ? undefined : description.styles[cell.style]?.numFmt;
        expect({ where, numFmt: got.numFmt }).toEqual({ where, numFmt });
      }),
    );
  });
  expect(grid.sheets[1]?.visibility).toBe("veryHidden");
});

test('a string starting with "=" is a shared string in the file, not a formula', () => {
  const cell = main.getCell(`B${EXTRA.hyperlink}`);
  expect(cell.type).toBe(ExcelJS.ValueType.String);
  expect(cell.value).toBe(HYPERLINK_TEXT);
  const sheetXml = xml("xl/worksheets/sheet1.xml");
  const xmlCell = new RegExp(`<c r="B${EXTRA.hyperlink}"[^>]*>(.*?)</c>`).exec(sheetXml);
  expect(xmlCell?.[0]).toMatch(/t="s"/);
  expect(xmlCell?.[1]).not.toMatch(/<f>/);
  expect(xml("xl/sharedStrings.xml")).toContain("=HYPERLINK(&quot;http://example.com/ke-hoach&quot;,&quot;Xem văn bản&quot;)");
});

test("leading and trailing spaces and booleans survive", () => {
  expect(main.getCell(`B${EXTRA.spaces}`).value).toBe(SPACED_TEXT);
  expect(main.getCell(`B${EXTRA.flag}`).value).toBe(true);
});

test("formulas carry their cached results, including Vietnamese text", () => {
  expect(main.getCell(`G${FIRST}`).value).toEqual({
    formula: `IF(ISNUMBER(E${FIRST}),IF(E${FIRST}>=D${FIRST},"Vượt","Không đạt"),"Chưa có số liệu")`,
    result: "Vượt",
  });
  expect(main.getCell(`I${PERCENT_ROW}`).result).toBe("Nhập dạng phần trăm");
  expect(main.getCell(`D${EXTRA.percentFormat}`).formula).toBe(`CELL("format",E${PERCENT_ROW})`);
  expect(xml("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
});

test("fonts, alignment, fills, borders and number formats", () => {
  expect(main.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
  expect(main.getCell("A3").font).toMatchObject({ name: "Times New Roman", size: 13, italic: true });
  expect(main.getCell("A1").alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
  expect(main.getCell(`B${FIRST}`).alignment).toMatchObject({ horizontal: "left", vertical: "middle", wrapText: true, indent: 1 });
  expect(main.getCell("A5").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
  const thin = { style: "thin", color: { argb: "FF000000" } };
  expect(main.getCell("A5").border).toMatchObject({ top: thin, left: thin, bottom: thin, right: thin });
  expect(main.getCell(`I${FIRST}`).font).toMatchObject({ size: 11, italic: true, color: { argb: "FFC00000" } });
  expect(main.getCell(`B${FIRST}`).numFmt).toBe("@");
  expect(main.getCell(`D${FIRST}`).numFmt).toBe("#,##0.0");
  expect(main.getCell(`E${PERCENT_ROW}`).numFmt).toBe("0.0%");
  expect(main.getCell(`D${EXTRA.flag}`).numFmt).toBe("0.0%");
});

test("merges, and covered cells without a style of their own take the top-left cell's", () => {
  expect([...main.model.merges].sort()).toEqual(
    ["A1:J1", "A2:J2", "A3:J3", "A5:A6", "B5:B6", "C5:C6", "D5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:I6", "J5:J6"].sort(),
  );
  expect(main.getCell("J1").font).toMatchObject({ bold: true, size: 14 });
  expect(main.getCell("A6").border).toMatchObject({ bottom: { style: "thin" } });
});

test("column widths, hidden columns, row heights and hidden rows", () => {
  // Stored with Excel's 5-pixel padding (Calibri 11: 7-pixel digits), so Excel shows 6, 42, 9, 15.
  expect([1, 2, 8, 10].map((c) => main.getColumn(c).width)).toEqual([6.7109375, 42.7109375, 9.7109375, 15.7109375]);
  expect(main.getColumn(8).hidden).toBe(true);
  expect(main.getColumn(2).hidden).toBe(false);
  expect([1, 2, 5, 6].map((r) => main.getRow(r).height)).toEqual([21, 36, 30, 20]);
  expect(main.getRow(EXTRA.hidden).hidden).toBe(true);
  expect(main.getRow(FIRST).hidden).toBe(false);
});

test("frozen panes and grid lines", () => {
  expect(main.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 6, topLeftCell: "C7", showGridLines: false });
  expect(codes.views[0]).toMatchObject({ state: "normal", showGridLines: true });
});

test("data validations: bounds, list, prompts and errors, blanks allowed", () => {
  const validations = dig(main.model, "dataValidations");
  expect(dig(validations, `E${FIRST}`)).toEqual({
    type: "decimal",
    operator: "greaterThanOrEqual",
    formulae: [0],
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: true,
    promptTitle: "Nhập số thực hiện",
    prompt: "Nhập số, không kèm đơn vị; để trống nếu chưa có số liệu.",
    errorStyle: "stop",
    errorTitle: "Số không hợp lệ",
    error: "Chỉ nhập số không âm, ví dụ 8,1.",
  });
  expect(dig(validations, `E${LAST}`)).toEqual(dig(validations, `E${FIRST}`));
  expect(dig(validations, `E${LAST + 1}`)).toBeUndefined();
  expect(dig(validations, `J${FIRST}`)).toMatchObject({
    type: "list",
    formulae: ['"Ước thực hiện,Chính thức"'],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: "Chọn trong danh sách",
  });
  expect(dig(validations, `J${FIRST}`)).not.toHaveProperty("prompt");
  expect(dig(codes.model, "dataValidations", "B2")).toMatchObject({ type: "whole", operator: "between", formulae: [1, 1000] });
  // One range per validation, as described.
  expect(xml("xl/worksheets/sheet1.xml")).toContain(`sqref="E${FIRST}:E${LAST}"`);
});

test("conditional formats: expression rules with fill, font colour and bold", () => {
  const formats = dig(main.model, "conditionalFormattings");
  expect(formats).toEqual([
    {
      ref: `G${FIRST}:G${LAST}`,
      rules: [
        expect.objectContaining({
          type: "expression",
          formulae: [`$G${FIRST}="Vượt"`],
          style: expect.objectContaining({
            fill: expect.objectContaining({ pattern: "solid", bgColor: { argb: "FFC6EFCE" } }),
            font: expect.objectContaining({ bold: true, color: { argb: "FF006100" } }),
          }),
        }),
      ],
    },
    {
      ref: `G${FIRST}:G${LAST}`,
      rules: [
        expect.objectContaining({
          formulae: [`$G${FIRST}="Không đạt"`],
          style: expect.objectContaining({ fill: expect.objectContaining({ bgColor: { argb: "FFFFC7CE" } }) }),
        }),
      ],
    },
  ]);
});

test("page setup: A4 landscape, margins in inches, fit to one page wide, titles, footer, centred", () => {
  expect(main.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: "5:6",
  });
  const margins = main.pageSetup.margins;
  expect(margins?.top).toBeCloseTo(20 / 25.4, 5);
  expect(margins?.left).toBeCloseTo(30 / 25.4, 5);
  expect(margins?.right).toBeCloseTo(15 / 25.4, 5);
  expect(margins?.footer).toBeCloseTo(8 / 25.4, 5);
  expect(main.headerFooter.oddFooter).toBe("&CTrang &P/&N");
  expect(xml("xl/workbook.xml")).toContain(
    `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;${MAIN}&apos;!$5:$6</definedName>`,
  );
});

test("defined names are written as described", () => {
  expect(book.definedNames.model).toEqual(
    expect.arrayContaining([
      { name: "ThucHien", ranges: [`'${MAIN}'!$E$${FIRST}:$E$${LAST}`] },
      { name: "MaChiTieu", ranges: [`'${CODES}'!$A$2:$B$51`] },
    ]),
  );
});

test("a sheet name with an apostrophe is quoted correctly in the print titles", async () => {
  const description = sampleWorkbook();
  const first = description.sheets[0];
  if (!first) throw new Error("thiếu trang");
  first.name = "Xã Đức Thạnh's";
  description.activeSheet = first.name;
  const workbookXml = unzipText(await renderWorkbook(description)).get("xl/workbook.xml");
  expect(workbookXml).toContain("&apos;Xã Đức Thạnh&apos;&apos;s&apos;!$5:$6");
});

test("number checks with one bound or none", async () => {
  const description = sampleWorkbook();
  const sheet = description.sheets[0];
  if (!sheet) throw new Error("thiếu trang");
  const error = { title: "Số", message: "Nhập số." };
  sheet.validations = [
    { range: "K1:K2", type: "decimal", error },
    { range: "L1", type: "whole", max: 10, error },
  ];
  const read = new ExcelJS.Workbook();
  await read.xlsx.load((await renderWorkbook(description)).slice().buffer);
  const validations = dig(read.worksheets[0]?.model, "dataValidations");
  expect(dig(validations, "K2")).toMatchObject({ type: "decimal", operator: "between", formulae: [-9.99999999999999e307, 9.99999999999999e307] });
  expect(dig(validations, "L1")).toMatchObject({ type: "whole", operator: "lessThanOrEqual", formulae: [10] });
});

describe("descriptions Excel would not accept are refused, naming every problem", () => {
  function broken(change: (workbook: Workbook) => void): Promise<Uint8Array> {
    const description = sampleWorkbook();
    change(description);
    return renderWorkbook(description);
  }

  test("a very hidden sheet cannot be the active one", async () => {
    await expect(broken((wb) => (wb.activeSheet = CODES))).rejects.toThrow(/Mã chỉ tiêu.*ẩn hẳn/);
  });

  test("a very hidden sheet cannot be first", async () => {
    await expect(broken((wb) => wb.sheets.reverse())).rejects.toThrow(/Trang tính đầu tiên "Mã chỉ tiêu"/);
  });

  test("several problems are listed together", async () => {
    const error: unknown = await broken((wb) => {
      const sheet = wb.sheets[0];
      const row = sheet?.rows[0];
      if (!sheet || !row) throw new Error("thiếu hàng");
      row.cells[3] = { value: "bị che" };
      const validation = sheet.validations.find((v) => v.type !== "any");
      if (validation && "error" in validation) validation.error.message = "x".repeat(300);
      sheet.rows.push({ cells: [{ formula: "=SUM(A1:A2)" }] });
      wb.styles.bad = { fill: "red" };
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookDescriptionError);
    const problems = error instanceof WorkbookDescriptionError ? error.problems : [];
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ô D1 nằm trong vùng gộp A1:J1/),
        expect.stringMatching(/lời báo lỗi dài 300 ký tự; Excel cho phép tối đa 225/),
        expect.stringMatching(/không có dấu "=" ở đầu/),
        expect.stringMatching(/màu nền "red"/),
      ]),
    );
  });
});
