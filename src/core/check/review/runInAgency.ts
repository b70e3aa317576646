import { AGENCY_TOPICS } from "../../annex/agencies";
import type { Indicator } from "../../model";
import { expandAbbreviations, normalizeForReading } from "../../vn";
import type { Located, ReviewRule } from "./finding";
import { quoted, rowLabel } from "./describe";
import { comparableName } from "./names";

/**
 * Words an office's name begins with. Compared in lower case but with diacritics, since folded
 * "sở" (department) is "số" (number) and "ban" (board) is "bản" (village).
 */
const OFFICE_HEADS = ["phòng", "văn phòng", "sở", "ban", "trung tâm", "bảo hiểm xã hội", "công an", "ủy ban nhân dân", "uỷ ban nhân dân", "chi cục"];
/** An office's name ends with the level it serves: "Phòng Nội vụ huyện". */
const LEVEL_WORDS = ["huyện", "tỉnh", "xã", "thành phố", "thị xã", "quận", "phường", "thị trấn"];
/** Office names of the agency table (agencies.ts), at every level and in both eras. */
const KNOWN_OFFICES = new Set(
  AGENCY_TOPICS.flatMap((t) => Object.values(t.office).flatMap((o) => [o.before2025, o.from2025 ?? o.before2025])).map(comparableName),
);
const FOLDED_LEVELS = LEVEL_WORDS.map(comparableName);

/** Longest tail tried against a known name, and against the head-and-level pattern. */
const MAX_KNOWN_TAIL = 12;
const MAX_PATTERN_TAIL = 6;

const lower = (text: string) => normalizeForReading(expandAbbreviations(text)).toLocaleLowerCase("vi");

function withoutLevel(folded: string): string {
  const level = FOLDED_LEVELS.find((l) => folded.endsWith(` ${l}`));
  return level === undefined ? folded : folded.slice(0, -level.length - 1);
}

function looksLikeOffice(tail: string, words: number): boolean {
  if (!/^\p{Lu}/u.test(tail)) return false;
  const folded = comparableName(tail);
  if (KNOWN_OFFICES.has(folded) || KNOWN_OFFICES.has(withoutLevel(folded))) return true;
  if (words > MAX_PATTERN_TAIL) return false;
  const text = lower(tail);
  return OFFICE_HEADS.some((h) => text.startsWith(`${h} `)) && LEVEL_WORDS.some((l) => text.endsWith(` ${l}`));
}

/** The longest tail of the name that is an office's name, and whether it is the row's own agency. */
export function runInOffice(indicator: Indicator): { tail: string; own: boolean } | null {
  const words = normalizeForReading(indicator.name).replace(/[.,;:]+$/, "").split(" ");
  const own = indicator.agency === null ? null : comparableName(indicator.agency.name);
  for (let k = Math.min(words.length - 1, MAX_KNOWN_TAIL); k >= 1; k--) {
    const tail = words.slice(-k).join(" ");
    if (own !== null && comparableName(tail) === own) return { tail, own: true };
    if (looksLikeOffice(tail, k)) return { tail, own: false };
  }
  return null;
}

/**
 * "co-quan-trong-ten" (cảnh báo): an agency's name run into the indicator's name, as when a table
 * cell spilled into the next (Tiên Lữ's SIPAS row ends with "Phòng Nội vụ huyện", which is also
 * its agency). Found when the name ends with the row's own agency, with an office of the agency
 * table, or with an office's shape: a capitalized office word ("Phòng", "Ban", "Công an", ...) and
 * a level ("huyện"). Only the end of a name is looked at: an office named inside a name ("Tỷ lệ
 * ... hài lòng với Ban ...") is part of what is measured.
 */
export const runInAgency: ReviewRule = {
  id: "co-quan-trong-ten",
  run: ({ placed }) =>
    placed.flatMap((item, at): Located[] => {
      const found = runInOffice(item.indicator);
      if (found === null) return [];
      const what = found.own ? "trùng với cơ quan chủ trì của chính dòng này" : "là tên một cơ quan";
      const advice = found.own ? "bỏ phần này khỏi tên chỉ tiêu" : "bỏ phần này khỏi tên chỉ tiêu và ghi vào cột Cơ quan chủ trì nếu đúng";
      return [
        {
          at,
          finding: {
            rule: "co-quan-trong-ten",
            severity: "canh_bao",
            code: item.indicator.code,
            message: `${rowLabel(item)}: tên chỉ tiêu kết thúc bằng ${quoted(found.tail)}, ${what}; có lẽ chữ ở cột Cơ quan chủ trì bị dính vào tên: ${advice}.`,
          },
        },
      ];
    }),
};
