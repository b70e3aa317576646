/**
 * Plans that are not the seeds, written as officers write them (test/fixtures/realplans): a
 * province's HĐND resolution for 2026 after the July 2025 reorganisation, a commune's plan with
 * its annex table, a ward's results report with a two-row header, a ward's plan as text taken
 * from a PDF (page numbers in it), a special zone's party programme in prose, and a province's
 * annex table alone (as an .xlsx holds it). Each is read as .txt and as .docx, and the model the
 * officer gets is asserted whole: sections, STT, name with its qualifiers, unit, target as
 * printed, parts; then the readings of the targets and the heading.
 */
import { extractPlan, planTextFromPlain, type DraftPlan } from "../../../src/core/extract";
import { suggestAgency } from "../../../src/core/annex/agencies";
import { parseTarget } from "../../../src/core/vn/target";
import { readPlanDocument } from "../../../src/hosts/docs/readPlanDocument";
import { docxFromPlainText } from "../../support/docx";
import { all, EXPECTED, find, realPlanText, tree } from "../../support/realPlans";

const asText = (name: string): DraftPlan => extractPlan(planTextFromPlain(realPlanText(name)));
const asDocx = async (name: string): Promise<DraftPlan> => extractPlan(await readPlanDocument(docxFromPlainText(realPlanText(name)), `${name}.docx`));

describe.each(Object.keys(EXPECTED))("%s", (name) => {
  it("reads every indicator once, with its STT, name, unit, target and parts (.txt)", () => {
    expect(tree(asText(name))).toEqual(EXPECTED[name]);
  });

  it("reads the same from a Word document", async () => {
    expect(tree(await asDocx(name))).toEqual(EXPECTED[name]);
  });

  it("quotes the document's own words for every row", () => {
    const draft = asText(name);
    const text = realPlanText(name).replace(/\s+/g, " ");
    for (const i of all(draft)) expect(text).toContain(i.source.quote.replace(/\s+/g, " "));
  });
});

describe("a Word table as offices draw it", () => {
  it("reads a header merged over two rows and names broken over lines in their cell", async () => {
    // The results report's table as Word holds it: STT, Chỉ tiêu, ĐVT and Đánh giá merged down two
    // rows, "Năm 2025" merged across its three columns, and a name typed on two lines.
    const text = realPlanText("bc-ket-qua-2025")
      .replace("STT\tChỉ tiêu\tĐVT\tNăm 2025\t\t\tĐánh giá", "STT\tChỉ tiêu\tĐVT\tNăm 2025\t<<\t<<\tĐánh giá")
      .replace("\t\t\tKế hoạch năm 2025\tƯớc thực hiện năm 2025\tSo sánh (%) Ước TH/KH\t", "^^\t^^\t^^\tKế hoạch năm 2025\tƯớc thực hiện năm 2025\tSo sánh (%)¶Ước TH/KH\t^^")
      .replace("Trong đó: Thu nội địa (trừ tiền sử dụng đất)", "Trong đó:¶Thu nội địa¶(trừ tiền sử dụng đất)");
    expect(text).toContain("<<");
    expect(text).toContain("Thu nội địa¶");
    const draft = extractPlan(await readPlanDocument(docxFromPlainText(text), "bao-cao.docx"));
    expect(tree(draft)).toEqual(EXPECTED["bc-ket-qua-2025"]);
  });
});

describe("the heading of plans after July 2025", () => {
  it.each([
    ["nq-hdnd-tinh-2026", { kind: "Nghị quyết", number: "45/NQ-HĐND", date: "2025-12-10" }, { name: "Hội đồng nhân dân tỉnh Đồng Tháp", level: "tinh", province: "Đồng Tháp" }, 2026],
    ["kh-xa-2026-phu-luc", { kind: "Kế hoạch", number: "18/KH-UBND", date: "2026-01-08" }, { name: "Ủy ban nhân dân xã Tân Phước", level: "xa", province: null }, 2026],
    ["bc-ket-qua-2025", { kind: "Báo cáo", number: "215/BC-UBND", date: "2025-11-28" }, { name: "Ủy ban nhân dân phường An Hội", level: "xa", province: null }, 2025],
    ["kh-phuong-2026-pdf", { kind: "Kế hoạch", number: "07/KH-UBND", date: "2026-01-15" }, { name: "Ủy ban nhân dân phường Long Biên", level: "xa", province: null }, 2026],
    ["ctr-dac-khu-2026", { kind: "Chương trình hành động", number: "03-CTr/ĐU", date: "2026-01-20" }, { name: "Đảng ủy đặc khu Phú Quốc", level: "xa", province: null }, 2026],
    // An annex alone names its plan in "(Kèm theo Kế hoạch số 120/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh Lâm Đồng)".
    ["phu-luc-tinh-xlsx", { kind: "Kế hoạch", number: "120/KH-UBND", date: "2026-01-05" }, { name: "Ủy ban nhân dân tỉnh Lâm Đồng", level: "tinh", province: "Lâm Đồng" }, 2026],
  ])("%s", (name, document, issuer, year) => {
    const draft = asText(name);
    expect(draft.document).toMatchObject(document);
    expect(draft.issuer).toEqual(issuer);
    expect(draft.period).toEqual({ year });
  });

  it("counts the indicators the document states, per group", () => {
    const draft = asText("ctr-dac-khu-2026");
    expect(draft.statedCount).toBe(14);
    expect(draft.sections.map((s) => [s.statedCount, s.indicators.length])).toEqual([[6, 6], [5, 5], [3, 3]]);
    expect(asText("kh-xa-2026-phu-luc").statedCount).toBe(22);
  });
});

describe("how the targets of real plans read", () => {
  const reading = (name: string, indicator: string) => {
    const i = find(asText(name), indicator);
    const { raw: _raw, warnings: _warnings, ...rest } = parseTarget(i.target ?? "", i.unit);
    return rest;
  };
  it.each([
    ["nq-hdnd-tinh-2026", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", { op: ">=", value: 8, unit: "%", change: "increase" }],
    ["nq-hdnd-tinh-2026", "Tổng vốn đầu tư toàn xã hội", { op: "between", min: 8, max: 8.5, unit: "%" }],
    ["nq-hdnd-tinh-2026", "Tỷ lệ dân số tham gia bảo hiểm y tế", { op: ">=", value: 95, unit: "%" }],
    ["nq-hdnd-tinh-2026", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", { op: "=", value: 1.5, unit: "%", change: "decrease" }],
    ["nq-hdnd-tinh-2026", "Tỷ lệ thất nghiệp khu vực thành thị", { op: "<", value: 2.5, unit: "%" }],
    ["nq-hdnd-tinh-2026", "Thu ngân sách nhà nước trên địa bàn (không kể tiền sử dụng đất)", { op: "=", value: 10500, unit: "tỷ đồng" }],
    ["nq-hdnd-tinh-2026", "GRDP bình quân đầu người", { op: ">", value: 95 }],
    ["kh-xa-2026-phu-luc", "Số ấp đạt chuẩn văn hóa", { op: "=", value: 8, of: 8 }],
    ["kh-xa-2026-phu-luc", "Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến toàn trình", { op: ">=", value: 80 }],
    ["kh-xa-2026-phu-luc", "Giữ vững danh hiệu xã đạt chuẩn nông thôn mới nâng cao", { op: "text" }],
    ["bc-ket-qua-2025", "Tốc độ tăng trưởng giá trị sản xuất", { op: "between", min: 8, max: 8.5, unit: "%" }],
    ["bc-ket-qua-2025", "Tỷ lệ hộ nghèo", { op: "<", value: 1.2, unit: "%" }],
    ["kh-phuong-2026-pdf", "Tỷ lệ giải ngân vốn đầu tư công", { op: "=", value: 100, unit: "%" }],
    ["kh-phuong-2026-pdf", "tỷ lệ hộ nghèo", { op: ">=", value: 1, unit: "%", change: "decrease" }],
    ["kh-phuong-2026-pdf", "Tổng thu ngân sách nhà nước trên địa bàn", { op: "=", value: 1250.5, unit: "tỷ đồng" }],
    ["ctr-dac-khu-2026", "Tổng lượt khách du lịch", { op: "~", value: 8.2 }],
    ["ctr-dac-khu-2026", "Tỷ lệ nước thải đô thị được thu gom, xử lý đạt tiêu chuẩn", { op: ">=", value: 60, unit: "%" }],
    ["phu-luc-tinh-xlsx", "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2026-2030)", { op: "between", min: 1, max: 1.5, change: "decrease" }],
  ])("%s: «%s»", (name, indicator, expected) => {
    expect(reading(name, indicator)).toMatchObject(expected);
  });

  it("says when a comma may group thousands the foreign way, instead of reading 25,000 as 25 silently; a count of trees has no fraction", () => {
    const draft = asText("ctr-dac-khu-2026");
    expect(find(draft, "Tổng vốn đầu tư phát triển toàn xã hội").warnings.join(" ")).toContain("có thể là 25 (dấu phẩy thập phân) hoặc 25.000");
    const trees = find(asText("kh-phuong-2026-pdf"), "Trồng mới cây xanh bóng mát trên các tuyến phố");
    expect(reading("kh-phuong-2026-pdf", "Trồng mới cây xanh bóng mát trên các tuyến phố")).toMatchObject({ op: "=", value: 1500, unit: "cây" });
    expect(trees.warnings.join(" ")).toContain('Số "1,500" dùng dấu phân cách kiểu nước ngoài (dấu phẩy nhóm hàng nghìn); đã đọc là 1.500.');
    expect(trees.warnings.join(" ")).not.toContain("có thể là 1,5");
  });
});

describe("the office that follows the plan", () => {
  it("is the one the plan charges with following it, for the rows of no known field that name none of their own", () => {
    const offices = (name: string) => [...new Set(all(asText(name)).map((i) => i.agency?.name ?? null))];
    expect(offices("nq-hdnd-tinh-2026")).toEqual([null, "Sở Tài chính"]);
    expect(offices("kh-phuong-2026-pdf")).toEqual([null, "Phòng Kinh tế, Hạ tầng và Đô thị"]);
    const province = asText("nq-hdnd-tinh-2026");
    expect(find(province, "Tỷ lệ thất nghiệp khu vực thành thị").agency).toEqual({ name: "Sở Tài chính", origin: "document" });
    // A field's own office follows its indicators: the annex suggests it (marked as a suggestion),
    // not the office that consolidates the whole plan.
    const insurance = find(province, "Tỷ lệ dân số tham gia bảo hiểm y tế");
    expect(insurance.agency).toBeNull();
    expect(suggestAgency([insurance.name], "tinh", 2026)).toBe("Bảo hiểm xã hội tỉnh");
    expect(province.warnings.join(" ")).toContain("đã ghi cơ quan chủ trì theo dõi là «Sở Tài chính»");
    expect(province.warnings.join(" ")).toContain("20 chỉ tiêu khác được gợi ý cơ quan theo lĩnh vực");
    // No sentence charges an office: nothing is made up.
    expect(offices("ctr-dac-khu-2026")).toEqual([null]);
  });
});

describe("what the annex tables carry besides the figures", () => {
  it("keeps the agency of each row, and the table's «Mục tiêu phấn đấu» as the stretch target", () => {
    const draft = asText("phu-luc-tinh-xlsx");
    expect(find(draft, "Tốc độ tăng trưởng GRDP")).toMatchObject({ target: "8", stretch: "8,5 - 9", agency: { name: "Sở Tài chính", origin: "document" } });
    expect(find(draft, "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý").agency?.name).toBe("UBND các xã, phường");
    expect(find(asText("kh-xa-2026-phu-luc"), "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi").agency?.name).toBe("Trạm Y tế xã");
  });

  it("takes a unit printed in the name when the ĐVT cell is blank, and says nothing is missing", () => {
    const growth = find(asText("bc-ket-qua-2025"), "Tốc độ tăng trưởng giá trị sản xuất");
    expect(growth.unit).toBe("%");
    expect(growth.warnings).toEqual([]);
    expect(growth.source.quote).toContain("Tốc độ tăng trưởng giá trị sản xuất (%)");
  });

  it("does not ask to fill a heading row whose figures are in its parts, nor take «Trong đó:» for a part", () => {
    const draft = asText("kh-xa-2026-phu-luc");
    expect(find(draft, "Tỷ lệ huy động trẻ em trong độ tuổi đến trường").warnings).toEqual([]);
    expect(all(draft).some((i) => /^trong đó/iu.test(i.name))).toBe(false);
    // The prose only says the 22 indicators are in the annex: no warning that the two disagree.
    expect(draft.warnings).toEqual([]);
  });
});

describe("an annex table pasted from Excel", () => {
  it("keeps a cell typed on two lines in its row (Excel quotes such a cell when it is copied)", () => {
    const pasted = [
      "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2026",
      '1\t"Thu ngân sách nhà nước trên địa bàn\n(không kể tiền sử dụng đất)"\tTỷ đồng\t10.500',
      '2\t"Tỷ lệ hộ gia đình đạt danh hiệu ""Gia đình văn hóa""\n(theo tiêu chí mới)"\t%\t≥ 92',
      "3\tTỷ lệ hộ nghèo\t%\tdưới 1,2",
    ].join("\n");
    expect(tree(extractPlan(planTextFromPlain(pasted)))).toEqual([
      [null, "Các chỉ tiêu chủ yếu", [
        ["1", "Thu ngân sách nhà nước trên địa bàn (không kể tiền sử dụng đất)", "Tỷ đồng", "10.500"],
        ["2", 'Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa" (theo tiêu chí mới)', "%", "≥ 92"],
        ["3", "Tỷ lệ hộ nghèo", "%", "dưới 1,2"],
      ]],
    ]);
  });
});

describe("a numbered list in a province's wording", () => {
  it("reads levels reached by a fall, totals with their «trong đó», and a rate's «% dân số»", () => {
    const text = [
      "II. CÁC CHỈ TIÊU CHỦ YẾU",
      "1. Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều) giảm còn dưới 1%.",
      "2. Tổng thu ngân sách nhà nước trên địa bàn: 1.250 tỷ đồng, trong đó thu nội địa 1.100 tỷ đồng.",
      "3. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,5% dân số.",
      "4. Có thêm 05 xã đạt chuẩn nông thôn mới nâng cao, 02 xã đạt chuẩn nông thôn mới kiểu mẫu.",
      "5. Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi giảm xuống dưới 15%.",
      "III. NHIỆM VỤ",
    ].join("\n");
    expect(tree(extractPlan(planTextFromPlain(text)))).toEqual([
      ["II", "CÁC CHỈ TIÊU CHỦ YẾU", [
        ["1", "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", "%", "dưới 1%"],
        ["2", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "1.250 tỷ đồng", [["", "thu nội địa", "tỷ đồng", "1.100 tỷ đồng"]]],
        ["3", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "95,5% dân số"],
        ["4", "xã đạt chuẩn nông thôn mới nâng cao", "xã", "Có thêm 05 xã", [["", "xã đạt chuẩn nông thôn mới kiểu mẫu", "xã", "02 xã"]]],
        ["5", "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi", "%", "dưới 15%"],
      ]],
    ]);
  });
});

describe("a figure compared with another year", () => {
  it("names the comparison by its item, and leaves the year out of the name", () => {
    const text = [
      "2. Các chỉ tiêu chủ yếu",
      "(1) Số doanh nghiệp thành lập mới năm 2026 đạt 1.200 doanh nghiệp, tăng 10% so với năm 2025.",
      "(2) Tỷ lệ đô thị hóa đến năm 2026 đạt 30%.",
      "3. Nhiệm vụ",
    ].join("\n");
    expect(tree(extractPlan(planTextFromPlain(text)))).toEqual([
      ["2", "Các chỉ tiêu chủ yếu", [
        ["(1)", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.200 doanh nghiệp", [["", "Số doanh nghiệp thành lập mới so với năm 2025", "%", "tăng 10%"]]],
        ["(2)", "Tỷ lệ đô thị hóa", "%", "30%"],
      ]],
    ]);
  });
});
