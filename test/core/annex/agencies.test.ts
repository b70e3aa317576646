import { suggestAgency } from "../../../src/core/annex";

describe("suggestAgency", () => {
  test.each<[string, string]>([
    ["Tốc độ tăng trưởng giá trị sản xuất", "Phòng Tài chính - Kế hoạch"],
    ["Tỷ lệ trường học các cấp đạt chuẩn quốc gia", "Phòng Giáo dục và Đào tạo"],
    ["Tỷ lệ dân số tham gia bảo hiểm y tế", "Bảo hiểm xã hội huyện"],
    ["Tỷ lệ người dân tham gia BHYT", "Bảo hiểm xã hội huyện"],
    ["Tỷ lệ dân số sử dụng nước sạch ở nông thôn", "Phòng Nông nghiệp và Phát triển nông thôn"],
    ["Tỷ lệ hộ nghèo", "Phòng Lao động - Thương binh và Xã hội"],
    ["Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng", "Trung tâm Y tế huyện"],
    ["Tỷ lệ tai nạn giao thông đường bộ", "Công an huyện"],
    ["Công tác tuyên quân", "Ban Chỉ huy Quân sự huyện"],
    ["Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý", "Phòng Tài nguyên và Môi trường"],
    ["Tỷ lệ hộ dân sử dụng điện", "Phòng Kinh tế và Hạ tầng"],
    ["Chỉ số Cải cách hành chính (PAR INDEX)", "Phòng Nội vụ"],
    ["Giải quyết đơn thư khiếu nại, tố cáo", "Thanh tra huyện"],
  ])("%s -> %s", (name, office) => {
    expect(suggestAgency([name], "huyen", 2024)).toBe(office);
  });

  test("uses the parent's name when the part's own says nothing", () => {
    expect(suggestAgency(["Chi thường xuyên", "Chi ngân sách địa phương"], "huyen", 2024)).toBe("Phòng Tài chính - Kế hoạch");
    expect(suggestAgency(["Nhà trẻ", "Tỷ lệ học sinh huy động ra lớp"], "huyen", 2024)).toBe("Phòng Giáo dục và Đào tạo");
  });

  test("by level, and with the offices merged in 2025", () => {
    expect(suggestAgency(["Tỷ lệ hộ nghèo"], "xa", 2024)).toBe("Công chức Văn hóa - Xã hội");
    expect(suggestAgency(["Tỷ lệ hộ nghèo"], "tinh", 2024)).toBe("Sở Lao động - Thương binh và Xã hội");
    expect(suggestAgency(["Tỷ lệ hộ nghèo"], "tinh", 2025)).toBe("Sở Nội vụ");
    expect(suggestAgency(["Tốc độ tăng trưởng GRDP"], "tinh", 2025)).toBe("Sở Tài chính");
  });

  test("suggests nothing rather than a wrong office", () => {
    expect(suggestAgency(["Tổng số hộ"], "xa", 2024)).toBeNull();
  });
});
