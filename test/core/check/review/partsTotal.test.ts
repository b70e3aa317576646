import { findIndicator, type Indicator, type Plan } from "../../../../src/core/model";
import { SEED_IDS, seedPlan, type SeedId } from "../../../support/seeds";
import { findingsOf, indicator, planOf } from "./helpers";

const totals = (plan: Plan) => findingsOf("tong-thanh-phan", plan);

/** "Tổng X đạt <total>, trong đó: a <p1>; b <p2>", with the quotes a transcriber would write. */
function breakdown(total: string, parts: string[], unit = "tấn", fields: Partial<Indicator> = {}): Indicator {
  const partRows = parts.map((p, i) => indicator({ name: `loại ${i + 1}`, unit, target: `${p} ${unit}`, source: { quote: `loại ${i + 1} ${p} ${unit}` }, basis: fields.basis ?? null }));
  const quote = `Tổng sản lượng đạt ${total} ${unit}, trong đó: ${partRows.map((p) => p.source.quote).join("; ")}.`;
  return indicator({ name: "Tổng sản lượng", unit, target: `${total} ${unit}`, source: { quote }, parts: partRows, ...fields });
}

describe("tong-thanh-phan: parts that should add up to their parent", () => {
  test.each(SEED_IDS)("no alarm on the seed plan %s (its totals add up)", (id) => {
    expect(totals(seedPlan(id))).toEqual([]);
  });

  test("parts off by one give exactly one error, naming the figures", () => {
    const parent = breakdown("100", ["40", "59"]);
    const findings = totals(planOf([{ indicators: [parent] }]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "tong-thanh-phan", severity: "loi", code: parent.code });
    expect(findings[0]?.message).toBe(
      `Các thành phần của «Tổng sản lượng» cộng lại được 99 tấn («loại 1» 40 tấn, «loại 2» 59 tấn), trong khi chỉ tiêu tổng là 100 tấn (chênh 1 tấn): kiểm tra lại số liệu của chỉ tiêu tổng và các thành phần.`,
    );
  });

  // The seeds' totals are checked, not skipped: one figure changed by one unit of its last digit is caught.
  test.each<[SeedId, string, string, string]>([
    ["thap-muoi-2024", "CT01.1", "trên 5.548 tỷ đồng", "CT01"],
    ["thap-muoi-2024", "CT05.2", "921 ha", "CT05"],
    ["duc-thanh-2024", "CT01.2", "58.875 triệu đồng", "CT01"],
    ["duc-thanh-2024", "CT02.1", "27,7%", "CT02"],
    ["duc-thanh-2024", "CT03.2", "658 tấn", "CT03"],
    ["duc-thanh-2024", "CT19.1.1", "44 cháu", "CT19.1"],
    ["duc-thanh-2024", "CT19.2.2", "247 học sinh", "CT19.2"],
    ["tien-lu-2024", "CT01.1", "41,8", "CT01"],
    ["tien-lu-2024", "CT04.1", "155,283", "CT04"],
  ])("%s with %s set to %s gets exactly one, on %s", (id, code, target, parent) => {
    const plan = structuredClone(seedPlan(id));
    const part = findIndicator(plan, code);
    if (part === undefined) throw new Error(`${id} ${code} missing`);
    part.indicator.target = target;
    expect(totals(plan).map((f) => f.code)).toEqual([parent]);
  });

  test("tolerance: half a unit of the least precise figure", () => {
    expect(totals(planOf([{ indicators: [breakdown("654,25", ["155,282", "498,965"], "tỷ đồng")] }]))).toEqual([]);
    expect(totals(planOf([{ indicators: [breakdown("654,247", ["155,282", "498,964"], "tỷ đồng")] }]))).toHaveLength(1);
  });

  test("a structure's shares must make 100%", () => {
    const structure = (shares: string[]) =>
      indicator({ name: "Cơ cấu kinh tế", parts: shares.map((s, i) => indicator({ name: `Ngành ${i + 1}`, stt: "-", unit: "%", target: s })) });
    expect(totals(planOf([{ indicators: [structure(["41,7", "47,12", "11,18"])] }]))).toEqual([]);
    const [finding] = totals(planOf([{ indicators: [structure(["27,6", "32,1", "41,3"])] }]));
    expect(finding?.message).toContain("cộng lại được 101%");
    expect(finding?.message).toContain("các tỷ trọng của một cơ cấu phải cộng lại bằng 100%");
  });

  test("only parts of the same unit, basis and kind, and only additive units", () => {
    const priced = (basis: string) => ({ basis });
    // Growth rates and parts on another price basis are not pieces of the total.
    const total = breakdown("873.383", ["58.874", "226.703", "587.806"], "triệu đồng", priced("giá so sánh năm 2010"));
    total.parts.forEach((p) => (p.basis = "giá so sánh năm 2010"));
    total.parts.push(indicator({ name: "tăng so với cùng kỳ", unit: "%", target: "tăng 12%", basis: "giá so sánh năm 2010", source: { quote: "trong đó tăng 12%" } }));
    total.parts.push(indicator({ name: "giá thực tế", unit: "triệu đồng", target: "1.000 triệu đồng", basis: "giá thực tế", source: { quote: "trong đó 1.000 triệu đồng" } }));
    expect(totals(planOf([{ indicators: [total] }]))).toEqual([]);
    // Percentages never add up (outside a structure).
    expect(totals(planOf([{ indicators: [breakdown("82", ["50", "40"], "%")] }]))).toEqual([]);
  });

  test("fewer than two parts, a range or a blank among them: nothing to say", () => {
    expect(totals(planOf([{ indicators: [breakdown("5.500", ["192"], "lao động")] }]))).toEqual([]);
    expect(totals(planOf([{ indicators: [breakdown("100", ["40", "50-55"])] }]))).toEqual([]);
    const withBlank = breakdown("100", ["40", "50"]);
    const blank = withBlank.parts[1];
    if (blank) blank.target = null;
    expect(totals(planOf([{ indicators: [withBlank] }]))).toEqual([]);
  });

  test("figures listed side by side are not a breakdown (Đức Thạnh's herds and crops)", () => {
    const herds = indicator({
      name: "Đàn trâu",
      unit: "con",
      target: "170 con",
      source: { quote: "(6) Đàn trâu: 170 con, đàn bò: 2.330 con; đàn lợn: 3.200 con." },
      parts: [
        indicator({ name: "đàn bò", unit: "con", target: "2.330 con", source: { quote: "đàn bò: 2.330 con" } }),
        indicator({ name: "đàn lợn", unit: "con", target: "3.200 con", source: { quote: "đàn lợn: 3.200 con" } }),
      ],
    });
    expect(totals(planOf([{ indicators: [herds] }]))).toEqual([]);
  });
});
