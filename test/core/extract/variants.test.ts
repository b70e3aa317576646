/**
 * Ways real plans state their indicators that the five seeds do not show: "Mục tiêu cụ thể" as
 * the list's heading, a run of targets in one paragraph, numbered items under lettered sections,
 * an annex table beside last year's figures, Word's nested lists.
 */
import { extractPlan, planTextFromPlain, type DraftIndicator, type PlanText } from "../../../src/core/extract";
import { planTextFromHtml } from "../../../src/hosts/docs/html";
import { parseTarget } from "../../../src/core/vn/target";

const flat = (list: readonly DraftIndicator[]): DraftIndicator[] => list.flatMap((i) => [i, ...flat(i.parts)]);
const targets = (text: PlanText | string) => {
  const draft = extractPlan(typeof text === "string" ? planTextFromPlain(text) : text);
  return flat(draft.sections.flatMap((s) => s.indicators)).map((i) => [i.name, i.target]);
};

describe("extractPlan on other plans' wording", () => {
  it("reads the list under «Mục tiêu cụ thể», not the general aim before it nor the tasks after it", () => {
    expect(
      targets(
        [
          "II. MỤC TIÊU",
          "1. Mục tiêu tổng quát",
          "Phát triển kinh tế nhanh, bền vững; phấn đấu tăng trưởng 8%.",
          "2. Mục tiêu cụ thể",
          "a) Tốc độ tăng trưởng kinh tế (GRDP) đạt 7,5 - 8%.",
          "b) GRDP bình quân đầu người đạt 95 triệu đồng.",
          "III. NHIỆM VỤ, GIẢI PHÁP",
          "a) Thu hút 5 dự án đầu tư trong năm.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tốc độ tăng trưởng kinh tế (GRDP)", "7,5 - 8%"],
      ["GRDP bình quân đầu người", "95 triệu đồng"],
    ]);
  });

  it("makes each target of a run in one paragraph its own indicator", () => {
    expect(
      targets(
        [
          "2. Các chỉ tiêu chủ yếu",
          "Tốc độ tăng trưởng kinh tế đạt 7%; thu ngân sách trên địa bàn 1.250 tỷ đồng; tỷ lệ hộ nghèo giảm 1,5%; tỷ lệ che phủ rừng 42%.",
          "3. Nhiệm vụ trọng tâm",
        ].join("\n"),
      ),
    ).toEqual([
      ["Tốc độ tăng trưởng kinh tế", "7%"],
      ["thu ngân sách trên địa bàn", "1.250 tỷ đồng"],
      ["tỷ lệ hộ nghèo", "giảm 1,5%"],
      ["tỷ lệ che phủ rừng", "42%"],
    ]);
  });

  it("takes the plan's column of an annex table, not last year's plan or results", () => {
    const draft = extractPlan(
      planTextFromPlain(
        [
          "STT\tChỉ tiêu\tĐơn vị\tKế hoạch năm 2024\tƯớc thực hiện năm 2024\tKế hoạch năm 2025\tGhi chú",
          "1\tTốc độ tăng trưởng\t%\t7\t7,2\t7,5\t",
          "2\tThu ngân sách\ttỷ đồng\t1.100\t1.180\t1.250\t",
        ].join("\n"),
      ),
    );
    const all = flat(draft.sections.flatMap((s) => s.indicators));
    expect(all.map((i) => [i.name, i.target, i.milestones])).toEqual([
      ["Tốc độ tăng trưởng", "7,5", {}],
      ["Thu ngân sách", "1.250", {}],
    ]);
  });

  it("keeps the milestone columns of a five-year table", () => {
    const draft = extractPlan(
      planTextFromPlain(["TT\tChỉ tiêu\tĐVT\tMục tiêu đến năm 2025\tMục tiêu đến năm 2030", "1\tTỷ lệ đô thị hóa\t%\t30\t40"].join("\n")),
    );
    expect(draft.sections[0]?.indicators[0]).toMatchObject({ target: "40", milestones: { "2025": "30" } });
  });

  it("reads Word's nested lists as items and their parts", () => {
    const html =
      "<p>2. Các chỉ tiêu chủ yếu</p><ol><li>Tổng sản phẩm trên địa bàn tăng 7%<ol><li>nông nghiệp tăng 3%</li><li>công nghiệp tăng 10%</li></ol></li><li>Thu ngân sách đạt 500 tỷ đồng</li></ol><p>3. Nhiệm vụ</p>";
    const draft = extractPlan(planTextFromHtml(html));
    expect(draft.sections[0]?.indicators.map((i) => [i.stt, i.target, i.parts.map((p) => [p.stt, p.name, p.target])])).toEqual([
      ["1", "tăng 7%", [["a)", "nông nghiệp", "tăng 3%"], ["b)", "công nghiệp", "tăng 10%"]]],
      ["2", "500 tỷ đồng", []],
    ]);
  });

  it("reads a pasted list without any heading", () => {
    expect(targets("1. Tốc độ tăng trưởng kinh tế đạt 7%.\n2. Thu ngân sách 500 tỷ đồng.\n3. Tỷ lệ hộ nghèo giảm 1%.")).toEqual([
      ["Tốc độ tăng trưởng kinh tế", "7%"],
      ["Thu ngân sách", "500 tỷ đồng"],
      ["Tỷ lệ hộ nghèo", "giảm 1%"],
    ]);
  });

  it("ends the list at the next article of a resolution (Điều 3. Nhiệm vụ ...)", () => {
    const draft = extractPlan(
      planTextFromPlain(
        [
          "NGHỊ QUYẾT",
          "Về Kế hoạch phát triển kinh tế - xã hội năm 2025",
          "QUỐC HỘI",
          "Điều 1. Đánh giá kết quả năm 2024",
          "Năm 2024, tăng trưởng GDP ước đạt 7%.",
          "Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2025",
          "(1) Tỷ lệ thất nghiệp ở khu vực thành thị dưới 4%.",
          "(2) Số bác sĩ trên 10.000 dân đạt khoảng 15 bác sĩ.",
          "Điều 3. Nhiệm vụ, giải pháp chủ yếu",
          "1. Phấn đấu giải ngân 100% vốn đầu tư công.",
        ].join("\n"),
      ),
    );
    expect(draft.document.kind).toBe("Nghị quyết");
    expect(draft.title).toBe("Về Kế hoạch phát triển kinh tế - xã hội năm 2025");
    expect(flat(draft.sections.flatMap((s) => s.indicators)).map((i) => i.target)).toEqual(["dưới 4%", "khoảng 15 bác sĩ"]);
  });

  it("reads a table pasted with | between cells, and takes no document number from «Số bác sĩ»", () => {
    const draft = extractPlan(planTextFromPlain("STT | Chỉ tiêu | Kế hoạch |\n|---|---|---|\n1 | GDP | 6,5-7% |\n2 | Số bác sĩ trên 10.000 người | 15 |"));
    expect(draft.origin).toBe("table");
    expect(draft.document.number).toBeNull();
    expect(flat(draft.sections.flatMap((s) => s.indicators)).map((i) => [i.name, i.target])).toEqual([
      ["GDP", "6,5-7%"],
      ["Số bác sĩ trên 10.000 người", "15"],
    ]);
  });

  it("reads what a rate is counted per as part of its name, not as a second figure", () => {
    const draft = extractPlan(planTextFromPlain("2. Các chỉ tiêu chủ yếu\n- Số bác sĩ trên 10.000 dân đạt khoảng 15 bác sĩ.\n- Thu nhập bình quân 1 ha đất canh tác đạt 237 triệu đồng.\n- Diện tích trồng rừng đạt trên 1.000 ha."));
    expect(flat(draft.sections.flatMap((s) => s.indicators)).map((i) => [i.name, i.target, i.warnings])).toEqual([
      ["Số bác sĩ trên 10.000 dân", "khoảng 15 bác sĩ", []],
      ["Thu nhập bình quân 1 ha đất canh tác", "237 triệu đồng", []],
      ["Diện tích trồng rừng", "trên 1.000 ha", []],
    ]);
  });

  it("reads holding a level as the target, not as part of the name; a verb alone still only leads the figure", () => {
    const draft = extractPlan(
      planTextFromPlain(
        [
          "2. Các chỉ tiêu chủ yếu",
          "- Tỷ lệ che phủ rừng giữ ổn định ở mức 51,2%.",
          "- Tỷ lệ đô thị hóa duy trì ổn định ở mức 45%.",
          "- Tỷ lệ che phủ cây xanh đô thị giữ vững ở mức 20%.",
          "- Tỷ lệ dân số tham gia bảo hiểm y tế ổn định ở mức 95%.",
          "- Tỷ lệ hộ dân sử dụng nước hợp vệ sinh duy trì ở mức 100%.",
          "- Giữ ổn định tỷ lệ che phủ rừng phòng hộ ở mức 30%.",
          "- Tỷ lệ hộ dân được sử dụng nước sạch: duy trì 100%.",
          "- Tỷ lệ lao động có việc làm ổn định 85%.",
        ].join("\n"),
      ),
    );
    const rows = flat(draft.sections.flatMap((s) => s.indicators));
    expect(rows.map((i) => [i.name, i.target])).toEqual([
      ["Tỷ lệ che phủ rừng", "giữ ổn định ở mức 51,2%"],
      ["Tỷ lệ đô thị hóa", "duy trì ổn định ở mức 45%"],
      ["Tỷ lệ che phủ cây xanh đô thị", "giữ vững ở mức 20%"],
      ["Tỷ lệ dân số tham gia bảo hiểm y tế", "ổn định ở mức 95%"],
      ["Tỷ lệ hộ dân sử dụng nước hợp vệ sinh", "duy trì ở mức 100%"],
      // Printed before the name, the verb cannot join the target: the name is what it holds.
      ["tỷ lệ che phủ rừng phòng hộ", "30%"],
      ["Tỷ lệ hộ dân được sử dụng nước sạch", "100%"],
      // "ổn định" names the jobs here: nothing holds a level.
      ["Tỷ lệ lao động có việc làm ổn định", "85%"],
    ]);
    expect(rows.map((i) => i.unit)).toEqual(Array(8).fill("%"));
  });

  it("reads a place within a leading group as a rank target, whoever is ranked and however the group is named", () => {
    const draft = extractPlan(
      planTextFromPlain(
        [
          "2. Các chỉ tiêu chủ yếu",
          "(1) Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) thuộc nhóm 20 tỉnh dẫn đầu cả nước.",
          "(2) Chỉ số cải cách hành chính (PAR INDEX) nằm trong nhóm 10 tỉnh, thành phố dẫn đầu.",
          "(3) Chỉ số hài lòng của người dân (SIPAS) xếp trong nhóm 15 địa phương đứng đầu cả nước.",
          "(4) Phấn đấu chỉ số chuyển đổi số (DTI) thuộc top 30 cả nước.",
          "(5) Chỉ số PAPI lọt vào tốp 20 tỉnh có điểm số cao nhất.",
        ].join("\n"),
      ),
    );
    const rows = flat(draft.sections.flatMap((s) => s.indicators));
    expect(rows.map((i) => [i.name, i.unit, i.target])).toEqual([
      ["Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "xếp hạng", "thuộc nhóm 20 tỉnh dẫn đầu cả nước"],
      ["Chỉ số cải cách hành chính (PAR INDEX)", "xếp hạng", "nằm trong nhóm 10 tỉnh, thành phố dẫn đầu"],
      ["Chỉ số hài lòng của người dân (SIPAS)", "xếp hạng", "xếp trong nhóm 15 địa phương đứng đầu cả nước"],
      ["chỉ số chuyển đổi số (DTI)", "xếp hạng", "thuộc top 30 cả nước"],
      ["Chỉ số PAPI", "xếp hạng", "lọt vào tốp 20 tỉnh có điểm số cao nhất"],
    ]);
    for (const row of rows) expect([row.name, parseTarget(row.target ?? "", row.unit)]).toMatchObject([row.name, { op: "<=", unit: "xếp hạng" }]);
    expect(rows.map((i) => parseTarget(i.target ?? "", i.unit).value)).toEqual([20, 10, 15, 30, 20]);
    expect(rows.flatMap((i) => i.warnings)).toEqual([]);
  });

  it("takes the office the plan charges with following it as the office of every row that names none of its own", () => {
    const list = ["I. CÁC CHỈ TIÊU CHỦ YẾU", "1. Tốc độ tăng trưởng kinh tế đạt 8%.", "2. Tỷ lệ hộ nghèo giảm 1%.", "II. TỔ CHỨC THỰC HIỆN"];
    const office = (...lines: string[]) => {
      const draft = extractPlan(planTextFromPlain([...list, ...lines].join("\n")));
      return [...new Set(flat(draft.sections.flatMap((s) => s.indicators)).map((i) => (i.agency === null ? null : `${i.agency.name} (${i.agency.origin})`)))];
    };
    expect(office("Giao Sở Tài chính chủ trì, theo dõi, tổng hợp tình hình thực hiện Kế hoạch, báo cáo UBND tỉnh.")).toEqual(["Sở Tài chính (document)"]);
    expect(office("1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; Sở Tài chính chủ trì theo dõi, tổng hợp kết quả thực hiện các chỉ tiêu, báo cáo Hội đồng nhân dân tỉnh.")).toEqual(["Sở Tài chính (document)"]);
    expect(office("Phòng Tài chính – Kế hoạch chủ trì, phối hợp với các phòng, ngành huyện định kỳ tổng hợp, báo cáo UBND huyện theo quy định.")).toEqual(["Phòng Tài chính – Kế hoạch (document)"]);
    expect(office("- Văn phòng HĐND và UBND xã là cơ quan đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch này.")).toEqual(["Văn phòng HĐND và UBND xã (document)"]);
    expect(office("Sở Nội vụ có trách nhiệm theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh.")).toEqual(["Sở Nội vụ (document)"]);
    // One task, or no office named: not the plan's monitor.
    expect(office("Sở Y tế chủ trì triển khai chiến dịch tiêm chủng mở rộng.")).toEqual([null]);
    expect(office("Các sở, ngành theo chức năng, nhiệm vụ chủ trì theo dõi, tổng hợp kết quả thực hiện, báo cáo UBND tỉnh.")).toEqual([null]);
    expect(office("UBND các xã, thị trấn chủ trì theo dõi, tổng hợp kết quả thực hiện trên địa bàn, báo cáo UBND huyện.")).toEqual([null]);
    // A table with an office column answers row by row: a blank cell stays the document's blank.
    const table = extractPlan(
      planTextFromPlain(
        [
          "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tCơ quan chủ trì theo dõi",
          "1\tTốc độ tăng trưởng\t%\t8\tSở Tài chính",
          "2\tTỷ lệ hộ nghèo\t%\tgiảm 1\t",
          "Giao Sở Tài chính chủ trì, theo dõi, tổng hợp tình hình thực hiện Kế hoạch, báo cáo UBND tỉnh.",
        ].join("\n"),
      ),
    );
    expect(flat(table.sections.flatMap((s) => s.indicators)).map((i) => i.agency?.name ?? null)).toEqual(["Sở Tài chính", null]);
  });
});
