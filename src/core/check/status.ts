/** The assessment of one indicator's actual, as reports word it. */
export const STATUSES = ["vuot", "dat", "khong_dat", "chua_co_so_lieu", "danh_gia_thu_cong", "khong_hop_le"] as const;
export type Status = (typeof STATUSES)[number];

/** How each status is named to people (the pane, the CLI, the Đánh giá column). */
export const STATUS_LABELS: Record<Status, string> = {
  vuot: "Vượt",
  dat: "Đạt",
  khong_dat: "Không đạt",
  chua_co_so_lieu: "Chưa có số liệu",
  danh_gia_thu_cong: "Đánh giá thủ công",
  khong_hop_le: "Không hợp lệ",
};

/**
 * What the annex's Đánh giá column shows for a status: exactly "Vượt", "Đạt" or "Không đạt";
 * "Không hợp lệ" for an entry that cannot be read; empty while nothing is entered and where a
 * person must judge.
 */
export const SHEET_LABELS: Record<Status, string> = {
  vuot: "Vượt",
  dat: "Đạt",
  khong_dat: "Không đạt",
  chua_co_so_lieu: "",
  danh_gia_thu_cong: "",
  khong_hop_le: "Không hợp lệ",
};

/**
 * Words an officer enters for an indicator judged by hand (the annex offers them as a list), and
 * the status each means. Compared case-insensitively, as Excel compares text.
 */
export const JUDGEMENT_WORDS: readonly { word: string; status: "vuot" | "dat" | "khong_dat" }[] = [
  { word: "Đạt", status: "dat" },
  { word: "Hoàn thành", status: "dat" },
  { word: "Không đạt", status: "khong_dat" },
  { word: "Vượt", status: "vuot" },
  { word: "Chưa đạt", status: "khong_dat" },
  { word: "Không hoàn thành", status: "khong_dat" },
  { word: "Chưa hoàn thành", status: "khong_dat" },
  { word: "Đạt và vượt", status: "vuot" },
  { word: "Vượt kế hoạch", status: "vuot" },
  { word: "Hoàn thành vượt", status: "vuot" },
];

/** The list offered in the actuals cell of a row judged by hand. */
export const JUDGEMENT_LIST = ["Đạt", "Không đạt", "Hoàn thành"];
