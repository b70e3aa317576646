import { document, findingsOf, indicator, planOf } from "./helpers";

describe("thieu-co-quan: who follows each indicator", () => {
  test("when the document names agencies for some rows, each numbered row without one is a warning with a suggestion", () => {
    const named = indicator({ name: "Tỷ lệ hộ nghèo", unit: "%", target: "<1", agency: document("Phòng Lao động và TBXH") });
    const missing = indicator({ name: "Số lao động được tạo việc làm mới", stt: "9", unit: "Lao động", target: "1.500" });
    const findings = findingsOf("thieu-co-quan", planOf([{ code: "B", title: "XÃ HỘI", indicators: [named, missing] }]));
    expect(findings).toEqual([
      {
        rule: "thieu-co-quan",
        severity: "canh_bao",
        code: missing.code,
        message:
          "«Số lao động được tạo việc làm mới» (STT 9, mục B «XÃ HỘI») không có cơ quan chủ trì theo dõi, đánh giá, trong khi các chỉ tiêu khác của văn bản có: ghi cơ quan chủ trì (đề xuất: Phòng Lao động - Thương binh và Xã hội).",
      },
    ]);
  });

  test("a part inherits its parent's agency; a heading whose parts all name one needs none", () => {
    const agency = document("Phòng Tài chính - KH");
    const plan = planOf([
      {
        indicators: [
          indicator({ name: "Chi ngân sách", unit: "tỷ đồng", target: "654", agency, parts: [indicator({ name: "Chi đầu tư", unit: "tỷ đồng", target: "155" })] }),
          indicator({
            name: "Cơ cấu kinh tế",
            parts: [
              indicator({ name: "Công nghiệp", unit: "%", target: "41,7", agency: document("Văn phòng UBND-HĐND huyện") }),
              indicator({ name: "Dịch vụ", unit: "%", target: "58,3", agency: document("Văn phòng UBND-HĐND huyện") }),
            ],
          }),
        ],
      },
    ]);
    expect(findingsOf("thieu-co-quan", plan)).toEqual([]);
  });

  test("a heading with a part that names nobody is reported once, at the heading", () => {
    const heading = indicator({
      name: "Cơ cấu kinh tế",
      parts: [indicator({ name: "Công nghiệp", unit: "%", target: "41,7", agency: document("Văn phòng") }), indicator({ name: "Dịch vụ", unit: "%", target: "58,3" })],
    });
    expect(findingsOf("thieu-co-quan", planOf([{ indicators: [heading] }])).map((f) => f.code)).toEqual([heading.code]);
  });

  test("when the document names no agency at all, one note for the plan instead of one per row", () => {
    const plan = planOf([
      {
        indicators: [
          indicator({ name: "Tỷ lệ hộ nghèo", unit: "%", target: "dưới 1%" }),
          indicator({ name: "Thu ngân sách", target: "đạt dự toán huyện giao", agency: { name: "Phòng Tài chính - Kế hoạch", origin: "suggested" } }),
        ],
      },
    ]);
    const findings = findingsOf("thieu-co-quan", plan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "thong_tin", code: null });
    expect(findings[0]?.message).toContain("Văn bản không nêu cơ quan chủ trì");
  });
});
