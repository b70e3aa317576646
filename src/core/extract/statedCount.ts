/**
 * Counts the document states: "24 chỉ tiêu chủ yếu, bao gồm: 07 chỉ tiêu về kinh tế; 12 chỉ tiêu
 * về văn hoá - xã hội và môi trường; ...". Not a count of results ("18/24 chỉ tiêu đạt") nor a
 * target ("100% chỉ tiêu tuyển quân").
 */
import { foldKeepingLength } from "../vn/text";
import { maskMarkup } from "./mask";

export interface StatedCounts {
  total: number | null;
  /** Each count of a group with the words that name the group ("về kinh tế"). */
  groups: { count: number; about: string }[];
}

const COUNT = /(^|[^\d%/.,])(\d{1,3})\s+chi tieu\b([^;,.:()]*)/g;
const RESULT_AFTER = /^\s*(dat|vuot|khong|chua|hoan thanh|da)\b/;

export function findStatedCounts(text: string): StatedCounts {
  // Only lines that say "chỉ tiêu" can state a count: fold those, not the whole document.
  const lines = text.split("\n").filter((line) => /ch[ỉi]\s*ti[êe]u/iu.test(line));
  const folded = foldKeepingLength(maskMarkup(lines.join("\n")));
  for (const sentence of folded.split(/\.\s|\n/)) {
    const found: { count: number; about: string }[] = [];
    for (const m of sentence.matchAll(COUNT)) {
      const about = (m[3] ?? "").trim();
      if (RESULT_AFTER.test(about)) continue;
      found.push({ count: Number(m[2]), about });
    }
    if (found.length === 0) continue;
    const [first, ...rest] = found;
    if (first === undefined) continue;
    if (rest.length > 0 && rest.reduce((sum, g) => sum + g.count, 0) === first.count) return { total: first.count, groups: rest };
    if (rest.length === 0 && /^(chu yeu|co ban|cu the|phat trien)/.test(first.about)) return { total: first.count, groups: [] };
  }
  return { total: null, groups: [] };
}

const STOP = new Set(["ve", "chi", "tieu", "va", "linh", "vuc", "cac", "nhom", "xay", "dung"]);
const words = (text: string) => new Set(foldKeepingLength(text).split(/[^a-z0-9]+/).filter((w) => w !== "" && !STOP.has(w)));

/** Which section each stated group count belongs to, by the words they share (or by order when they cannot tell). */
export function assignGroupCounts(groups: readonly { count: number; about: string }[], titles: readonly string[]): (number | null)[] {
  const out: (number | null)[] = titles.map(() => null);
  const titleWords = titles.map(words);
  const used = new Set<number>();
  groups.forEach((group) => {
    const about = words(group.about);
    let best = -1;
    let bestScore = 0;
    titleWords.forEach((tw, i) => {
      if (used.has(i)) return;
      const score = [...about].filter((w) => tw.has(w)).length;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) {
      out[best] = group.count;
      used.add(best);
    }
  });
  if (used.size < groups.length && groups.length === titles.length) return groups.map((g) => g.count);
  return out;
}
