import { countBySeverity, formatCounts, formatReview, type Finding } from "../../../../src/core/check/review";

const findings: Finding[] = [
  { rule: "thu-tu-muc", severity: "canh_bao", code: null, message: "mục I «Kinh tế»: sai thứ tự." },
  { rule: "thieu-chi-tieu", severity: "loi", code: "CT08", message: "«Số học sinh» để trống." },
  { rule: "thieu-co-quan", severity: "canh_bao", code: "CT14", message: "«Số lao động» không có cơ quan." },
];

describe("the review as people read it", () => {
  test("counts by severity", () => {
    expect(countBySeverity(findings)).toEqual({ loi: 1, canh_bao: 2, thong_tin: 0 });
    expect(formatCounts(countBySeverity(findings))).toBe("1 lỗi, 2 cảnh báo, 0 thông tin");
  });

  test("grouped by severity, most severe first, with counts", () => {
    expect(formatReview("Kế hoạch thử", findings)).toBe(
      [
        "Rà soát phụ lục: Kế hoạch thử",
        "Tổng cộng 3 vấn đề: 1 lỗi, 2 cảnh báo, 0 thông tin.",
        "",
        "Lỗi (1):",
        "  - CT08 [thieu-chi-tieu] «Số học sinh» để trống.",
        "",
        "Cảnh báo (2):",
        "  - Chung [thu-tu-muc] mục I «Kinh tế»: sai thứ tự.",
        "  - CT14 [thieu-co-quan] «Số lao động» không có cơ quan.",
      ].join("\n"),
    );
  });

  test("nothing found", () => {
    expect(formatReview("Kế hoạch thử", [])).toBe("Rà soát phụ lục: Kế hoạch thử\nKhông phát hiện vấn đề nào.");
  });
});
