import { columnHeading, headingLine, indicatorLabel, type Indicator } from "../../../src/core/model";

const row = (stt: string, name: string, parts: Indicator[] = []): Indicator =>
  ({ code: "CT01", stt, name, unit: "tấn", target: "1", stretch: null, milestones: {}, basis: null, agency: null, parts, source: { quote: name, origin: "document" }, note: null, aggregate: null }) as unknown as Indicator;

describe("a column header names a row whatever is around it", () => {
  test("a part printed without its own STT carries its parent's STT and name; a numbered row its own", () => {
    const parent = row("(3)", "Sản lượng lương thực có hạt");
    expect(columnHeading({ indicator: parent, parent: null })).toEqual({ stt: "(3)", name: "Sản lượng lương thực có hạt" });
    expect(columnHeading({ indicator: row("-", "thóc"), parent })).toEqual({ stt: "(3)", name: "Sản lượng lương thực có hạt: thóc" });
    expect(columnHeading({ indicator: row("a)", "ngô"), parent })).toEqual({ stt: "a)", name: "Sản lượng lương thực có hạt: ngô" });
    // A part of an unnumbered row has no STT to borrow: its name still says whose part it is.
    expect(columnHeading({ indicator: row("+", "lúa mùa"), parent: row("-", "thóc") })).toEqual({ stt: "", name: "thóc: lúa mùa" });
  });

  test("the heading on one line: the STT as printed, then the name and the unit", () => {
    expect(headingLine({ stt: "1", name: "Giá trị sản xuất: Thương mại - dịch vụ" }, "tỷ đồng")).toBe("1. Giá trị sản xuất: Thương mại - dịch vụ (tỷ đồng)");
    expect(headingLine({ stt: "(3)", name: "Sản lượng lương thực" }, "tấn")).toBe("(3) Sản lượng lương thực (tấn)");
    expect(headingLine({ stt: "2.", name: "Thu ngân sách" })).toBe("2. Thu ngân sách");
    expect(headingLine({ stt: "a)", name: "Thu nội địa" })).toBe("a) Thu nội địa");
    expect(headingLine({ stt: "", name: "thóc: lúa mùa" })).toBe("thóc: lúa mùa");
  });

  test("messages keep naming a part «…» (thuộc STT …)", () => {
    expect(indicatorLabel({ indicator: row("-", "thóc"), parent: row("(3)", "Sản lượng lương thực có hạt") })).toBe("«thóc» (thuộc STT (3) «Sản lượng lương thực có hạt»)");
  });
});

test("a part's heading leaves out its parent's qualifier in brackets, not the words naming it", () => {
  const parent = row("1", "Tổng giá trị sản xuất trên địa bàn (giá so sánh 2010)");
  expect(columnHeading({ indicator: row("-", "Thương mại - dịch vụ"), parent }).name).toBe("Tổng giá trị sản xuất trên địa bàn: Thương mại - dịch vụ");
  expect(columnHeading({ indicator: parent, parent: null }).name).toBe("Tổng giá trị sản xuất trên địa bàn (giá so sánh 2010)");
});
