/**
 * The realistic plans of test/fixtures/realplans and the model an officer should get from each:
 * shared by the extractor's tests (.txt, .docx) and the readers' (PDF, .xlsx).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DraftIndicator, DraftPlan } from "../../src/core/extract";

const FIXTURES = join(__dirname, "..", "fixtures", "realplans");
export const realPlanText = (name: string): string => readFileSync(join(FIXTURES, `${name}.txt`), "utf8");

type Row = [string, string, string | null, string | null] | [string, string, string | null, string | null, Row[]];
type Tree = [string | null, string, Row[]][];

const row = (i: DraftIndicator): Row => (i.parts.length === 0 ? [i.stt, i.name, i.unit, i.target] : [i.stt, i.name, i.unit, i.target, i.parts.map(row)]);
export const tree = (draft: DraftPlan): Tree => draft.sections.map((s) => [s.code, s.title, s.indicators.map(row)]);
export const all = (draft: DraftPlan): DraftIndicator[] => {
  const flat = (list: readonly DraftIndicator[]): DraftIndicator[] => list.flatMap((i) => [i, ...flat(i.parts)]);
  return flat(draft.sections.flatMap((s) => s.indicators));
};
export const find = (draft: DraftPlan, name: string): DraftIndicator => {
  const found = all(draft).find((i) => i.name === name);
  if (found === undefined) throw new Error(`no row named ${name}`);
  return found;
};

export const EXPECTED: Record<string, Tree> = {
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
      ["(12)", "Tỷ lệ che phủ rừng", "%", "giữ ổn định ở mức 51,2%"],
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

