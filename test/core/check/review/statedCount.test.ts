import { findingsOf, indicator, planOf } from "./helpers";

describe("so-chi-tieu: the count the document states", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => indicator({ name: `Chỉ tiêu ${i + 1}`, unit: "%", target: "10" }));

  test("a plan count and a section count that differ from the list are errors", () => {
    const plan = planOf(
      [
        { code: "a", title: "Chỉ tiêu về kinh tế", statedCount: 7, indicators: rows(6) },
        { code: "b", title: "Về xã hội", statedCount: 2, indicators: rows(2) },
      ],
      { statedCount: 9 },
    );
    expect(findingsOf("so-chi-tieu", plan)).toEqual([
      {
        rule: "so-chi-tieu",
        severity: "loi",
        code: null,
        message: "Văn bản nêu 9 chỉ tiêu nhưng danh sách có 8 chỉ tiêu: tìm chỉ tiêu bị sót hoặc bị tính hai lần và sửa cho khớp.",
      },
      {
        rule: "so-chi-tieu",
        severity: "loi",
        code: null,
        message: "mục a «Chỉ tiêu về kinh tế»: văn bản nêu 7 chỉ tiêu nhưng mục này có 6 chỉ tiêu: tìm chỉ tiêu bị sót hoặc bị xếp nhầm mục và sửa cho khớp.",
      },
    ]);
  });

  test("parts are not counted, and no stated count means nothing to compare", () => {
    const withParts = indicator({ name: "Tổng", unit: "ha", target: "10", parts: rows(3) });
    expect(findingsOf("so-chi-tieu", planOf([{ statedCount: 1, indicators: [withParts] }], { statedCount: 1 }))).toEqual([]);
    expect(findingsOf("so-chi-tieu", planOf([{ indicators: rows(4) }]))).toEqual([]);
  });
});
