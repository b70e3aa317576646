import { findingsOf, indicator, planOf } from "./helpers";

describe("thieu-don-vi: a figure without a unit", () => {
  test("a bare figure without a unit is a warning asking for one", () => {
    const row = indicator({ name: "Số trường đạt chuẩn quốc gia", target: "39" });
    const findings = findingsOf("thieu-don-vi", planOf([{ indicators: [row] }]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "canh_bao", code: row.code });
    expect(findings[0]?.message).toContain("chỉ tiêu kế hoạch là con số «39» nhưng không có đơn vị tính");
  });

  test("when the phrase has its own unit, the finding says which unit to write", () => {
    const row = indicator({ name: "HTX hoạt động hiệu quả", target: "Có thêm ít nhất 01 HTX" });
    const [finding] = findingsOf("thieu-don-vi", planOf([{ indicators: [row] }]));
    expect(finding?.message).toContain("ghi đơn vị tính «hợp tác xã»");
  });

  test("a milestone counts too; qualitative aims and rows with a unit do not", () => {
    const plan = planOf([
      {
        indicators: [
          indicator({ name: "Xã đạt chuẩn", milestones: { "2025": "13" } }),
          indicator({ name: "An ninh", target: "Giữ vững ổn định chính trị" }),
          indicator({ name: "Tỷ lệ hộ nghèo", unit: "%", target: "dưới 1" }),
        ],
      },
    ]);
    expect(findingsOf("thieu-don-vi", plan).map((f) => f.message)).toEqual([expect.stringContaining("mốc năm 2025 là con số «13»")]);
  });
});
