import fc from "fast-check";
import { parseTarget, type Target } from "../../../src/core/vn/target";

type Expected = Omit<Target, "raw" | "warnings"> & { warnings?: number };

/** phrase, the indicator's unit (or null), the reading expected; `warnings` counts the warnings (default 0). */
const CASES: [string, string | null, Expected][] = [
  // DOMAIN "How targets are phrased", row by row.
  ["đạt 72", null, { op: "=", value: 72, unit: null, change: null }],
  ["72", null, { op: "=", value: 72, unit: null, change: null }],
  ["trên 72%", null, { op: ">", value: 72, unit: "%", change: null }],
  ["hơn 72%", null, { op: ">", value: 72, unit: "%", change: null }],
  ["> 72%", null, { op: ">", value: 72, unit: "%", change: null }],
  ["từ 95% trở lên", null, { op: ">=", value: 95, unit: "%", change: null }],
  ["ít nhất 95%", null, { op: ">=", value: 95, unit: "%", change: null }],
  ["tối thiểu 95%", null, { op: ">=", value: 95, unit: "%", change: null }],
  ["không dưới 95%", null, { op: ">=", value: 95, unit: "%", change: null }],
  ["≥ 95%", null, { op: ">=", value: 95, unit: "%", change: null }],
  ["dưới 1%", null, { op: "<", value: 1, unit: "%", change: null }],
  ["<1%", null, { op: "<", value: 1, unit: "%", change: null }],
  ["không quá 5%", null, { op: "<=", value: 5, unit: "%", change: null }],
  ["tối đa 5%", null, { op: "<=", value: 5, unit: "%", change: null }],
  ["≤ 3%", null, { op: "<=", value: 3, unit: "%", change: null }],
  ["$\\leq 3\\%$", "%", { op: "<=", value: 3, unit: "%", change: null, warnings: 1 }],
  ["khoảng 6.794 USD", null, { op: "~", value: 6794, unit: "USD", change: null }],
  ["xấp xỉ 6.794 USD", null, { op: "~", value: 6794, unit: "USD", change: null }],
  ["5-10%", null, { op: "between", min: 5, max: 10, unit: "%", change: null }],
  ["11-13", null, { op: "between", min: 11, max: 13, unit: null, change: null }],
  ["từ 3 - 4%", null, { op: "between", min: 3, max: 4, unit: "%", change: null }],
  ["6,6-6,8", "%", { op: "between", min: 6.6, max: 6.8, unit: "%", change: null }],
  ["tăng 12%", null, { op: "=", value: 12, unit: "%", change: "increase" }],
  ["giảm 5%", null, { op: "=", value: 5, unit: "%", change: "decrease" }],
  ["giảm 0,4%", null, { op: "=", value: 0.4, unit: "%", change: "decrease" }],
  ["có thêm 10 xã", null, { op: "=", value: 10, unit: "xã", change: "increase" }],
  ["105/100", "Bé trai/bé gái", { op: "=", value: 105, of: 100, unit: "bé trai/bé gái", change: null }],
  ["04/09 thôn", null, { op: "=", value: 4, of: 9, unit: "thôn", change: null }],
  ["5/10", "Xếp hạng", { op: "=", value: 5, of: 10, unit: "xếp hạng", change: null }],
  ["Hoàn thành", null, { op: "text", unit: null, change: null, warnings: 1 }],
  ["Giữ vững ổn định chính trị, trật tự an toàn xã hội", null, { op: "text", unit: null, change: null, warnings: 1 }],
  ["đạt dự toán huyện giao", null, { op: "text", unit: null, change: null, warnings: 1 }],

  // Phrases of the seed documents named in the issue.
  ["còn dưới 1%", "%", { op: "<", value: 1, unit: "%", change: null }],
  ["<1", "%", { op: "<", value: 1, unit: "%", change: null }],
  ["giảm từ 5-10%", "%", { op: "between", min: 5, max: 10, unit: "%", change: "decrease" }],
  ["Giảm 0,4%", "%", { op: "=", value: 0.4, unit: "%", change: "decrease" }],
  ["ít nhất 5.500 lao động", "lao động", { op: ">=", value: 5500, unit: "lao động", change: null }],
  ["75 nghìn tỷ đồng", null, { op: "=", value: 75000, unit: "tỷ đồng", change: null }],
  // The unit column is the unit of every figure of the row: a target printed with a multiplier comes to it.
  ["trên 75 nghìn tỷ đồng", "nghìn tỷ đồng", { op: ">", value: 75, unit: "nghìn tỷ đồng", change: null }],
  ["25 nghìn tỷ đồng", "nghìn tỷ đồng", { op: "=", value: 25, unit: "nghìn tỷ đồng", change: null }],
  ["1,3 nghìn tỷ đồng", "tỷ đồng", { op: "=", value: 1300, unit: "tỷ đồng", change: null }],
  ["2 tỷ", "triệu đồng", { op: "=", value: 2000, unit: "triệu đồng", change: null }],
  ["trên 1 triệu", "nghìn đồng", { op: ">", value: 1000, unit: "nghìn đồng", change: null }],
  ["500 triệu đồng", "tỷ đồng", { op: "=", value: 0.5, unit: "tỷ đồng", change: null }],
  ["1,3 triệu lượt", "lượt", { op: "=", value: 1300000, unit: "lượt", change: null }],
  ["1,3 triệu lượt", "triệu lượt", { op: "=", value: 1.3, unit: "triệu lượt", change: null }],
  ["2,5 tỷ USD", "triệu USD", { op: "=", value: 2500, unit: "triệu USD", change: null }],
  ["3 - 4 nghìn tỷ đồng", "nghìn tỷ đồng", { op: "between", min: 3, max: 4, unit: "nghìn tỷ đồng", change: null }],
  ["0.2 ‰", "‰", { op: "=", value: 0.2, unit: "‰", change: null, warnings: 1 }],
  ["0,02‰", "‰", { op: "=", value: 0.02, unit: "‰", change: null }],
  ["tăng bình quân từ 12%/năm", null, { op: ">=", value: 12, unit: "%", change: "increase" }],
  ["12,96%/năm", "%/năm", { op: "=", value: 12.96, unit: "%", change: null }],
  ["khoảng 12,96%/năm", "%/năm", { op: "~", value: 12.96, unit: "%", change: null }],
  ["tăng 8,0%", "%", { op: "=", value: 8, unit: "%", change: "increase" }],
  ["24,09% GRDP", "% GRDP", { op: "=", value: 24.09, unit: "%", change: null }],
  ["93,89% dân số", "%", { op: "=", value: 93.89, unit: "%", change: null }],
  ["trên 3% diện tích tự nhiên", "%", { op: ">", value: 3, unit: "%", change: null }],
  ["Giảm tai nạn giao thông trên cả 3 tiêu chí", null, { op: "text", unit: null, change: null, warnings: 1 }],
  ["Giữ vững an ninh chính trị, trật tự an toàn xã hội", null, { op: "text", unit: null, change: null, warnings: 1 }],
  ["Có thêm ít nhất 01 HTX", null, { op: ">=", value: 1, unit: "hợp tác xã", change: "increase" }],
  ["697ha", "ha", { op: "=", value: 697, unit: "ha", change: null }],
  ["từ 1.900 đảng viên trở lên", null, { op: ">=", value: 1900, unit: "đảng viên", change: null }],
  ["11-13 bác sĩ/1 vạn dân", "bác sĩ/1 vạn dân", { op: "between", min: 11, max: 13, unit: "bác sĩ/1 vạn dân", change: null }],
  ["654,247", "tỷ đồng", { op: "=", value: 654.247, unit: "tỷ đồng", change: null }],
  ["237", "Triệu đồng", { op: "=", value: 237, unit: "triệu đồng", change: null }],

  // Actuals as officers type them.
  ["97", "%", { op: "=", value: 97, unit: "%", change: null }],
  ["97,5%", "%", { op: "=", value: 97.5, unit: "%", change: null }],
  ["61-62", "%", { op: "between", min: 61, max: 62, unit: "%", change: null }],
  ["trên 4", "%", { op: ">", value: 4, unit: "%", change: null }],
  ["3/10", "Xếp hạng", { op: "=", value: 3, of: 10, unit: "xếp hạng", change: null }],
  ["Đạt", "%", { op: "text", unit: "%", change: null, warnings: 1 }],
  ["-2,5%", "%", { op: "=", value: -2.5, unit: "%", change: null }],

  // Other wordings.
  ["≥95%", null, { op: ">=", value: 95, unit: "%", change: null }],
  [">= 95", null, { op: ">=", value: 95, unit: null, change: null }],
  ["&lt;1%", null, { op: "<", value: 1, unit: "%", change: null }],
  ["trên dưới 100", null, { op: "~", value: 100, unit: null, change: null }],
  ["không vượt quá 2 vụ", null, { op: "<=", value: 2, unit: "vụ", change: null }],
  ["5 vụ trở xuống", null, { op: "<=", value: 5, unit: "vụ", change: null }],
  ["từ 5 đến 10%", null, { op: "between", min: 5, max: 10, unit: "%", change: null }],
  ["từ 5% đến 10%", null, { op: "between", min: 5, max: 10, unit: "%", change: null }],
  ["5 – 10%", null, { op: "between", min: 5, max: 10, unit: "%", change: null }],
  ["3 - 4 nghìn tỷ đồng", null, { op: "between", min: 3000, max: 4000, unit: "tỷ đồng", change: null }],
  ["1,5 triệu tấn", null, { op: "=", value: 1500000, unit: "tấn", change: null }],
  ["hai nghìn lao động", null, { op: "=", value: 2000, unit: "lao động", change: null }],
  ["75 nghìn tỷ", "tỷ đồng", { op: "=", value: 75000, unit: "tỷ đồng", change: null }],
  ["75", "nghìn tỷ đồng", { op: "=", value: 75, unit: "nghìn tỷ đồng", change: null }],
  ["95%", "tỷ đồng", { op: "=", value: 95, unit: "%", change: null, warnings: 1 }],
  ["Đạt 19/19 tiêu chí", null, { op: "=", value: 19, of: 19, unit: "tiêu chí", change: null }],
  ["giảm xuống còn 0,2‰", null, { op: "=", value: 0.2, unit: "‰", change: null }],
  ["tăng lên 95%", null, { op: "=", value: 95, unit: "%", change: null }],
  ["tăng so với năm 2023 là 5%", null, { op: "=", value: 5, unit: "%", change: "increase" }],
  ["Phấn đấu giảm 5% tỷ lệ hộ nghèo", null, { op: "=", value: 5, unit: "%", change: "decrease" }],
  ["Tăng thu ngân sách 10%", null, { op: "=", value: 10, unit: "%", change: "increase" }],
  ["Tăng cường kiểm tra, đạt 100%", null, { op: "=", value: 100, unit: "%", change: null }],
  ["Tỷ lệ tăng dân số tự nhiên 0,69%", null, { op: "=", value: 0.69, unit: "%", change: null }],
  ["Duy trì tỷ lệ giảm sinh 0,02‰", null, { op: "=", value: 0.02, unit: "‰", change: null }],
  ["đến năm 2025 đạt 99,85%", null, { op: "=", value: 99.85, unit: "%", change: null }],
  ["giai đoạn 2021 – 2025 đạt 25 nghìn tỷ đồng", null, { op: "=", value: 25000, unit: "tỷ đồng", change: null }],
  ["bình quân 5 năm đạt 8%", null, { op: "=", value: 8, unit: "%", change: null }],
  ["6 tháng đầu năm đạt 45%", null, { op: "=", value: 45, unit: "%", change: null }],
  ["74 năm", "năm", { op: "=", value: 74, unit: "năm", change: null }],
  ["1,2 tỷ USD", null, { op: "=", value: 1.2, unit: "tỷ USD", change: null }],
  ["1.000 tỷ", null, { op: "=", value: 1000, unit: "tỷ đồng", change: null, warnings: 1 }],
  ["Hạng 45/63", null, { op: "=", value: 45, of: 63, unit: "xếp hạng", change: null }],
  ["dưới 108 bé trai/100 bé gái", null, { op: "<", value: 108, unit: "bé trai/100 bé gái", change: null }],
  ["Tỷ lệ hộ nghèo giảm bình quân 1-1,5%/năm", null, { op: "between", min: 1, max: 1.5, unit: "%", change: "decrease" }],
  ["Giảm tỷ lệ hộ nghèo từ 1,5% trở lên", null, { op: ">=", value: 1.5, unit: "%", change: "decrease" }],
  ["75%-80%", null, { op: "between", min: 75, max: 80, unit: "%", change: null }],
  ["năm xã", null, { op: "=", value: 5, unit: "xã", change: null }],
  ["xếp thứ 5", null, { op: "=", value: 5, unit: "xếp hạng", change: null }],
  ["tren 72%", null, { op: ">", value: 72, unit: "%", change: null }],
  ["Hoàn thành trước ngày 05/11/2024", null, { op: "text", unit: null, change: null, warnings: 1 }],
  ["Theo Nghị định số 07/2021/NĐ-CP", null, { op: "text", unit: null, change: null, warnings: 1 }],
  // A count has no fraction: a comma before three digits groups thousands (with a note on how to write it)...
  ["1,500 cây", null, { op: "=", value: 1500, unit: "cây", change: null, warnings: 1 }],
  ["trồng mới 2,250 cây xanh", null, { op: "=", value: 2250, unit: "cây", change: null, warnings: 1 }],
  ["có thêm 1,200 lao động", null, { op: "=", value: 1200, unit: "lao động", change: "increase", warnings: 1 }],
  ["1,500", "người", { op: "=", value: 1500, unit: "người", change: null, warnings: 1 }],
  ["từ 1,500 - 2,000 hộ", null, { op: "between", min: 1500, max: 2000, unit: "hộ", change: null, warnings: 2 }],
  ["12/15 xã", null, { op: "=", value: 12, of: 15, unit: "xã", change: null }],
  ["ít nhất 1,5 con", null, { op: ">=", value: 1.5, unit: "con", change: null }],
  // ...while an amount, a measure or a count of thousands may have a fraction: still said to be ambiguous.
  ["1,500 tấn", null, { op: "=", value: 1.5, unit: "tấn", change: null, warnings: 1 }],
  ["25,000 tỷ đồng", null, { op: "=", value: 25, unit: "tỷ đồng", change: null, warnings: 1 }],
  ["1,500 nghìn người", null, { op: "=", value: 1500, unit: "người", change: null, warnings: 1 }],
  // Within a leading group: a rank of at most its size; the words after the figure say who is ranked.
  ["thuộc nhóm 20 tỉnh dẫn đầu cả nước", null, { op: "<=", value: 20, unit: "xếp hạng", change: null }],
  ["nằm trong nhóm 10 tỉnh, thành phố dẫn đầu", null, { op: "<=", value: 10, unit: "xếp hạng", change: null }],
  ["xếp trong nhóm 15 địa phương đứng đầu", null, { op: "<=", value: 15, unit: "xếp hạng", change: null }],
  ["Top 20", null, { op: "<=", value: 20, unit: "xếp hạng", change: null }],
  ["lọt vào tốp 30 cả nước", null, { op: "<=", value: 30, unit: "xếp hạng", change: null }],
  ["duy trì trong nhóm 10 tỉnh dẫn đầu", "Xếp hạng", { op: "<=", value: 10, unit: "xếp hạng", change: null }],
  ["nhóm 3", null, { op: "=", value: 3, unit: null, change: null }],
  // Holding a level: a point target, the figure itself.
  ["giữ ổn định ở mức 51,2%", null, { op: "=", value: 51.2, unit: "%", change: null }],
];

describe("parseTarget", () => {
  test.each(CASES)("%j (unit %j)", (phrase, unit, expected) => {
    const { warnings = 0, ...reading } = expected;
    const target = parseTarget(phrase, unit);
    expect(target).toEqual({ raw: phrase, ...reading, warnings: expect.any(Array) });
    expect(target.warnings).toHaveLength(warnings);
  });

  test("keeps the contract's fields, in order, and nothing else", () => {
    expect(Object.keys(parseTarget("giảm từ 5-10%"))).toEqual(["raw", "op", "min", "max", "unit", "change", "warnings"]);
    expect(Object.keys(parseTarget("105/100"))).toEqual(["raw", "op", "value", "of", "unit", "change", "warnings"]);
    expect(Object.keys(parseTarget("hoàn thành"))).toEqual(["raw", "op", "unit", "change", "warnings"]);
  });

  test("warns about a decimal point, in Vietnamese", () => {
    expect(parseTarget("0.2 ‰").warnings).toEqual(['Số "0.2" dùng dấu chấm làm dấu thập phân; đã đọc là 0,2. Theo cách viết Việt Nam nên ghi "0,2".']);
  });

  test("a qualitative aim says it must be assessed by hand", () => {
    expect(parseTarget("hoàn thành").warnings[0]).toContain("đánh giá thủ công");
    expect(parseTarget("").warnings[0]).toContain("trống");
  });

  test("reads the first figure and reports the others", () => {
    const target = parseTarget("Có 100% cơ quan, đơn vị; 95% xã, thị trấn an toàn");
    expect(target).toMatchObject({ op: "=", value: 100, unit: "%" });
    expect(target.warnings).toHaveLength(1);
    expect(target.warnings[0]).toContain('"95%"');
  });

  test("figures of a breakdown or in parentheses are not other targets", () => {
    const breakdown = parseTarget("14.780 tỷ đồng (giá so sánh năm 2010), trong đó: Nông nghiệp trên 5.547 tỷ đồng");
    expect(breakdown).toMatchObject({ op: "=", value: 14780, unit: "tỷ đồng", warnings: [] });
    expect(parseTarget("76,56 triệu đồng (tương đương 3.203 USD)")).toMatchObject({ value: 76.56, unit: "triệu đồng", warnings: [] });
  });

  test("prefers the figure in the indicator's unit", () => {
    const target = parseTarget("Hạ tỷ lệ trẻ em suy dinh dưỡng dưới 5 tuổi xuống còn dưới 8%", "%");
    expect(target).toMatchObject({ op: "<", value: 8, unit: "%", change: null });
  });

  test("warns when the phrase's unit differs from the indicator's", () => {
    const target = parseTarget("08 xã", "%");
    expect(target).toMatchObject({ op: "=", value: 8, unit: "xã" });
    expect(target.warnings).toEqual(['Đơn vị trong chỉ tiêu ("xã") khác đơn vị tính của chỉ tiêu ("%").']);
  });

  test("a range written backwards is read in order, with a warning", () => {
    const target = parseTarget("10-5%");
    expect(target).toMatchObject({ op: "between", min: 5, max: 10 });
    expect(target.warnings).toHaveLength(1);
  });

  test("an unreadable number is reported, not guessed", () => {
    const target = parseTarget("đạt 1.23.456 tấn");
    expect(target.op).toBe("text");
    expect(target.warnings.join(" ")).toContain('"1.23.456"');
  });

  test("never throws: any string gives a target, and a text target always carries a warning", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), fc.option(fc.string({ maxLength: 20 })), (phrase, unit) => {
        const target = parseTarget(phrase, unit);
        expect(target.raw).toBe(phrase);
        expect(["<", "<=", ">", ">=", "=", "~", "between", "text"]).toContain(target.op);
        if (target.op === "text") expect(target.warnings.length).toBeGreaterThan(0);
        if (target.op === "between") expect(target.min).toBeLessThanOrEqual(target.max ?? Number.NaN);
        else if (target.op !== "text") expect(Number.isFinite(target.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test("never throws on strings made of the phrases' own pieces", () => {
    const piece = fc.constantFrom(
      "trên", "dưới", "từ", "trở lên", "giảm", "tăng", "có thêm", "khoảng", "còn", "năm", "2024", "cả", "/", "-", "–", "%", "‰",
      "5", "10", "0.2", "1.900", "41,7", "nghìn", "tỷ", "đồng", "xã", "(", ")", ",", "$\\leq", "\\%$", "<", "≥", "trong đó", ":",
      "bác sĩ/1 vạn dân", "hai", "xếp thứ", "ngày", "05/11/2024", "NĐ-CP",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.option(fc.constantFrom("%", "tỷ đồng", "Xếp hạng", "nghìn tỷ đồng", "xã")), (pieces, unit) => {
        const target = parseTarget(pieces.join(" "), unit);
        expect(target.warnings.every((w) => typeof w === "string" && w.length > 0)).toBe(true);
        if (target.op === "between") expect(target.min).toBeLessThanOrEqual(target.max ?? Number.NaN);
      }),
      { numRuns: 3000 },
    );
  });
});
