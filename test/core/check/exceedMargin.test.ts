/**
 * Issue 12 item 5: "ngưỡng Vượt", the margin above plan (in %) a figure must pass to be Vượt rather
 * than Đạt. A national report calls 101,9% of plan Vượt (margin 0); a provincial one calls 104,8%
 * Đạt and 108% Vượt (margin 5).
 */
import { assess, assessPlan, planRules, readActual, ruleFor, shiftedValue, type Rule, type Status } from "../../../src/core/check";
import { loadPlan, type Indicator } from "../../../src/core/model";
import { indicator } from "../../support/indicators";
import { seedPlan } from "../../support/seeds";

const status = (ind: Indicator, actual: string | number, margin?: number): Status =>
  assess(ruleFor({ indicator: ind, ...(margin === undefined ? {} : { margin }) }), readActual(actual, ind.unit)).status;

const higher = (target: string, unit = "tỷ đồng") => indicator({ name: "Thu ngân sách trên địa bàn", unit, target });
const lower = (target: string, unit = "%") => indicator({ name: "Tỷ lệ hộ nghèo", unit, target });

describe("the two conventions official reports use", () => {
  test("a national report: 101,9% of plan is Vượt (margin 0, the default)", () => {
    expect(status(higher("1.000"), "1.019")).toBe("vuot");
    expect(status(higher("1.000"), "1.019", 0)).toBe("vuot");
  });

  test("a provincial report: 104,8% is Đạt and 108% Vượt (margin 5)", () => {
    expect(status(higher("1.000"), "1.048", 5)).toBe("dat");
    expect(status(higher("1.000"), "1.080", 5)).toBe("vuot");
  });

  test("exactly at the margin is still Đạt; just past it Vượt; below plan Không đạt", () => {
    expect(status(higher("1.000"), "1.050", 5)).toBe("dat");
    expect(status(higher("1.000"), "1.050,1", 5)).toBe("vuot");
    expect(status(higher("1.000"), "1.000", 5)).toBe("dat");
    expect(status(higher("1.000"), "999", 5)).toBe("khong_dat");
  });
});

describe("every target kind with margin 5", () => {
  test.each<[string, Indicator, (string | number)[], Status[]]>([
    ["point, higher: Vượt above 105% of plan", higher("559,8"), ["587,79", "587,8", "560", "559,8", "559"], ["dat", "vuot", "dat", "dat", "khong_dat"]],
    ["point, lower: Vượt below 95% of plan", lower("2"), ["2", "1,95", "1,9", "1,89", "2,1"], ["dat", "dat", "dat", "vuot", "khong_dat"]],
    ["floor ≥ (từ ... trở lên): Vượt above 105% of the floor", higher("từ 95% trở lên", "%"), [95, "99,75", "99,76", 94], ["dat", "dat", "vuot", "khong_dat"]],
    ["floor ≥ on a lower-is-better name still wants more", lower("ít nhất 2"), ["2,1", "2,11", 2], ["dat", "vuot", "dat"]],
    ["strict floor (trên X) never gives Vượt", higher("trên 72%", "%"), [90, 72.01, 72], ["dat", "dat", "khong_dat"]],
    ["ceiling (không quá X) never gives Vượt", lower("không quá 3%"), [1, 3, 3.01], ["dat", "dat", "khong_dat"]],
    ["range, higher: beyond the upper end by 5% of it", higher("11-13", "bác sĩ/1 vạn dân"), ["13,65", "13,66", 11, "10,9"], ["dat", "vuot", "dat", "khong_dat"]],
    ["range, lower: below the lower end by 5% of it", lower("2-3"), ["1,9", "1,89", 3, "3,1"], ["dat", "vuot", "dat", "khong_dat"]],
    ["khoảng X, higher: beyond X + h by 5% of X", higher("khoảng 6.794 USD", "USD"), ["7.134,2", "7.134,3", "6.794,4", 6700], ["dat", "vuot", "dat", "khong_dat"]],
    ["a change (tăng 8%): the change achieved, 5% of 8 beyond it", higher("tăng 8%", "%"), ["8,4", "8,41", 8], ["dat", "vuot", "dat"]],
    ["a reduction (giảm 0,7 điểm %), a bigger reduction is better", indicator({ name: "Tỷ lệ hộ nghèo giảm", unit: "%", target: "0,7" }), ["0,735", "0,736", "0,86"], ["dat", "vuot", "vuot"]],
  ])("%s", (_label, ind, actuals, expected) => {
    expect(actuals.map((a) => status(ind, a, 5))).toEqual(expected);
  });

  test("a rank is judged by places, never by a percentage: one place better is Vượt whatever the margin", () => {
    const rank = indicator({ name: "Chỉ số Cải cách hành chính (PAR INDEX)", unit: "Xếp hạng", target: "5/10" });
    expect(status(rank, 4, 50)).toBe("vuot");
    expect((ruleFor({ indicator: rank, margin: 50 }) as Extract<Rule, { kind: "numeric" }>).margin).toBe(0);
  });

  test("a planned figure of 0 has no margin to take", () => {
    expect(status(higher("0"), 1, 5)).toBe("vuot");
  });
});

describe("the edge of Vượt is the decimal the sheet computes, without float noise", () => {
  test.each<[string, number, number]>([
    ["0,7", 5, 0.735],
    ["95", 5, 99.75],
    ["41,7", 2.5, 42.7425],
    ["654.247", 0.01, 654312.4247],
    ["0,1", 3, 0.103],
  ])("%s with margin %s", (target, margin, edge) => {
    const rule = ruleFor({ indicator: higher(target, "tỷ đồng"), margin }) as Extract<Rule, { kind: "numeric" }>;
    expect(rule.vuot?.low?.value).toBe(edge);
    expect(rule.dat.high?.value).toBe(edge);
    expect(rule.vuot?.low?.margin && shiftedValue(rule.vuot.low.margin, margin)).toBe(edge);
  });
});

describe("the plan setting", () => {
  const raw = () => JSON.parse(JSON.stringify(seedPlan("tien-lu-2024"))) as Record<string, unknown>;

  test("is optional and 0 by default", () => {
    const input = raw();
    delete input.exceedMargin;
    const loaded = loadPlan(JSON.stringify(input));
    expect(loaded.ok && loaded.plan.exceedMargin).toBe(0);
  });

  test("is applied to the whole plan's assessment: 104% of a point target is Vượt at 0, Đạt at 5", () => {
    const plan = seedPlan("tien-lu-2024");
    const rules = planRules(plan);
    const [code, rule] = [...rules].find(([, r]) => r.kind === "numeric" && r.target.op === "=" && r.better === "higher" && r.planned !== null) as [string, Extract<Rule, { kind: "numeric" }>];
    const actuals = new Map([[code, readActual((rule.planned as number) * 1.04, rule.target.unit)]]);
    const verdict = (margin: number) => assessPlan({ ...plan, exceedMargin: margin }, actuals).indicators.find((i) => i.code === code)?.status;
    expect([verdict(0), verdict(5)]).toEqual(["vuot", "dat"]);
  });

  test.each<[unknown]>([[-1], [150], [2.555], ["5"], [null]])("refuses %p with a Vietnamese message saying what it means", (value) => {
    const loaded = loadPlan(JSON.stringify({ ...raw(), exceedMargin: value }));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const message = loaded.errors.map((e) => e.message).join("\n");
    expect(message).toContain("Ngưỡng Vượt phải là một số phần trăm từ 0 đến 100, nhiều nhất hai chữ số thập phân");
    expect(message).toContain("vượt kế hoạch trên 5% mới tính là Vượt");
  });

  test("accepts two decimals", () => {
    const loaded = loadPlan(JSON.stringify({ ...raw(), exceedMargin: 2.5 }));
    expect(loaded.ok && loaded.plan.exceedMargin).toBe(2.5);
  });
});
