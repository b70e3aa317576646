import { consolidate, reportingText, totalText, type Consolidation } from "../../src/core/consolidate";
import { consolidationFileName, filterLocalityRows, filterTotals, localityFigures, localityRows, reportingView, STATE_COLOURS, stateCounts, totalFilterLabel, totalItems, writtenSentence } from "../../src/taskpane/view/consolidationView";
import { received, smallPlan } from "../core/consolidate/support";

const PLAN = smallPlan();

/** Two communes of three expected: B types words for the grain, misses its poor households, C never reports. */
function two(expected: string[] | null): Consolidation {
  return consolidate({
    files: [
      received("a.xlsx", PLAN, { locality: "Xã An Bình" }, { CT01: 52_000, CT02: 4_100, CT03: 62, CT04: 2_000, CT05: 7_000, CT06: 50, CT07: 2.5, CT08: 7.5, CT09: "Hoàn thành" }),
      received("b.xlsx", PLAN, { locality: "Xã Bình Hòa" }, { CT01: 31_000.5, CT02: "đang cập nhật", CT03: 50, CT04: 1_000, CT05: 3_000, CT06: 40, CT08: 9 }, { CT01: "30.000 triệu đồng" }),
    ],
    expected,
  });
}

describe("the Tổng hợp list", () => {
  const c = two(["Xã An Bình", "Xã Bình Hòa", "Xã Cát Tiên"]);
  const items = totalItems(c);
  const item = (code: string) => items.find((i) => i.code === code);

  test("every indicator in document order, each total as the core makes and words it", () => {
    expect(items.map((i) => i.code)).toEqual(c.indicators.map((i) => i.code));
    for (const indicator of c.indicators) expect(item(indicator.code)?.value).toBe(totalText(indicator.total));
    expect(item("CT01")).toMatchObject({ value: "83.000,5", shown: "83.000,5 triệu đồng", reported: "2/2 đơn vị", consolidated: true, problem: null });
    expect(item("CT01")?.status).toBe(c.indicators[0]?.total.status);
  });

  test("an indicator the plan does not consolidate says so and has no verdict", () => {
    expect(item("CT08")).toMatchObject({ value: "không tổng hợp", shown: "", consolidated: false, status: null, problem: null });
  });

  test("problems name what to look at: a locality's figure missing, a total that misses its target", () => {
    expect(item("CT02")?.problem).toBe("Thiếu số liệu của 1/2 đơn vị.");
    expect(item("CT02")?.notes[0]).toContain("1/2");
    // 90 poor households of 3.000: 3%, not "dưới 3%".
    expect(item("CT07")).toMatchObject({ shown: "3%", status: "khong_dat", problem: "Tổng không đạt kế hoạch tổng." });
    const late = consolidate({
      files: [received("a.xlsx", PLAN, { locality: "Xã An Bình" }, { CT01: 40_000 }), received("b.xlsx", PLAN, { locality: "Xã Bình Hòa" }, {})],
    });
    expect(totalItems(late).find((i) => i.code === "CT01")?.problem).toBe("Thiếu số liệu của 1/2 đơn vị; tổng không đạt kế hoạch tổng.");
    expect(totalItems(late).find((i) => i.code === "CT02")?.problem).toBe("Chưa có số liệu để tổng hợp.");
    const problems = filterTotals(items, "problems");
    expect(problems.every((i) => i.problem !== null)).toBe(true);
    expect(problems.map((i) => i.code)).toContain("CT02");
  });

  test("filters and their labels count indicators, not headings", () => {
    expect(filterTotals(items, "all")).toHaveLength(items.length);
    expect(filterTotals(items, "not_consolidated").map((i) => i.code)).toEqual(["CT08", "CT09"]);
    expect(totalFilterLabel("not_consolidated", items)).toBe("Không tổng hợp (2)");
    expect(totalFilterLabel("all", items)).toBe(`Tất cả chỉ tiêu (${items.length})`);
  });

  test("reporting: the core's rate, the missing locality; without a list, that nobody can be known missing", () => {
    const view = reportingView(c);
    expect(view.reporting).toBe(`${reportingText(c.completeness)}.`);
    expect(view.reporting).toBe("Đã tổng hợp 2/3 đơn vị (66,7%).");
    expect(view.missing).toEqual(["Xã Cát Tiên"]);
    expect(view.template).toBe("Kế hoạch phát triển kinh tế - xã hội năm 2025, kỳ «Ước thực hiện năm 2025»");
    // Which ngưỡng Vượt judged the communes and totals: the template's (issue 12 item 5).
    expect(view.margin).toBe("Ngưỡng Vượt 0%: vượt kế hoạch bao nhiêu cũng là Vượt.");
    expect(reportingView(two(null)).reporting).toBe("Đã tổng hợp 2/2 đơn vị (100%); chưa có danh sách đơn vị phải báo cáo nên chưa biết đơn vị nào chưa nộp.");
  });
});

describe("texts", () => {
  test("the download's name is ASCII and names the plan", () => {
    expect(consolidationFileName(two(null))).toBe("tong-hop-xa-mau-2025.xlsx");
    expect(consolidationFileName(consolidate({ files: [] }))).toBe("tong-hop.xlsx");
  });

  test("where the sheets went, and that an existing sheet was kept", () => {
    expect(writtenSentence({ sheetNames: ["Tổng hợp", "Tình hình báo cáo"], taken: [] })).toBe("Đã ghi trang «Tổng hợp» và «Tình hình báo cáo» vào sổ làm việc.");
    expect(writtenSentence({ sheetNames: ["Tổng hợp 2", "Tình hình báo cáo 2"], taken: ["Tổng hợp"] })).toBe(
      "Đã ghi trang «Tổng hợp 2» và «Tình hình báo cáo 2» vào sổ làm việc. Sổ làm việc đã có trang «Tổng hợp»; trang đó được giữ nguyên.",
    );
  });
});

describe("per commune", () => {
  const plan = smallPlan();
  const c = consolidate({
    expected: ["Xã An Bình", "Xã Bình Hòa", "Xã Cát Tiên"],
    deadline: "2025-12-05",
    files: [
      { ...received("a.xlsx", plan, { locality: "Xã An Bình" }, { CT01: 52_000, CT04: 2_000 }), received: { at: "2025-12-08T01:00:00Z", origin: "properties" } },
      received("b.xlsx", plan, { locality: "Xã Bình Hòa", actualsLabel: "Thực hiện 6 tháng" }, { CT01: 1 }),
    ],
  });

  test("each expected commune with its state, late days, filled share and verdict counts; a wrong period is named, not «Chưa nộp»", () => {
    const rows = localityRows(c);
    expect(rows.map((r) => [r.name, r.stateLabel, r.timeliness])).toEqual([
      ["Xã An Bình", "Đã tổng hợp", "Trễ 3 ngày"],
      ["Xã Bình Hòa", "Khác kỳ báo cáo", ""],
      ["Xã Cát Tiên", "Chưa nộp", ""],
    ]);
    expect(rows[0]?.filled).toMatch(/^\d+%$/);
    expect(rows[0]?.verdicts).toMatch(/^\d+ \/ \d+ \/ \d+$/);
    expect(stateCounts(c).map((s) => [s.label, s.count])).toEqual([
      ["Đã tổng hợp", 1],
      ["Khác kỳ báo cáo", 1],
      ["Chưa nộp", 1],
    ]);
    const view = reportingView(c);
    expect(view.otherPeriod).toEqual(["Xã Bình Hòa"]);
    expect(view.late).toEqual(["Xã An Bình (trễ 3 ngày)"]);
    expect(view.deadline).toBe("Hạn nộp: 05/12/2025 (do người tổng hợp đặt). Đúng hạn: 0. Trễ hạn: 1.");
  });
});

describe("the per-commune table: filtered by state, and a commune's own figures", () => {
  const c = two(["Xã An Bình", "Xã Bình Hòa", "Xã Cát Tiên"]);
  const rows = localityRows(c);

  test("a state picked on the chart keeps only its communes; none picked keeps all", () => {
    expect(filterLocalityRows(rows, "missing").map((r) => r.name)).toEqual(["Xã Cát Tiên"]);
    expect(filterLocalityRows(rows, "consolidated").map((r) => r.name)).toEqual(["Xã An Bình", "Xã Bình Hòa"]);
    expect(filterLocalityRows(rows, null)).toHaveLength(3);
    for (const entry of stateCounts(c)) expect(STATE_COLOURS[entry.state]).toMatch(/^#[0-9A-F]{6}$/);
  });

  test("a commune's figures: only the rows it filled, each as typed or in the Vietnamese form with its unit, its own target and the core's verdict", () => {
    const figures = localityFigures(c, "Xã Bình Hòa") ?? [];
    expect(figures.map((f) => f.code)).toEqual(["CT01", "CT02", "CT03", "CT04", "CT05", "CT06", "CT08"]);
    const at = c.localities.indexOf("Xã Bình Hòa");
    expect(figures[0]).toMatchObject({ stt: "01", actual: "31.000,5 triệu đồng", target: "30.000 triệu đồng", status: c.indicators[0]?.byLocality[at]?.status });
    expect(figures[0]?.percent).toMatch(/^103,3% KH$/);
    expect(figures[1]).toMatchObject({ actual: "đang cập nhật", status: "khong_hop_le" });
    expect(figures[1]?.message).not.toBeNull();
    expect(localityFigures(c, "Xã Cát Tiên")).toBeNull();
  });
});
