import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AGAINST_TEXT_RULE, reviewAgainstText, reviewPlan, reviewPlanWithText, type Finding } from "../../../../src/core/check/review";
import { planTextFromPlain } from "../../../../src/core/extract";
import { loadPlan, type Plan, type PlanInput } from "../../../../src/core/model";

const SEEDS = join(__dirname, "..", "..", "..", "..", "seeds");

function seed(id: string): { plan: Plan; text: ReturnType<typeof planTextFromPlain> } {
  const loaded = loadPlan(readFileSync(join(SEEDS, `${id}.plan.json`), "utf8"));
  if (!loaded.ok) throw new Error(`seed ${id} does not load`);
  return { plan: loaded.plan, text: planTextFromPlain(readFileSync(join(SEEDS, `${id}.txt`), "utf8")) };
}

const textFindings = (plan: Plan, text: ReturnType<typeof planTextFromPlain>): Finding[] =>
  reviewPlanWithText(plan, text).filter((f) => f.rule === AGAINST_TEXT_RULE);

/** [severity, code, a piece of the message that says which figures] */
const summary = (findings: readonly Finding[]) => findings.map((f) => [f.severity, f.code]);

describe("khac-van-ban on the seed plans: every finding, each justified", () => {
  test("Tháp Mười: the budget revenue stated as 175.700 in the list and 275.700 in the tasks", () => {
    const { plan, text } = seed("thap-muoi-2024");
    const findings = textFindings(plan, text);
    // The list says "Thu ngân sách đạt 175.700 triệu đồng (trừ tiền sử dụng đất)"; section IV.4 says
    // "thu ngân sách nhà nước trên địa bàn năm 2024 đạt dự toán 275.700 triệu đồng". Two figures
    // for one indicator, one with a qualifier the other lacks. Everything else the tasks restate
    // (5.500 lao động, trên 72%, 01 xã nông thôn mới nâng cao, trên 95% BHYT beside "từ 95% trở
    // lên") agrees and is not reported.
    expect(summary(findings)).toEqual([["loi", "CT03"]]);
    const [finding] = findings;
    expect(finding?.message).toContain("phụ lục ghi «175.700 triệu đồng», văn bản ghi «275.700 triệu đồng»");
    expect(finding?.message).toContain("«trừ tiền sử dụng đất»");
    expect(finding?.evidence).toEqual([
      { from: "phu-luc", place: "mục a «Chỉ tiêu về kinh tế»", quote: "- Thu ngân sách đạt 175.700 triệu đồng (trừ tiền sử dụng đất)." },
      {
        from: "van-ban",
        place: "mục 4 «Phát huy các nguồn lực tập trung phát triển kinh tế bền…», phần IV",
        quote: "thu ngân sách nhà nước trên địa bàn năm 2024 đạt dự toán 275.700 triệu đồng",
      },
    ]);
  });

  test("Tiên Lữ: the five targets of the prose its Phụ lục I omits, and what else differs", () => {
    const { plan, text } = seed("tien-lu-2024");
    const findings = textFindings(plan, text);
    const warnings = findings.filter((f) => f.severity === "canh_bao").map((f) => f.message);
    // The five omissions the prose of section II commits to, one finding per item of its list.
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toMatch(/«tăng 2,5%».*«tăng 8,83%».*«tăng 10%»/u);
    expect(warnings[1]).toContain("«Thu nhập bình quân đầu người» «76 triệu đồng/người/năm»");
    // "có thêm 3 trường" is a change; the annex's "Số trường đạt chuẩn quốc gia" 39 is the level.
    expect(warnings[2]).toContain("«có thêm 3 trường»");
    expect(warnings[2]).toContain("«Số trường đạt chuẩn quốc gia» (STT 7, mục B «XÃ HỘI») ghi «39»");
    expect(warnings[3]).toContain("«Tỷ lệ lao động có việc làm thường xuyên» «80,5%»");
    expect(warnings[4]).toContain("«ở nông thôn» «76%»");
    for (const f of findings.filter((x) => x.severity === "canh_bao")) expect(f.evidence?.some((e) => e.from === "van-ban")).toBe(true);

    // Lỗi: the tasks (7.1) aim at "tỉ lệ phòng học kiên cố đạt 99,2%", the annex row says 98.
    expect(summary(findings.filter((f) => f.severity === "loi"))).toEqual([["loi", "CT07"]]);
    const info = findings.filter((f) => f.severity === "thong_tin");
    // Thông tin: "trên 100% các dự án đầu tư ..." in the prose beside the row's plain 100 (a floor beside a point).
    const projects = info.filter((f) => f.code === "CT34");
    expect(projects).toHaveLength(1);
    expect(projects[0]?.message).toContain("«trên 100%»");
    // Thông tin: the annex rows the prose never states (the prose lists 16 targets, the annex 40 rows).
    expect(info.filter((f) => f.code !== "CT34").map((f) => f.code)).toEqual([
      "CT01", // Cơ cấu kinh tế: the prose's "11,18%-41,7%-47,12%" cannot be read figure by figure
      "CT04", // Chi ngân sách địa phương
      "CT05", // Vốn đầu tư phát triển toàn xã hội
      "CT06", // Tỷ lệ trường học các cấp đạt chuẩn quốc gia
      "CT09", // Số xã đạt chuẩn nông thôn mới nâng cao (13)
      "CT12", // Số trường đạt chuẩn quốc gia: the prose states the change (3 more), never the level
      "CT16", // ... có bằng cấp chứng chỉ: the prose's 67% names "qua đào tạo nghề", which is CT15
      "CT18", // Tỷ lệ xã đạt chuẩn quốc gia về y tế
      "CT19", // Số bác sỹ/ vạn dân
      "CT20", // Số giường bệnh/ 1 vạn dân
      "CT22", // Tỷ lệ dân số đô thị được cung cấp nước sạch
      "CT23", // Tỷ lệ dân số được sử dụng nước sạch
      "CT24", // Số khu dân cư kiểu mẫu: the tasks count 10 "thôn", another unit
      "CT25", // Số xã đạt chuẩn nông thôn mới nâng cao (3)
      "CT30", // Tỷ lệ mất cân bằng giới khi sinh
      "CT33", // Tỷ lệ khu công nghiệp có hệ thống xử lý nước thải tập trung
      "CT37", // PAR INDEX
      "CT38", // SIPAS
      "CT39", // PAPI
    ]);
  });

  test("Cầu Ngang, Đồng Tháp, Đức Thạnh: their restatements agree, so nothing is reported", () => {
    // Cầu Ngang's 3.1 restates "tốc độ tăng giá trị sản xuất ... 2,54%/năm", the agricultural part
    // of (1); Đồng Tháp restates GRDP per head and urbanisation in its own words; Đức Thạnh's tasks
    // say "khoảng 226.703 triệu đồng" for the row's 226.703. Same figures: restatements.
    for (const id of ["cau-ngang-2030", "dong-thap-2024", "duc-thanh-2024"]) {
      const { plan, text } = seed(id);
      expect([id, summary(textFindings(plan, text))]).toEqual([id, []]);
    }
  });

  test("the other rules keep their findings; the combined report runs by severity, then by place", () => {
    const { plan, text } = seed("tien-lu-2024");
    const combined = reviewPlanWithText(plan, text);
    const alone = reviewPlan(plan);
    expect(combined.filter((f) => f.rule !== AGAINST_TEXT_RULE)).toEqual(expect.arrayContaining(alone));
    expect(combined).toHaveLength(alone.length + textFindings(plan, text).length);
    const ranks = combined.map((f) => ["loi", "canh_bao", "thong_tin"].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe("khac-van-ban on a plan written for the test", () => {
  const text = planTextFromPlain(
    [
      "KẾ HOẠCH",
      "Phát triển kinh tế - xã hội năm 2025",
      "I. CÁC CHỈ TIÊU CHỦ YẾU",
      "- Tốc độ tăng trưởng GRDP đạt 7,5%.",
      "- Thu ngân sách nhà nước trên địa bàn đạt 450 tỷ đồng.",
      "- Tỷ lệ hộ nghèo giảm còn dưới 1,5%.",
      "- Tỷ lệ người dân tham gia BHYT đạt từ 95% trở lên.",
      "- Có thêm 2 xã đạt chuẩn NTM nâng cao.",
      "- Tỷ suất sinh thô 1,2‰.",
      "II. NHIỆM VỤ VÀ GIẢI PHÁP",
      "1. Về kinh tế",
      "- Tập trung thu ngân sách, phấn đấu thu ngân sách trên địa bàn đạt 450 tỷ đồng; tăng trưởng tổng sản phẩm trên địa bàn 7,5%.",
      "2. Về xã hội",
      "- Bảo đảm tỷ lệ tham gia bảo hiểm y tế từ 95% trở lên; hộ nghèo tỷ lệ dưới 1,5%.",
    ].join("\n"),
  );
  const row = (code: string, name: string, unit: string, target: string, quote: string) => ({
    code,
    stt: code.slice(2),
    name,
    unit,
    target,
    agency: null,
    source: { quote },
  });
  const input: PlanInput = {
    schemaVersion: 1,
    id: "thu-2025",
    title: "Kế hoạch phát triển kinh tế - xã hội năm 2025",
    document: { kind: "Kế hoạch", number: null, date: "2025", place: null },
    issuer: { name: "Ủy ban nhân dân huyện Mẫu", level: "huyen", province: null },
    period: { year: 2025 },
    statedCount: null,
    sections: [
      {
        code: "I",
        title: "Các chỉ tiêu chủ yếu",
        statedCount: null,
        indicators: [
          row("CT01", "Tốc độ tăng trưởng GRDP", "%", "7,5%", "- Tốc độ tăng trưởng GRDP đạt 7,5%."),
          row("CT02", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "450 tỷ đồng", "- Thu ngân sách nhà nước trên địa bàn đạt 450 tỷ đồng."),
          row("CT03", "Tỷ lệ hộ nghèo", "%", "dưới 1,5%", "- Tỷ lệ hộ nghèo giảm còn dưới 1,5%."),
          row("CT04", "Tỷ lệ người dân tham gia BHYT", "%", "từ 95% trở lên", "- Tỷ lệ người dân tham gia BHYT đạt từ 95% trở lên."),
          row("CT05", "xã đạt chuẩn NTM nâng cao", "xã", "Có thêm 2 xã", "- Có thêm 2 xã đạt chuẩn NTM nâng cao."),
          row("CT06", "Tỷ suất sinh thô", "‰", "1,2‰", "- Tỷ suất sinh thô 1,2‰."),
        ],
      },
    ],
  };
  const planWith = (change: (p: PlanInput) => void): Plan => {
    const copy = structuredClone(input);
    change(copy);
    const loaded = loadPlan(JSON.stringify(copy));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    return loaded.plan;
  };
  const indicators = (p: PlanInput) => p.sections[0]?.indicators ?? [];

  test("annex and text agree: nothing to report (restatements in other words are not findings)", () => {
    expect(reviewAgainstText(planWith(() => {}), text)).toEqual([]);
  });

  test("one figure changed in the annex: exactly one Lỗi, with both quotes", () => {
    const plan = planWith((p) => {
      const ct02 = indicators(p)[1];
      if (ct02 !== undefined) ct02.target = "480 tỷ đồng";
    });
    const findings = reviewPlanWithText(plan, text).filter((f) => f.rule === AGAINST_TEXT_RULE);
    expect(summary(findings)).toEqual([["loi", "CT02"]]);
    expect(findings[0]?.message).toContain("phụ lục ghi «480 tỷ đồng», văn bản ghi «450 tỷ đồng»");
    // Both places of the text that say 450 are named, in one finding.
    expect(findings[0]?.evidence?.map((e) => e.from)).toEqual(["phu-luc", "van-ban", "van-ban"]);
  });

  test("one row removed from the annex: exactly one Cảnh báo, quoting the text's target", () => {
    const plan = planWith((p) => {
      indicators(p).splice(2, 1);
    });
    const findings = reviewPlanWithText(plan, text).filter((f) => f.rule === AGAINST_TEXT_RULE);
    expect(summary(findings)).toEqual([["canh_bao", null]]);
    expect(findings[0]?.message).toContain("«Tỷ lệ hộ nghèo» «dưới 1,5%»");
    expect(findings[0]?.evidence).toEqual([{ from: "van-ban", place: "mục I «CÁC CHỈ TIÊU CHỦ YẾU»", quote: "Tỷ lệ hộ nghèo giảm còn dưới 1,5%" }]);
  });

  test("a figure ten times its twin: a slipped decimal mark or ‰ for %, Cảnh báo", () => {
    const plan = planWith((p) => {
      const ct06 = indicators(p)[5];
      if (ct06 !== undefined) {
        ct06.target = "1,2%";
        ct06.unit = "%";
        ct06.source = { quote: "Tỷ suất sinh thô (phụ lục)" };
      }
    });
    const findings = reviewAgainstText(plan, text).map((l) => l.finding);
    expect(summary(findings)).toEqual([["canh_bao", "CT06"]]);
    expect(findings[0]?.message).toContain("10, 100 hoặc 1000 lần");
  });

  test("the same figure with a qualifier only one side states: Thông tin", () => {
    const qualified = planTextFromPlain(
      ["I. CÁC CHỈ TIÊU CHỦ YẾU", "- Thu ngân sách nhà nước trên địa bàn đạt 450 tỷ đồng (trừ tiền sử dụng đất)."].join("\n"),
    );
    const plan = planWith((p) => {
      const ct02 = indicators(p)[1];
      if (ct02 !== undefined) ct02.source = { quote: "Thu ngân sách (dòng của phụ lục)" };
      p.sections[0] = { ...(p.sections[0] as NonNullable<PlanInput["sections"][number]>), indicators: ct02 === undefined ? [] : [ct02] };
    });
    const findings = reviewAgainstText(plan, qualified).map((l) => l.finding);
    expect(summary(findings)).toEqual([["thong_tin", "CT02"]]);
    expect(findings[0]?.message).toContain("văn bản ghi kèm «trừ tiền sử dụng đất»");
  });

  test("a document of another plan: one warning instead of a finding per row", () => {
    const other = planTextFromPlain(["I. CÁC CHỈ TIÊU CHỦ YẾU", "- Diện tích lúa 12.000 ha.", "- Sản lượng thủy sản 3.000 tấn."].join("\n"));
    const findings = reviewAgainstText(planWith(() => {}), other).map((l) => l.finding);
    expect(summary(findings)).toEqual([["canh_bao", null]]);
    expect(findings[0]?.message).toContain("không phải văn bản của kế hoạch này");
  });
});
