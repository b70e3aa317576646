import type { Direction } from "../model/schema";
import { expandAbbreviations } from "./abbreviations";
import { parseTarget, type Target } from "./target";
import { containsWords, foldVietnamese } from "./text";
import { normalizeUnit, unitKind } from "./units";

/** How each direction reads in Vietnamese (CLI, pane). */
export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  higher: "càng cao càng tốt",
  lower: "càng thấp càng tốt",
  band: "càng sát mục tiêu càng tốt",
  info: "chỉ để theo dõi, không đánh giá",
};

export interface DirectionKeyword {
  /** Words of an indicator's name, matched as whole words, diacritic-insensitively. */
  words: string;
  direction: Exclude<Direction, "info">;
  /** Why, when "the name has these words" does not say it. */
  reason?: string;
}

/**
 * A name that states a reduction ("Tỷ lệ hộ nghèo giảm", "Mức giảm tỷ suất sinh", "Giảm tỷ lệ trẻ
 * suy dinh dưỡng") measures the size of the reduction, whose bigger value is better, unlike the level
 * itself. "giảm còn 3%", "giảm xuống dưới 3%" state the level reached instead, and an increase
 * ("Tốc độ tăng CPI", "Tỷ lệ tăng dân số") is as good as what increases, so neither is a reduction.
 */
const REDUCTION: DirectionKeyword = { words: "giảm", direction: "higher", reason: "tên chỉ tiêu nêu mức giảm: giảm càng nhiều càng tốt" };
const REDUCTION_WORD = /(?:^|[^a-z0-9])giam(?![a-z0-9])(?!\s+(?:con|xuong)\b)/;

/**
 * Which way is better, from the words of an indicator's name (DOMAIN "Which
 * way is better"). Order matters: the first entry found in the name wins, so
 * the exceptions come first ("khám phá án" is about solving crimes: better
 * higher, though it is about crime; "giảm nghèo" measures the reduction).
 */
export const DIRECTION_KEYWORDS: readonly DirectionKeyword[] = [
  // Exceptions: a bad thing being solved, reduced, supported or insured against.
  { words: "khám phá", direction: "higher" },
  { words: "điều tra làm rõ", direction: "higher" },
  { words: "triệt phá", direction: "higher" },
  { words: "bắt giữ", direction: "higher" },
  { words: "giải quyết", direction: "higher" },
  { words: "được xử lý", direction: "higher" },
  { words: "xử lý triệt để", direction: "higher" },
  { words: "được khắc phục", direction: "higher" },
  { words: "cai nghiện", direction: "higher" },
  { words: "giảm nghèo", direction: "higher" },
  { words: "thoát nghèo", direction: "higher" },
  { words: "giảm sinh", direction: "higher" },
  { words: "mức giảm", direction: "higher" },
  { words: "tỷ lệ giảm", direction: "higher" },
  { words: "bảo hiểm thất nghiệp", direction: "higher" },
  { words: "phòng chống", direction: "higher" },
  { words: "phòng, chống", direction: "higher" },
  { words: "không có tội phạm", direction: "higher" },
  { words: "không có ma túy", direction: "higher" },
  { words: "không có tệ nạn", direction: "higher" },
  { words: "sạch về ma túy", direction: "higher" },
  { words: "xóa nhà tạm", direction: "higher" },
  { words: "cho hộ nghèo", direction: "higher" },
  { words: "hỗ trợ", direction: "higher" },
  { words: "qua đào tạo", direction: "higher" },
  { words: "được đào tạo", direction: "higher" },
  { words: "sinh viên", direction: "higher" },
  // Neither: shares of the economic structure, the sex ratio at birth.
  { words: "cơ cấu kinh tế", direction: "band" },
  { words: "cơ cấu ngành", direction: "band" },
  { words: "cơ cấu GRDP", direction: "band" },
  { words: "cơ cấu giá trị", direction: "band" },
  { words: "tỷ số giới tính", direction: "band" },
  // Better lower.
  { words: "hộ nghèo", direction: "lower" },
  { words: "hộ cận nghèo", direction: "lower" },
  { words: "tỷ lệ nghèo", direction: "lower" },
  { words: "nghèo đa chiều", direction: "lower" },
  { words: "suy dinh dưỡng", direction: "lower" },
  { words: "thấp còi", direction: "lower" },
  { words: "tử vong", direction: "lower" },
  { words: "tăng dân số", direction: "lower" },
  { words: "gia tăng dân số", direction: "lower" },
  { words: "phát triển dân số tự nhiên", direction: "lower" },
  { words: "tỷ suất sinh", direction: "lower" },
  { words: "tỷ lệ sinh", direction: "lower" },
  { words: "mức sinh", direction: "lower" },
  { words: "sinh con thứ 3", direction: "lower" },
  { words: "sinh con thứ ba", direction: "lower" },
  { words: "mất cân bằng giới", direction: "lower" },
  { words: "tai nạn", direction: "lower" },
  { words: "tội phạm", direction: "lower" },
  { words: "vi phạm pháp luật", direction: "lower" },
  { words: "tệ nạn", direction: "lower" },
  { words: "nghiện ma túy", direction: "lower" },
  { words: "cháy nổ", direction: "lower" },
  { words: "khiếu nại", direction: "lower" },
  { words: "thất nghiệp", direction: "lower" },
  { words: "lạm phát", direction: "lower" },
  { words: "chỉ số giá tiêu dùng", direction: "lower" },
  { words: "CPI", direction: "lower" },
  { words: "bội chi", direction: "lower" },
  { words: "nhập siêu", direction: "lower" },
  { words: "ô nhiễm", direction: "lower" },
  { words: "phát thải", direction: "lower" },
  { words: "nợ công", direction: "lower" },
  { words: "nợ xấu", direction: "lower" },
  { words: "nợ đọng", direction: "lower" },
  { words: "lao động nông nghiệp", direction: "lower" },
  { words: "lao động trong nông nghiệp", direction: "lower" },
  { words: "lao động nông, lâm", direction: "lower" },
  { words: "lao động nông lâm", direction: "lower" },
  { words: "bỏ học", direction: "lower" },
  { words: "mù chữ", direction: "lower" },
  { words: "nhà tạm", direction: "lower" },
  { words: "dột nát", direction: "lower" },
];

// Names are matched with abbreviations expanded, so the keywords are too ("cơ cấu GRDP").
const FOLDED_KEYWORDS = DIRECTION_KEYWORDS.map((k) => ({ ...k, folded: foldVietnamese(expandAbbreviations(k.words)) }));

/**
 * By name: a plan's few hundred indicator names are judged again for every rule built from them
 * (thousands of communes' plans in a consolidation). The keywords are fixed, so a name's keyword
 * never changes; bounded, since callers may pass anything.
 */
const keywordsByName = new Map<string, DirectionKeyword | null>();

/** The keyword of the name that decides, or null when the name says nothing. */
export function directionFromName(name: string): DirectionKeyword | null {
  const known = keywordsByName.get(name);
  if (known !== undefined) return known;
  const folded = foldVietnamese(expandAbbreviations(name));
  const keyword = REDUCTION_WORD.test(folded) ? REDUCTION : (FOLDED_KEYWORDS.find((k) => containsWords(folded, k.folded)) ?? null);
  if (keywordsByName.size >= 5000) keywordsByName.clear();
  keywordsByName.set(name, keyword);
  return keyword;
}

const nameReason = (keyword: DirectionKeyword): string => keyword.reason ?? `tên chỉ tiêu có cụm từ "${keyword.words}"`;

export interface DirectionInput {
  name: string;
  /** The plan's own statement, when the document's wording overrides the name. */
  direction?: Direction | null;
  /** The target, typed or as printed (then read with `unit`). */
  target?: Target | string | null;
  /** The indicator's unit ("Xếp hạng" makes a rank). */
  unit?: string | null;
  /** Names of the enclosing indicators, nearest first: the parts of "Cơ cấu kinh tế" are shares (band). */
  parents?: readonly string[];
}

export interface DirectionReason {
  direction: Direction;
  /** Vietnamese, for the CLI and the pane: why this direction. */
  reason: string;
}

/**
 * Which way is better for an indicator: its explicit direction, else what
 * the phrase says (a decrease or a ceiling: lower; an increase or a floor:
 * higher; a rank: lower; a ratio like 105/100: band), else the keywords of
 * its name, else "band" when a parent is a structure (cơ cấu kinh tế), else higher. For a target that
 * is a change ("giảm 5%"), the direction is about the indicator's level.
 */
export function explainDirection(input: DirectionInput): DirectionReason {
  if (input.direction !== undefined && input.direction !== null) {
    return { direction: input.direction, reason: "kế hoạch nêu rõ chiều đánh giá" };
  }
  const target = typeof input.target === "string" ? parseTarget(input.target, input.unit) : (input.target ?? null);
  const unit = target?.unit ?? normalizeUnit(input.unit);
  const kind = unitKind(unit);
  if (kind === "rank") return { direction: "lower", reason: "chỉ tiêu xếp hạng: thứ hạng càng nhỏ càng tốt" };
  if (target !== null && target.op !== "text") {
    if (target.of !== undefined && kind === "ratio") {
      // "Tỷ lệ mất cân bằng giới khi sinh 105/100": the name says lower is better (DOMAIN); a bare ratio is a band.
      const keyword = directionFromName(input.name);
      if (keyword !== null) return { direction: keyword.direction, reason: nameReason(keyword) };
      return { direction: "band", reason: `tỷ số ${target.value ?? ""}/${target.of}: càng sát càng tốt` };
    }
    if (target.change === "decrease") return { direction: "lower", reason: "chỉ tiêu yêu cầu giảm" };
    if (target.op === "<" || target.op === "<=") return { direction: "lower", reason: "chỉ tiêu đặt mức trần" };
    if (target.change === "increase") return { direction: "higher", reason: "chỉ tiêu yêu cầu tăng" };
    if (target.op === ">" || target.op === ">=") return { direction: "higher", reason: "chỉ tiêu đặt mức sàn" };
  }
  const own = directionFromName(input.name);
  if (own !== null) return { direction: own.direction, reason: nameReason(own) };
  // Only a structure passes to its parts: the parts of "Cơ cấu kinh tế" are shares, but a part
  // listed under "Tỷ lệ trẻ em suy dinh dưỡng" ("trẻ em được tiêm đủ vắc xin") is its own measure.
  for (const parent of input.parents ?? []) {
    const keyword = directionFromName(parent);
    if (keyword !== null && keyword.direction === "band") {
      return { direction: "band", reason: `là thành phần của "${parent}" (cụm từ "${keyword.words}")` };
    }
  }
  return { direction: "higher", reason: "mặc định: càng cao càng tốt" };
}

/** Which way is better for an indicator: "higher", "lower", "band" or "info" (see explainDirection). */
export function directionOf(input: DirectionInput): Direction {
  return explainDirection(input).direction;
}
