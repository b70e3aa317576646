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

const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * The letters of the verdict words as they arrive decomposed, each with its composed form, longest
 * first: fully decomposed (NFD: text from PDFs and Macs) and "Unicode tổ hợp" (Unikey's option: the
 * hat or horn composed, the tone mark apart: "ơ" + " ̣"). The annex's formulas cannot normalise text,
 * so the add-in and the sheet both compose exactly these sequences and no others (actual.ts
 * `judgementOf`, formula.ts): a verdict word typed either way is read alike by both.
 */
export const DECOMPOSED_LETTERS: readonly (readonly [string, string])[] = (() => {
  const letters = new Set([...JUDGEMENT_WORDS.map((j) => j.word.toLowerCase()).join("")].filter((c) => c.normalize("NFD") !== c));
  const pairs = new Map<string, string>();
  for (const letter of letters) {
    const nfd = letter.normalize("NFD");
    const tones = nfd.match(TONE_MARK)?.join("") ?? "";
    const shaped = nfd.replace(TONE_MARK, "").normalize("NFC");
    pairs.set(nfd, letter);
    if (tones !== "" && shaped.length === 1) pairs.set(shaped + tones, letter);
  }
  return [...pairs].sort(([a], [b]) => b.length - a.length);
})();

/** The list offered in the actuals cell of a row judged by hand. */
export const JUDGEMENT_LIST = ["Đạt", "Không đạt", "Hoàn thành"];
