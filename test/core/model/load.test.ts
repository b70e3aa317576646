import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadPlan, placedIndicators, summarizePlan, formatPlanSummary, type PlanError } from "../../../src/core/model";

const small = readFileSync(join(__dirname, "..", "..", "fixtures", "small.plan.json"), "utf8");
const smallJson = () => JSON.parse(small) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function errorsOf(json: unknown): PlanError[] {
  const result = loadPlan(typeof json === "string" ? json : JSON.stringify(json));
  if (result.ok) throw new Error("expected the plan to be refused");
  return result.errors;
}

describe("loadPlan", () => {
  test("loads a valid plan and fills the optional fields", () => {
    const result = loadPlan(small);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [ct01, ct011] = placedIndicators(result.plan).map((p) => p.indicator);
    expect(ct01).toMatchObject({ code: "CT01", stretch: null, milestones: {}, direction: null, agency: null, note: null });
    expect(ct011?.parts).toEqual([]);
    expect(result.plan.sections[1]?.statedCount).toBeNull();
    expect(placedIndicators(result.plan).map((p) => [p.indicator.code, p.depth])).toEqual([
      ["CT01", 0],
      ["CT01.1", 1],
      ["CT01.2", 1],
      ["CT01.3", 1],
      ["CT02", 0],
      ["CT03", 0],
    ]);
  });

  test("accepts a byte-order mark", () => {
    expect(loadPlan(`\uFEFF${small}`).ok).toBe(true);
  });

  test("lists every error with its path, in Vietnamese, in document order", () => {
    const json = smallJson();
    json.sections[0].indicators[0].parts[1].target = 300000; // wrong type
    delete json.sections[0].indicators[1].name; // missing name
    json.sections[1].indicators[0].code = "CT01.2"; // duplicate code
    json.issuer.level = "quan"; // not a level
    json.sections[0].indicators[0].targer = "x"; // typo
    const errors = errorsOf(json);
    expect(errors.map((e) => e.path)).toEqual([
      "issuer.level",
      "sections[0].indicators[0]",
      "sections[0].indicators[0].parts[1].target",
      "sections[0].indicators[1].name",
      "sections[1].indicators[0].code",
    ]);
    const message = (path: string) => errors.find((e) => e.path === path)?.message ?? "";
    expect(message("issuer.level")).toBe('Cơ quan ban hành: cấp hành chính phải là một trong "tinh", "huyen", "xa" (đang là chuỗi "quan")');
    expect(message("sections[0].indicators[0]")).toContain('"targer"');
    expect(message("sections[0].indicators[0].parts[1].target")).toBe(
      "Chỉ tiêu 1, thành phần thứ 2 «Công nghiệp - xây dựng»: chỉ tiêu kế hoạch phải là một chuỗi văn bản, nhưng đang là số 300000",
    );
    expect(message("sections[0].indicators[1].name")).toBe("Chỉ tiêu 2: thiếu tên chỉ tiêu");
    expect(message("sections[1].indicators[0].code")).toContain("trùng mã chỉ tiêu với Chỉ tiêu 1, thành phần thứ 2 «Công nghiệp - xây dựng»");
    for (const error of errors) expect(error.message).not.toMatch(/sections\[|CT0\d \(/);
  });

  test("accepts an indicator typed by hand without a quote, and only that one", () => {
    const json = smallJson();
    json.sections[0].indicators[1].source = { origin: "entered" };
    const result = loadPlan(JSON.stringify(json));
    expect(result.ok && result.plan.sections[0]?.indicators[1]?.source).toEqual({ origin: "entered" });
    json.sections[0].indicators[1].source = {};
    expect(errorsOf(json)[0]?.message).toBe(
      'Chỉ tiêu 2 «Thu ngân sách»: thiếu câu trích từ văn bản: chép nguyên văn câu hoặc dòng của văn bản nêu chỉ tiêu, hoặc ghi rõ chỉ tiêu do cán bộ tự nhập',
    );
  });

  test.each([
    ["19/01/2025", "2025-01-19"],
    ["5-2-2025", "2025-02-05"],
    ["01/2025", "2025-01"],
    ["2025-01-19", "2025-01-19"],
    ["2025", "2025"],
  ])("a date typed %s is kept as %s", (typed, iso) => {
    const json = smallJson();
    json.document.date = typed;
    const result = loadPlan(JSON.stringify(json));
    expect(result.ok && result.plan.document.date).toBe(iso);
  });

  test("a date that is not one says which forms are accepted", () => {
    const json = smallJson();
    json.document.date = "32/01/2025";
    expect(errorsOf(json)[0]?.message).toBe('Thông tin văn bản: ngày ban hành phải có dạng "19/01/2024" (hoặc "2024-01-19"), "01/2024" hay "2024" khi văn bản để trống ngày, tháng');
  });

  test("refuses blank texts and says to leave the field truly empty instead", () => {
    const json = smallJson();
    json.sections[0].indicators[1].unit = "  ";
    expect(errorsOf(json)[0]).toEqual({
      path: "sections[0].indicators[1].unit",
      message: "Chỉ tiêu 2 «Thu ngân sách»: đơn vị tính chỉ có khoảng trắng: ghi đúng như văn bản in; nếu văn bản để trống ô này, để trống hẳn (không có ký tự nào)",
    });
  });

  test("explains the two shapes of a period", () => {
    const json = smallJson();
    json.period = { year: "2025" };
    expect(errorsOf(json)[0]?.path).toBe("period");
    expect(errorsOf(json)[0]?.message).toContain("một năm (năm kế hoạch), hoặc một giai đoạn có năm bắt đầu, năm kết thúc và các năm mốc");
    json.period = { from: 2030, to: 2021 };
    expect(errorsOf(json)[0]).toEqual({ path: "period.from", message: "Năm bắt đầu lớn hơn năm kết thúc: kiểm tra lại thời kỳ kế hoạch" });
  });

  test("locates a broken plan file's error by line and column, and names a file of another kind", () => {
    const broken = small.replace('"title": "Chỉ tiêu xã hội",', '"title": "Chỉ tiêu xã hội"');
    const [error] = errorsOf(broken);
    const line = small.split("\n").findIndex((l) => l.includes('"title": "Chỉ tiêu xã hội"')) + 2;
    expect(error?.path).toBe("");
    expect(error?.message).toMatch(new RegExp(`^Tệp kế hoạch bị hỏng ở dòng ${line}, cột \\d+`));
    expect(errorsOf("")[0]?.message).toBe("Tệp rỗng, không có kế hoạch nào: chọn lại tệp kế hoạch đã lưu.");
    expect(errorsOf("{")[0]?.message).toMatch(/^Tệp kế hoạch bị (hỏng|cắt cụt)/);
    expect(errorsOf("PK\u0003\u0004\u0014\u0000")[0]?.message).toMatch(/^Đây là một tệp Excel hoặc Word, không phải tệp kế hoạch/);
    expect(errorsOf("%PDF-1.7\n")[0]?.message).toMatch(/^Đây là một tệp PDF/);
    expect(errorsOf("KẾ HOẠCH Phát triển kinh tế - xã hội năm 2024")[0]?.message).toMatch(/nhập kế hoạch từ văn bản này/);
  });

  test("refuses a document that is not a plan at all", () => {
    expect(errorsOf([1, 2])).toEqual([
      { path: "", message: "Nội dung tệp kế hoạch phải là một nhóm thông tin, nhưng đang là một danh sách" },
    ]);
  });
});

describe("summarizePlan", () => {
  test("counts indicators and measurable figures per section", () => {
    const result = loadPlan(small);
    if (!result.ok) throw new Error("fixture must load");
    const summary = summarizePlan(result.plan, (i) => i.target !== null && /\d/.test(i.target));
    expect(summary.sections.map((s) => [s.indicators, s.figures])).toEqual([
      [2, 4],
      [1, 1],
    ]);
    expect(formatPlanSummary(summary)).toContain("Số chỉ tiêu: 3 (văn bản nêu 3); số liệu đo được: 5");
  });
});
