/**
 * The words of Vietnamese plans the extractor relies on, as data (folded: lower case, no
 * diacritics, as `foldKeepingLength` writes them), so a new wording is one line here.
 */
import { folded } from "../vn/reading";

const phrases = (list: readonly string[]): string[][] => list.map(folded).sort((a, b) => b.length - a.length);
/**
 * Matched with diacritics (lower case): folded, "có" would be "cơ" (cơ quan), "đạt" would be
 * "đất" and "hạ" would be "ha".
 */
const exactPhrases = (list: readonly string[]): string[][] =>
  list.map((w) => w.normalize("NFC").toLowerCase().split(" ")).sort((a, b) => b.length - a.length);

/**
 * Verbs and link words that may open an item before its figure without naming anything:
 * "Phấn đấu có 07 hợp tác xã", "Duy trì 100% xã", "Hoàn thành 100% chỉ tiêu tuyển quân".
 */
export const OPENING_WORDS = exactPhrases([
  "phấn đấu", "phấn đấu đạt", "phấn đấu có", "phân đấu", "phân đầu", "phấn đầu", "phân đấu có", "phân đầu có", "xây dựng", "xây dựng được", "duy trì", "có", "có được", "giữ vững",
  "hoàn thành", "thực hiện", "đạt", "đạt được", "là", "hạ", "nâng", "nâng lên", "bảo đảm", "đảm bảo", "tiếp tục",
  "tạo", "trong đó", "trong đó có", "hàng năm", "hằng năm", "mỗi năm", "bình quân", "ước", "tối thiểu", "và",
]);

/** Words trimmed from either end of a name: "đạt", "là", "chiếm", ":" say nothing of what is measured. */
export const NAME_EDGE_WORDS = exactPhrases([
  "đạt", "đạt tỷ lệ", "là", "ước", "ước đạt", "chiếm", "còn", "xuống còn", "có", "cho", "ở mức", "mức",
  "lên mức", "trong đó", "trong đó có", "và", "phấn đấu", "phấn đấu đạt", "phân đấu", "phân đầu", "duy trì", "được",
  "tăng lên", "giảm xuống", "giảm còn", "giảm xuống còn", "hạ xuống", "hạ xuống còn", ":",
  // "Giữ ổn định tỷ lệ che phủ rừng ở mức 51,2%": the verb before the name holds the figure, it does not name it.
  "giữ ổn định", "duy trì ổn định", "giữ vững ổn định", "giữ vững",
]);

/**
 * Holding a level, printed between a name and its figure: "Tỷ lệ che phủ rừng giữ ổn định ở mức
 * 51,2%" targets "giữ ổn định ở mức 51,2%" of «Tỷ lệ che phủ rừng». The other verbs hold a level
 * only before "ở mức" or "mức": alone, "duy trì" and "giữ vững" lead a figure as "đạt" does
 * ("nước sạch: duy trì 100%" targets "100%"), and "giữ", "ổn định" end names ("bị tạm giữ", "việc
 * làm ổn định").
 */
export const HOLD_WORDS = exactPhrases(["giữ ổn định", "duy trì ổn định", "giữ vững ổn định", "giữ vững", "giữ nguyên", "duy trì", "giữ", "ổn định"]);
export const HOLD_WORDS_NEEDING_LEVEL = new Set(["giữ vững", "giữ nguyên", "duy trì", "giữ", "ổn định"]);
export const HOLD_LEVEL_WORDS = exactPhrases(["ở mức", "mức", "ở"]);

/** A remainder after the figure that is not part of the target ("theo chuẩn nghèo mới", "so với cùng kỳ"). */
export const REMAINDER_STOPS = new Set([
  "theo", "so", "dat", "duoc", "la", "trong", "tinh", "va", "de", "tai", "voi", "o", "cua", "nhu", "tu", "den",
  "con", "tang", "giam", "hoac", "nam", "hang", "moi", "tro", "gan", "nham", "sau", "truoc", "khi", "neu",
]);

/** Units that count goals or solutions, never a figure to reach: "03 mục tiêu cụ thể", "5 nhóm giải pháp". */
export const GOAL_COUNT_WORDS = phrases([
  "mục tiêu", "giải pháp", "nhóm giải pháp", "nhiệm vụ", "nhóm nhiệm vụ", "chỉ tiêu", "đột phá", "khâu đột phá",
  "nội dung", "lĩnh vực", "chương trình", "đề án", "quan điểm", "phần",
]);

/** After a figure, these make it an achievement ratio ("đạt 100,05% kế hoạch"), not a target. */
export const ACHIEVEMENT_WORDS = phrases([
  "kế hoạch", "kh", "so với kế hoạch", "so kế hoạch", "so với kh", "so kh", "dự toán", "so với dự toán", "so dự toán",
  "nghị quyết", "so với nghị quyết", "chỉ tiêu nghị quyết",
]);

/** "bằng 104,62% so với cùng kỳ": a result compared with last year. */
export const SAME_PERIOD_WORDS = phrases(["so với cùng kỳ", "so cùng kỳ", "so với năm trước", "so năm trước"]);

/** Words of a sentence reporting what was done rather than what is planned. */
export const RESULT_WORDS = phrases([
  "ước đạt", "ước thực hiện", "ước tính đạt", "đã đạt", "đạt được", "thực hiện được", "đã thực hiện", "đã hoàn thành",
]);

/** A qualitative aim whose verb is the whole target: "Thực hiện hoàn thành các tiêu chí ..." -> "hoàn thành". */
export const VERB_TARGETS = phrases(["hoàn thành", "hoàn thành tốt"]);

/** Leading verbs dropped from a qualitative item's name ("Giữ vững ổn định chính trị" -> "ổn định chính trị"). */
export const QUALITATIVE_VERBS = phrases(["thực hiện", "giữ vững", "duy trì", "phấn đấu", "tiếp tục", "bảo đảm", "đảm bảo"]);

/** Units that name a group ("trẻ em dưới 5 tuổi"), read as the target only when nothing else is. */
export const GROUP_UNITS = new Set(["tuổi"]);

/** An aim stated without a figure opens with these: "Đạt huyện nông thôn mới", "Giữ vững ...". */
export const AIM_WORDS = exactPhrases(["đạt", "hoàn thành", "giữ vững", "duy trì", "phấn đấu", "xây dựng", "thực hiện", "bảo đảm", "đảm bảo", "tiếp tục"]);

/** Words that open an indicator's name ("Tỷ lệ hộ nghèo"): after a figure, they start the next clause. */
export const NAME_OPENERS = phrases(["tỷ lệ", "tỉ lệ"]);
