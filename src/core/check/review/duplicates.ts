import type { Indicator, Placed } from "../../model";
import { parseTarget, type Target } from "../../vn";
import type { Located, ReviewRule } from "./finding";
import { quoted, whereLabel } from "./describe";
import { comparableName } from "./names";

/**
 * Which rows are "the same indicator": same name (see comparableName) under the same parents.
 * A part's name only means something under its parent ("Nhà trẻ" under enrolment rates is not
 * "Nhà trẻ" under the count of children), so parts are compared only with parts of a parent of
 * the same name, and numbered indicators with numbered indicators.
 */
function keyOf(item: Placed, keys: ReadonlyMap<Indicator, string>): string {
  const own = comparableName(item.indicator.name);
  return item.parent === null ? own : `${keys.get(item.parent) ?? ""} › ${own}`;
}

function sameFigure(a: Target, b: Target): boolean {
  if (a.op === "text" || b.op === "text") return a.op === b.op && comparableName(a.raw) === comparableName(b.raw);
  return a.op === b.op && a.value === b.value && a.min === b.min && a.max === b.max && a.of === b.of && a.unit === b.unit && a.change === b.change;
}

/** Same target: both blank, or read the same ("0,69%/năm" and "0,69%" under "%"). */
function sameTarget(a: Indicator, b: Indicator): boolean {
  if (a.target === null || b.target === null) return a.target === b.target;
  return sameFigure(parseTarget(a.target, a.unit), parseTarget(b.target, b.unit));
}

const shown = (indicator: Indicator) => (indicator.target === null ? "để trống" : `ghi ${quoted(indicator.target)}`);

/**
 * "trung-chi-tieu": the same indicator listed more than once. With different targets (Tiên Lữ's
 * "Số xã đạt chuẩn nông thôn mới nâng cao": 13 and 3) nobody can tell which one is committed:
 * lỗi. With the same target the annex only repeats a row: cảnh báo. One finding per repeated
 * indicator, at its second row, naming every row.
 */
export const duplicates: ReviewRule = {
  id: "trung-chi-tieu",
  run: ({ placed }) => {
    const keys = new Map<Indicator, string>();
    const groups = new Map<string, number[]>();
    placed.forEach((item, at) => {
      const key = keyOf(item, keys);
      keys.set(item.indicator, key);
      const rows = groups.get(key);
      if (rows === undefined) groups.set(key, [at]);
      else rows.push(at);
    });
    const out: Located[] = [];
    for (const rows of groups.values()) {
      const [first, second] = rows;
      if (first === undefined || second === undefined) continue;
      const items = rows.map((at) => placed[at] as Placed);
      const firstItem = items[0] as Placed;
      const differ = items.some((item) => !sameTarget(item.indicator, firstItem.indicator));
      const listed = items.map((item) => `(${whereLabel(item)}) ${shown(item.indicator)}`).join("; ");
      const message = differ
        ? `Chỉ tiêu ${quoted(firstItem.indicator.name)} có ${rows.length} dòng với chỉ tiêu khác nhau: ${listed}. Giữ một dòng với chỉ tiêu đúng, hoặc sửa tên cho rõ nếu là các chỉ tiêu khác nhau.`
        : `Chỉ tiêu ${quoted(firstItem.indicator.name)} được liệt kê ${rows.length} lần với cùng chỉ tiêu: ${listed}. Bỏ dòng lặp lại.`;
      const secondItem = items[1] as Placed;
      out.push({
        at: second,
        finding: { rule: "trung-chi-tieu", severity: differ ? "loi" : "canh_bao", code: secondItem.indicator.code, message },
      });
    }
    return out;
  },
};
