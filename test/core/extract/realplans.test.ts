/**
 * Plans that are not the seeds, written as officers write them (test/fixtures/realplans): a
 * province's HĐND resolution for 2026 after the July 2025 reorganisation, a commune's plan with
 * its annex table, a ward's results report with a two-row header, a ward's plan as text taken
 * from a PDF (page numbers in it), a special zone's party programme in prose, and a province's
 * annex table alone (as an .xlsx holds it). Each is read as .txt and as .docx, and the model the
 * officer gets is asserted whole: sections, STT, name with its qualifiers, unit, target as
 * printed, parts; then the readings of the targets and the heading.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractPlan, planTextFromPlain, type DraftIndicator, type DraftPlan } from "../../../src/core/extract";
import { parseTarget } from "../../../src/core/vn/target";
import { readPlanDocument } from "../../../src/hosts/docs/readPlanDocument";
import { docxFromPlainText } from "../../support/docx";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "realplans");
export const realPlanText = (name: string): string => readFileSync(join(FIXTURES, `${name}.txt`), "utf8");

type Row = [string, string, string | null, string | null] | [string, string, string | null, string | null, Row[]];
type Tree = [string | null, string, Row[]][];

const row = (i: DraftIndicator): Row => (i.parts.length === 0 ? [i.stt, i.name, i.unit, i.target] : [i.stt, i.name, i.unit, i.target, i.parts.map(row)]);
export const tree = (draft: DraftPlan): Tree => draft.sections.map((s) => [s.code, s.title, s.indicators.map(row)]);
const all = (draft: DraftPlan): DraftIndicator[] => {
  const flat = (list: readonly DraftIndicator[]): DraftIndicator[] => list.flatMap((i) => [i, ...flat(i.parts)]);
  return flat(draft.sections.flatMap((s) => s.indicators));
};
const find = (draft: DraftPlan, name: string): DraftIndicator => {
  const found = all(draft).find((i) => i.name === name);
  if (found === undefined) throw new Error(`no row named ${name}`);
  return found;
};

const EXPECTED: Record<string, Tree> = {
  "nq-hdnd-tinh-2026": [
    ["1", "Về kinh tế", [
      ["(1)", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "%", "tăng 8% trở lên"],
      ["(2)", "GRDP bình quân đầu người", "triệu đồng/người/năm", "trên 95 triệu đồng/người/năm"],
      ["(3)", "Cơ cấu kinh tế", null, null, [
        ["", "khu vực nông, lâm nghiệp và thủy sản", "%", "29,5%"],
        ["", "khu vực công nghiệp - xây dựng", "%", "27,2%"],
        ["", "khu vực dịch vụ", "%", "38,6%"],
        ["", "thuế sản phẩm trừ trợ cấp sản phẩm", "%", "4,7%"],
      ]],
      ["(4)", "Thu ngân sách nhà nước trên địa bàn (không kể tiền sử dụng đất)", "tỷ đồng", "10.500 tỷ đồng"],
      ["(5)", "Tổng vốn đầu tư toàn xã hội", "%", "từ 8 - 8,5% GRDP"],
      ["(6)", "Kim ngạch xuất khẩu", "triệu USD", "3.850 triệu USD"],
    ]],
    ["2", "Về văn hóa - xã hội", [
      ["(7)", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "giảm 1,5%"],
      ["(8)", "Tỷ lệ lao động qua đào tạo", "%", "72%", [
        ["", "có bằng cấp, chứng chỉ", "%", "32%"],
      ]],
      ["(9)", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "≥ 95%"],
      ["(10)", "Số bác sĩ trên 10.000 dân", "bác sĩ", "12 bác sĩ"],
      ["(11)", "Tỷ lệ thất nghiệp khu vực thành thị", "%", "dưới 2,5%"],
      ["(12)", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", "75%"],
    ]],
    ["3", "Về môi trường", [
      ["(13)", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "%", "100%"],
      ["(14)", "Tỷ lệ dân cư nông thôn sử dụng nước sạch theo quy chuẩn", "%", "65%"],
    ]],
    ["4", "Về quốc phòng, an ninh", [
      ["(15)", "chỉ tiêu tuyển chọn và gọi công dân nhập ngũ", "%", "100%"],
      ["(16)", "ổn định chính trị, trật tự an toàn xã hội trên địa bàn tỉnh", null, "Giữ vững ổn định chính trị, trật tự an toàn xã hội trên địa bàn tỉnh"],
    ]],
  ],
  "kh-xa-2026-phu-luc": [
    ["A", "CHỈ TIÊU KINH TẾ", [
      ["1", "Tổng giá trị sản xuất (giá so sánh 2010)", "Tỷ đồng", "2.145,6", [
        ["-", "Nông, lâm nghiệp và thủy sản", "Tỷ đồng", "1.120,3"],
        ["-", "Công nghiệp - xây dựng", "Tỷ đồng", "412"],
        ["-", "Thương mại - dịch vụ", "Tỷ đồng", "613,3"],
      ]],
      ["2", "Thu nhập bình quân đầu người", "Triệu đồng/người/năm", "trên 70"],
      ["3", "Thu ngân sách nhà nước trên địa bàn (không kể tiền sử dụng đất)", "Triệu đồng", "12.850"],
      ["4", "Diện tích gieo trồng lúa cả năm", "ha", "8.250"],
      ["5", "Sản lượng lúa", "Tấn", "54.500"],
      ["6", "Số hợp tác xã thành lập mới", "HTX", "02"],
    ]],
    ["B", "CHỈ TIÊU VĂN HÓA - XÃ HỘI", [
      ["7", "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)", "%", "giảm 0,5"],
      ["8", "Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "≥ 95"],
      ["9", "Tỷ lệ huy động trẻ em trong độ tuổi đến trường", null, null, [
        ["-", "Nhà trẻ", "%", "25"],
        ["-", "Mẫu giáo", "%", "95"],
      ]],
      ["10", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", "dưới 12"],
      ["11", "Số lao động được tạo việc làm mới", "Lao động", "350"],
      ["12", "Tỷ lệ gia đình đạt danh hiệu \"Gia đình văn hóa\"", "%", "93"],
      ["13", "Số ấp đạt chuẩn văn hóa", "Ấp", "08/08"],
    ]],
    ["C", "CHỈ TIÊU MÔI TRƯỜNG", [
      ["14", "Tỷ lệ hộ dân sử dụng nước sạch", "%", "đạt 100"],
      ["15", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", "95"],
    ]],
    ["D", "CHỈ TIÊU QUỐC PHÒNG - AN NINH", [
      ["16", "Tuyển chọn và gọi công dân nhập ngũ", "%", "100"],
      ["17", "Tỷ lệ ấp đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"", "%", "≥ 90"],
      ["18", "Kéo giảm số vụ phạm pháp hình sự", "%", "giảm 5 so với năm 2025"],
    ]],
    ["E", "CHỈ TIÊU XÂY DỰNG CHÍNH QUYỀN", [
      ["19", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "%", "100"],
      ["20", "Tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến toàn trình", "%", "từ 80 trở lên"],
      ["21", "Chỉ số hài lòng của người dân (SIPAS)", "%", "> 90"],
      ["22", "Giữ vững danh hiệu xã đạt chuẩn nông thôn mới nâng cao", null, "Giữ vững"],
    ]],
  ],
  "bc-ket-qua-2025": [
    ["I", "Kinh tế", [
      ["1", "Tốc độ tăng trưởng giá trị sản xuất", "%", "8 - 8,5"],
      ["2", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "Tỷ đồng", "4.250"],
      ["3", "Thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "185,6", [
        ["", "Thu nội địa (trừ tiền sử dụng đất)", "Tỷ đồng", "120"],
      ]],
      ["4", "Chi ngân sách địa phương", "Tỷ đồng", "Theo dự toán được giao"],
      ["5", "Số doanh nghiệp thành lập mới", "Doanh nghiệp", "≥ 60"],
    ]],
    ["II", "Văn hóa - Xã hội", [
      ["6", "Tỷ lệ hộ nghèo", "%", "dưới 1,2"],
      ["7", "Tỷ lệ hộ cận nghèo", "%", "giảm 0,3"],
      ["8", "Tỷ lệ dân số tham gia BHYT", "%", "95"],
      ["9", "Tỷ lệ lao động qua đào tạo", "%", "75", [
        ["", "có bằng cấp, chứng chỉ", "%", "35"],
      ]],
      ["10", "Tỷ lệ khu phố đạt danh hiệu \"Khu phố văn hóa\"", "%", "90"],
      ["11", "Thu nhập bình quân đầu người", "Triệu đồng/người/năm", "trên 80"],
    ]],
    ["III", "Môi trường", [
      ["12", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "%", "100"],
      ["13", "Tỷ lệ hộ dân sử dụng nước sạch", "%", "99,5"],
    ]],
    ["IV", "Quốc phòng - An ninh", [
      ["14", "Giao quân đạt chỉ tiêu trên giao", "%", "100"],
      ["15", "Tỷ lệ điều tra, khám phá án hình sự", "%", "trên 80"],
      ["16", "Số vụ tai nạn giao thông", "Vụ", "giảm 5% so với năm 2024"],
    ]],
    ["V", "Xây dựng chính quyền", [
      ["17", "Tỷ lệ thủ tục hành chính giải quyết đúng hạn", "%", "100"],
      ["18", "Hoàn thành việc sắp xếp, bố trí cán bộ, công chức sau hợp nhất", null, "Hoàn thành"],
    ]],
  ],
  "kh-phuong-2026-pdf": [
    ["a", "Chỉ tiêu về kinh tế", [
      ["-", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "1.250,5 tỷ đồng", [
        ["", "thu cân đối ngân sách phường", "tỷ đồng", "86,4 tỷ đồng"],
      ]],
      ["-", "Tốc độ tăng doanh thu thương mại, dịch vụ bình quân", "%/năm", "từ 10 - 12%/năm"],
      ["-", "Tỷ lệ giải ngân vốn đầu tư công", "%", "100% kế hoạch vốn giao"],
      ["-", "Số hộ kinh doanh chuyển đổi thành doanh nghiệp", "doanh nghiệp", "có thêm ít nhất 15 doanh nghiệp"],
    ]],
    ["b", "Chỉ tiêu về văn hóa - xã hội", [
      ["-", "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa”", "%", "92% trở lên"],
      ["-", "Tỷ lệ trường công lập đạt chuẩn quốc gia", "%", "100%"],
      ["-", "tỷ lệ hộ nghèo", "%", "giảm 1% trở lên"],
      ["-", "Cuối năm 2026 trên địa bàn phường không còn hộ nghèo", null, "Cuối năm 2026 trên địa bàn phường không còn hộ nghèo"],
      ["-", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", "%", "≥ 90%"],
      ["-", "Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế", "%", "100%"],
    ]],
    ["c", "Chỉ tiêu về môi trường, đô thị", [
      ["-", "Tỷ lệ chất thải rắn sinh hoạt được phân loại tại nguồn", "%", "trên 50%"],
      ["-", "Trồng mới cây xanh bóng mát trên các tuyến phố", "cây", "1,500 cây"],
      ["-", "Tỷ lệ hộ dân được sử dụng nước sạch", "%", "100%"],
    ]],
    ["d", "Chỉ tiêu về quốc phòng, an ninh", [
      ["-", "chỉ tiêu giao quân", "%", "100%"],
      ["-", "Tỷ lệ tổ dân phố đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"", "%", "từ 95% trở lên"],
      ["-", "danh hiệu phường đạt chuẩn an toàn về an ninh, trật tự", null, "Giữ vững danh hiệu phường đạt chuẩn an toàn về an ninh, trật tự"],
    ]],
  ],
  "ctr-dac-khu-2026": [
    ["2.1", "Về kinh tế", [
      ["(1)", "Tổng lượt khách du lịch", "triệu lượt", "khoảng 8,2 triệu lượt", [
        ["", "khách quốc tế", "triệu lượt", "trên 1,8 triệu lượt"],
      ]],
      ["(2)", "Tổng thu từ du lịch", "%", "tăng 15% trở lên"],
      ["(3)", "Thu ngân sách nhà nước trên địa bàn (không kể tiền sử dụng đất)", "tỷ đồng", "9.800 tỷ đồng"],
      ["(4)", "Thu nhập bình quân đầu người", "triệu đồng/người/năm", "trên 120 triệu đồng/người/năm"],
      ["(5)", "Số tàu cá có chiều dài từ 15 m trở lên lắp thiết bị giám sát hành trình", "%", "100%"],
      ["(6)", "Tổng vốn đầu tư phát triển toàn xã hội", "tỷ đồng", "25,000 tỷ đồng"],
    ]],
    ["2.2", "Về văn hóa - xã hội", [
      ["(7)", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", "dưới 0,5%"],
      ["(8)", "Tỷ lệ lao động qua đào tạo", "%", "80%", [
        ["", "có bằng cấp, chứng chỉ", "%", "40%"],
      ]],
      ["(9)", "Số giường bệnh trên 10.000 dân", "giường", "30 giường"],
      ["(10)", "Tỷ lệ học sinh hoàn thành chương trình tiểu học", "%", "100%"],
      ["(11)", "Tỷ suất sinh thô", "‰", "giảm 0,1‰"],
    ]],
    ["2.3", "Về môi trường, quốc phòng - an ninh", [
      ["(12)", "Tỷ lệ che phủ rừng giữ ổn định", "%", "51,2%"],
      ["(13)", "Tỷ lệ nước thải đô thị được thu gom, xử lý đạt tiêu chuẩn", "%", "tối thiểu 60%"],
      ["(14)", "Kéo giảm tai nạn giao thông trên cả 3 tiêu chí (số vụ, số người chết, số người bị thương) so với năm 2025", null, "Kéo giảm tai nạn giao thông trên cả 3 tiêu chí (số vụ, số người chết, số người bị thương) so với năm 2025"],
    ]],
  ],
  "phu-luc-tinh-xlsx": [
    ["A", "CÁC CHỈ TIÊU KINH TẾ", [
      ["1", "Tốc độ tăng trưởng GRDP", "%", "8"],
      ["2", "GRDP bình quân đầu người", "Triệu đồng", "105,2"],
      ["3", "Tổng thu ngân sách nhà nước trên địa bàn", "Tỷ đồng", "22.400", [
        ["a", "Thu nội địa", "Tỷ đồng", "21.150"],
        ["b", "Thu từ hoạt động xuất nhập khẩu", "Tỷ đồng", "1.250"],
      ]],
      ["4", "Tỷ lệ đô thị hóa", "%", "42"],
    ]],
    ["B", "CÁC CHỈ TIÊU XÃ HỘI", [
      ["5", "Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2026-2030)", "%", "giảm 1 - 1,5"],
      ["6", "Số bác sĩ/vạn dân", "Bác sĩ", "13,5"],
      ["7", "Tỷ lệ xã, phường đạt tiêu chí quốc gia về y tế", "%", "≥ 95"],
    ]],
    ["C", "CÁC CHỈ TIÊU MÔI TRƯỜNG", [
      ["8", "Tỷ lệ che phủ rừng (không kể cây cao su)", "%", "54,5"],
      ["9", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "%", "98"],
    ]],
  ],
};

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

  it("says when a comma may group thousands the foreign way, instead of reading 25,000 as 25 silently", () => {
    const draft = asText("ctr-dac-khu-2026");
    expect(find(draft, "Tổng vốn đầu tư phát triển toàn xã hội").warnings.join(" ")).toContain("có thể là 25 (dấu phẩy thập phân) hoặc 25.000");
    expect(find(asText("kh-phuong-2026-pdf"), "Trồng mới cây xanh bóng mát trên các tuyến phố").warnings.join(" ")).toContain("hoặc 1.500");
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
