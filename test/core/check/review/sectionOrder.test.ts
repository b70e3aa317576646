import type { Finding } from "../../../../src/core/check/review";
import { findingsOf, indicator, planOf } from "./helpers";

const planWith = (codes: (string | null)[]) =>
  planOf(codes.map((code, i) => ({ code, title: `Mục thứ ${i + 1}`, indicators: [indicator({ name: `Chỉ tiêu ${i + 1}`, unit: "%", target: "10" })] })));
const messages = (codes: (string | null)[]) => findingsOf("thu-tu-muc", planWith(codes)).map((f: Finding) => f.message);

describe("thu-tu-muc: section labels in sequence", () => {
  test.each<[string, (string | null)[]]>([
    ["capital letters", ["A", "B", "C", "D"]],
    ["small letters", ["a", "b", "c", "d"]],
    ["Roman numerals", ["I", "II", "III", "IV", "V"]],
    ["numbers", ["1", "2", "3"]],
    ["numbers under a group", ["1.1", "1.2", "1.3", "1.4", "1.5"]],
    ["labels with their marks", ["I.", "II.", "III."]],
    ["no labels at all", [null, null, null]],
  ])("%s are in sequence", (_label, codes) => {
    expect(messages(codes)).toEqual([]);
  });

  test("I among B, C, D: one finding, on I, which is a Roman numeral among letters", () => {
    const findings = findingsOf("thu-tu-muc", planWith(["I", "B", "C", "D"]));
    expect(findings).toEqual([
      {
        rule: "thu-tu-muc",
        severity: "canh_bao",
        code: null,
        message:
          "mục I «Mục thứ 1»: số thứ tự «I» không đúng thứ tự («I» đánh theo kiểu số La Mã (I, II, III) trong khi các mục khác đánh theo chữ cái in hoa (A, B, C)): sửa thành «A».",
      },
    ]);
  });

  test("a gap: one finding on the section after it, and the ones after it are in sequence", () => {
    expect(messages(["A", "B", "D", "E"])).toEqual([
      "mục D «Mục thứ 3»: số thứ tự «D» không đúng thứ tự (sau «B» lẽ ra là «C»): sửa thành «C», hoặc bổ sung mục còn thiếu.",
    ]);
  });

  test("mixed schemes: the section written in another scheme", () => {
    expect(messages(["A", "B", "3", "D"])).toEqual([
      "mục 3 «Mục thứ 3»: số thứ tự «3» không đúng thứ tự («3» đánh theo kiểu chữ số (1, 2, 3) trong khi các mục khác đánh theo chữ cái in hoa (A, B, C)): sửa thành «C».",
    ]);
    expect(messages(["1", "2", "c"])).toEqual([
      "mục c «Mục thứ 3»: số thứ tự «c» không đúng thứ tự («c» đánh theo kiểu chữ cái thường (a, b, c) trong khi các mục khác đánh theo chữ số (1, 2, 3)): sửa thành «3».",
    ]);
    expect(messages(["1", "2", "x", "4"])).toEqual([
      "mục x «Mục thứ 3»: số thứ tự «x» không đúng thứ tự («x» khác kiểu đánh số của các mục khác (chữ số (1, 2, 3))): sửa thành «3».",
    ]);
  });

  test("a repeated label, a wrong first label, a missing label among labelled sections", () => {
    expect(messages(["A", "B", "B", "C"])).toEqual(["mục B «Mục thứ 3»: số thứ tự «B» không đúng thứ tự (sau «B» lẽ ra là «C»): sửa thành «C»."]);
    expect(messages(["B", "C", "D"])).toEqual([
      "mục B «Mục thứ 1»: số thứ tự «B» không đúng thứ tự (mục đầu tiên lẽ ra là «A»): sửa thành «A», hoặc bổ sung mục còn thiếu.",
    ]);
    expect(messages(["1", null, "3"])).toEqual(["mục «Mục thứ 2» không có số thứ tự trong khi các mục khác có: ghi «2»."]);
  });
});
