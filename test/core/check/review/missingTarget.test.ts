import { findingsOf, indicator, planOf } from "./helpers";

describe("thieu-chi-tieu: a row with neither target nor parts", () => {
  test("a blank row is an error that names the row and says what to do", () => {
    const blank = indicator({ name: "Tuổi thọ trung bình", stt: "24", unit: "Tuổi" });
    const findings = findingsOf("thieu-chi-tieu", planOf([{ code: "B", title: "XÃ HỘI", indicators: [blank] }]));
    expect(findings).toEqual([
      {
        rule: "thieu-chi-tieu",
        severity: "loi",
        code: blank.code,
        message: "«Tuổi thọ trung bình» (STT 24, mục B «XÃ HỘI») để trống chỉ tiêu kế hoạch: ghi chỉ tiêu được giao, hoặc bỏ dòng này nếu kế hoạch không giao chỉ tiêu.",
      },
    ]);
  });

  test("a heading of parts, a qualitative aim, a stretch target or a milestone is not blank", () => {
    const plan = planOf([
      {
        indicators: [
          indicator({ name: "Cơ cấu kinh tế", parts: [indicator({ name: "Nông nghiệp", unit: "%", target: "20" })] }),
          indicator({ name: "Thu ngân sách", target: "đạt dự toán huyện giao" }),
          indicator({ name: "Số xã đạt chuẩn", unit: "xã", stretch: "3" }),
          indicator({ name: "Xã đạt chuẩn nông thôn mới", unit: "xã", milestones: { "2025": "13 xã" } }),
        ],
      },
    ]);
    expect(findingsOf("thieu-chi-tieu", plan)).toEqual([]);
  });

  test("a blank part is reported as itself", () => {
    const part = indicator({ name: "Chi đầu tư", stt: "-", unit: "tỷ đồng" });
    const parent = indicator({ name: "Chi ngân sách", unit: "tỷ đồng", target: "654", parts: [part] });
    const findings = findingsOf("thieu-chi-tieu", planOf([{ indicators: [parent] }]));
    expect(findings.map((f) => f.code)).toEqual([part.code]);
    expect(findings[0]?.message).toContain("thành phần của «Chi ngân sách»");
    expect(findings[0]?.message).not.toContain(parent.code);
  });
});
