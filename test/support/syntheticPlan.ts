/**
 * A valid plan of any size for load tests and benchmarks: N indicators (parts included) in the
 * sections a district plan has, with every kind of target the core reads: points, floors,
 * ceilings, ranges, approximations, changes, ranks, ratios and counts of a total, qualitative
 * targets and blanks; some indicators have parts, some a stretch target, agencies from the
 * document, suggested or missing. Deterministic: the same N gives the same plan.
 */
import { loadPlan, type Plan, type PlanInput } from "../../src/core/model";

export interface SyntheticOptions {
  /** Indicators, parts included; default 2,000. */
  indicators?: number;
  id?: string;
  year?: number;
}

const SECTIONS = [
  "Kinh tế",
  "Văn hóa - Xã hội",
  "Tài nguyên và Môi trường",
  "Quốc phòng - An ninh",
  "Xây dựng chính quyền, cải cách hành chính",
  "Nông nghiệp và xây dựng nông thôn mới",
  "Giáo dục và Đào tạo",
  "Y tế và dân số",
] as const;

const AGENCIES = [
  "Phòng Tài chính - Kế hoạch",
  "Phòng Nông nghiệp và Phát triển nông thôn",
  "Phòng Văn hóa và Thông tin",
  "Phòng Giáo dục và Đào tạo",
  "Phòng Y tế",
  "Phòng Tài nguyên và Môi trường",
  "Phòng Lao động - Thương binh và Xã hội",
  "Công an huyện",
  "Ban Chỉ huy Quân sự huyện",
  "Văn phòng HĐND và UBND huyện",
] as const;

interface Kind {
  name: string;
  unit: string | null;
  /** The target as printed, given a variation number. */
  target: (n: number) => string | null;
}

/** One template per kind of target; `n` varies the figures so rows differ. */
const KINDS: readonly Kind[] = [
  { name: "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", unit: "%", target: (n) => `${6 + (n % 4)},${n % 10}` },
  { name: "Tỷ lệ dân số tham gia bảo hiểm y tế", unit: "%", target: (n) => `trên ${90 + (n % 9)}%` },
  { name: "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", unit: "%", target: (n) => `dưới ${1 + (n % 3)},${n % 10}%` },
  { name: "Thu ngân sách nhà nước trên địa bàn", unit: "tỷ đồng", target: (n) => `${1 + (n % 9)}.${String(100 + (n % 900)).padStart(3, "0")} tỷ đồng` },
  { name: "Số bác sĩ trên 1 vạn dân", unit: "bác sĩ/1 vạn dân", target: (n) => `${10 + (n % 3)}-${12 + (n % 3)} bác sĩ/1 vạn dân` },
  { name: "Giá trị sản xuất ngành công nghiệp - xây dựng (giá so sánh năm 2010)", unit: "%", target: (n) => `tăng ${10 + (n % 12)},${n % 10}%` },
  { name: "Tỷ lệ tai nạn giao thông so với cùng kỳ", unit: "%", target: (n) => `giảm ${2 + (n % 8)}%` },
  { name: "Chỉ số cải cách hành chính (PAR INDEX)", unit: "Xếp hạng", target: (n) => `${1 + (n % 10)}/10` },
  { name: "Tỷ số giới tính khi sinh", unit: "Bé trai/bé gái", target: (n) => `${105 + (n % 6)}/100` },
  { name: "Thôn đạt chuẩn văn hóa", unit: "thôn", target: (n) => `${String(2 + (n % 7)).padStart(2, "0")}/${String(9 + (n % 3)).padStart(2, "0")} thôn` },
  { name: "Thu nhập bình quân đầu người", unit: "triệu đồng", target: (n) => `khoảng ${60 + (n % 30)} triệu đồng` },
  { name: "Số lao động được giải quyết việc làm mới", unit: "lao động", target: (n) => `ít nhất ${1 + (n % 5)}.${String(n % 1000).padStart(3, "0")} lao động` },
  { name: "Giữ vững ổn định chính trị, trật tự an toàn xã hội", unit: null, target: () => "Hoàn thành" },
  { name: "Xây dựng lực lượng dân quân tự vệ vững mạnh, rộng khắp", unit: null, target: () => "Đạt yêu cầu theo kế hoạch của tỉnh" },
  { name: "Diện tích gieo trồng cây hằng năm", unit: "ha", target: () => null },
  { name: "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", unit: "%", target: (n) => `từ ${85 + (n % 10)}% trở lên` },
  { name: "Tỷ lệ trường đạt chuẩn quốc gia", unit: "%", target: (n) => `không quá ${3 + (n % 5)}%` },
  { name: "Tỷ lệ dân số sử dụng nước sạch", unit: "%", target: (n) => `${95 + (n % 5)}%` },
];

/** Parts of a heading: "Cơ cấu kinh tế" with its sectors, each with a figure. */
const PART_NAMES = ["Công nghiệp và xây dựng", "Thương mại và dịch vụ", "Nông, lâm nghiệp và thủy sản", "Thuế sản phẩm trừ trợ cấp sản phẩm"] as const;

type IndicatorInput = PlanInput["sections"][number]["indicators"][number];

export function syntheticPlanInput(options: SyntheticOptions = {}): PlanInput {
  const total = options.indicators ?? 2_000;
  const year = options.year ?? 2025;
  const sectionCount = Math.min(SECTIONS.length, Math.max(1, Math.ceil(total / 40)));
  const sections = Array.from({ length: sectionCount }, (_, s) => ({
    code: ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][s] ?? String(s + 1),
    title: SECTIONS[s] ?? `Lĩnh vực ${s + 1}`,
    statedCount: null,
    indicators: [] as IndicatorInput[],
  }));

  let made = 0;
  let number = 0;
  while (made < total) {
    const section = sections[Math.floor((made / total) * sectionCount)] ?? sections[sections.length - 1];
    if (!section) break;
    number++;
    const code = `CT${String(number).padStart(4, "0")}`;
    const stt = String(section.indicators.length + 1);
    const left = total - made;
    if (number % 9 === 0 && left >= 4) {
      // A heading judged through its parts, every ninth indicator.
      const parts = Math.min(left - 1, 2 + (number % 3));
      section.indicators.push({
        code,
        stt,
        name: `Cơ cấu kinh tế (nhóm ${number})`,
        unit: null,
        target: null,
        agency: agency(number),
        source: { quote: `${stt}. Cơ cấu kinh tế (nhóm ${number})` },
        parts: Array.from({ length: parts }, (_, p) => {
          const partName = PART_NAMES[p % PART_NAMES.length] as string;
          const target = `${20 + ((number + p * 7) % 30)},${(number + p) % 10}`;
          return {
            code: `${code}.${p + 1}`,
            stt: "-",
            name: partName,
            unit: "%",
            target,
            agency: agency(number + p + 1),
            source: { quote: `- ${partName}: ${target}%` },
          };
        }),
      });
      made += 1 + parts;
      continue;
    }
    const kind = KINDS[number % KINDS.length] as Kind;
    const target = kind.target(number);
    const indicator: IndicatorInput = {
      code,
      stt,
      name: `${kind.name}${number > KINDS.length ? ` (chỉ tiêu ${number})` : ""}`,
      unit: kind.unit,
      target,
      agency: agency(number),
      source: { quote: `${stt}. ${kind.name}${target === null ? "" : `: ${target}`}` },
    };
    if (number % 7 === 0 && target !== null && kind.unit === "%") indicator.stretch = target;
    section.indicators.push(indicator);
    made++;
  }

  return {
    schemaVersion: 1,
    id: options.id ?? `tong-hop-${total}`,
    title: `Kế hoạch phát triển kinh tế - xã hội năm ${year} (bộ chỉ tiêu tổng hợp ${total} chỉ tiêu)`,
    document: { kind: "Kế hoạch", number: `${total}/KH-UBND`, date: `${year - 1}-12-20`, place: "Tiên Lữ" },
    issuer: { name: "Ủy ban nhân dân huyện Tiên Lữ", level: "huyen", province: "Hưng Yên" },
    period: { year },
    statedCount: null,
    sections,
  };
}

/** Agencies: two in three from the document, some suggested, the rest missing (the annex suggests one). */
function agency(n: number): IndicatorInput["agency"] {
  const name = AGENCIES[n % AGENCIES.length] as string;
  if (n % 3 === 2) return null;
  return { name, origin: n % 5 === 0 ? "suggested" : "document" };
}

/** The synthetic plan, loaded (and so validated) through loadPlan. */
export function syntheticPlan(options: SyntheticOptions = {}): Plan {
  const result = loadPlan(JSON.stringify(syntheticPlanInput(options)));
  if (!result.ok) throw new Error(`Kế hoạch tổng hợp không hợp lệ:\n${result.errors.map((e) => `${e.path}: ${e.message}`).join("\n")}`);
  return result.plan;
}
