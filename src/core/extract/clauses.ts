/**
 * One item's text read into measurable figures: the headline (the item's own target) and the
 * parts ("trong đó ...", each figure after a ";" or ",", each figure in parentheses that details
 * the one before it). Works on tokens of the masked text; every span is a span of the document.
 */
import { depths, findFigures, type Figure } from "../vn/figures";
import { COMPARISON_SYMBOLS } from "../vn/phrases";
import { PREFIXES, readQualifiers } from "../vn/qualifiers";
import { endsBefore, type Context } from "../vn/reading";
import { foldKeepingLength } from "../vn/text";
import { tokenize, type Token } from "../vn/tokens";
import { matchesAt, MULTIPLIERS, unitKind } from "../vn/units";
import { isYear } from "../vn/references";
import {
  ACHIEVEMENT_WORDS,
  GOAL_COUNT_WORDS,
  GROUP_UNITS,
  HOLD_LEVEL_WORDS,
  HOLD_WORDS,
  HOLD_WORDS_NEEDING_LEVEL,
  NAME_EDGE_WORDS,
  AIM_WORDS,
  NAME_OPENERS,
  OPENING_WORDS,
  REMAINDER_STOPS,
  RESULT_WORDS,
  SAME_PERIOD_WORDS,
} from "./words";

/** A span of the item's text: [start, end) in characters. */
export type Span = [number, number];

/** A figure read as a target, with its name and what details it. */
export interface Measure {
  name: Span | null;
  /** null for a figure stated only for a milestone ("đến năm 2025, có 13 xã ..."). */
  target: Span | null;
  /**
   * What the figure counts, printed after it in parentheses: "đạt 9.800 tỷ đồng (không kể tiền
   * sử dụng đất)". Part of the indicator's name, so two rows that differ only by it stay apart.
   */
  qualifier?: Span;
  /** The unit as printed ("%/năm", "nghìn tỷ đồng", "HTX"), null when the figure has none. */
  unit: string | null;
  quote: Span;
  parts: Measure[];
  /** Milestones by year: a clause "đến năm 2025 đạt 99,85%" under this figure. */
  milestones: Record<string, Span>;
  warnings: string[];
  confidence: number;
  /** An aim without a figure, judged by hand. */
  qualitative?: boolean;
}

export interface ItemReading {
  /** The item's own target; null for an item whose figures are all parts ("Cơ cấu kinh tế:"). */
  headline: Measure | null;
  /** What the item is about when it has no figure of its own (its text before ":"). */
  heading: Span | null;
  /** The first sentence of an item without any figure: a qualitative aim. */
  sentence: Span | null;
  parts: Measure[];
  /** Clauses that report results, not targets ("ước đạt ...", "đạt 100,05% kế hoạch"). */
  results: number;
}

export interface ReadOptions {
  /** Years that are milestones of the plan, not its end ("đến năm 2025" in a plan to 2030). */
  milestoneYears: ReadonlySet<number>;
  /** The plan's first year: a sentence about an earlier year reports results. */
  planYear: number | null;
}

interface Clause {
  from: number;
  to: number;
  level: number;
  children: Clause[];
  /** Which ";"- or sentence-delimited piece of its level the clause is in. */
  piece: number;
  /** A piece without a figure that opens with an aim ("Đạt huyện nông thôn mới"): kept apart, not merged. */
  aim: boolean;
}

interface Reader {
  /** Tokens of a time reference ("đến năm 2025", "giai đoạn 2021 – 2025"): never a name. */
  time: Set<number>;
  text: string;
  tokens: Token[];
  depth: number[];
  figures: Figure[];
  options: ReadOptions;
  /** The same tokens as the target reader sees them, to ask it what stands before a figure. */
  context: Context;
}

const STRONG = new Set([";"]);
/** A verb after the figure makes what follows a name ("100% xã đạt chuẩn"), not part of the target. */
const REMAINDER_VERBS = new Set(["đạt", "được", "có", "là", "sử dụng", "hoàn thành", "tham gia"]);
const WEAK = new Set([","]);
const BREAKDOWN = ["trong", "do"];

export function readItem(masked: string, options: ReadOptions): ItemReading {
  const tokens = tokenize(masked, foldKeepingLength(masked));
  const depth = depths(tokens);
  const ctx: Context = { tokens, normalized: masked, fallback: null, fallbackTokens: null, depth, unreadable: [] };
  const reader: Reader = { text: masked, tokens, depth, figures: findFigures(ctx), options, time: timeReferences(tokens), context: ctx };
  const out: ItemReading = { headline: null, heading: null, sentence: null, parts: [], results: 0 };
  if (tokens.length === 0) return out;

  let from = 0;
  const colon = headingColon(reader);
  if (colon !== null) {
    out.heading = trimmedSpan(reader, 0, colon) ?? spanOf(reader, 0, colon);
    from = colon + 1;
  }
  const clauses = split(reader, from, tokens.length, 0);
  const measures: Measure[] = [];
  // "trong đó: đến năm 2025, có 13 xã ..., có 08 xã ...": the year holds to the end of its piece.
  let scope: { piece: number; year: number } | null = null;
  for (const clause of clauses) {
    if (isResult(reader, clause)) {
      out.results++;
      continue;
    }
    const stated = milestoneYear(reader, clause);
    if (stated !== null) scope = { piece: clause.piece, year: stated };
    const year = stated ?? (scope !== null && scope.piece === clause.piece ? scope.year : null);
    const measure = measureOf(reader, clause);
    if (measure === null) {
      // Under a heading ("Xây dựng nông thôn mới: Đạt huyện nông thôn mới, ..."), an aim is a part too.
      if (colon !== null && clause.aim) measures.push(aimMeasure(reader, clause));
      continue;
    }
    if (year !== null) {
      const key = nameKey(reader, measure);
      const same = key === null ? measures[measures.length - 1] : measures.find((m) => nameKey(reader, m) === key);
      if (same !== undefined && measure.target !== null) {
        same.milestones[String(year)] = measure.target;
      } else {
        measures.push(milestoneOnly(measure, year));
      }
      continue;
    }
    measures.push(measure);
  }
  if (colon === null && measures.length > 0 && startsWithFigureClause(reader, clauses, measures)) {
    out.headline = measures.shift() ?? null;
  }
  out.parts = measures;
  if (out.headline === null && out.heading === null && measures.length === 0) {
    out.sentence = firstSentence(reader);
  }
  return out;
}

const TIME_WORDS = new Set(["nam", "den", "toi", "giai", "doan", "thoi", "ky", "cuoi", "dau", "-", "–", "—"]);

function timeReferences(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((token, i) => {
    if (!isYear(token)) return;
    out.add(i);
    for (let k = i - 1; k >= 0 && (TIME_WORDS.has(tokens[k]?.text ?? "") || isYear(tokens[k])); k--) out.add(k);
  });
  return out;
}

function nameKey(reader: Reader, measure: Measure): string | null {
  if (measure.name === null) return null;
  return foldKeepingLength(reader.text.slice(measure.name[0], measure.name[1])).replace(/\s+/g, " ").trim();
}

/** A figure stated only for a milestone: no target for the plan's end, the figure under its year. */
function milestoneOnly(measure: Measure, year: number): Measure {
  const milestones = { ...measure.milestones };
  if (measure.target !== null) milestones[String(year)] = measure.target;
  return { ...measure, target: null, milestones, parts: measure.parts.map((p) => milestoneOnly(p, year)) };
}

/** A qualitative part: the clause is the aim, what follows its verb names it. */
function aimMeasure(reader: Reader, clause: Clause): Measure {
  const span = trimmedSpan(reader, clause.from, clause.to) ?? spanOf(reader, clause.from, clause.to);
  const whole = spanOf(reader, clause.from, clause.to);
  const verb = AIM_WORDS.find((words) => matchesExact(reader.tokens, clause.from, words));
  const name = verb === undefined ? span : trimmedSpan(reader, clause.from + verb.length, clause.to);
  return { name, target: whole, unit: null, quote: whole, parts: [], milestones: {}, warnings: [], confidence: 0.6, qualitative: true };
}

/** The headline is the first clause's figure; an item whose first clause has none is a heading. */
function startsWithFigureClause(reader: Reader, clauses: Clause[], measures: Measure[]): boolean {
  const first = measures[0];
  const firstClause = clauses[0];
  if (first === undefined || firstClause === undefined || first.target === null || first.qualitative === true) return false;
  const firstClauseEnd = reader.tokens[firstClause.to - 1]?.end ?? 0;
  return first.target[0] < firstClauseEnd;
}

/**
 * "Tỷ lệ học sinh huy động ra lớp theo độ tuổi: Nhà trẻ 31,19%, ...": a ":" with no figure before
 * it and a named figure after it makes the text before it the item's heading. "Đàn trâu: 170 con"
 * names its figure before the ":", so there it is not a heading.
 */
function headingColon(reader: Reader): number | null {
  const { tokens, depth, figures } = reader;
  const firstFigure = figures.find((f) => depth[f.start] === 0)?.start ?? tokens.length;
  for (let i = 0; i < firstFigure; i++) {
    const token = tokens[i];
    if (token?.text === ";" && depth[i] === 0) return null;
    if (token?.text !== ":" || depth[i] !== 0) continue;
    if (i + 1 >= tokens.length) return i;
    const next = figures.find((f) => f.start > i && depth[f.start] === 0);
    if (next === undefined) return i;
    const runStart = qualifierStart(reader, next.start);
    return hasNameWords(reader, i + 1, runStart) ? i : null;
  }
  return null;
}

function hasNameWords(reader: Reader, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const token = reader.tokens[i];
    if (token === undefined) break;
    if (token.kind === "sym" || reader.time.has(i)) {
      i++;
      continue;
    }
    const opening = OPENING_WORDS.find((words) => i + words.length <= to && matchesExact(reader.tokens, i, words));
    if (opening === undefined) return true;
    i += opening.length;
  }
  return false;
}

/** Clauses at one level of parentheses: split at ";" and sentence ends, then at "," / "và" / "trong đó" between figures. */
function split(reader: Reader, from: number, to: number, level: number): Clause[] {
  const { tokens, depth } = reader;
  const strong: [number, number][] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token === undefined || depth[i] !== level) continue;
    const sentenceEnd = token.text === "." && (tokens[i + 1] === undefined || (tokens[i + 1]?.spaced ?? false));
    if (STRONG.has(token.text) || sentenceEnd) {
      if (i > start) strong.push([start, i]);
      start = i + 1;
    }
  }
  if (to > start) strong.push([start, to]);

  const clauses: Clause[] = [];
  for (const [pieceIndex, [a, b]] of strong.entries()) {
    const pieces: [number, number][] = [];
    let pieceStart = a;
    for (let i = a; i < b; i++) {
      const token = tokens[i];
      if (token === undefined || depth[i] !== level) continue;
      if (WEAK.has(token.text)) {
        if (i > pieceStart) pieces.push([pieceStart, i]);
        pieceStart = i + 1;
      } else if ((token.text === "va" && token.kind === "word") || (i > pieceStart && matchesAt(tokens, i, BREAKDOWN))) {
        if (i > pieceStart) pieces.push([pieceStart, i]);
        pieceStart = token.text === "va" ? i + 1 : i;
      } else if (i > pieceStart && startsNextName(reader, i, b, level)) {
        pieces.push([pieceStart, i]);
        pieceStart = i;
      }
    }
    if (b > pieceStart) pieces.push([pieceStart, b]);
    // A piece without a figure of its own belongs to the next one ("gia súc, gia cầm đạt 90%").
    const merged: [number, number, boolean][] = [];
    let pending: number | null = null;
    for (const [p, q] of pieces) {
      const begin: number = pending ?? p;
      if (hasFigure(reader, p, q, level)) {
        merged.push([begin, q, false]);
        pending = null;
      } else if (pending === null && AIM_WORDS.some((words) => matchesExact(tokens, p, words))) {
        merged.push([p, q, true]);
      } else {
        pending = begin;
      }
    }
    if (pending !== null) {
      const last = merged.pop();
      merged.push([last?.[0] ?? pending, b, last?.[2] ?? false]);
    }
    for (const [p, q, aim] of merged) clauses.push({ from: p, to: q, level, children: groupsIn(reader, p, q, level), piece: pieceIndex, aim });
  }
  return clauses;
}

/**
 * "Tỷ lệ lao động có việc làm thường xuyên đạt 80,5% tỷ lệ lao động qua đào tạo nghề đạt 67%": a
 * separator lost in conversion. A name opener ("tỷ lệ") right after a figure, with a figure of its
 * own further on, starts the next clause.
 */
function startsNextName(reader: Reader, at: number, to: number, level: number): boolean {
  const { tokens, figures, depth } = reader;
  if (!NAME_OPENERS.some((words) => matchesAt(tokens, at, words))) return false;
  if (!figures.some((f) => f.end === at && depth[f.start] === level && !notATarget(reader, f))) return false;
  return figures.some((f) => f.start > at && f.start < to && depth[f.start] === level && !notATarget(reader, f));
}

function groupsIn(reader: Reader, from: number, to: number, level: number): Clause[] {
  const { tokens, depth } = reader;
  const children: Clause[] = [];
  for (let i = from; i < to; i++) {
    if (tokens[i]?.text !== "(" || depth[i] !== level) continue;
    let j = i + 1;
    while (j < to && !(tokens[j]?.text === ")" && depth[j] === level)) j++;
    children.push(...split(reader, i + 1, j, level + 1));
    i = j;
  }
  return children;
}

function hasFigure(reader: Reader, from: number, to: number, level: number): boolean {
  return usableFigures(reader, from, to, level).length > 0;
}

function usableFigures(reader: Reader, from: number, to: number, level: number): Figure[] {
  return reader.figures.filter((f) => f.start >= from && f.start < to && reader.depth[f.start] === level && !notATarget(reader, f));
}

/**
 * "trên 10.000 dân", "bình quân 1 ha", "mỗi 1 lớp": what a rate is counted per, printed before the
 * figure that is the target ("Số bác sĩ trên 10.000 dân đạt 15 bác sĩ"). Only ever called for a
 * figure that another follows, so "đạt trên 1.000 ha" stays a target.
 */
function isPerDenominator(reader: Reader, figure: Figure): boolean {
  const value = figure.value;
  if (value === undefined || figure.unit === null || !/^1(0*)$/.test(String(value))) return false;
  const before = reader.tokens[figure.start - 1];
  const twoBefore = reader.tokens[figure.start - 2];
  return before?.text === "tren" || before?.text === "moi" || before?.text === "/" || (before?.text === "quan" && twoBefore?.text === "binh");
}

/** Counts of goals or solutions, achievement ratios and comparisons with last year are not targets. */
function notATarget(reader: Reader, figure: Figure): boolean {
  const { tokens } = reader;
  let after = figure.end;
  if (GOAL_COUNT_WORDS.some((words) => matchesAt(tokens, after, words)) && figure.unit === null) return true;
  for (const words of GOAL_COUNT_WORDS) {
    // "03 mục tiêu": the unit reader took "mục" as the unit.
    if (matchesAt(tokens, figure.start + 1, words)) return true;
  }
  if (tokens[after]?.text === ")") after++;
  if (ACHIEVEMENT_WORDS.some((words) => matchesAt(tokens, after, words)) && figure.unit === "%" && !namesARate(reader, figure.start)) return true;
  const before = tokens[figure.start - 1];
  return before?.text === "bang" && SAME_PERIOD_WORDS.some((words) => matchesAt(tokens, after, words));
}

/**
 * "Tỷ lệ giải ngân vốn đầu tư công đạt 100% kế hoạch vốn giao": the sentence names a rate of
 * the plan itself, so "100% kế hoạch" is its target, not a result's achievement ratio.
 */
function namesARate(reader: Reader, at: number): boolean {
  const { tokens } = reader;
  for (let k = at - 1; k >= 0; k--) {
    const text = tokens[k]?.text;
    if (text === ";" || text === "." || text === ":" || text === "(" || text === ")") return false;
    if (NAME_OPENERS.some((words) => matchesAt(tokens, k, words))) return true;
  }
  return false;
}

function isResult(reader: Reader, clause: Clause): boolean {
  const { tokens } = reader;
  for (let i = clause.from; i < clause.to; i++) {
    if (RESULT_WORDS.some((words) => matchesAt(tokens, i, words))) return true;
  }
  // "Năm 2023, ..." / "Trong năm 2023 ...": a sentence about a year before the plan.
  const planYear = reader.options.planYear;
  if (planYear === null) return false;
  let i = clause.from;
  if (tokens[i]?.text === "trong") i++;
  const year = tokens[i + 1];
  return tokens[i]?.text === "nam" && isYear(year) && Number(year?.text) < planYear;
}

/** "đến năm 2025", "giai đoạn 2021 – 2025", "năm 2025": the clause states a milestone of the plan. */
function milestoneYear(reader: Reader, clause: Clause): number | null {
  const { tokens } = reader;
  const years = reader.options.milestoneYears;
  if (years.size === 0) return null;
  for (let i = clause.from; i < clause.to; i++) {
    const token = tokens[i];
    if (reader.depth[i] !== clause.level || !isYear(token) || !years.has(Number(token?.text))) continue;
    const previous = tokens[i - 1];
    if (previous?.text === "nam" || previous?.text === "-" || previous?.text === "–" || previous?.text === "den") return Number(token?.text);
  }
  return null;
}

function measureOf(reader: Reader, clause: Clause): Measure | null {
  const { tokens } = reader;
  const all = usableFigures(reader, clause.from, clause.to, clause.level);
  const last = all[all.length - 1];
  const measured = all.filter((f) => (f.unit === null || !GROUP_UNITS.has(f.unit)) && (f === last || !isPerDenominator(reader, f)));
  const candidates = measured.length > 0 ? measured : all;
  const first = candidates[0];
  if (first === undefined) return null;
  const warnings: string[] = [];
  let confidence = 0.9;

  const firstRun = qualifierStart(reader, first.start);
  const figureFirst = !hasNameWords(reader, clause.from, firstRun);
  const chosen = figureFirst ? first : (candidates[candidates.length - 1] ?? first);
  let runStart = figureFirst ? firstRun : qualifierStart(reader, chosen.start);
  if (candidates.length > 1) {
    confidence = 0.6;
    warnings.push(
      `Câu có ${candidates.length} số liệu («${candidates.map((f) => f.text).join("», «")}»); đã lấy «${chosen.text}» làm chỉ tiêu: kiểm tra lại.`,
    );
  }

  let targetEnd = chosen.end;
  const top = readQualifiers(reader.context, chosen.start).top;
  let nameSpan: Span | null;
  let qualifier: Span | null;
  if (figureFirst) {
    // "Có thêm 10 xã đạt chuẩn nông thôn mới": the unit and what follows name the indicator.
    const unitStart = unitTokenStart(reader, chosen);
    const nameFrom = unitStart ?? chosen.end;
    const nameTo = levelEnd(reader, nameFrom, clause);
    nameSpan = nameTo > nameFrom ? trimmedSpan(reader, nameFrom, nameTo) : null;
    // "xây dựng tăng 17%/năm": nothing after the figure, so the words before it name it.
    nameSpan ??= trimmedSpan(reader, clause.from, runStart);
    qualifier = trailingQualifier(reader, nameTo, clause);
  } else {
    const remainder = remainderEnd(reader, chosen.end, clause);
    targetEnd = remainder;
    runStart = holdStart(reader, runStart, clause.from);
    nameSpan = trimmedSpan(reader, clause.from, runStart, true);
    // "thuộc nhóm 20 tỉnh dẫn đầu cả nước": who is ranked and how complete the target, whatever the words.
    if (top) targetEnd = Math.max(targetEnd, levelEnd(reader, chosen.end, clause));
    qualifier = trailingQualifier(reader, targetEnd, clause);
    // "Trồng mới 1.500 cây xanh bóng mát": a verb, then what it counts after the unit; the count is the target.
    const counted = qualifier === null ? countedAfter(reader, chosen, clause, runStart) : null;
    if (counted !== null) {
      targetEnd = chosen.end;
      qualifier = counted;
    }
  }
  const startChar = tokens[runStart]?.start ?? 0;
  const endChar = tokens[targetEnd - 1]?.end ?? startChar;
  const target: Span = [startChar, endChar];

  const quoteFrom = tokens[clause.from]?.start ?? 0;
  const quoteTo = tokens[clause.to - 1]?.end ?? quoteFrom;
  const parts: Measure[] = [];
  const milestones: Record<string, Span> = {};
  for (const child of clause.children) {
    if (isResult(reader, child)) continue;
    const part = measureOf(reader, child);
    if (part === null) continue;
    const year = milestoneYear(reader, child);
    if (year !== null && part.target !== null) milestones[String(year)] = part.target;
    else parts.push(part);
  }
  return {
    name: nameSpan,
    target,
    ...(qualifier === null || nameSpan === null ? {} : { qualifier }),
    // A place within a leading group is a rank, whatever the figure is followed by.
    unit: top ? "xếp hạng" : printedUnit(reader, chosen),
    quote: [quoteFrom, quoteTo],
    parts,
    milestones,
    warnings,
    confidence,
  };
}

/**
 * "(không kể tiền sử dụng đất)", "(theo chuẩn nghèo đa chiều)" right after the figure and ending
 * its clause: a parenthesis without a figure says what is counted. A price basis ("giá so sánh
 * 2010"), a document cited ("theo Nghị định số 07/2021/NĐ-CP") or a pointer to an annex is not
 * part of the name.
 */
function trailingQualifier(reader: Reader, at: number, clause: Clause): Span | null {
  const { tokens, depth } = reader;
  if (tokens[at]?.text !== "(" || depth[at] !== clause.level) return null;
  let close = at + 1;
  while (close < clause.to && !(tokens[close]?.text === ")" && depth[close] === clause.level)) close++;
  if (close >= clause.to && tokens[close]?.text !== ")") return null;
  for (let k = close + 1; k < clause.to; k++) if (tokens[k]?.kind !== "sym") return null;
  if (close - at < 2 || reader.figures.some((f) => f.start > at && f.start < close)) return null;
  const inside = tokens.slice(at + 1, close).map((t) => t.text).join(" ");
  if (NOT_A_QUALIFIER.test(inside)) return null;
  return spanOf(reader, at, close + 1);
}

const NOT_A_QUALIFIER = /\b(gia (so sanh|thuc te|hien hanh)|nghi dinh|quyet dinh|nghi quyet|thong tu|chi thi|ket luan|so \d|chi tiet|phu luc|kem theo|bieu)\b/;

/** Where the words that qualify the figure begin: "có thêm ít nhất", "giảm từ", "≤", "khoảng". */
function qualifierStart(reader: Reader, figureStart: number): number {
  const { tokens } = reader;
  let k = figureStart - 1;
  let start = figureStart;
  while (k >= 0) {
    const token = tokens[k];
    if (token === undefined) break;
    if (token.kind === "sym" && COMPARISON_SYMBOLS[token.text] !== undefined) {
      start = k;
      k--;
      continue;
    }
    const entry = (PREFIXES.get(token.text) ?? []).find((e) => endsBefore(tokens, k + 1, e.tokens, false));
    if (entry === undefined || entry.kind === "lead" || entry.kind === "level") break;
    k -= entry.tokens.length;
    start = k + 1;
  }
  return start;
}

/** Where a level held begins, when one is printed between the name and its figure (HOLD_WORDS); else `runStart`. */
function holdStart(reader: Reader, runStart: number, from: number): number {
  const { tokens } = reader;
  const level = HOLD_LEVEL_WORDS.find((words) => runStart - words.length > from && endsBefore(tokens, runStart, words, true));
  const beforeLevel = runStart - (level?.length ?? 0);
  // Words must remain before it to name the indicator.
  const hold = HOLD_WORDS.find((words) => beforeLevel - words.length > from && endsBefore(tokens, beforeLevel, words, true));
  if (hold === undefined || (level === undefined && HOLD_WORDS_NEEDING_LEVEL.has(hold.join(" ")))) return runStart;
  return beforeLevel - hold.length;
}

/** Words after the figure that complete the target: "trên 3% diện tích tự nhiên", "100% chỉ tiêu trên giao". */
function remainderEnd(reader: Reader, from: number, clause: Clause): number {
  const { tokens, depth } = reader;
  const first = tokens[from];
  if (first === undefined || from >= clause.to || first.kind !== "word" || REMAINDER_STOPS.has(first.text)) return from;
  let end = from;
  while (end < clause.to && depth[end] === clause.level) {
    const token = tokens[end];
    if (token === undefined || token.kind === "num" || token.text === "(" || token.text === ":") break;
    if (REMAINDER_VERBS.has(token.orig.toLowerCase())) return from;
    end++;
  }
  if (end < clause.to && tokens[end]?.kind === "num") return from;
  if (end - from > 10) return from;
  while (end > from && tokens[end - 1]?.kind === "sym") end--;
  return end;
}

/**
 * The words after a counted unit that say what is counted ("1.500 cây xanh bóng mát trên các
 * tuyến phố", "5 dự án đầu tư"), when the words before the figure are a verb without a link
 * ("Trồng mới", "Thu hút"; not "đạt", "là", ":"): part of the name, not of the target.
 */
function countedAfter(reader: Reader, figure: Figure, clause: Clause, runStart: number): Span | null {
  const { tokens } = reader;
  const unitStart = unitTokenStart(reader, figure);
  const end = levelEnd(reader, figure.end, clause);
  if (unitStart === null || end <= figure.end || tokens[figure.end]?.kind !== "word") return null;
  const before = tokens[runStart - 1];
  if (before === undefined || before.kind !== "word" || runStart - clause.from > 4) return null;
  if (NAME_EDGE_WORDS.some((words) => endsBefore(tokens, runStart, words, true))) return null;
  let from = unitStart;
  while (from < end - 1 && MULTIPLIERS[tokens[from]?.orig.toLowerCase() ?? ""] !== undefined) from++;
  return trimmedSpan(reader, from, end);
}

/** The first token of a word unit printed right after the number ("01 HTX", "10 xã"); null for %, ‰ and none. */
function unitTokenStart(reader: Reader, figure: Figure): number | null {
  const { tokens } = reader;
  const kind = unitKind(figure.unit);
  // "1 ha ngô sinh khối": a measure is not what is counted; "01 trường đạt chuẩn" names what is.
  if (kind !== "count" && kind !== "other") return null;
  for (let i = figure.start + 1; i < figure.end; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.kind === "word" && tokens[i - 1]?.kind === "num") return i;
  }
  return null;
}

function levelEnd(reader: Reader, from: number, clause: Clause): number {
  let end = from;
  while (end < clause.to && reader.depth[end] === clause.level && reader.tokens[end]?.text !== "(") end++;
  return end;
}

function printedUnit(reader: Reader, figure: Figure): string | null {
  const printed = figure.text.replace(/\s*(trở lên|trở xuống|trở lại|hoặc hơn)$/iu, "");
  const unit = printed
    .replace(/^[-−]?\s*\d[\d.,]*(?:\s*\/\s*\d[\d.,]*)?(?:\s*(?:-|–|—|−|÷|~|đến|tới)\s*\d[\d.,]*)?/u, "")
    .replace(/^\s*(?:≤|≥|<|>)\s*/u, "")
    .trim();
  if (unit === "") return figure.unit === null ? null : figure.unit;
  return unit;
}

/** A span of tokens [from, to) with edge words ("đạt", "là", ":", "trong đó") trimmed; null when nothing is left. */
function trimmedSpan(reader: Reader, from: number, to: number, keepHave = false): Span | null {
  const { tokens } = reader;
  let a = from;
  let b = to;
  for (let guard = 0; guard < 16 && a < b; guard++) {
    const token = tokens[a];
    if ((token?.kind === "sym" && token.text !== "(") || reader.time.has(a)) {
      a++;
      continue;
    }
    // "trong đó có bằng cấp, chứng chỉ đạt 32%": before the figure, "có" is part of what is named.
    const edge = NAME_EDGE_WORDS.find(
      (words) => a + words.length <= b && matchesExact(tokens, a, words) && !(keepHave && words[words.length - 1] === "có" && a + words.length < b),
    );
    if (edge === undefined) break;
    a += edge.length;
  }
  for (let guard = 0; guard < 12 && b > a; guard++) {
    const token = tokens[b - 1];
    // "Tổng giá trị sản xuất năm 2024 là ...": the year says when, not what is measured.
    if ((token?.kind === "sym" && token.text !== ")" && !closesQuote(tokens, a, b - 1)) || (reader.time.has(b - 1) && b - 1 > a && !comparedYear(reader, b - 1))) {
      b--;
      continue;
    }
    const edge = NAME_EDGE_WORDS.find((words) => b - words.length >= a && endsBefore(tokens, b, words, true));
    if (edge === undefined) break;
    b -= edge.length;
  }
  if (b <= a) return null;
  return spanOf(reader, a, b);
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = { "”": "“", "’": "‘", "»": "«", '"': '"', "'": "'" };

/** «Tỷ lệ gia đình đạt danh hiệu “Gia đình văn hóa”»: the closing quote of a title in the name stays. */
function closesQuote(tokens: readonly Token[], from: number, at: number): boolean {
  const close = tokens[at]?.orig ?? "";
  const open = QUOTE_PAIRS[close];
  if (open === undefined) return false;
  let opens = 0;
  let closes = 0;
  for (let k = from; k < at; k++) {
    const text = tokens[k]?.orig ?? "";
    if (open === close) opens += text.split(open).length - 1;
    else {
      opens += text.split(open).length - 1;
      closes += text.split(close).length - 1;
    }
  }
  return open === close ? opens % 2 === 1 : opens > closes;
}

/** "so với năm 2025": the year a figure is compared with is part of what the part measures. */
function comparedYear(reader: Reader, at: number): boolean {
  let k = at;
  while (k >= 0 && reader.time.has(k)) k--;
  const before = reader.tokens[k]?.text;
  return before === "voi" || before === "so";
}

/** Whether `tokens` from `at` are `words`, compared in lower case with diacritics. */
function matchesExact(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k];
    if (token === undefined || lowered(token) !== words[k]) return false;
  }
  return true;
}

/**
 * A token as the word lists spell it (NFC, lower case), worked out once per token: every list is
 * tried at every token, and normalizing each time was a tenth of reviewing a long plan.
 */
const LOWERED = new WeakMap<Token, string>();
function lowered(token: Token): string {
  let text = LOWERED.get(token);
  if (text === undefined) {
    text = token.orig.normalize("NFC").toLowerCase();
    LOWERED.set(token, text);
  }
  return text;
}

function spanOf(reader: Reader, from: number, to: number): Span {
  const start = reader.tokens[from]?.start ?? 0;
  return [start, reader.tokens[to - 1]?.end ?? start];
}

/** The first sentence of the item, without its final punctuation. */
function firstSentence(reader: Reader): Span | null {
  const { tokens, depth } = reader;
  let end = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (depth[i] !== 0 || token === undefined) continue;
    if ((token.text === "." && (tokens[i + 1]?.spaced ?? true)) || token.text === ";") {
      end = i;
      break;
    }
  }
  while (end > 0 && tokens[end - 1]?.kind === "sym" && tokens[end - 1]?.text !== ")" && tokens[end - 1]?.text !== "”") end--;
  if (end === 0) return null;
  return spanOf(reader, 0, end);
}
