/**
 * Abbreviations of the annexes (../shared/DOMAIN.md and common ones in
 * plans), as printed, with what they stand for. Names are compared with
 * these expanded, so "Tỷ lệ tham gia BHYT" and "Tỷ lệ tham gia bảo hiểm y tế" are one indicator.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  KH: "kế hoạch",
  ĐVT: "đơn vị tính",
  NTM: "nông thôn mới",
  BHYT: "bảo hiểm y tế",
  BHXH: "bảo hiểm xã hội",
  BHTN: "bảo hiểm thất nghiệp",
  HTX: "hợp tác xã",
  CTNH: "chất thải nguy hại",
  "CN-XD": "công nghiệp - xây dựng",
  "TM-DV": "thương mại - dịch vụ",
  TTCN: "tiểu thủ công nghiệp",
  "TTCN-XD": "tiểu thủ công nghiệp - xây dựng",
  NLTS: "nông - lâm - thủy sản",
  GRDP: "tổng sản phẩm trên địa bàn",
  BTXH: "bảo trợ xã hội",
  GĐVH: "gia đình văn hóa",
  CCHC: "cải cách hành chính",
  "PAR INDEX": "chỉ số cải cách hành chính",
  SIPAS: "chỉ số hài lòng về sự phục vụ hành chính",
  PAPI: "chỉ số hiệu quả quản trị và hành chính công",
  PCI: "chỉ số năng lực cạnh tranh cấp tỉnh",
  TNGT: "tai nạn giao thông",
  THCS: "trung học cơ sở",
  THPT: "trung học phổ thông",
  "KT-XH": "kinh tế - xã hội",
  "QP-AN": "quốc phòng - an ninh",
  ANTT: "an ninh trật tự",
  "NN&PTNT": "nông nghiệp và phát triển nông thôn",
  "LĐ-TB&XH": "lao động - thương binh và xã hội",
  UBND: "ủy ban nhân dân",
  HĐND: "hội đồng nhân dân",
};

// Only syntax characters: the "u" flag rejects needless escapes such as "\-".
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(ABBREVIATIONS)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);

/** "Tỷ lệ tham gia BHYT" -> "Tỷ lệ tham gia bảo hiểm y tế". Only the printed (upper-case) forms are expanded. */
export function expandAbbreviations(text: string): string {
  return text.normalize("NFC").replace(PATTERN, (abbreviation: string) => ABBREVIATIONS[abbreviation] ?? abbreviation);
}
