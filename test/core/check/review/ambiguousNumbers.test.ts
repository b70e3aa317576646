import { MESSAGES } from "../../../../src/core/vn";
import { findingsOf, indicator, planOf } from "./helpers";

describe("so-mo-ho: what the reader had to assume", () => {
  test("a decimal point is a warning quoting the reader", () => {
    const row = indicator({ name: "Mức giảm tỷ suất sinh", unit: "‰", target: "0.2 ‰" });
    const findings = findingsOf("so-mo-ho", planOf([{ indicators: [row] }]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "canh_bao", code: row.code });
    expect(findings[0]?.message).toContain(`chỉ tiêu kế hoạch «0.2 ‰»: ${MESSAGES.dotAsDecimal("0.2", "0,2")}`);
  });

  test("a LaTeX target read fine is a note; a stretch printed like the target is not reported twice", () => {
    const row = indicator({ name: "Tỷ lệ hộ nghèo", unit: "%", target: "$\\leq 3\\%$", stretch: "$\\leq 3\\%$" });
    expect(findingsOf("so-mo-ho", planOf([{ indicators: [row] }])).map((f) => f.severity)).toEqual(["thong_tin"]);
  });

  test("clean figures and qualitative aims give nothing", () => {
    const plan = planOf([{ indicators: [indicator({ name: "Tỷ lệ", unit: "%", target: "95,5%" }), indicator({ name: "An ninh", target: "Giữ vững" })] }]);
    expect(findingsOf("so-mo-ho", plan)).toEqual([]);
  });
});
