import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AGAINST_TEXT_RULE, countBySeverity, findingPlace, formatCounts, formatReview, REVIEW_RULES, RULE_TITLES, type Finding } from "../../../../src/core/check/review";
import { loadPlan, type Plan } from "../../../../src/core/model";

function smallPlan(): Plan {
  const result = loadPlan(readFileSync(join(__dirname, "..", "..", "..", "fixtures", "small.plan.json"), "utf8"));
  if (!result.ok) throw new Error("small.plan.json no longer loads");
  return result.plan;
}

const findings: Finding[] = [
  { rule: "thu-tu-muc", severity: "canh_bao", code: null, message: "mục I «Kinh tế»: sai thứ tự." },
  { rule: "thieu-chi-tieu", severity: "loi", code: "CT02", message: "«Thu ngân sách» để trống." },
  { rule: "thieu-co-quan", severity: "canh_bao", code: "CT01.2", message: "«Giá trị» không có cơ quan." },
];

describe("the review as people read it", () => {
  test("counts by severity", () => {
    expect(countBySeverity(findings)).toEqual({ loi: 1, canh_bao: 2, thong_tin: 0 });
    expect(formatCounts(countBySeverity(findings))).toBe("1 lỗi, 2 cảnh báo, 0 thông tin");
  });

  test("grouped by severity, most severe first, with counts; rows by STT and rules by what they check, never by code or id", () => {
    expect(formatReview("Kế hoạch thử", findings, smallPlan())).toBe(
      [
        "Rà soát phụ lục: Kế hoạch thử",
        "Tổng cộng 3 vấn đề: 1 lỗi, 2 cảnh báo, 0 thông tin.",
        "",
        "Lỗi (1):",
        "  - STT (2) [Thiếu chỉ tiêu kế hoạch] «Thu ngân sách» để trống.",
        "",
        "Cảnh báo (2):",
        "  - Chung [Thứ tự các mục] mục I «Kinh tế»: sai thứ tự.",
        "  - thành phần của STT (1) [Thiếu cơ quan chủ trì] «Giá trị» không có cơ quan.",
      ].join("\n"),
    );
  });

  test("a message that names its row itself is not preceded by the row's place again", () => {
    const named: Finding = { rule: "thieu-chi-tieu", severity: "loi", code: "CT02", message: "«Thu ngân sách» (STT (2)): để trống." };
    expect(formatReview("Kế hoạch thử", [named], smallPlan()).split("\n")[4]).toBe("  - [Thiếu chỉ tiêu kế hoạch] «Thu ngân sách» (STT (2)): để trống.");
  });

  test("nothing found", () => {
    expect(formatReview("Kế hoạch thử", [], smallPlan())).toBe("Rà soát phụ lục: Kế hoạch thử\nKhông phát hiện vấn đề nào.");
  });

  test("a finding's place: the row's STT, its parent's for a part, Chung for the plan or an unknown row", () => {
    const plan = smallPlan();
    expect(findingPlace(plan, { rule: "r", severity: "loi", code: "CT03", message: "" })).toBe("STT (3)");
    expect(findingPlace(plan, { rule: "r", severity: "loi", code: "CT01.1", message: "" })).toBe("thành phần của STT (1)");
    expect(findingPlace(plan, { rule: "r", severity: "loi", code: null, message: "" })).toBe("Chung");
    expect(findingPlace(plan, { rule: "r", severity: "loi", code: "KHONG-CO", message: "" })).toBe("Chung");
  });

  test("every rule has a Vietnamese title", () => {
    for (const id of [...REVIEW_RULES.map((r) => r.id), AGAINST_TEXT_RULE]) expect(RULE_TITLES[id]).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
  });
});
