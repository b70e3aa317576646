import type { Finding } from "../../src/core/check/review";
import { groupFindings, reviewSummary } from "../../src/taskpane/view/reviewGroups";

const finding = (severity: Finding["severity"], code: string | null, rule = "r"): Finding => ({ rule, severity, code, message: `${rule} ${code ?? ""}` });

describe("review findings in the pane", () => {
  const findings = [finding("canh_bao", null, "thu-tu-muc"), finding("loi", "CT08"), finding("canh_bao", "CT14"), finding("loi", "CT25", "trung-chi-tieu")];

  test("grouped most severe first, document order kept inside a group, empty groups left out", () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => g.heading)).toEqual(["Lỗi (2)", "Cảnh báo (2)"]);
    expect(groups[0]?.findings.map((f) => f.finding.code)).toEqual(["CT08", "CT25"]);
    expect(groups[1]?.findings.map((f) => f.index)).toEqual([0, 2]);
  });

  test("summary counts every severity, and says when there is nothing", () => {
    expect(reviewSummary(findings)).toBe("Tổng cộng 4 vấn đề: 2 lỗi, 2 cảnh báo, 0 thông tin.");
    expect(reviewSummary([])).toBe("Không phát hiện vấn đề nào.");
  });
});
