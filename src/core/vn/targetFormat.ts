import { formatNumber } from "./numbers";
import type { Target } from "./target";
import { foldWhitespace } from "./text";
import { unitKind } from "./units";

const SIGNS: Readonly<Record<string, string>> = { ">=": "≥ ", ">": "> ", "<=": "≤ ", "<": "< ", "~": "≈ ", "=": "" };

/** "95%", "6.794 USD": percent and per-mille signs sit on the figure, other units after a space. */
export function withUnit(figure: string, unit: string | null): string {
  if (unit === null) return figure;
  if (unit === "%" || unit === "‰") return `${figure}${unit}`;
  return `${figure} ${unit}`;
}

/**
 * A typed target as the sheets and the pane show it: "≥ 95%", "> 72%",
 * "5 - 10%", "≈ 6.794 USD", "105/100", "giảm 5%". A qualitative target shows its own words.
 */
export function formatTarget(target: Target): string {
  if (target.op === "text") return foldWhitespace(target.raw);
  const change = target.change === "increase" ? "tăng " : target.change === "decrease" ? "giảm " : "";
  if (target.op === "between") {
    return `${change}${withUnit(`${formatNumber(target.min ?? Number.NaN)} - ${formatNumber(target.max ?? Number.NaN)}`, target.unit)}`;
  }
  const sign = SIGNS[target.op] ?? "";
  const value = formatNumber(target.value ?? Number.NaN);
  const kind = unitKind(target.unit);
  if (target.of !== undefined) {
    // A ratio's or a rank's unit is in the figure itself ("105/100", "5/10"); a count of a total keeps its unit ("4/9 thôn").
    const figure = `${value}/${formatNumber(target.of)}`;
    return `${change}${sign}${kind === "rank" || kind === "ratio" || kind === "per" ? figure : withUnit(figure, target.unit)}`;
  }
  if (kind === "rank") return `${change}${sign}hạng ${value}`;
  return `${change}${sign}${withUnit(value, target.unit)}`;
}

/** A short Vietnamese reading of a typed target, for people checking what the machine understood. */
export function describeTarget(target: Target): string {
  if (target.op === "text") return "chỉ tiêu định tính, đánh giá thủ công";
  const unit = (n: number | undefined) => withUnit(formatNumber(n ?? Number.NaN), target.unit);
  const figure =
    target.op === "between"
      ? `trong khoảng từ ${unit(target.min)} đến ${unit(target.max)}`
      : target.of !== undefined
        ? `${formatNumber(target.value ?? Number.NaN)} trên tổng ${formatNumber(target.of)}${target.unit === null ? "" : ` (${target.unit})`}`
        : unit(target.value);
  const reading: Record<Exclude<Target["op"], "text" | "between">, string> = {
    ">=": `từ ${figure} trở lên: mức sàn, bằng cũng đạt`,
    ">": `trên ${figure}: mức sàn, phải vượt`,
    "<=": `không quá ${figure}: mức trần, bằng cũng đạt`,
    "<": `dưới ${figure}: mức trần, phải thấp hơn`,
    "=": `đạt ${figure}`,
    "~": `khoảng ${figure}`,
  };
  if (target.change !== null) {
    const change = target.change === "increase" ? "mức tăng so với kỳ trước" : "mức giảm so với kỳ trước";
    const main = target.op === "between" || target.op === "=" ? figure : reading[target.op];
    return `${change} ${main}`;
  }
  return target.op === "between" ? figure : reading[target.op];
}
