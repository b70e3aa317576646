import { assess, JUDGEMENT_WORDS, judgementOf, readActual, readActualCell, ruleFor } from "../../../src/core/check";
import { findIndicator } from "../../../src/core/model";
import type { Indicator } from "../../../src/core/model";
import { indicator } from "../../support/indicators";
import { seedPlan } from "../../support/seeds";

/** The examples of issue 12 ("Judge what officers actually type"), in the core. */
describe("the unit column is the unit of every entry", () => {
  test("Cầu Ngang: 27 in a 'nghìn tỷ đồng' row against '25 nghìn tỷ đồng' is Vượt, 108%", () => {
    const ct04 = findIndicator(seedPlan("cau-ngang-2030"), "CT04")!.indicator;
    const rule = ruleFor({ indicator: ct04, against: "2025" });
    const result = assess(rule, readActual(27, ct04.unit));
    expect(result.status).toBe("vuot");
    expect(result.percentOfPlan).toBeCloseTo(108, 9);
    // Shown as printed, in the row's unit.
    expect(rule.kind === "numeric" && rule.label).toBe("25 nghìn tỷ đồng");
  });

  test.each<[string, string, string | number, "vuot" | "dat" | "khong_dat", number]>([
    ["tỷ đồng", "1,3 nghìn tỷ đồng", 1400, "vuot", (1400 / 1300) * 100],
    ["triệu đồng", "2 tỷ", 1900, "khong_dat", 95],
    ["nghìn đồng", "trên 1 triệu", 1200, "dat", 120],
    ["lượt", "1,3 triệu lượt", 1_300_000, "dat", 100],
    ["triệu lượt", "1,3 triệu lượt", 1.3, "dat", 100],
    ["nghìn tỷ đồng", "25 nghìn tỷ đồng", "27.000 tỷ đồng", "vuot", 108],
  ])("'%s' row, target %s, entry %s", (unit, target, entry, status, percent) => {
    const ind = indicator({ name: "Giá trị", unit, target });
    const result = assess(ruleFor({ indicator: ind }), readActual(entry, unit));
    expect(result.status).toBe(status);
    expect(result.percentOfPlan).toBeCloseTo(percent, 9);
  });
});

describe("a name that states a reduction is judged on the reduction", () => {
  test.each(["Tỷ lệ hộ nghèo giảm", "Mức giảm tỷ suất sinh", "Tỷ lệ hộ nghèo giảm (điểm %)"])("%s: 0,86 against 0,7 is not Không đạt", (name) => {
    const ind = indicator({ name, unit: "%", target: "0,7" });
    const rule = ruleFor({ indicator: ind });
    expect(assess(rule, readActual("0,86", "%")).status).toBe("vuot");
    expect(assess(rule, readActual("0,7", "%")).status).toBe("dat");
    expect(assess(rule, readActual("0,5", "%")).status).toBe("khong_dat");
  });
});

describe("figures a reader would question get a warning beside the verdict, never another verdict", () => {
  test.each<[string, Partial<Indicator>, string | number, RegExp | null]>([
    ["950 for a rate", { name: "Tỷ lệ hộ dùng nước sạch", unit: "%", target: "95%" }, 950, /tỷ lệ 950% vượt quá 100%/],
    ["-5 for an amount", { name: "Thu ngân sách", unit: "tỷ đồng", target: "559,8" }, -5, /không thể âm/],
    ["-5 for a count", { name: "Số xã đạt chuẩn", unit: "xã", target: "13" }, "-5", /không thể âm/],
    ["ten times the target", { name: "Thu ngân sách", unit: "tỷ đồng", target: "559,8" }, 5600, /gấp hơn 10 lần/],
    ["an ordinary figure", { name: "Thu ngân sách", unit: "tỷ đồng", target: "559,8" }, 600, null],
    ["a growth rate above 100 is no share", { name: "Tốc độ tăng thu ngân sách", unit: "%", target: "12%" }, 110, null],
    ["a reduction achieved may be negative", { name: "Số hộ nghèo", unit: "hộ", target: "giảm 10 hộ" }, -2, null],
  ])("%s", (_label, fields, entry, warning) => {
    const ind = indicator({ name: "x", ...fields });
    const rule = ruleFor({ indicator: ind });
    const result = assess(rule, readActual(entry, ind.unit));
    const plain = assess({ ...rule, plausibility: { share: false, nonNegative: false, planned: null } } as typeof rule, readActual(entry, ind.unit));
    expect(result.status).toBe(plain.status);
    if (warning === null) expect(result.plausibility).toBeUndefined();
    else {
      expect(result.plausibility).toMatch(warning);
      expect(result.messages[0]).toBe(result.plausibility);
    }
  });
});

describe("verdict words typed with invisible or decomposed characters", () => {
  test.each<[string, string, "vuot" | "dat" | "khong_dat" | null]>([
    ["a zero-width space inside", "Đ\u200Bạt", "dat"],
    ["a no-break space and a byte-order mark around", "\u00A0Đạt\uFEFF", "dat"],
    ["a soft hyphen inside", "Hoàn\u00ADthành".replace("\u00AD", " \u00AD"), "dat"],
    ["decomposed (NFD)", "Vượt".normalize("NFD"), "vuot"],
    ["Unicode tổ hợp (the tone mark apart)", "Chưa đa\u0323t", "khong_dat"],
    ["decomposed, upper case", "KHÔNG HOÀN THÀNH".normalize("NFD"), "khong_dat"],
    ["tone marks out of canonical order (the sheet cannot compose it, so neither does the core)", "Vu\u031Bo\u0323\u031Bt", null],
    ["another word", "Đạt một phần", null],
  ])("%s", (_label, typed, status) => {
    expect(judgementOf(typed)?.status ?? null).toBe(status);
    expect(readActualCell({ value: typed })).toMatchObject(status === null ? { kind: "text" } : { kind: "judgement", status });
  });

  test("every decomposed form of every verdict word's letters composes to the word", () => {
    for (const { word, status } of JUDGEMENT_WORDS) {
      expect(judgementOf(word.normalize("NFD"))?.status).toBe(status);
      expect(judgementOf(word.toUpperCase().normalize("NFD"))?.status).toBe(status);
    }
  });
});

describe("numbers stored as text, ratios, ranks and verdict words, read from the annex's cells", () => {
  const rowOf = (name: string, unit: string | null, target: string) => ruleFor({ indicator: indicator({ name, unit, target }) });
  test.each<[string, [string, string | null, string], string, "vuot" | "dat" | "khong_dat" | "khong_hop_le"]>([
    ["8,7 against 8,61%", ["Tốc độ tăng trưởng kinh tế", "%", "8,61%"], "8,7", "vuot"],
    ["1.234,5 against 559,8 tỷ đồng", ["Thu ngân sách nhà nước", "tỷ đồng", "559,8"], "1.234,5", "vuot"],
    ["95% against 95,1%", ["Tỷ lệ trường học đạt chuẩn quốc gia", "%", "95,1"], "95%", "khong_dat"],
    [" 97 against 95", ["Tỷ lệ hộ dùng nước sạch", "%", "95"], " 97 ", "vuot"],
    ["108/100 against 105/100 (lower is better)", ["Tỷ lệ mất cân bằng giới khi sinh ở mức", "Bé trai/bé gái", "105/100"], "108/100", "khong_dat"],
    ["105/100 against 105/100", ["Tỷ lệ mất cân bằng giới khi sinh ở mức", "Bé trai/bé gái", "105/100"], "105/100", "dat"],
    ["rank 4/10 against 5/10", ["Chỉ số Cải cách hành chính (PAR INDEX)", "Xếp hạng", "5/10"], "4/10", "vuot"],
    ["rank 6/10 against 5/10", ["Chỉ số Cải cách hành chính (PAR INDEX)", "Xếp hạng", "5/10"], "6/10", "khong_dat"],
    ["Chưa đạt typed by hand", ["Giữ vững quốc phòng, an ninh", null, "Hoàn thành"], "Chưa đạt", "khong_dat"],
    ["Không hoàn thành typed by hand", ["Giữ vững quốc phòng, an ninh", null, "Hoàn thành"], "Không hoàn thành", "khong_dat"],
    ["Đạt và vượt typed by hand", ["Giữ vững quốc phòng, an ninh", null, "Hoàn thành"], "Đạt và vượt", "vuot"],
    ["Chưa đạt in a figure's row says to type the figure", ["Thu ngân sách nhà nước", "tỷ đồng", "559,8"], "Chưa đạt", "khong_hop_le"],
  ])("%s", (_label, [name, unit, target], typed, status) => {
    expect(assess(rowOf(name, unit, target), readActualCell({ value: typed })).status).toBe(status);
  });
});
