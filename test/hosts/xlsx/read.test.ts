import * as ExcelJS from "exceljs";
import { gridCell, gridColumnCount, gridSheet } from "../../../src/core/annex/grid";
import type { GridSheet, GridWorkbook } from "../../../src/core/annex/grid";
import { NotXlsxError, readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { minimalDocx } from "./zip";

async function write(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  const out: unknown = await book.xlsx.writeBuffer();
  if (!(out instanceof Uint8Array)) throw new Error("ExcelJS không trả về byte");
  return new Uint8Array(out);
}

function sheet(workbook: GridWorkbook, name: string): GridSheet {
  const found = gridSheet(workbook, name);
  if (!found) throw new Error(`thiếu trang ${name}`);
  return found;
}

describe("values come back as plain data", () => {
  let grid: GridWorkbook;
  let s: GridSheet;

  beforeAll(async () => {
    const bytes = await write((book) => {
      const ws = book.addWorksheet("Số liệu");
      ws.getCell("A1").value = "Chỉ tiêu";
      ws.getCell("B1").value = 8.1;
      ws.getCell("C1").value = true;
      ws.getCell("A2").value = { richText: [{ text: "Tăng " }, { text: "trưởng", font: { bold: true } }] };
      ws.getCell("B2").value = { text: "Xem văn bản", hyperlink: "http://example.com" };
      ws.getCell("C2").value = new Date(Date.UTC(2024, 1, 1));
      ws.getCell("D2").value = new Date(Date.UTC(2024, 1, 1, 8, 30));
      ws.getCell("A3").value = { error: "#DIV/0!" };
      ws.getCell("B3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("C3").value = { formula: "B1*0", result: 0 };
      ws.getCell("D3").value = { formula: 'IF(B1>0,"Vượt","Không đạt")', result: "Vượt" };
      ws.getCell("E3").value = { formula: "B1>100", result: false };
      ws.getCell("F3").value = { formula: "NOW()" };
      ws.getCell("A4").value = 1;
      ws.getCell("A5").value = 2;
      ws.getCell("A6").value = 3;
      ws.fillFormula("B4:B6", "A4*2", [2, 4, 6]);
      ws.getCell("C4").value = 0.956;
      ws.getCell("C4").numFmt = "0.0%";
      ws.getCell("D4").numFmt = "@";
      ws.getCell("A8").value = "Gộp";
      ws.mergeCells("A8:C9");
      ws.getCell("H10").value = "xa";
      book.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = "x";
      book.addWorksheet("Ẩn hẳn", { state: "veryHidden" }).getCell("A1").value = "y";
    });
    grid = await readWorkbookGrid(bytes);
    s = sheet(grid, "Số liệu");
  });

  test("constants", () => {
    expect([gridCell(s, 1, 1), gridCell(s, 1, 2), gridCell(s, 1, 3)]).toEqual([{ value: "Chỉ tiêu" }, { value: 8.1 }, { value: true }]);
  });

  test("rich text and hyperlinks as their text, dates as ISO text, errors as their code", () => {
    expect(gridCell(s, 2, 1).value).toBe("Tăng trưởng");
    expect(gridCell(s, 2, 2).value).toBe("Xem văn bản");
    expect(gridCell(s, 2, 3)).toMatchObject({ value: "2024-02-01" });
    expect(gridCell(s, 2, 4).value).toBe("2024-02-01T08:30:00");
    expect(gridCell(s, 2, 3).numFmt).toBeDefined();
    expect(gridCell(s, 3, 1)).toEqual({ value: "#DIV/0!" });
  });

  test("formulas with their cached results, falsy ones included", () => {
    expect(gridCell(s, 3, 2)).toEqual({ value: "#DIV/0!", formula: "1/0" });
    expect(gridCell(s, 3, 3)).toEqual({ value: 0, formula: "B1*0" });
    expect(gridCell(s, 3, 4)).toEqual({ value: "Vượt", formula: 'IF(B1>0,"Vượt","Không đạt")' });
    expect(gridCell(s, 3, 5)).toEqual({ value: false, formula: "B1>100" });
    expect(gridCell(s, 3, 6)).toEqual({ value: null, formula: "NOW()" });
  });

  test("shared formulas are expanded to each cell's own formula", () => {
    expect([4, 5, 6].map((r) => gridCell(s, r, 2))).toEqual([
      { value: 2, formula: "A4*2" },
      { value: 4, formula: "A5*2" },
      { value: 6, formula: "A6*2" },
    ]);
  });

  test("number formats, General left out", () => {
    expect(gridCell(s, 4, 3)).toEqual({ value: 0.956, numFmt: "0.0%" });
    expect(gridCell(s, 4, 4)).toEqual({ value: null, numFmt: "@" });
    expect(gridCell(s, 4, 1)).toEqual({ value: 1 });
  });

  test("merges, with covered cells empty", () => {
    expect(s.merges).toEqual(["A8:C9"]);
    expect(gridCell(s, 8, 1).value).toBe("Gộp");
    expect(gridCell(s, 8, 2).value).toBeNull();
    expect(gridCell(s, 9, 3).value).toBeNull();
  });

  test("the grid is dense up to the last stored cell; outside it cells are empty", () => {
    expect(s.rows).toHaveLength(10);
    expect(s.rows[9]).toHaveLength(8);
    expect(s.rows[6]).toEqual([]);
    expect(gridColumnCount(s)).toBe(8);
    expect(gridCell(s, 7, 1)).toEqual({ value: null });
    expect(gridCell(s, 500, 500)).toEqual({ value: null });
  });

  test("sheet visibility", () => {
    expect(grid.sheets.map((x) => [x.name, x.visibility])).toEqual([
      ["Số liệu", "visible"],
      ["Ẩn", "hidden"],
      ["Ẩn hẳn", "veryHidden"],
    ]);
  });
});

test("reads an ArrayBuffer and a Uint8Array that views part of a larger buffer", async () => {
  const bytes = await write((book) => (book.addWorksheet("A").getCell("A1").value = "Đạt"));
  const padded = new Uint8Array(bytes.length + 16);
  padded.set(bytes, 8);
  const view = padded.subarray(8, 8 + bytes.length);
  const arrayBuffer = bytes.slice().buffer;
  for (const input of [view, arrayBuffer]) {
    const grid = await readWorkbookGrid(input);
    expect(grid.sheets[0]?.rows).toEqual([[{ value: "Đạt" }]]);
  }
});

describe("a file that is not an .xlsx is refused in Vietnamese, saying what to do", () => {
  const NOT_XLSX = /^Tệp không phải bảng tính Excel \(\.xlsx\)/;

  async function refusal(data: Uint8Array | ArrayBuffer): Promise<string> {
    const error: unknown = await readWorkbookGrid(data).then(
      () => new Error("đã đọc được"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotXlsxError);
    const message = error instanceof Error ? error.message : "";
    expect(message).toMatch(NOT_XLSX);
    expect(message).toMatch(/Hãy/);
    return message;
  }

  test("an empty file", async () => {
    expect(await refusal(new Uint8Array(0))).toMatch(/tệp rỗng/);
    expect(await refusal(new ArrayBuffer(0))).toMatch(/tệp rỗng/);
  });

  test("random bytes", async () => {
    let seed = 12345;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    await refusal(random);
  });

  test("a CSV text file", async () => {
    expect(await refusal(new TextEncoder().encode("STT,Chỉ tiêu\n1,GRDP\n"))).toMatch(/Lưu như/);
  });

  test("a Word document", async () => {
    expect(await refusal(minimalDocx())).toMatch(/tệp Word \(\.docx\)/);
  });

  test("an old .xls or a password-protected workbook", async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal(ole)).toMatch(/\.xls.*mật khẩu/);
  });

  test("a truncated .xlsx", async () => {
    const bytes = await write((book) => (book.addWorksheet("A").getCell("A1").value = 1));
    expect(await refusal(bytes.subarray(0, Math.floor(bytes.length / 2)))).toMatch(/bị hỏng/);
  });
});
