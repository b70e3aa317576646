/**
 * The words around a figure that say what the target means, as data. Words
 * are written in Vietnamese and matched case- and diacritic-insensitively
 * (officers sometimes type without diacritics), except where `exact` is set
 * because the folded form is an ordinary word too ("cả" vs "cá", "số" vs "so").
 */

export type Comparison = ">=" | ">" | "<=" | "<" | "~" | "=";
export type Change = "increase" | "decrease";

export interface ComparisonWords {
  words: string;
  op: Comparison;
}

/** Before the figure: "trên 72%", "ít nhất 5.500 lao động", "không quá 5%", "khoảng 6.794 USD". */
export const COMPARISON_PREFIXES: readonly ComparisonWords[] = [
  { words: "trên", op: ">" },
  { words: "hơn", op: ">" },
  { words: "lớn hơn", op: ">" },
  { words: "cao hơn", op: ">" },
  { words: "nhiều hơn", op: ">" },
  { words: "vượt", op: ">" },
  { words: "vượt trên", op: ">" },
  { words: "ít nhất", op: ">=" },
  { words: "tối thiểu", op: ">=" },
  { words: "thấp nhất", op: ">=" },
  { words: "không dưới", op: ">=" },
  { words: "không thấp hơn", op: ">=" },
  { words: "không ít hơn", op: ">=" },
  { words: "không nhỏ hơn", op: ">=" },
  { words: "dưới", op: "<" },
  { words: "thấp hơn", op: "<" },
  { words: "nhỏ hơn", op: "<" },
  { words: "ít hơn", op: "<" },
  { words: "chưa đến", op: "<" },
  { words: "chưa tới", op: "<" },
  { words: "không quá", op: "<=" },
  { words: "không vượt", op: "<=" },
  { words: "không vượt quá", op: "<=" },
  { words: "tối đa", op: "<=" },
  { words: "cao nhất", op: "<=" },
  { words: "không cao hơn", op: "<=" },
  { words: "không lớn hơn", op: "<=" },
  { words: "không nhiều hơn", op: "<=" },
  { words: "không hơn", op: "<=" },
  { words: "khoảng", op: "~" },
  { words: "xấp xỉ", op: "~" },
  { words: "trên dưới", op: "~" },
  { words: "gần", op: "~" },
  { words: "chừng", op: "~" },
  { words: "ước khoảng", op: "~" },
  { words: "bằng", op: "=" },
];

/** Comparison signs, including LaTeX's after conversion and the two-character forms. */
export const COMPARISON_SYMBOLS: Readonly<Record<string, Comparison>> = {
  ">": ">",
  "<": "<",
  ">=": ">=",
  "=>": ">=",
  "≥": ">=",
  "⩾": ">=",
  "<=": "<=",
  "=<": "<=",
  "≤": "<=",
  "⩽": "<=",
  "≈": "~",
  "~": "~",
  "∼": "~",
  "=": "=",
};

/** After the figure and its unit: "từ 95% trở lên", "5 vụ trở xuống". */
export const COMPARISON_SUFFIXES: readonly ComparisonWords[] = [
  { words: "trở lên", op: ">=" },
  { words: "trở xuống", op: "<=" },
  { words: "trở lại", op: "<=" },
  { words: "hoặc hơn", op: ">=" },
];

/** "từ X": the start of a range ("từ 3 - 4%") or, alone, a floor ("tăng bình quân từ 12%/năm"). */
export const FROM_WORDS: readonly string[] = ["từ"];

/** Between the two ends of a range: "5-10%", "5 – 10%", "từ 5 đến 10%", "5÷10%". */
export const RANGE_SEPARATORS: readonly string[] = ["-", "–", "—", "−", "÷", "~", "đến", "tới"];

export interface ChangeWords {
  words: string;
  change: Change;
}

/** A change relative to the previous level: "tăng 8,0%", "giảm 5%", "có thêm 10 xã". */
export const CHANGE_WORDS: readonly ChangeWords[] = [
  { words: "tăng", change: "increase" },
  { words: "tăng thêm", change: "increase" },
  { words: "có thêm", change: "increase" },
  { words: "thêm", change: "increase" },
  { words: "giảm", change: "decrease" },
  { words: "giảm thêm", change: "decrease" },
  { words: "giảm bớt", change: "decrease" },
  { words: "giảm thiểu", change: "decrease" },
  { words: "hạ", change: "decrease" },
];

/**
 * At the start of a clause, these are not a change of the figure that
 * follows ("Tăng cường ... đạt 100%", "Tăng trưởng kinh tế 8%" is a rate).
 */
export const NOT_CHANGE_WORDS: readonly string[] = ["tăng cường", "tăng trưởng", "tăng tốc", "tăng gia", "hạ tầng"];

/** The figure is the level reached, not the size of the change: "giảm xuống còn 0,2‰", "tăng lên 95%". */
export const LEVEL_WORDS: readonly string[] = ["còn", "xuống", "xuống còn", "lên", "lên mức", "xuống mức", "ở mức", "mức", "lên đến", "đến mức"];

/** Words that may stand between the qualifiers and the figure without changing its meaning. */
export const LEAD_WORDS: readonly string[] = [
  "đạt",
  "là",
  "ước",
  "ước đạt",
  "ước tính",
  "có",
  "phấn đấu",
  "phấn đấu đạt",
  "duy trì",
  "bình quân",
  "hàng năm",
  "hằng năm",
  "mỗi năm",
  "được",
  "hoàn thành",
  "tỷ lệ",
  "đạt tỷ lệ",
  "so với",
  "so với năm trước",
  "so với cùng kỳ",
  "cùng kỳ",
  "năm trước",
  "năm",
  "chiếm",
  "thực hiện",
  "cho",
  ":",
];

/**
 * May open a clause before its change word: "Phấn đấu giảm 5% tỷ lệ hộ nghèo".
 * Not "tỷ lệ" or "duy trì": in "Tỷ lệ tăng dân số", "duy trì tỷ lệ giảm sinh" the change word names the indicator.
 */
export const INTENT_WORDS: readonly string[] = ["phấn đấu", "tiếp tục", "cần", "có"];

/** A figure after these words is a rank: "xếp hạng 5/10", "đứng thứ 3". */
export const RANK_PREFIXES: readonly string[] = ["xếp hạng", "thứ hạng", "hạng", "xếp thứ", "đứng thứ"];

/**
 * A figure after these words is the size of the leading group a rank must fall in: "thuộc nhóm 20
 * tỉnh dẫn đầu", "nằm trong top 10", "lọt vào tốp 30 cả nước" ask for a rank of at most 20, 10, 30.
 * "nhóm" alone is left out: "nhóm 3" also names a group (nợ nhóm 3, nhóm tuổi).
 */
export const TOP_GROUP_PREFIXES: readonly string[] = [
  ...["thuộc", "trong", "nằm trong", "xếp trong", "đứng trong", "vào", "lọt vào", "duy trì trong", "giữ vững trong", "giữ vững vị trí trong"].flatMap((verb) =>
    ["nhóm", "top", "tốp"].map((group) => `${verb} ${group}`),
  ),
  "lọt top",
  "lọt tốp",
  "top",
  "tốp",
];

export interface ReferenceWords {
  words: string;
  /** Match with diacritics (lower case): the folded form is an ordinary word too. */
  exact?: boolean;
  /** Only a year-like number after it is a reference ("năm 2024", not "mỗi năm 5%"). */
  yearOnly?: boolean;
}

/**
 * A number after these words names something (a year, a decree, a period,
 * how many criteria) and is not the figure to reach: "năm 2024",
 * "Nghị định số 07/2021", "giai đoạn 2021-2025", "trên cả 3 tiêu chí".
 */
export const REFERENCE_WORDS: readonly ReferenceWords[] = [
  { words: "năm", yearOnly: true },
  { words: "giai đoạn" },
  { words: "thời kỳ" },
  { words: "nhiệm kỳ" },
  { words: "khóa" },
  { words: "khoá" },
  { words: "lần thứ" },
  { words: "nghị định" },
  { words: "nghị quyết" },
  { words: "quyết định" },
  { words: "thông tư" },
  { words: "chỉ thị" },
  { words: "kết luận" },
  { words: "công văn" },
  { words: "kế hoạch" },
  { words: "chương trình" },
  { words: "ngày", exact: true },
  { words: "tháng", exact: true },
  { words: "quý", exact: true },
  { words: "thứ", exact: true },
  { words: "cả", exact: true },
  { words: "điều", exact: true },
  { words: "khoản", exact: true },
  { words: "mục", exact: true },
  { words: "lớp", exact: true },
];

/**
 * Before a bare year ("đến 2025"): with no unit after it, the number is a
 * date. Not "từ": "từ 2000 trở lên" is a floor.
 */
export const YEAR_PREPOSITIONS: readonly string[] = ["đến", "tới", "trước", "sau", "cuối", "đầu", "trong", "vào"];

/**
 * After a number, a length of time: "bình quân 5 năm", "6 tháng đầu năm".
 * The number says over how long, not what to reach (unless the indicator's unit is that word).
 */
export const DURATION_WORDS: readonly string[] = ["năm", "tháng", "quý", "tuần", "ngày"];

/** A breakdown follows ("14.780 tỷ đồng, trong đó: ..."): its figures are parts, not other targets. */
export const BREAKDOWN_WORDS: readonly string[] = ["trong đó"];
