import { parseTarget } from "../../../src/core/vn/target";
import { describeTarget, formatTarget } from "../../../src/core/vn/targetFormat";

describe("formatTarget", () => {
  test.each<[string, string | null, string]>([
    ["từ 95% trở lên", null, "≥ 95%"],
    ["trên 72%", null, "> 72%"],
    ["<1", "%", "< 1%"],
    ["$\\leq 3\\%$", null, "≤ 3%"],
    ["5-10%", null, "5 - 10%"],
    ["giảm từ 5-10%", null, "giảm 5 - 10%"],
    ["khoảng 6.794 USD", null, "≈ 6.794 USD"],
    ["105/100", "Bé trai/bé gái", "105/100"],
    ["5/10", "Xếp hạng", "5/10"],
    ["04/09 thôn", null, "4/9 thôn"],
    ["giảm 5%", null, "giảm 5%"],
    ["có thêm 10 xã", null, "tăng 10 xã"],
    ["trên 75 nghìn tỷ đồng", null, "> 75.000 tỷ đồng"],
    ["654,247", "tỷ đồng", "654,247 tỷ đồng"],
    ["0.2 ‰", null, "0,2‰"],
    ["xếp thứ 5", null, "hạng 5"],
    ["  Giữ vững   ổn định ", null, "Giữ vững ổn định"],
  ])("%j (unit %j) -> %s", (phrase, unit, text) => {
    expect(formatTarget(parseTarget(phrase, unit))).toBe(text);
  });

  test("what it writes reads back to the same target", () => {
    for (const phrase of ["từ 95% trở lên", "trên 72%", "< 1%", "5 - 10%", "giảm 5 - 10%", "≈ 6.794 USD", "giảm 0,4%", "1.234,5 tấn", "4/9 thôn"]) {
      const target = parseTarget(phrase);
      const again = parseTarget(formatTarget(target));
      expect({ ...again, raw: "" }).toEqual({ ...target, raw: "" });
    }
  });
});

describe("describeTarget", () => {
  test.each<[string, string | null, string]>([
    ["từ 95% trở lên", null, "từ 95% trở lên: mức sàn, bằng cũng đạt"],
    ["trên 72%", null, "trên 72%: mức sàn, phải vượt"],
    ["dưới 1%", null, "dưới 1%: mức trần, phải thấp hơn"],
    ["không quá 5%", null, "không quá 5%: mức trần, bằng cũng đạt"],
    ["72 triệu đồng", null, "đạt 72 triệu đồng"],
    ["11-13", null, "trong khoảng từ 11 đến 13"],
    ["giảm 5%", null, "mức giảm so với kỳ trước 5%"],
    ["105/100", "Bé trai/bé gái", "đạt 105 trên tổng 100 (bé trai/bé gái)"],
    ["hoàn thành", null, "chỉ tiêu định tính, đánh giá thủ công"],
  ])("%j -> %s", (phrase, unit, text) => {
    expect(describeTarget(parseTarget(phrase, unit))).toBe(text);
  });
});
