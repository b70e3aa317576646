import { MODEL_SHEET_NAME } from "../../../src/core/annex";
import { assess, ruleFor } from "../../../src/core/check";
import {
  localityList,
  aggregateOf,
  consolidate,
  consolidationJson,
  defaultAggregate,
  LocalityMatcher,
  parseLocalityList,
  phraseFor,
  planAggregates,
  readReceived,
  type Consolidation,
  type ConsolidatedIndicator,
} from "../../../src/core/consolidate";
import { findIndicator, loadPlan, type Indicator, type Plan } from "../../../src/core/model";
import { withTargets } from "../../../src/core/model/withTargets";
import { communePlan } from "../../support/communes";
import { asRead, plan, received, smallPlan, type Typed } from "./support";
import { annexLayout, annexOptions } from "../../../src/core/annex";

const PLAN = smallPlan();
const O = (locality: string) => ({ locality });
const total = (c: Consolidation, code: string): ConsolidatedIndicator => {
  const found = c.indicators.find((i) => i.code === code);
  if (!found) throw new Error(code);
  return found;
};

/** Three communes: A and B report everything, C leaves the households blank and types words for the grain. */
const A: Record<string, Typed> = { CT01: 52_000, CT02: 4_100, CT03: 62, CT04: 2_000, CT05: 7_000, CT06: 50, CT07: 2.5, CT08: 7.5, CT09: "Hoàn thành" };
const B: Record<string, Typed> = { CT01: 31_000.5, CT02: 2_900, CT03: 50, CT04: 1_000, CT05: 3_000, CT06: 40, CT07: 4, CT08: 9, CT09: "Hoàn thành" };
const C: Record<string, Typed> = { CT01: 10_000, CT02: "đang cập nhật", CT03: 45, CT04: null, CT05: 2_000, CT06: 30, CT07: { value: 0.031, numFmt: "0.0%" }, CT08: 6, CT09: "Không đạt" };
const TARGETS_B = { CT01: "30.000 triệu đồng", CT02: "từ 3.000 tấn trở lên", CT04: "1.000 hộ", CT06: "không quá 35 hộ", CT07: "dưới 3,5%" };
const TARGETS_C = { CT01: "12.000 triệu đồng", CT02: "từ 1.500 tấn trở lên", CT04: "900 hộ", CT06: "không quá 30 hộ" };

function three(): Consolidation {
  return consolidate({
    files: [
      received("a.xlsx", PLAN, O("Xã An Bình"), A),
      received("b.xlsx", PLAN, O("Xã Bình Hòa"), B, TARGETS_B),
      received("c.xlsx", PLAN, O("Xã Cát Tiên"), C, TARGETS_C),
    ],
  });
}

describe("aggregation rules", () => {
  test("default from the unit: amounts, counts and measures add up; rates, ranks, per-capita and unknown units do not", () => {
    const kind = (unit: string | null) => defaultAggregate(unit).kind;
    for (const unit of ["triệu đồng", "tỷ đồng", "tấn", "ha", "con", "hộ", "người", "lao động", "Triệu đồng"]) expect({ unit, kind: kind(unit) }).toEqual({ unit, kind: "sum" });
    for (const unit of ["%", "%/năm", "‰", "bé trai/100 bé gái", "Xếp hạng", "triệu đồng/người/năm", "bác sĩ/1 vạn dân", "lần", "điểm", null]) {
      expect({ unit, kind: kind(unit) }).toEqual({ unit, kind: "none" });
    }
  });

  test("a per-capita or average figure printed in a plain money unit («Thu nhập bình quân đầu người», triệu đồng) is never summed", () => {
    const base = PLAN.sections[0]?.indicators[0] as Indicator;
    const kind = (name: string) => aggregateOf({ ...base, name, unit: "triệu đồng", aggregate: null }).rule.kind;
    for (const name of ["Thu nhập bình quân đầu người", "Thu nhập bình quân/người/năm", "GRDP bình quân đầu người", "Thu nhap binh quan dau nguoi", "Giá trị sản xuất trung bình trên 1 ha"]) {
      expect({ name, kind: kind(name) }).toEqual({ name, kind: "none" });
    }
    for (const name of ["Tổng thu ngân sách", "Dân số trung bình"]) expect({ name, kind: kind(name) }).toEqual({ name, kind: "sum" });
  });

  test("the model's rule is kept as data; a rule that cannot work is refused with a warning", () => {
    expect(PLAN.sections[1]?.indicators[3]?.aggregate).toEqual({ kind: "ratio", numerator: "CT06", denominator: "CT04", scale: null });
    const broken = plan({
      sections: [
        {
          code: null,
          title: "X",
          indicators: [
            { code: "CT01", stt: "1", name: "Tỷ lệ hộ nghèo", unit: "%", target: "3%", aggregate: { kind: "ratio", numerator: "CT09", denominator: "CT02" }, source: { quote: "x" } },
            { code: "CT02", stt: "2", name: "Tỷ lệ hộ có nước sạch", unit: "%", target: "90%", source: { quote: "x" } },
            { code: "CT03", stt: "3", name: "Thu nhập", unit: "triệu đồng", target: "3", aggregate: { kind: "weighted", weight: "CT03" }, source: { quote: "x" } },
          ],
        },
      ],
    });
    const { rules, warnings } = planAggregates(broken);
    expect(rules.get("CT01")?.rule).toEqual({ kind: "none" });
    expect(rules.get("CT03")?.rule).toEqual({ kind: "none" });
    expect(warnings).toEqual([expect.stringContaining("tử số không phải chỉ tiêu của kế hoạch"), expect.stringContaining("tham chiếu đến chính nó")]);
    expect(warnings[0]).toContain("Chỉ tiêu STT 1 «Tỷ lệ hộ nghèo»: cách tổng hợp «Tỷ lệ = một chỉ tiêu không có trong kế hoạch / STT 2 × 100»");
    expect(planAggregates(communePlan()).warnings).toEqual([]);
  });

  test("the loader names a wrong rule in Vietnamese", () => {
    const json = JSON.parse(JSON.stringify({ ...PLAN })) as { sections: { indicators: Record<string, unknown>[] }[] };
    const indicators = json.sections[1]?.indicators ?? [];
    (indicators[3] as Record<string, unknown>).aggregate = { kind: "ratio", numerator: "CT06" };
    (indicators[0] as Record<string, unknown>).aggregate = { kind: "trung bình" };
    const result = loadPlan(JSON.stringify(json));
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sections\[1\]\.indicators\[0\]\.aggregate.*[Cc]ách tổng hợp/),
        expect.stringMatching(/^sections\[1\]\.indicators\[3\]\.aggregate\.denominator: .*[Tt]hiếu mã chỉ tiêu mẫu số/),
      ]),
    );
  });
});

describe("totals", () => {
  const c = three();

  test("a sum adds the localities that reported, and its target is the sum of their targets", () => {
    const ct01 = total(c, "CT01");
    expect(ct01.total).toMatchObject({ kind: "sum", value: 93_000.5, count: 3, target: "92.000 triệu đồng", status: "vuot" });
    expect(ct01.byLocality.map((f) => f.actual)).toEqual([52_000, 31_000.5, 10_000]);
    expect(ct01.byLocality.map((f) => f.target)).toEqual(["50.000 triệu đồng", "30.000 triệu đồng", "12.000 triệu đồng"]);
    // C typed words for the grain: not counted, and neither is its target.
    const ct02 = total(c, "CT02");
    expect(ct02.total).toMatchObject({ value: 7_000, count: 2, target: "từ 7.000 tấn trở lên", status: "dat" });
    expect(ct02.total.messages[0]).toBe("Cộng số liệu của 2/3 đơn vị có số liệu.");
  });

  test("the total is judged by the core's own rule, built from the total target", () => {
    const ct01 = total(c, "CT01");
    const placed = findIndicator(PLAN, "CT01");
    const rule = ruleFor({ indicator: { ...(placed?.indicator as Plan["sections"][number]["indicators"][number]), target: "92.000 triệu đồng" } });
    expect(ct01.total.rule).toEqual(rule);
    const expected = assess(rule, { kind: "value", interval: { low: { value: 93_000.5, strict: false }, high: { value: 93_000.5, strict: false } }, target: null });
    expect(ct01.total.status).toBe(expected.status);
    expect(ct01.total.percentOfPlan).toBeCloseTo((93_000.5 / 92_000) * 100, 9);
  });

  test("a rate comes from its numerator and denominator over the localities that report both, never from the rates", () => {
    const ct07 = total(c, "CT07");
    // C has poor households but no household count: left out. (50 + 40) / (2.000 + 1.000) × 100 = 3%.
    expect(ct07.total).toMatchObject({ kind: "ratio", value: 3, count: 2 });
    expect(ct07.total.messages).toEqual(expect.arrayContaining([expect.stringContaining("Không tính 1 đơn vị chỉ có tử số hoặc chỉ có mẫu số: Xã Cát Tiên")]));
    // Not the plain mean of the rates (2,5 + 4 + 3,1) / 3, nor their sum.
    expect(ct07.total.value).not.toBeCloseTo((2.5 + 4 + 3.1) / 3, 3);
    // Target: (60 + 35) / (2.000 + 1.000) × 100, in the form of the communes' own targets ("dưới").
    expect(ct07.total.target).toBe("dưới 3,167%");
    expect(ct07.total.status).toBe("dat");
    // The percent-formatted 0,031 of C reads 3,1.
    expect(ct07.byLocality[2]).toMatchObject({ actual: 3.1, status: "khong_dat" });
  });

  test("a per-capita figure is weighted by its weight", () => {
    const ct03 = total(c, "CT03");
    expect(ct03.total.kind).toBe("weighted");
    expect(ct03.total.value).toBeCloseTo((62 * 7_000 + 50 * 3_000 + 45 * 2_000) / 12_000, 9);
    expect(ct03.total.target).toBe("60 triệu đồng/người/năm");
    expect(ct03.total.count).toBe(3);
  });

  test("percentages without numerator and denominator are not consolidated, and say so plainly", () => {
    for (const code of ["CT08", "CT09"]) {
      const t = total(c, code);
      expect(t.total).toMatchObject({ kind: "none", value: null, target: null, status: null });
      expect(t.method).toBe("Không tổng hợp");
    }
    // Each commune is still judged against its own target.
    expect(total(c, "CT08").byLocality.map((f) => f.status)).toEqual(["dat", "khong_dat", "dat"]); // "dưới 8%": a ceiling, only Đạt or Không đạt
    expect(total(c, "CT09").byLocality.map((f) => f.status)).toEqual(["dat", "dat", "khong_dat"]);
    // What the province still learns: how many met their own target, and the spread; never a mean.
    expect(total(c, "CT08").total).toMatchObject({ count: 3, counts: { vuot: 0, dat: 2, khong_dat: 1, none: 0 }, spread: { low: 6, median: 7.5, high: 9, count: 3 } });
    expect(total(c, "CT09").total).toMatchObject({ count: 3, counts: { vuot: 0, dat: 2, khong_dat: 1, none: 0 }, spread: null });
    expect(total(c, "CT08").total.messages.join(" ")).toContain("số đơn vị đạt kế hoạch của mình (2/3)");
  });

  test("every total counts the localities Vượt, Đạt, Không đạt and without a figure against their own targets", () => {
    // CT02: A 4.100 of "từ 4.000 tấn trở lên" Vượt; B 2.900 of "từ 3.000" Không đạt; C unreadable.
    expect(total(c, "CT02").total.counts).toEqual({ vuot: 1, dat: 0, khong_dat: 1, none: 1 });
    expect(total(c, "CT04").total).toMatchObject({ count: 2, spread: { low: 1_000, median: 1_500, high: 2_000, count: 2 } });
  });

  test("an unreadable actual is visible, not counted, and listed", () => {
    expect(total(c, "CT02").byLocality[2]).toMatchObject({ actual: "đang cập nhật", status: "khong_hop_le" });
    expect(c.completeness.unreadable).toEqual([expect.objectContaining({ locality: "Xã Cát Tiên", code: "CT02", text: "đang cập nhật", source: "c.xlsx" })]);
    const cat = c.completeness.localities.find((l) => l.name === "Xã Cát Tiên");
    expect(cat).toMatchObject({ state: "consolidated", filled: 7, unreadable: 1, expectedFigures: 9 });
    expect(c.completeness.indicators.find((i) => i.code === "CT04")).toMatchObject({ filled: 2, of: 3 });
  });

  test("the JSON keys each locality's figures by name and leaves the rules out", () => {
    const json = consolidationJson(c);
    const ct01 = json.indicators.find((i) => i.code === "CT01");
    expect(ct01?.byLocality["Xã Bình Hòa"]).toMatchObject({ actual: 31_000.5, target: "30.000 triệu đồng" });
    expect(ct01?.total).not.toHaveProperty("rule");
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("completeness", () => {
  test("a missing commune, a duplicate, another template, another version, no locality, an unlisted name", () => {
    const other = loadPlan(JSON.stringify({ ...PLAN, id: "ke-hoach-khac" }));
    if (!other.ok) throw new Error("plan");
    const renamed = withTargets(PLAN, {});
    if (!renamed.ok) throw new Error("plan");
    const changed: Plan = { ...renamed.plan, sections: renamed.plan.sections.map((s, i) => (i === 0 ? { ...s, indicators: s.indicators.slice(1) } : s)) };
    const versioned = (() => {
      const sheets = asRead(annexLayout({ plan: PLAN, options: annexOptions(O("Xã Đông Hải")) }).workbook);
      const model = sheets.find((s) => s.name === MODEL_SHEET_NAME);
      const row = model?.rows.find((r) => r[0]?.value === "templateVersion");
      if (row?.[1]) row[1] = { value: "phuluc-annex/0" };
      return readReceived("cu.xlsx", sheets);
    })();
    const c = consolidate({
      expected: ["Xã An Bình", "Xã Bình Hòa", "Xã Cát Tiên", "Xã Đức Thạnh", "Xã Đông Hải"],
      files: [
        received("a.xlsx", PLAN, O("xã  an bình"), A),
        received("b1.xlsx", PLAN, O("Xã Bình Hòa"), B),
        received("b2.xlsx", PLAN, O("Bình Hòa"), { ...B, CT01: 1 }),
        received("c.xlsx", PLAN, O("Xã Cát Tiên"), C),
        received("c-copy.xlsx", PLAN, O("Xã Cát Tiên"), C),
        received("khac.xlsx", other.plan, O("Xã Đức Thạnh"), A),
        received("thieu.xlsx", changed, O("Xã Đức Thạnh"), A),
        versioned,
        received("khong-ten.xlsx", PLAN, {}, A),
        received("duc-thanh.xlsx", PLAN, O("Xã Đức Thanh"), A),
        readReceived("ghi-chu.xlsx", [{ name: "Sheet1", rows: [[{ value: "ghi chú" }]] }]),
      ],
    });
    expect(c.localities).toEqual(["Xã An Bình", "Xã Cát Tiên"]);
    expect(c.sources).toEqual(["a.xlsx", "c.xlsx"]);
    const comp = c.completeness;
    expect(comp).toMatchObject({ listSource: "expected", expected: 5, consolidated: 2, reportingPercent: 40, missing: ["Xã Đông Hải"], otherTemplate: ["Xã Đức Thạnh"], duplicates: ["Xã Bình Hòa"] });
    const reasons = Object.fromEntries(c.excluded.map((e) => [e.source, e.reason]));
    expect(reasons).toEqual({
      "b1.xlsx": "duplicate",
      "b2.xlsx": "duplicate",
      "c-copy.xlsx": "duplicate",
      "khac.xlsx": "other_template",
      "thieu.xlsx": "other_template",
      "cu.xlsx": "other_version",
      "khong-ten.xlsx": "no_locality",
      "duc-thanh.xlsx": "not_expected",
      "ghi-chu.xlsx": "not_annex",
    });
    const message = (source: string) => c.excluded.find((e) => e.source === source)?.message ?? "";
    expect(message("b1.xlsx")).toContain("có 2 tệp với số liệu khác nhau (b1.xlsx, b2.xlsx)");
    expect(message("c-copy.xlsx")).toContain("Bản trùng của c.xlsx");
    expect(message("khac.xlsx")).toContain("Phụ lục của một kế hoạch khác cùng tên");
    expect(message("thieu.xlsx")).toMatch(/danh mục chỉ tiêu khác mẫu đang tổng hợp: thiếu STT \S+ «/);
    expect(message("cu.xlsx")).toContain("phuluc-annex/0");
    expect(message("duc-thanh.xlsx")).toContain("có phải «Xã Đức Thạnh»?");
    const byName = Object.fromEntries(comp.localities.map((l) => [l.name, l]));
    expect(byName["Xã Bình Hòa"]).toMatchObject({ state: "duplicate", sources: ["b1.xlsx", "b2.xlsx"] });
    // A file came, of another template: the commune is not "Chưa nộp", and the note says which file and why.
    expect(byName["Xã Đức Thạnh"]?.state).toBe("other_template");
    expect(byName["Xã Đức Thạnh"]?.note).toContain("khac.xlsx (Khác mẫu phụ lục)");
    expect(byName["Xã Đức Thạnh"]?.note).toContain("duc-thanh.xlsx (Ngoài danh sách đơn vị)");
    expect(byName["Xã Đông Hải"]?.state).toBe("missing");
    // Totals only from what was consolidated.
    expect(total(c, "CT01").total).toMatchObject({ value: 62_000, count: 2 });
  });

  test("without a list, the localities received are the ones expected", () => {
    const c = three();
    expect(c.completeness).toMatchObject({ listSource: "received", expected: 3, consolidated: 3, missing: [], reportingPercent: 100 });
    expect(c.localities).toEqual(["Xã An Bình", "Xã Bình Hòa", "Xã Cát Tiên"]);
  });

  test("another reporting period is left out", () => {
    const c = consolidate({
      files: [
        received("a.xlsx", PLAN, { locality: "Xã An Bình" }, A),
        received("b.xlsx", PLAN, { locality: "Xã Bình Hòa" }, B),
        received("c.xlsx", PLAN, { locality: "Xã Cát Tiên", actualsLabel: "Thực hiện 6 tháng" }, C),
      ],
    });
    expect(c.excluded).toEqual([expect.objectContaining({ source: "c.xlsx", reason: "other_period", locality: "Xã Cát Tiên" })]);
    expect(c.excluded[0]?.message).toContain("«Thực hiện 6 tháng», khác kỳ đang tổng hợp «Ước thực hiện năm 2025»");
    const cat = c.completeness.localities.find((l) => l.name === "Xã Cát Tiên");
    expect(cat).toMatchObject({ state: "other_period", sources: ["c.xlsx"] });
    expect(c.completeness.otherPeriod).toEqual(["Xã Cát Tiên"]);
    expect(c.completeness.missing).toEqual([]);
  });

  test("on time or late against the deadline: the user's, else the issued annexes', else the plan's; received time said how it is known", () => {
    const at = (iso: string, origin: "properties" | "modified" = "properties") => ({ at: iso, origin });
    const files = [
      { ...received("a.xlsx", PLAN, { locality: "Xã An Bình", deadline: "2025-12-05" }, A), received: at("2025-12-05T16:59:00Z") },
      { ...received("b.xlsx", PLAN, { locality: "Xã Bình Hòa", deadline: "2025-12-05" }, B), received: at("2025-12-08T02:00:00Z", "modified") },
      { ...received("c.xlsx", PLAN, { locality: "Xã Cát Tiên", deadline: "2025-12-05" }, C), received: null },
    ];
    const c = consolidate({ files });
    expect(c.completeness.deadline).toEqual({ date: "2025-12-05", origin: "annex" });
    const by = Object.fromEntries(c.completeness.localities.map((l) => [l.name, l]));
    expect(by["Xã An Bình"]).toMatchObject({ timeliness: "on_time", lateDays: null });
    expect(by["Xã Bình Hòa"]).toMatchObject({ timeliness: "late", lateDays: 3, received: { origin: "modified" } });
    expect(by["Xã Cát Tiên"]).toMatchObject({ timeliness: "unknown", received: null });
    expect(c.completeness).toMatchObject({ onTime: 1, late: 1 });
    const user = consolidate({ files, deadline: "2025-12-10" });
    expect(user.completeness).toMatchObject({ deadline: { date: "2025-12-10", origin: "user" }, onTime: 2, late: 0 });
    const none = consolidate({ files: [received("a.xlsx", PLAN, { locality: "Xã An Bình" }, A)] });
    expect(none.completeness.deadline).toBeNull();
    const fromPlan = consolidate({ files: [received("a.xlsx", { ...PLAN, reportingDeadline: "2025-12-01" }, { locality: "Xã An Bình" }, A)] });
    expect(fromPlan.completeness.deadline).toEqual({ date: "2025-12-01", origin: "plan" });
  });

  test("nothing usable: no template, everything reported", () => {
    const c = consolidate({ files: [readReceived("x.xlsx", [])] });
    expect(c.template).toBeNull();
    expect(c.excluded).toHaveLength(1);
  });

  test("locality names: case, spacing and the Xã prefix do not matter; diacritics do", () => {
    const m = new LocalityMatcher(["Xã Đức Thạnh", "Phường Tân An", "Xã Tân An"]);
    expect(m.match("xã  đức thạnh")).toEqual({ ok: true, name: "Xã Đức Thạnh" });
    expect(m.match("Đức Thạnh")).toEqual({ ok: true, name: "Xã Đức Thạnh" });
    expect(m.match("Xã Đức Thành")).toEqual({ ok: false, suggestion: "Xã Đức Thạnh" });
    expect(m.match("Tân An")).toEqual({ ok: false, suggestion: "Phường Tân An" });
    expect(m.match("Phường Tân An")).toEqual({ ok: true, name: "Phường Tân An" });
    expect(parseLocalityList("\uFEFF# Huyện Mẫu\nXã A\n\n  Xã  B \nxã a\r\n")).toEqual({ names: ["Xã A", "Xã B"], repeated: ["xã a"] });
  });
});

describe("total targets", () => {
  test.each([
    [{ op: "=", value: 5208 }, "tấn", "5.208 tấn"],
    [{ op: "~", value: 6794.5 }, "USD", "khoảng 6.794,5 USD"],
    [{ op: ">=", value: 95 }, "%", "từ 95% trở lên"],
    [{ op: ">", value: 72 }, "%", "trên 72%"],
    [{ op: "<=", value: 420 }, "hộ", "không quá 420 hộ"],
    [{ op: "<", value: 2.388 }, "%", "dưới 2,388%"],
    [{ op: "between", min: 5, max: 10 }, "ha", "5 - 10 ha"],
    [{ op: "=", value: 12, change: "decrease" }, "hộ", "giảm 12 hộ"],
    [{ op: "=", value: 13, of: 36 }, "thôn", "13/36 thôn"],
  ] as const)("%j %s reads back as «%s»", (target, unit, text) => {
    const result = phraseFor({ change: null, unit, ...target }, unit);
    expect(result).toEqual({ ok: true, target: { change: null, unit, ...target }, text });
  });

  test("targets of different forms are not added up", () => {
    const c = consolidate({
      files: [received("a.xlsx", PLAN, O("Xã An Bình"), A), received("b.xlsx", PLAN, O("Xã Bình Hòa"), B, { CT01: "khoảng 30.000 triệu đồng" })],
    });
    const ct01 = total(c, "CT01");
    expect(ct01.total).toMatchObject({ value: 83_000.5, target: null, status: "danh_gia_thu_cong" });
    expect(ct01.total.messages.join(" ")).toContain("kế hoạch các đơn vị khác dạng («50.000 triệu đồng» ở Xã An Bình, «khoảng 30.000 triệu đồng» ở Xã Bình Hòa)");
  });
});

describe("withTargets", () => {
  test("replaces targets by code, keeps everything else, and refuses unknown codes", () => {
    const result = withTargets(PLAN, { CT01: "40.000 triệu đồng", CT08: "", CT09: null });
    if (!result.ok) throw new Error("refused");
    expect(result.replaced).toBe(3);
    expect(findIndicator(result.plan, "CT01")?.indicator.target).toBe("40.000 triệu đồng");
    expect(findIndicator(result.plan, "CT08")?.indicator.target).toBeNull();
    expect(findIndicator(PLAN, "CT01")?.indicator.target).toBe("50.000 triệu đồng");
    expect({ ...result.plan, sections: [] }).toEqual({ ...PLAN, sections: [] });
    expect(withTargets(PLAN, { CT99: "1", CT01: "2" })).toEqual({ ok: false, unknown: ["CT99"] });
  });
});

test("long lists of localities stay short: the first names, then how many more", () => {
  const names = Array.from({ length: 15 }, (_, i) => `Xã ${i + 1}`);
  expect(localityList(names.slice(0, 3), 12)).toBe("Xã 1, Xã 2, Xã 3");
  expect(localityList(names, 12)).toBe("Xã 1, Xã 2, Xã 3, Xã 4, Xã 5, Xã 6, Xã 7, Xã 8, Xã 9, Xã 10, Xã 11, Xã 12 và 3 đơn vị khác");
  expect(localityList(names, 15)).toBe(names.join(", "));
});
