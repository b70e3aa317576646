import { selfAndParts, type Placed } from "../../../model";
import type { Statement } from "../../../extract";
import { foldVietnamese } from "../../../vn";
import { figureOf, relate, type Figure, type Relation } from "./figures";
import { coverage, nameWords } from "./names";

/** An annex row (indicator or part) as the alignment sees it. */
export interface Row {
  at: number;
  placed: Placed;
  /** Each figure the row states: target, stretch, milestones. The first is the target when there is one. */
  figures: { column: string; raw: string; figure: Figure }[];
  own: ReadonlySet<string>;
  full: ReadonlySet<string>;
  changeInName: boolean;
}

export interface TextStatement {
  statement: Statement;
  /** The plan's milestone years (not its end). */
  milestoneYears: ReadonlySet<number>;
  figure: Figure;
  own: ReadonlySet<string>;
  full: ReadonlySet<string>;
}

/** How a statement stands to the annex. */
export type Alignment =
  /** A row states it (its own source, or a restatement elsewhere), with how the figures relate. */
  | { kind: "row"; row: Row; relation: Relation; figure: Row["figures"][number] | null }
  /** No row does; `near` is a row of the same name that states another kind of figure (a level for a change). */
  | { kind: "none"; near: Row | null }
  /** Not comparable: no name, or its own item holds it but no row of the item can be told apart. */
  | { kind: "skip" };

const CHANGE_NAME = /\b(toc do tang|tang truong|muc tang|muc giam|tang them|giam)\b/;

export function rowOf(placed: Placed, at: number): Row {
  const { indicator, parent } = placed;
  const figures: Row["figures"] = [];
  const phrases: [string, string | null][] = [
    ["chỉ tiêu kế hoạch", indicator.target],
    ["mục tiêu phấn đấu", indicator.stretch],
    ...Object.entries(indicator.milestones).map(([year, raw]): [string, string] => [`mốc năm ${year}`, raw]),
  ];
  for (const [column, raw] of phrases) {
    const figure = figureOf(raw, indicator.unit);
    if (raw !== null && figure !== null && !figures.some((f) => f.raw === raw)) figures.push({ column, raw, figure });
  }
  const own = nameWords(indicator.name);
  const full = new Set([...own, ...(parent === null ? [] : nameWords(parent.name))]);
  // Parts of "Tốc độ tăng trưởng giá trị sản xuất" ("nông, lâm nghiệp và thủy sản tăng 2,54%/năm") are changes too.
  const names = foldVietnamese(`${indicator.name} ${parent?.name ?? ""}`);
  return { at, placed, figures, own, full, changeInName: CHANGE_NAME.test(names) };
}

export function textStatement(statement: Statement, milestoneYears: ReadonlySet<number>): TextStatement | null {
  const figure = figureOf(statement.target, statement.unit);
  if (figure === null) return null;
  const own = nameWords(statement.name);
  const full = statement.context === null ? own : new Set([...own, ...nameWords(statement.context)]);
  return { statement, milestoneYears, figure, own, full };
}

/**
 * How closely a statement names a row: `forward`, the row's words the statement has; `backward`,
 * the statement's words the row has ("Giá trị sản xuất nông nghiệp - thủy sản" has every word of
 * "Giá trị sản xuất" but is about one sector of it). Both 0 when a part's parent is not named too
 * ("cây lúa" under "Tổng diện tích gieo trồng"), by the statement or what it details.
 */
export function nameScore(row: Row, s: TextStatement): { forward: number; backward: number } {
  const none = { forward: 0, backward: 0 };
  if (s.own.size === 0 || row.own.size === 0) return none;
  if (row.placed.parent !== null && coverage(row.full, s.full) < 0.6) return none;
  return { forward: coverage(row.own, s.own), backward: coverage(s.own, row.full) };
}

/**
 * The row's figures a statement is compared with: for a statement of a milestone year ("Đến năm
 * 2025 ... trên 60%"), only the row's milestone of that year; null when the row states none.
 */
function comparedFigures(row: Row, s: TextStatement): Row["figures"] | null {
  const year = s.statement.year;
  if (year === null || !s.milestoneYears.has(year)) return row.figures;
  const own = row.figures.filter((f) => f.column === `mốc năm ${year}`);
  return own.length > 0 ? own : null;
}

function best(row: Row, s: TextStatement): { relation: Relation; figure: Row["figures"][number] | null } {
  let found: { relation: Relation; figure: Row["figures"][number] | null } = { relation: "incomparable", figure: null };
  const rank: Record<Relation, number> = { same: 0, qualified: 1, scaled: 2, different: 3, incomparable: 4 };
  const figures = comparedFigures(row, s);
  // A milestone the row does not state: nothing to compare, and nothing missing either.
  if (figures === null) return { relation: "same", figure: null };
  for (const f of figures) {
    const relation = relate(f.figure, s.figure, row.changeInName);
    if (rank[relation] < rank[found.relation]) found = { relation, figure: f };
  }
  return found;
}

/** A name that pins a row: most of the row's words, and mostly the row's words. */
const STRICT = { forward: 0.75, backward: 0.6 };
/** Enough to call a statement of the same figure a restatement. */
const LOOSE = { forward: 0.5, backward: 0.34 };

/**
 * A statement inside an item of the annex's own source (the row's quote): it is that item's row
 * or one of its parts; which one, by the figure (a restatement) or else by the name.
 */
export function alignOwn(family: readonly Row[], s: TextStatement): Alignment {
  const withFigures = family.filter((r) => r.figures.length > 0);
  for (const row of withFigures) {
    const b = best(row, s);
    if (b.relation === "same") return { kind: "row", row, ...b };
  }
  const named = withFigures
    .map((row) => ({ row, score: Math.max(nameScore(row, s).forward, coverage(row.own, s.own)) }))
    .filter((c) => c.score >= LOOSE.forward)
    .sort((a, b) => b.score - a.score);
  const top = named[0];
  const pick = top !== undefined && (named[1] === undefined || named[1].score < top.score) ? top.row : withFigures.length === 1 ? withFigures[0] : undefined;
  if (pick === undefined) return { kind: "skip" };
  const b = best(pick, s);
  return b.relation === "incomparable" ? { kind: "skip" } : { kind: "row", row: pick, ...b };
}

/** The rows by each word of their names: a statement is scored only against rows it shares a word with. */
export type RowIndex = ReadonlyMap<string, readonly Row[]>;

export function rowIndex(rows: readonly Row[]): RowIndex {
  const index = new Map<string, Row[]>();
  for (const row of rows) {
    for (const word of row.own) {
      const list = index.get(word);
      if (list === undefined) index.set(word, [row]);
      else list.push(row);
    }
  }
  return index;
}

function candidates(index: RowIndex, s: TextStatement): Row[] {
  const seen = new Set<Row>();
  for (const word of s.own) for (const row of index.get(word) ?? []) seen.add(row);
  return [...seen].sort((a, b) => a.at - b.at);
}

/** A statement elsewhere in the text: the row it names, if exactly one does. */
export function alignElsewhere(rows: readonly Row[], index: RowIndex, s: TextStatement): Alignment {
  if (s.own.size === 0 || /\d\s*%/.test(s.statement.name)) return { kind: "skip" };
  const scored = candidates(index, s)
    .map((row) => ({ row, ...nameScore(row, s) }))
    .filter((c) => c.forward >= LOOSE.forward && c.backward >= LOOSE.backward)
    .map((c) => ({ ...c, score: c.forward + c.backward / 10 }));
  // A restatement of a row's figure under a name close enough is no news, whatever else matches.
  const restated = scored.filter((c) => c.row.figures.length > 0 && best(c.row, s).relation === "same");
  if (restated.length > 0) {
    const row = restated.sort((a, b) => b.score - a.score)[0]?.row as Row;
    return { kind: "row", row, ...best(row, s) };
  }
  const strict = scored.filter((c) => c.forward >= STRICT.forward && c.backward >= STRICT.backward).sort((a, b) => b.score - a.score);
  const top = strict[0];
  if (top === undefined) return { kind: "none", near: null };
  const tied = strict.filter((c) => c.score === top.score);
  if (tied.length > 1) {
    // Two rows of one name (a duplicated row, a part repeating its parent): the statement cannot be pinned.
    return { kind: "skip" };
  }
  const row = top.row;
  // "tăng bình quân 2,54%/năm" under the heading of agriculture restates the row's part for it, not the row.
  const part = rows.find((r) => isDescendant(r, row) && r.figures.length > 0 && best(r, s).relation === "same");
  if (part !== undefined) return { kind: "row", row: part, ...best(part, s) };
  if (row.figures.length === 0) return row.placed.indicator.target === null && row.placed.indicator.parts.length === 0 ? { kind: "row", row, relation: "different", figure: null } : { kind: "skip" };
  const b = best(row, s);
  if (b.relation === "incomparable") return { kind: "none", near: row };
  return { kind: "row", row, ...b };
}

function isDescendant(row: Row, of: Row): boolean {
  return row !== of && selfAndParts(of.placed.indicator).includes(row.placed.indicator);
}
