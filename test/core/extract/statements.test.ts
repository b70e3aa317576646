import { findStatements, planTextFromPlain } from "../../../src/core/extract";

describe("findStatements: every target of a plan's text, with where it stands", () => {
  const text = planTextFromPlain(
    [
      "I. TÌNH HÌNH NĂM 2024",
      "- Thu ngân sách ước đạt 120 tỷ đồng, đạt 100,05% kế hoạch.",
      "II. CÁC CHỈ TIÊU CHỦ YẾU",
      "- Thu ngân sách đạt 130 tỷ đồng (trừ tiền sử dụng đất).",
      "- Tỷ lệ lao động có việc làm thường xuyên đạt 80,5% tỷ lệ lao động qua đào tạo nghề đạt 67%.",
      "III. NHIỆM VỤ VÀ GIẢI PHÁP",
      "1. Điều hành ngân sách chặt chẽ, hiệu quả",
      "- Tăng cường quản lý thu; thu ngân sách nhà nước trên địa bàn đạt dự toán 135 tỷ đồng.",
      "PHỤ LỤC I",
      "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025",
      "1\tThu ngân sách\ttỷ đồng\t130",
    ].join("\n"),
  );
  const statements = findStatements(text, { milestoneYears: new Set(), planYear: 2025 });
  const brief = statements.map((s) => [s.region, s.name, s.target, s.unit]);

  test("the list, the tasks and the annex table; results and background are left out", () => {
    expect(brief).toEqual([
      ["list", "Thu ngân sách", "130 tỷ đồng", "tỷ đồng"],
      ["list", "Tỷ lệ lao động có việc làm thường xuyên", "80,5%", "%"],
      ["list", "tỷ lệ lao động qua đào tạo nghề", "67%", "%"],
      ["other", "thu ngân sách nhà nước trên địa bàn đạt dự toán", "135 tỷ đồng", "tỷ đồng"],
      ["table", "Thu ngân sách", "130", "tỷ đồng"],
    ]);
  });

  test("each quote is the document's words at its span, under its headings", () => {
    const tasks = statements[3];
    expect(tasks?.quote).toBe("thu ngân sách nhà nước trên địa bàn đạt dự toán 135 tỷ đồng");
    expect(tasks?.headings.map((h) => h.marker)).toEqual(["III", "1"]);
    expect(statements[4]?.stt).toBe("1");
  });
});
