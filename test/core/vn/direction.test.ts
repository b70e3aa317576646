import type { Direction } from "../../../src/core/model/schema";
import { DIRECTION_KEYWORDS, directionFromName, directionOf, explainDirection } from "../../../src/core/vn/direction";
import { parseTarget } from "../../../src/core/vn/target";

describe("directionOf", () => {
  test("the plan's explicit direction comes first", () => {
    expect(directionOf({ name: "Tỷ lệ hộ nghèo", direction: "higher", target: "giảm 1%" })).toBe("higher");
    expect(directionOf({ name: "Tổng số hộ", direction: "info", target: "2.506 hộ" })).toBe("info");
  });

  test.each<[string, string, string | null, Direction]>([
    ["Tỷ lệ tội phạm về trật tự xã hội", "giảm 5%", "%", "lower"],
    ["Tỷ lệ hộ nghèo", "Giảm 0,4%", "%", "lower"],
    ["Tỷ lệ phát triển dân số tự nhiên", "<1%", "%", "lower"],
    ["Giá trị sản xuất", "dưới 100 tỷ đồng", null, "lower"],
    ["Tỷ lệ lao động qua đào tạo", "trên 72%", "%", "higher"],
    ["Tỷ lệ hộ nghèo", "trên 1%", "%", "higher"],
    ["Thu ngân sách", "tăng bình quân từ 12%/năm", null, "higher"],
    ["Chỉ số Cải cách hành chính (PAR INDEX)", "5/10", "Xếp hạng", "lower"],
    ["Tỷ lệ mất cân bằng giới khi sinh ở mức", "105/100", "Bé trai/bé gái", "lower"],
    ["Tỷ số giới tính khi sinh", "105/100", "Bé trai/bé gái", "band"],
    ["Tỷ số", "105/100", "Bé trai/bé gái", "band"],
    ["Thôn đạt chuẩn văn hóa", "04/09 thôn", null, "higher"],
  ])("from the phrase: %s, %j -> %s", (name, target, unit, expected) => {
    expect(directionOf({ name, target, unit })).toBe(expected);
  });

  test.each<[string, Direction]>([
    ["Tỷ lệ hộ nghèo", "lower"],
    ["Tỷ lệ hộ nghèo theo chuẩn nghèo mới", "lower"],
    ["Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng (chiều cao/tuổi)", "lower"],
    ["Tỷ lệ tăng dân số tự nhiên", "lower"],
    ["Tỷ lệ phát triển dân số tự nhiên", "lower"],
    ["Tỷ suất sinh thô", "lower"],
    ["Tỷ lệ sinh con thứ 3 trở lên", "lower"],
    ["Tỷ lệ mất cân bằng giới tính khi sinh", "lower"],
    ["Số vụ tai nạn giao thông", "lower"],
    ["Số vụ TNGT", "lower"],
    ["Tỷ lệ tội phạm về trật tự xã hội", "lower"],
    ["Tỷ lệ thất nghiệp khu vực thành thị", "lower"],
    ["Chỉ số giá tiêu dùng (CPI)", "lower"],
    ["Tốc độ tăng CPI", "lower"],
    ["Lạm phát", "lower"],
    ["Bội chi ngân sách địa phương", "lower"],
    ["Nhập siêu", "lower"],
    ["Số điểm ô nhiễm môi trường", "lower"],
    ["Nợ công so với GRDP", "lower"],
    ["Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội", "lower"],
    ["TY LE HO NGHEO", "lower"],
    ["Cơ cấu kinh tế", "band"],
    ["Tỷ số giới tính khi sinh", "band"],
    // Near misses: the name mentions something bad, but measures its remedy.
    ["Tỷ lệ điều tra khám phá án", "higher"],
    ["Tỷ lệ điều tra, khám phá án về tội phạm ma túy", "higher"],
    ["Tỷ lệ giảm nghèo", "higher"],
    ["Tỷ lệ hộ thoát nghèo", "higher"],
    ["tỷ lệ giảm sinh", "higher"],
    ["Mức giảm tỷ suất sinh", "higher"],
    // A name that states a reduction measures the reduction: a bigger one is better (issue 12).
    ["Tỷ lệ hộ nghèo giảm", "higher"],
    ["Tỷ lệ hộ nghèo giảm (điểm %)", "higher"],
    ["Tỷ lệ hộ nghèo giảm bình quân hằng năm", "higher"],
    ["Giảm tỷ lệ trẻ em suy dinh dưỡng thể thấp còi", "higher"],
    ["Số vụ tai nạn giao thông giảm so với năm trước", "higher"],
    ["TY LE HO NGHEO GIAM", "higher"],
    // ... but "giảm còn", "giảm xuống" name the level reached, and an increase is as good as what increases.
    ["Tỷ lệ hộ nghèo giảm còn", "lower"],
    ["Tỷ lệ hộ nghèo giảm xuống", "lower"],
    ["Mức tăng dân số tự nhiên", "lower"],
    ["Giá trị nông nghiệp tăng so với năm 2023", "higher"],
    ["Mức tăng thu nhập bình quân đầu người", "higher"],
    ["Tỷ lệ người tham gia bảo hiểm thất nghiệp", "higher"],
    ["Tỷ lệ cơ sở gây ô nhiễm môi trường nghiêm trọng được xử lý", "higher"],
    ["Giải quyết đơn thư khiếu nại, tố cáo", "higher"],
    ["Số lao động giải quyết việc", "higher"],
    ["Xây dựng nhà ở cho hộ nghèo và các đối tượng chính sách", "higher"],
    ["Tỷ lệ lao động nông thôn qua đào tạo", "higher"],
    ["Tỷ lệ sinh viên tốt nghiệp có việc làm", "higher"],
    ["Tỷ lệ thu gom và xử lý rác sinh hoạt", "higher"],
    ["Tỷ lệ học sinh huy động ra lớp", "higher"],
    ["Tốc độ tăng trưởng GRDP", "higher"],
    ["Tỷ lệ chất thải nguy hại được thu gom và xử lý", "higher"],
    ["Tỷ lệ xã an toàn về an ninh trật tự", "higher"],
    ["Thu nhập bình quân đầu người", "higher"],
  ])("from the name: %s -> %s", (name, expected) => {
    expect(directionOf({ name, target: "72" })).toBe(expected);
  });

  test("a qualitative target leaves the decision to the name", () => {
    expect(directionOf({ name: "tai nạn giao thông", target: "Giảm tai nạn giao thông trên cả 3 tiêu chí" })).toBe("lower");
    expect(directionOf({ name: "Thu ngân sách", target: "đạt dự toán huyện giao" })).toBe("higher");
  });

  test("a rank is decided by its unit, even without a target", () => {
    expect(directionOf({ name: "Chỉ số năng lực cạnh tranh cấp tỉnh", target: null, unit: "Xếp hạng" })).toBe("lower");
  });

  test("parts of the economic structure are a band; other parts do not inherit their parent's direction", () => {
    expect(directionOf({ name: "Công nghiệp và xây dựng", target: "41,7", unit: "%", parents: ["Cơ cấu kinh tế"] })).toBe("band");
    expect(
      directionOf({ name: "trẻ em dưới 1 tuổi được tiêm đầy đủ các loại vắc xin", target: "100%", parents: ["tỷ lệ trẻ em suy dinh dưỡng dưới 5 tuổi"] }),
    ).toBe("higher");
  });

  test("accepts a typed target", () => {
    expect(directionOf({ name: "X", target: parseTarget("giảm từ 5-10%") })).toBe("lower");
  });

  test("explains itself in Vietnamese", () => {
    expect(explainDirection({ name: "Tỷ lệ hộ nghèo", target: "1,5%" })).toEqual({ direction: "lower", reason: 'tên chỉ tiêu có cụm từ "hộ nghèo"' });
    expect(explainDirection({ name: "Sản lượng lúa", target: "795.200 tấn" }).reason).toBe("mặc định: càng cao càng tốt");
  });

  test("a stated reduction explains itself", () => {
    expect(explainDirection({ name: "Tỷ lệ hộ nghèo giảm", target: "0,7" })).toEqual({ direction: "higher", reason: "tên chỉ tiêu nêu mức giảm: giảm càng nhiều càng tốt" });
  });

  test("the keyword table is data: every entry finds itself, diacritics or not", () => {
    for (const keyword of DIRECTION_KEYWORDS) {
      const found = directionFromName(keyword.words);
      expect(found?.direction).toBe(keyword.direction);
    }
  });
});
