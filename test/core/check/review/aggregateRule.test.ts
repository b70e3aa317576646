import { communePlan } from "../../../support/communes";
import { SEED_IDS, seedPlan } from "../../../support/seeds";
import { findingsOf, indicator, planOf } from "./helpers";

describe("cach-tong-hop: an aggregation rule of the model that cannot work", () => {
  const households = indicator({ code: "HO", name: "Tổng số hộ", unit: "hộ", target: "2.000" });
  const poor = indicator({ code: "NGHEO", name: "Số hộ nghèo", unit: "hộ", target: "60" });
  const rate = (aggregate: NonNullable<Parameters<typeof indicator>[0]["aggregate"]>) =>
    indicator({ code: "TYLE", name: "Tỷ lệ hộ nghèo", unit: "%", target: "dưới 3%", aggregate });

  test("a ratio of two indicators that add up is fine", () => {
    const plan = planOf([{ indicators: [households, poor, rate({ kind: "ratio", numerator: "NGHEO", denominator: "HO", scale: null })] }]);
    expect(findingsOf("cach-tong-hop", plan)).toEqual([]);
  });

  test("a code the plan does not have: a warning on the rate's row, saying which side is missing and what consolidation will do", () => {
    const plan = planOf([{ indicators: [households, poor, rate({ kind: "ratio", numerator: "NGHEO", denominator: "HO2", scale: null })] }]);
    const findings = findingsOf("cach-tong-hop", plan);
    expect(findings).toEqual([{ rule: "cach-tong-hop", severity: "canh_bao", code: "TYLE", message: expect.stringContaining("mẫu số không phải chỉ tiêu của kế hoạch") }]);
    // The rows by their STT (or name), never by the model's codes.
    expect(findings[0]?.message).toMatch(/«Tỷ lệ = (STT \S+|«[^»]+») \/ một chỉ tiêu không có trong kế hoạch × 100»/);
    expect(findings[0]?.message).not.toMatch(/NGHEO|HO2/);
    expect(findings[0]?.message).toContain("ghi «không tổng hợp»");
  });

  test("a weight that is itself a rate, and a rule that points at itself", () => {
    const average = indicator({ code: "TN", name: "Thu nhập bình quân", unit: "triệu đồng/người", target: "60", aggregate: { kind: "weighted", weight: "TYLE" } });
    const plan = planOf([{ indicators: [households, poor, rate({ kind: "ratio", numerator: "TYLE", denominator: "HO", scale: null }), average] }]);
    const findings = findingsOf("cach-tong-hop", plan);
    expect(findings.map((f) => f.code)).toEqual(["TYLE", "TN"]);
    expect(findings[0]?.message).toContain("(tham chiếu đến chính nó)");
    expect(findings[1]?.message).toContain("không cộng được giữa các đơn vị; nếu cộng được, đặt cách tổng hợp «Cộng» cho chỉ tiêu đó");
    expect(findings[1]?.message).not.toContain("TYLE");
  });

  test("none on the seed plans nor on the commune plan of the fixtures", () => {
    for (const id of SEED_IDS) expect(findingsOf("cach-tong-hop", seedPlan(id))).toEqual([]);
    expect(findingsOf("cach-tong-hop", communePlan())).toEqual([]);
  });
});
