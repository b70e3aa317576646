import type { Level } from "../model";
import { containsWords, normalizeForReading } from "../vn/text";

/**
 * Who usually follows an indicator, when the document names nobody: a suggestion the annex shows
 * as a suggestion, never as the document's words. Offices as DOMAIN.md lists them, by plan level
 * and topic; since 2025 several offices merged, so plans from 2025 get the merged names.
 */
interface Topic {
  id: string;
  /**
   * Words in the indicator's name (or its parent's), case ignored but not diacritics: folded,
   * "trưởng" (tăng trưởng) and "trường" (school) would be one word.
   */
  keywords: string[];
  office: Record<Level, { before2025: string; from2025?: string }>;
}

const same = (name: string) => ({ before2025: name });

/** First match wins: specific topics come before the general ones they overlap. */
export const AGENCY_TOPICS: readonly Topic[] = [
  {
    id: "bao-hiem",
    keywords: ["bảo hiểm y tế", "bhyt", "bảo hiểm xã hội", "bảo hiểm thất nghiệp"],
    office: { tinh: same("Bảo hiểm xã hội tỉnh"), huyen: same("Bảo hiểm xã hội huyện"), xa: same("Công chức Văn hóa - Xã hội") },
  },
  {
    id: "an-ninh",
    keywords: ["tội phạm", "khám phá án", "an ninh", "trật tự", "tai nạn giao thông", "tngt", "ma túy", "ma tuý"],
    office: { tinh: same("Công an tỉnh"), huyen: same("Công an huyện"), xa: same("Công an xã") },
  },
  {
    id: "quoc-phong",
    keywords: ["quốc phòng", "quân sự", "tuyển quân", "tuyên quân", "nhập ngũ", "dân quân"],
    office: { tinh: same("Bộ Chỉ huy Quân sự tỉnh"), huyen: same("Ban Chỉ huy Quân sự huyện"), xa: same("Ban Chỉ huy Quân sự xã") },
  },
  {
    id: "dang",
    keywords: ["đảng viên", "tổ chức đảng", "chi bộ", "đảng bộ"],
    office: { tinh: same("Ban Tổ chức Tỉnh ủy"), huyen: same("Ban Tổ chức Huyện ủy"), xa: same("Đảng ủy xã") },
  },
  {
    id: "mat-tran",
    keywords: ["mặt trận", "mttq", "ban công tác mặt trận", "tự quản", "hội quán"],
    office: { tinh: same("Ủy ban MTTQ Việt Nam tỉnh"), huyen: same("Ủy ban MTTQ Việt Nam huyện"), xa: same("Ủy ban MTTQ Việt Nam xã") },
  },
  {
    id: "cai-cach-hanh-chinh",
    keywords: ["cải cách hành chính", "cchc", "par index", "sipas", "papi", "hài lòng", "dịch vụ công"],
    office: {
      tinh: same("Sở Nội vụ"),
      huyen: same("Phòng Nội vụ"),
      xa: same("Công chức Văn phòng - Thống kê"),
    },
  },
  {
    id: "thanh-tra",
    keywords: ["khiếu nại", "tố cáo", "đơn thư"],
    office: { tinh: same("Thanh tra tỉnh"), huyen: same("Thanh tra huyện"), xa: same("Công chức Tư pháp - Hộ tịch") },
  },
  {
    id: "chuyen-doi-so",
    keywords: ["chuyển đổi số", "công nghệ thông tin"],
    office: {
      tinh: { before2025: "Sở Thông tin và Truyền thông", from2025: "Sở Khoa học và Công nghệ" },
      huyen: same("Phòng Văn hóa và Thông tin"),
      xa: same("Công chức Văn hóa - Xã hội"),
    },
  },
  {
    id: "nang-luc-canh-tranh",
    keywords: ["năng lực cạnh tranh", "pci", "doanh nghiệp"],
    office: {
      tinh: { before2025: "Sở Kế hoạch và Đầu tư", from2025: "Sở Tài chính" },
      huyen: same("Phòng Tài chính - Kế hoạch"),
      xa: same("Công chức Tài chính - Kế toán"),
    },
  },
  {
    id: "lao-dong",
    keywords: ["lao động", "việc làm", "đào tạo nghề", "hộ nghèo", "giảm nghèo", "bảo trợ xã hội", "btxh", "người có công"],
    office: {
      tinh: { before2025: "Sở Lao động - Thương binh và Xã hội", from2025: "Sở Nội vụ" },
      huyen: { before2025: "Phòng Lao động - Thương binh và Xã hội", from2025: "Phòng Nội vụ" },
      xa: same("Công chức Văn hóa - Xã hội"),
    },
  },
  {
    id: "bao-ve-moi-truong",
    keywords: ["môi trường", "chất thải", "ctnh", "rác", "nước thải", "che phủ rừng", "ô nhiễm"],
    office: {
      tinh: { before2025: "Sở Tài nguyên và Môi trường", from2025: "Sở Nông nghiệp và Môi trường" },
      huyen: { before2025: "Phòng Tài nguyên và Môi trường", from2025: "Phòng Nông nghiệp và Môi trường" },
      xa: same("Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường"),
    },
  },
  {
    // Clean water is the agriculture office's (DOMAIN.md), even where the name says "dân số".
    id: "nuoc-sach",
    keywords: ["nước sạch", "nước hợp vệ sinh", "hợp vệ sinh"],
    office: {
      tinh: { before2025: "Sở Nông nghiệp và Phát triển nông thôn", from2025: "Sở Nông nghiệp và Môi trường" },
      huyen: { before2025: "Phòng Nông nghiệp và Phát triển nông thôn", from2025: "Phòng Nông nghiệp và Môi trường" },
      xa: same("Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường"),
    },
  },
  {
    id: "giao-duc",
    keywords: ["giáo dục", "học sinh", "trường", "phòng học", "mầm non", "mẫu giáo", "nhà trẻ", "tiểu học", "trung học", "thcs", "thpt", "phổ cập", "đi học", "ra lớp"],
    office: { tinh: same("Sở Giáo dục và Đào tạo"), huyen: same("Phòng Giáo dục và Đào tạo"), xa: same("Công chức Văn hóa - Xã hội") },
  },
  {
    id: "y-te",
    keywords: ["y tế", "bác sĩ", "bác sỹ", "giường bệnh", "suy dinh dưỡng", "tiêm chủng", "vắc xin", "dân số", "sinh", "tuổi thọ", "mất cân bằng giới", "sức khỏe", "sức khoẻ"],
    office: { tinh: same("Sở Y tế"), huyen: same("Trung tâm Y tế huyện"), xa: same("Công chức Văn hóa - Xã hội") },
  },
  {
    id: "van-hoa",
    keywords: ["văn hóa", "văn hoá", "thể thao", "du lịch", "hương ước", "hòa giải"],
    office: {
      tinh: same("Sở Văn hóa, Thể thao và Du lịch"),
      huyen: same("Phòng Văn hóa và Thông tin"),
      xa: same("Công chức Văn hóa - Xã hội"),
    },
  },
  {
    id: "nong-nghiep",
    keywords: [
      "nông nghiệp", "nông thôn", "ntm", "lúa", "ngô", "lạc", "đậu", "rau", "lương thực",
      "gieo trồng", "canh tác", "chăn nuôi", "đàn", "gia súc", "gia cầm", "thủy sản", "thuỷ sản", "lâm nghiệp",
      "hợp tác xã", "htx", "ocop", "khu dân cư kiểu mẫu",
    ],
    office: {
      tinh: { before2025: "Sở Nông nghiệp và Phát triển nông thôn", from2025: "Sở Nông nghiệp và Môi trường" },
      huyen: { before2025: "Phòng Nông nghiệp và Phát triển nông thôn", from2025: "Phòng Nông nghiệp và Môi trường" },
      xa: same("Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường"),
    },
  },
  {
    id: "do-thi-ha-tang",
    keywords: ["đô thị", "giao thông", "hạ tầng", "điện", "nhà ở", "xây dựng cơ bản"],
    office: {
      tinh: same("Sở Xây dựng"),
      huyen: { before2025: "Phòng Kinh tế và Hạ tầng", from2025: "Phòng Kinh tế, Hạ tầng và Đô thị" },
      xa: same("Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường"),
    },
  },
  {
    id: "ngan-sach",
    keywords: ["ngân sách", "thu ngân sách", "chi ngân sách", "dự toán", "chi đầu tư", "chi thường xuyên"],
    office: { tinh: same("Sở Tài chính"), huyen: same("Phòng Tài chính - Kế hoạch"), xa: same("Công chức Tài chính - Kế toán") },
  },
  {
    id: "kinh-te",
    keywords: ["grdp", "giá trị sản xuất", "tăng trưởng", "cơ cấu kinh tế", "thu nhập", "vốn đầu tư", "đầu tư", "thương mại", "dịch vụ", "công nghiệp", "xuất khẩu"],
    office: {
      tinh: { before2025: "Sở Kế hoạch và Đầu tư", from2025: "Sở Tài chính" },
      huyen: same("Phòng Tài chính - Kế hoạch"),
      xa: same("Công chức Tài chính - Kế toán"),
    },
  },
];

const lower = (text: string) => normalizeForReading(text).toLocaleLowerCase("vi");
const LOWERED_TOPICS = AGENCY_TOPICS.map((topic) => ({ topic, keywords: topic.keywords.map(lower) }));

/**
 * The suggested responsible office for an indicator, from its name and, failing that, its
 * parent's (a part named "Chi đầu tư" belongs with "Chi ngân sách địa phương"); null when no topic fits.
 */
export function suggestAgency(names: readonly string[], level: Level, planYear: number): string | null {
  for (const name of names) {
    const lowered = lower(name);
    const match = LOWERED_TOPICS.find(({ keywords }) => keywords.some((k) => containsWords(lowered, k)));
    if (match) {
      const office = match.topic.office[level];
      return planYear >= 2025 && office.from2025 !== undefined ? office.from2025 : office.before2025;
    }
  }
  return null;
}
