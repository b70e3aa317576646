import { documentText, extractPlan, planTextFromPlain, type DraftIndicator } from "../../../src/core/extract";

const plan = (text: string) => extractPlan(planTextFromPlain(text));
const flat = (list: DraftIndicator[]): DraftIndicator[] => list.flatMap((i) => [i, ...flat(i.parts)]);

describe("extractPlan: a list under the heading of main indicators", () => {
  const text = [
    "ỦY BAN NHÂN DÂN",
    "HUYỆN AN PHÚ",
    "Số: 12/KH-UBND",
    "An Phú, ngày 05/02/2025",
    "KẾ HOẠCH",
    "Phát triển kinh tế - xã hội năm 2025",
    "I. TÌNH HÌNH NĂM 2024",
    "- Thu ngân sách ước đạt 120 tỷ đồng, bằng 104,6% so với cùng kỳ, đạt 100,05% kế hoạch.",
    "II. CÁC CHỈ TIÊU CHỦ YẾU",
    "1. Về kinh tế",
    "(1) Thu ngân sách trên địa bàn đạt 130 tỷ đồng.",
    "(2) Cơ cấu kinh tế: nông nghiệp 30%, dịch vụ 45%, công nghiệp 25%.",
    "2. Về xã hội",
    "(3) Tỷ lệ hộ nghèo giảm 0,5%; Tỷ lệ tham gia BHYT đạt từ 95% trở lên.",
    "(4) Giữ vững an ninh chính trị, trật tự an toàn xã hội.",
    "III. NHIỆM VỤ VÀ GIẢI PHÁP",
    "(1) Tập trung 5 nhóm giải pháp, phấn đấu 100% xã hoàn thành.",
  ].join("\n");
  const draft = plan(text);

  it("reads the heading", () => {
    expect(draft.document).toEqual({ kind: "Kế hoạch", number: "12/KH-UBND", date: "2025-02-05", place: "An Phú" });
    expect(draft.issuer).toEqual({ name: "Ủy ban nhân dân huyện An Phú", level: "huyen", province: null });
    expect(draft.period).toEqual({ year: 2025 });
    expect(draft.title).toBe("Phát triển kinh tế - xã hội năm 2025");
  });

  it("takes the indicators of the list only, by section, with targets as printed", () => {
    expect(draft.sections.map((s) => [s.code, s.title, s.indicators.map((i) => i.stt)])).toEqual([
      ["1", "Về kinh tế", ["(1)", "(2)"]],
      ["2", "Về xã hội", ["(3)", "(4)"]],
    ]);
    const all = flat(draft.sections.flatMap((s) => s.indicators));
    expect(all.map((i) => [i.code, i.target])).toEqual([
      ["CT01", "130 tỷ đồng"],
      ["CT02", null],
      ["CT02.1", "30%"],
      ["CT02.2", "45%"],
      ["CT02.3", "25%"],
      ["CT03", "giảm 0,5%"],
      ["CT03.1", "từ 95% trở lên"],
      ["CT04", "Giữ vững an ninh chính trị, trật tự an toàn xã hội"],
    ]);
    expect(all.find((i) => i.code === "CT02")?.name).toBe("Cơ cấu kinh tế");
    expect(all.find((i) => i.code === "CT04")?.warnings.join(" ")).toMatch(/định tính/);
  });

  it("quotes the document's own words", () => {
    const doc = documentText(planTextFromPlain(text));
    for (const indicator of flat(draft.sections.flatMap((s) => s.indicators))) {
      expect(doc).toContain(indicator.source.quote);
      if (indicator.target !== null) expect(indicator.source.quote).toContain(indicator.target);
    }
  });
});

describe("extractPlan: what is not a target", () => {
  it("leaves out last year's results, achievement ratios and counts of solutions", () => {
    const draft = plan(
      [
        "- Năm 2023, tổng giá trị sản xuất ước đạt 7.109 tỷ đồng (bằng 104,62% so với cùng kỳ năm 2022), đạt 100,05% kế hoạch.",
        "- Kế hoạch đề ra 5 nhóm giải pháp và 3 mục tiêu cụ thể.",
        "- Tỷ lệ hộ nghèo còn dưới 1% theo chuẩn nghèo mới.",
      ].join("\n"),
    );
    const all = flat(draft.sections.flatMap((s) => s.indicators));
    expect(all.map((i) => i.target)).toEqual(["dưới 1%"]);
    expect(draft.origin).toBe("document");
  });
});

describe("extractPlan: an annex table", () => {
  it("reads its columns in any order, sections, parts and agencies", () => {
    const draft = plan(
      [
        "PHỤ LỤC I",
        "Cơ quan chủ trì\tSTT\tTên chỉ tiêu\tĐVT\tKế hoạch năm 2025",
        "\tA\tKinh tế\t\t",
        "Phòng Tài chính - Kế hoạch\t1\tThu ngân sách\ttỷ đồng\t130",
        "\t-\tThu nội địa\ttỷ đồng\t100",
        "\tB\tXã hội\t\t",
        "\t1\tTỷ lệ hộ nghèo\t\t<1%",
      ].join("\n"),
    );
    expect(draft.origin).toBe("table");
    expect(draft.sections.map((s) => [s.code, s.title])).toEqual([
      ["A", "Kinh tế"],
      ["B", "Xã hội"],
    ]);
    const [first, second] = draft.sections.flatMap((s) => s.indicators);
    expect(first).toMatchObject({ code: "CT01", name: "Thu ngân sách", unit: "tỷ đồng", target: "130", agency: { name: "Phòng Tài chính - Kế hoạch", origin: "document" } });
    expect(first?.parts.map((p) => [p.code, p.name, p.target])).toEqual([["CT01.1", "Thu nội địa", "100"]]);
    expect(second).toMatchObject({ code: "CT02", unit: "%", target: "<1%" });
    expect(second?.warnings.join(" ")).toMatch(/suy ra từ số liệu/);
  });
});
