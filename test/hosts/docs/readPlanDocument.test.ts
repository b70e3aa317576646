import { extractPlan } from "../../../src/core/extract";
import { documentLines, pageLines } from "../../../src/hosts/docs/pdf";
import { planTextFromHtml } from "../../../src/hosts/docs/html";
import { PlanDocumentError, readPlanDocument } from "../../../src/hosts/docs/readPlanDocument";
import { annexOptions } from "../../../src/core/annex";
import { annexBytes } from "../../../src/hosts/xlsx/annexFile";
import { docxFromPlainText } from "../../support/docx";
import { seedPlan } from "../../support/seeds";

const refusal = async (bytes: Uint8Array, name: string): Promise<string> => {
  try {
    await readPlanDocument(bytes, name);
  } catch (error) {
    if (error instanceof PlanDocumentError) return error.message;
    throw error;
  }
  throw new Error("expected the file to be refused");
};

describe("planTextFromHtml (mammoth's HTML)", () => {
  it("keeps paragraphs, Word's list numbers and bullets, and table cells", () => {
    const text = planTextFromHtml(
      "<h1>KẾ HOẠCH</h1><p>Căn cứ &amp; thực hiện<br />năm 2025</p><ol><li>Thu ngân sách đạt 130 tỷ đồng</li><li>Tỷ lệ hộ nghèo dưới 1%<ul><li>nông thôn dưới 2%</li></ul></li></ol>" +
        '<table><tr><td><p>STT</p></td><td colspan="2"><p>Chỉ tiêu</p></td><td><p>ĐVT</p></td></tr><tr><td><p>1</p></td><td><p><em>Thu</em> ngân sách</p></td><td></td><td><p>tỷ đồng</p></td></tr></table>',
    );
    expect(text.blocks).toEqual([
      { kind: "paragraph", text: "KẾ HOẠCH" },
      { kind: "paragraph", text: "Căn cứ & thực hiện năm 2025" },
      { kind: "paragraph", text: "1. Thu ngân sách đạt 130 tỷ đồng" },
      { kind: "paragraph", text: "2. Tỷ lệ hộ nghèo dưới 1%" },
      { kind: "paragraph", text: "+ nông thôn dưới 2%" },
      { kind: "table", rows: [["STT", "Chỉ tiêu", "", "ĐVT"], ["1", "Thu ngân sách", "", "tỷ đồng"]] },
    ]);
  });
});

describe("readPlanDocument", () => {
  it("reads a .docx: its paragraphs, and its table as rows of cells", async () => {
    const text = await readPlanDocument(docxFromPlainText("Số: 5/KH-UBND\n1. Về kinh tế\nSTT\tChỉ tiêu\tĐVT\tKế hoạch\n1\tThu ngân sách\ttỷ đồng\t130"), "ke-hoach.docx");
    expect(text.blocks).toEqual([
      { kind: "paragraph", text: "Số: 5/KH-UBND" },
      { kind: "paragraph", text: "1. Về kinh tế" },
      { kind: "table", rows: [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch"], ["1", "Thu ngân sách", "tỷ đồng", "130"]] },
    ]);
  });

  it("reads text as UTF-8, with or without BOM, and as UTF-16", async () => {
    const plain = "- Tỷ lệ hộ nghèo dưới 1%.";
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(plain, "utf16le"))]);
    for (const bytes of [Buffer.from(plain), Buffer.from(`\ufeff${plain}`), utf16]) {
      expect((await readPlanDocument(new Uint8Array(bytes), "a.txt")).blocks).toEqual([{ kind: "paragraph", text: plain }]);
    }
  });

  it("reads an annex table from an .xlsx, numbers written the Vietnamese way", async () => {
    const bytes = await annexBytes(seedPlan("tien-lu-2024"), annexOptions());
    const draft = extractPlan(await readPlanDocument(bytes, "phu-luc.xlsx"));
    expect(draft.origin).toBe("table");
    const all = draft.sections.flatMap((s) => s.indicators);
    expect(all).toHaveLength(40);
    expect(all.find((i) => i.name === "Chi ngân sách địa phương")).toMatchObject({ unit: "tỷ đồng", target: "654,247" });
  });

  // PDFs are read through pdfjs-dist, an ES module that jest's sandbox cannot import: they are
  // tested through the real command in test/cli/import.test.ts, and the layout below.

  it.each([
    ["an empty file", new Uint8Array(), "rong.txt", /tệp rỗng \(0 byte\)/],
    ["blank text", new Uint8Array(Buffer.from(" \n\n \t\n")), "trang.txt", /không có nội dung để đọc/],
    ["a picture", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "anh.png", /tệp ảnh \(PNG\)/],
    ["an old Word file", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "cu.doc", /đời cũ \(\.doc, \.xls\)/],
    ["binary data", new Uint8Array([1, 2, 0, 4, 5, 0, 0, 7]), "x.bin", /không phải văn bản/],
    ["text in another encoding", new Uint8Array([0x54, 0xe0, 0x69, 0x20, 0xea]), "cp1258.txt", /UTF-8/],
  ])("refuses %s with a message saying what to do", async (_what, bytes, name, message) => {
    const text = await refusal(bytes, name);
    expect(text).toMatch(message);
    expect(text.startsWith(`${name}: `)).toBe(true);
  });

  it("refuses a 50 MB text at once, by its size", async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const started = Date.now();
    expect(await refusal(big, "lon.txt")).toMatch(/tệp quá lớn \(50 MB\)/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("pageLines (a PDF page's text items laid out again)", () => {
  const item = (str: string, x: number, y: number, width: number) => ({ str, transform: [12, 0, 0, 12, x, y], width, height: 12 });
  it("puts items of one baseline on one line, a wide gap as a column, and joins wrapped lines", () => {
    expect(
      pageLines([
        item("(1) Tổng giá trị sản xuất trên địa bàn xã đạt", 50, 700, 400),
        item("873.383 triệu đồng.", 50, 685, 150),
        item("(2) Thu ngân sách", 50, 660, 120),
        item("đạt dự toán.", 172, 660, 80),
        item("1", 50, 600, 8),
        item("Thu ngân sách", 100, 600, 90),
        item("tỷ đồng", 300, 600, 50),
      ]),
    ).toEqual(["(1) Tổng giá trị sản xuất trên địa bàn xã đạt 873.383 triệu đồng.", "(2) Thu ngân sách đạt dự toán.", "1\tThu ngân sách\ttỷ đồng"]);
  });
});

describe("documentLines (a PDF's tables as Word and LibreOffice write them: cell by cell)", () => {
  const item = (str: string, x: number, y: number, width: number) => ({ str, transform: [12, 0, 0, 12, x, y], width, height: 12 });
  it("keeps a cell's lines together though they are centred off the row's baseline, and a table over a page break (page numbers left out)", () => {
    const page1 = [
      item("2. Các chỉ tiêu chủ yếu", 50, 760, 200),
      item("STT", 50, 700, 20),
      item("Chỉ tiêu", 90, 700, 60),
      item("ĐVT", 300, 700, 30),
      item("Kế hoạch", 380, 700, 60),
      item("1", 50, 670, 8),
      // A name of two lines, centred: its first line is above the row's other cells.
      item("Thu ngân sách nhà nước trên", 90, 677, 180),
      item("địa bàn", 90, 663, 50),
      item("tỷ đồng", 300, 670, 50),
      item("10.500", 380, 670, 40),
      item("1", 300, 40, 8),
    ];
    const page2 = [
      item("2", 50, 780, 8),
      item("Tỷ lệ hộ nghèo", 90, 780, 100),
      item("%", 300, 780, 10),
      item("dưới 1", 380, 780, 40),
      item("Trang 2", 280, 40, 50),
    ];
    expect(documentLines([page1, page2])).toEqual([
      "2. Các chỉ tiêu chủ yếu",
      "STT\tChỉ tiêu\tĐVT\tKế hoạch",
      "1\tThu ngân sách nhà nước trên địa bàn\ttỷ đồng\t10.500",
      "2\tTỷ lệ hộ nghèo\t%\tdưới 1",
    ]);
  });
});

describe("planTextFromHtml with Word's merged cells", () => {
  it("writes the columns a cell merged down covers as blank cells, so the row below keeps its columns", () => {
    const text = planTextFromHtml(
      '<table><tr><td rowspan="2"><p>STT</p></td><td rowspan="2"><p>Chỉ tiêu</p></td><td colspan="2"><p>Năm 2025</p></td><td rowspan="2"><p>Đánh giá</p></td></tr>' +
        "<tr><td><p>Kế hoạch</p></td><td><p>Ước TH</p></td></tr>" +
        "<tr><td><p>1</p></td><td><p>Thu ngân sách</p><p>(không kể tiền sử dụng đất)</p></td><td><p>10</p></td><td><p>11</p></td><td><p>Vượt</p></td></tr></table>",
    );
    expect(text.blocks).toEqual([
      {
        kind: "table",
        rows: [
          ["STT", "Chỉ tiêu", "Năm 2025", "", "Đánh giá"],
          ["", "", "Kế hoạch", "Ước TH", ""],
          ["1", "Thu ngân sách (không kể tiền sử dụng đất)", "10", "11", "Vượt"],
        ],
      },
    ]);
  });
});
