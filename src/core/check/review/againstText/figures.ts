import { parseTarget, type Target } from "../../../vn";

/**
 * How two statements of one indicator's figure relate. "same": a restatement; "qualified": the
 * same figure said differently ("trên 95%" / "từ 95% trở lên", a qualifier one has and the other
 * lacks); "scaled": ×10, ×100 or ×1000 apart (a slipped decimal mark, ‰ for %); "different";
 * "incomparable": not the same kind of figure (a change beside a level, a rate beside a count,
 * words).
 */
export type Relation = "same" | "qualified" | "scaled" | "different" | "incomparable";

/** What a unit's figures are worth in a common base, so "175,7 tỷ đồng" = "175.700 triệu đồng" and 5‰ = 0,5%. */
const BASE: Readonly<Record<string, readonly [string, number]>> = {
  "đồng": ["đồng", 1],
  "nghìn đồng": ["đồng", 1e3],
  "triệu đồng": ["đồng", 1e6],
  "tỷ đồng": ["đồng", 1e9],
  USD: ["USD", 1],
  "triệu USD": ["USD", 1e6],
  "tỷ USD": ["USD", 1e9],
  "%": ["%", 1],
  "‰": ["%", 0.1],
};

export interface Figure {
  target: Target;
  /** The unit family ("đồng", "%", or the unit itself); null when neither phrase nor row says. */
  family: string | null;
  /** Values in the family's base: one for a point, two for a range. */
  values: number[];
  /** The whole a ratio or rank is out of ("5/10"). */
  of: number | null;
}

const read = new Map<string, Figure | null>();

/** A phrase read as a comparable figure; null for words ("hoàn thành") or a blank. Each phrase and unit read once. */
export function figureOf(raw: string | null, unit: string | null): Figure | null {
  if (raw === null) return null;
  const key = `${raw}\u0000${unit ?? ""}`;
  if (read.has(key)) return read.get(key) ?? null;
  const figure = readFigure(raw, unit);
  if (read.size >= 5000) read.clear();
  read.set(key, figure);
  return figure;
}

function readFigure(raw: string, unit: string | null): Figure | null {
  const target = parseTarget(raw.replace(/\*\*|__/g, ""), unit);
  if (target.op === "text") return null;
  const [family, factor] = target.unit === null ? [null, 1] : (BASE[target.unit] ?? [target.unit.toLocaleLowerCase("vi"), 1]);
  const scale = (v: number) => Number((v * factor).toPrecision(12));
  const values = target.op === "between" ? [target.min ?? 0, target.max ?? 0].map(scale) : [scale(target.value ?? 0)];
  return { target, family, values, of: target.of ?? null };
}

const SCALES = [10, 100, 1000];

/**
 * "trên 95%" and "từ 95% trở lên" commit to the same floor, "khoảng 226.703" to the same point:
 * a restatement. A floor beside a point ("trên 100%" / "100") says something else.
 */
const OP_CLASS: Readonly<Record<Target["op"], string>> = { ">=": "floor", ">": "floor", "<=": "ceiling", "<": "ceiling", "=": "point", "~": "point", between: "range", text: "text" };

function ratioIsScale(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  const ratio = Math.max(Math.abs(a), Math.abs(b)) / Math.min(Math.abs(a), Math.abs(b));
  return SCALES.some((s) => Math.abs(ratio - s) < s * 1e-9);
}

/**
 * `changeInName`: the indicator's name says it measures a change ("Tốc độ tăng giá trị sản
 * xuất"), so a level figure there is the change a "tăng 8,61%" states.
 */
export function relate(a: Figure, b: Figure, changeInName: boolean): Relation {
  if (a.family !== null && b.family !== null && a.family !== b.family) return "incomparable";
  const changeA = a.target.change;
  const changeB = b.target.change;
  if (changeA !== changeB && !(changeInName && (changeA === null || changeB === null))) return "incomparable";
  if ((a.of === null) !== (b.of === null)) return "incomparable";
  const sameValues = a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]) && a.of === b.of;
  if (sameValues) return OP_CLASS[a.target.op] === OP_CLASS[b.target.op] ? "same" : "qualified";
  const [pa, pb] = [a.values, b.values];
  // "5-10%" beside "10%": one end stated alone.
  if (pa.length !== pb.length && [...pa, ...pb].filter((v, i, all) => all.indexOf(v) !== i).length > 0) return "qualified";
  if (pa.length === 1 && pb.length === 1 && ratioIsScale(pa[0] ?? 0, pb[0] ?? 0)) return "scaled";
  return "different";
}
