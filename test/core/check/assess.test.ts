import { assess, readActual, readActualCell, ruleFor, shownEntry, type Status } from "../../../src/core/check";
import type { Indicator } from "../../../src/core/model";
import { indicator } from "../../support/indicators";

function judge(ind: Indicator, actual: string | number | null, parents: Indicator[] = []) {
  return assess(ruleFor({ indicator: ind, parents }), readActual(actual, ind.unit));
}
const status = (ind: Indicator, actual: string | number | null) => judge(ind, actual).status;

describe("the acceptance cases of issue 4", () => {
  test.each<[string, Partial<Indicator>, string | number, Status]>([
    ["6,6-6,8 with 7,02", { name: "Tốc độ tăng trưởng kinh tế", unit: "%", target: "6,6-6,8" }, "7,02", "vuot"],
    ["dưới 4 with 3,1", { name: "Tỷ lệ hộ nghèo", unit: "%", target: "dưới 4" }, "3,1", "dat"],
    ["trên 72 with 72", { name: "Tỷ lệ lao động qua đào tạo", unit: "%", target: "trên 72" }, 72, "khong_dat"],
    ["từ 95% trở lên with 97", { name: "Tỷ lệ dân số tham gia bảo hiểm y tế", unit: "%", target: "từ 95% trở lên" }, 97, "vuot"],
    ["5/10 (Xếp hạng) with 3", { name: "Chỉ số Cải cách hành chính (PAR INDEX)", unit: "Xếp hạng", target: "5/10" }, 3, "vuot"],
    ["qualitative", { name: "Giữ vững ổn định chính trị", target: "Giữ vững ổn định chính trị" }, "Đã triển khai đầy đủ", "danh_gia_thu_cong"],
    ["abc", { name: "Thu ngân sách", unit: "tỷ đồng", target: "559,8" }, "abc", "khong_hop_le"],
  ])("%s", (_label, fields, actual, expected) => {
    expect(status(indicator({ name: "x", ...fields }), actual)).toBe(expected);
  });
});

describe("every target kind, in both directions", () => {
  const higher = (target: string, unit = "%") => indicator({ name: "Tỷ lệ lao động qua đào tạo", unit, target });
  const lower = (target: string, unit = "%") => indicator({ name: "Tỷ lệ hộ nghèo", unit, target });
  const structure = indicator({ name: "Cơ cấu kinh tế", parts: [] });
  const share = indicator({ name: "Công nghiệp và xây dựng", unit: "%", target: "41,7" });

  test.each<[string, Indicator, (string | number)[], Status[]]>([
    ["point, higher is better", higher("67"), [68, 67, 66.9], ["vuot", "dat", "khong_dat"]],
    ["point, lower is better", lower("3"), [2.5, 3, 3.1], ["vuot", "dat", "khong_dat"]],
    ["floor ≥ (từ ... trở lên)", higher("từ 95% trở lên"), [95.1, 95, 94], ["vuot", "dat", "khong_dat"]],
    ["floor ≥ on a lower-is-better name still wants more", lower("ít nhất 2"), [3, 2, 1], ["vuot", "dat", "khong_dat"]],
    ["strict floor > gives only Đạt or Không đạt", higher("trên 72%"), [90, 72.01, 72, 60], ["dat", "dat", "khong_dat", "khong_dat"]],
    ["ceiling < gives only Đạt or Không đạt", lower("<1%"), [0.5, 0.99, 1, 2], ["dat", "dat", "khong_dat", "khong_dat"]],
    ["ceiling ≤", lower("không quá 3%"), [2, 3, 3.01], ["dat", "dat", "khong_dat"]],
    ["LaTeX ceiling", lower("$\\leq 3\\%$"), [3, 3.5], ["dat", "khong_dat"]],
    ["approximately, higher", higher("khoảng 6.794 USD", "USD"), [7000, 6794, 6794.4, 6793.6, 6000], ["vuot", "dat", "dat", "dat", "khong_dat"]],
    ["range, higher", higher("11-13", "bác sĩ/1 vạn dân"), [14, 13, 11, 10.9], ["vuot", "dat", "dat", "khong_dat"]],
    ["range, lower", lower("2-3"), [1.5, 2, 3, 3.5], ["vuot", "dat", "dat", "khong_dat"]],
    ["decrease target: more decrease is better", lower("giảm 5%"), [6, 5, 4, "giảm 6%", "tăng 2%"], ["vuot", "dat", "khong_dat", "vuot", "khong_dat"]],
    ["decrease range", indicator({ name: "Tỷ lệ tai nạn giao thông đường bộ", unit: "%", target: "giảm từ 5-10%" }), [12, 7, 3], ["vuot", "dat", "khong_dat"]],
    ["increase", higher("tăng 8,0%"), [8.5, 8, 7], ["vuot", "dat", "khong_dat"]],
    ["additional count", indicator({ name: "Số xã đạt chuẩn nông thôn mới nâng cao", unit: "xã", target: "có thêm 10 xã" }), [11, 10, 9], ["vuot", "dat", "khong_dat"]],
    ["rank", indicator({ name: "Chỉ số PAPI", unit: "Xếp hạng", target: "2/10" }), [1, 2, 3, "2/10"], ["vuot", "dat", "khong_dat", "dat"]],
    ["count of a total", indicator({ name: "Thôn văn hóa", unit: "thôn", target: "04/09 thôn" }), [5, 4, 3], ["vuot", "dat", "khong_dat"]],
    ["qualitative with the officer's verdict", indicator({ name: "Thu ngân sách", target: "đạt dự toán huyện giao" }), ["Hoàn thành", "Đạt", "không đạt", "Vượt", "đã thu 120%"], ["dat", "dat", "khong_dat", "vuot", "danh_gia_thu_cong"]],
    ["blank target", indicator({ name: "Số lao động được tạo việc làm mới", unit: "Lao động" }), [1200], ["danh_gia_thu_cong"]],
    ["heading of parts", structure, ["Đạt", 5], ["dat", "danh_gia_thu_cong"]],
  ])("%s", (_label, ind, actuals, expected) => {
    expect(actuals.map((a) => status(ind, a))).toEqual(expected);
  });

  test("a share of the economy (a part of Cơ cấu kinh tế) is met close to its figure, never exceeded", () => {
    const judgeShare = (actual: number) => assess(ruleFor({ indicator: share, parents: [structure] }), readActual(actual)).status;
    expect([41.7, 41.72, 41.8, 41.6].map(judgeShare)).toEqual(["dat", "dat", "khong_dat", "khong_dat"]);
  });

  test("nothing entered is chưa có số liệu, whatever the target", () => {
    for (const target of ["67", "giảm 5%", "hoàn thành", null]) {
      expect(status(indicator({ name: "x", unit: "%", target }), null)).toBe("chua_co_so_lieu");
      expect(status(indicator({ name: "x", unit: "%", target }), "  ")).toBe("chua_co_so_lieu");
    }
  });

  test("an estimate given as a range counts by its worse end; a bound counts as written", () => {
    const floor = higher("từ 60% trở lên");
    expect(status(floor, "61-62")).toBe("vuot");
    expect(status(floor, "60-62")).toBe("dat");
    expect(status(floor, "59-62")).toBe("khong_dat");
    expect(status(higher("trên 3"), "trên 4")).toBe("dat");
    expect(status(higher("4"), "trên 4")).toBe("vuot");
    expect(status(lower("dưới 1%"), "dưới 1%")).toBe("dat");
  });

  test("entries that cannot be judged say what to fix", () => {
    const rate = higher("67");
    expect(judge(rate, "Đạt")).toMatchObject({ status: "khong_hop_le", messages: [expect.stringContaining("nhập con số đạt được")] });
    expect(judge(rate, "97 ha")).toMatchObject({ status: "khong_hop_le", messages: [expect.stringContaining("khác đơn vị")] });
    expect(judge(rate, "tăng 2%")).toMatchObject({ status: "khong_hop_le", messages: [expect.stringContaining("mức tăng/giảm")] });
  });
});

describe("% so với kế hoạch", () => {
  const pct = (fields: Partial<Indicator>, actual: string | number) => judge(indicator({ name: "Tỷ lệ lao động qua đào tạo", ...fields }), actual).percentOfPlan;

  test("is actual ÷ planned × 100 in the plan's unit", () => {
    expect(pct({ unit: "%", target: "95" }, 97)).toBeCloseTo((97 / 95) * 100, 12);
    expect(pct({ unit: "tỷ đồng", target: "559,8" }, "600")).toBeCloseTo((600 / 559.8) * 100, 12);
    expect(pct({ name: "Tỷ lệ hộ nghèo", unit: "%", target: "dưới 1%" }, 0.8)).toBeCloseTo(80, 12);
    expect(pct({ unit: "%", target: "giảm 5%" }, 6)).toBeCloseTo(120, 12);
    expect(pct({ unit: "nghìn tỷ đồng", target: "trên 75 nghìn tỷ đồng" }, "80 nghìn tỷ đồng")).toBeCloseTo((80 / 75) * 100, 12);
  });

  test("of a range, against the end to reach", () => {
    expect(pct({ unit: "%", target: "6,6-6,8" }, 7.02)).toBeCloseTo((7.02 / 6.6) * 100, 12);
    expect(pct({ name: "Tỷ lệ hộ nghèo", unit: "%", target: "2-3" }, 2)).toBeCloseTo((2 / 3) * 100, 12);
  });

  test("is not given for ranks, a planned 0 and targets judged by hand", () => {
    expect(pct({ unit: "Xếp hạng", target: "5/10" }, 3)).toBeNull();
    expect(pct({ unit: "%", target: "0" }, 1)).toBeNull();
    expect(pct({ target: "hoàn thành" }, "Đạt")).toBeNull();
  });
});

describe("reading an actual from an annex cell", () => {
  const rate = indicator({ name: "Tỷ lệ lao động qua đào tạo", unit: "%", target: "từ 95% trở lên" });
  const cell = (value: string | number | boolean | null, numFmt?: string) => assess(ruleFor({ indicator: rate }), readActualCell({ value, numFmt }));

  test("a percent-formatted number is read as the text it shows, as the copies the add-in writes carry it, and says the sheet's own formula sees the fraction", () => {
    const read = cell(0.975, "0.0%");
    expect(read.status).toBe("vuot");
    expect(read.percentOfPlan).toBeCloseTo((97.5 / 95) * 100, 9);
    const copy = assess(ruleFor({ indicator: rate }), readActualCell(shownEntry({ value: 0.975, numFmt: "0.0%" })));
    expect({ status: copy.status, percentOfPlan: copy.percentOfPlan }).toEqual({ status: read.status, percentOfPlan: read.percentOfPlan });
    expect(read.messages[0]).toMatch(/định dạng phần trăm: Excel lưu 0,975, ô hiển thị «97,5%».*nhập lại «97,5%»/);
    expect(cell(0.95, '0.0"%"').messages).toHaveLength(1); // a quoted % is just a label: read as stored
    expect(cell(0.95, '0.0"%"').status).toBe("khong_dat");
    // In a row whose unit is no percentage, "97,5%" cannot be read, and the message says what the cell showed.
    const count = assess(ruleFor({ indicator: indicator({ name: "Số xã đạt chuẩn", unit: "xã", target: "13" }) }), readActualCell({ value: 0.975, numFmt: "0%" }));
    expect(count.status).toBe("khong_hop_le");
    expect(count.messages.join(" ")).toMatch(/«97,5%».*định dạng phần trăm/);
  });

  test("shownEntry: only a finite number in a percent format changes", () => {
    expect(shownEntry({ value: 0.975, numFmt: "0.0%" })).toEqual({ value: "97,5%", numFmt: "@" });
    expect(shownEntry({ value: 1.5, numFmt: "0%" })).toEqual({ value: "150%", numFmt: "@" });
    expect(shownEntry({ value: 0.1 + 0.2, numFmt: "0.00%" })).toEqual({ value: "30%", numFmt: "@" });
    for (const cell of [{ value: 0.975 }, { value: 0.975, numFmt: "0.0" }, { value: "97,5%", numFmt: "0%" }, { value: null, numFmt: "0%" }]) expect(shownEntry(cell)).toBe(cell);
  });

  test("text in a figure's cell is read the Vietnamese way, as the sheet's formulas read it", () => {
    expect(cell("97,5").status).toBe("vuot");
    expect(cell("97,5%").status).toBe("vuot");
    expect(cell(" 95 % ").status).toBe("dat");
    expect(cell("9,5,1").status).toBe("khong_hop_le");
    expect(cell(true).status).toBe("khong_hop_le");
    expect(cell(" ").status).toBe("chua_co_so_lieu");
  });
});
