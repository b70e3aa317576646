/**
 * Every target a plan's text states, wherever it stands: the list of main indicators, the tasks
 * and solutions, the annex table. The reviewer compares these with the annex; the extractor's own
 * readers do the reading (items by `readItem`, tables by `findIndicatorTables`, headings by
 * `outline`), so a statement is found exactly as `extractPlan` would find an indicator.
 */
import { foldKeepingLength, foldWhitespace } from "../vn/text";
import { readItem, type Measure, type ReadOptions, type Span } from "./clauses";
import { toDocument, type PlanDocument } from "./document";
import { latexSpanAround } from "./mask";
import { isHeading, isListHeading, isOtherTopic, markLine, outline, type Heading, type Marked } from "./outline";
import { findIndicatorTables } from "./table";
import type { PlanText } from "./types";

/** A heading over a statement, as printed: its marker ("III", "2.1", "" for none) and title. */
export interface StatementHeading {
  marker: string;
  title: string;
}

/**
 * Where a statement stands: "list" under a heading of main indicators or specific goals (what
 * the plan commits to), "table" in an indicator table (Phụ lục I), "other" anywhere else (the
 * tasks and solutions, the background).
 */
export type StatementRegion = "list" | "table" | "other";

export interface Statement {
  /** What is measured, in the document's words (whitespace folded); "" when the text names nothing. */
  name: string;
  /** The figure with its qualifiers, verbatim ("trên 72%", "175.700 triệu đồng"). */
  target: string;
  /** As printed beside the figure or in the table's unit column; null when none. */
  unit: string | null;
  /** The clause (or table row) that states it, verbatim. */
  quote: string;
  /** [start, end) of the quote in `documentText`. */
  span: Span;
  /** Index of the document line (paragraph or table row) it is read from. */
  line: number;
  /** What the figure details: the item's heading ("Tỷ lệ học sinh huy động ra lớp") or the figure it is a part of; null for an item's own figure. */
  context: string | null;
  /** Milestones stated with it ("đến năm 2025 đạt 99,85%"), verbatim by year. */
  milestones: Record<string, string>;
  /** The year the sentence states it for ("Đến năm 2025 ... có trên 60% xã ..."), null when it names none. */
  year: number | null;
  /** The table row's STT, for a table statement. */
  stt: string | null;
  region: StatementRegion;
  /** The headings it stands under, outermost first. */
  headings: StatementHeading[];
}

const RESULT_HEADING = /\b(ket qua|tinh hinh|danh gia|uoc thuc hien|boi canh)\b/;
/** Besides "chỉ tiêu" headings, these introduce what the plan commits to. */
const GOALS_HEADING = /\bmuc tieu (cu the|chu yeu)\b/;

/**
 * The statements of a plan's text in document order. Clauses that report results ("ước đạt",
 * "đạt 100,05% kế hoạch", a year before the plan) and whole sections about results or the
 * background are left out: they are not targets.
 *
 * @example
 * findStatements(planTextFromPlain("2. Các chỉ tiêu chủ yếu\n- Thu ngân sách đạt 175.700 triệu đồng."))
 * //=> [{ name: "Thu ngân sách", target: "175.700 triệu đồng", unit: "triệu đồng", region: "list", ... }]
 */
export function findStatements(text: PlanText, options: ReadOptions = { milestoneYears: new Set(), planYear: null }): Statement[] {
  const doc = toDocument(text);
  const marks = doc.lines.map(markLine);
  const headings = outline(marks);
  const above = headingsByLine(headings, marks.length);
  const out: Statement[] = [];

  for (const table of findIndicatorTables(doc.lines)) {
    const names = new Map<number, string>();
    let parent: string | null = null;
    for (const row of table.rows) {
      if (row.kind === "section") {
        parent = null;
        continue;
      }
      names.set(row.line.index, row.name);
      if (row.kind === "indicator") parent = row.name;
      if (row.target === null) continue;
      out.push({
        name: row.name,
        target: row.target,
        unit: row.unit,
        quote: row.line.text.trimEnd(),
        span: [row.line.start, row.line.end],
        line: row.line.index,
        context: row.kind === "part" ? parent : null,
        milestones: row.milestones,
        year: null,
        stt: row.stt,
        region: "table",
        headings: (above[row.line.index] ?? []).map(headingOf),
      });
    }
  }

  for (const marked of marks) {
    // Without a digit a line states no figure (hasFigure says the same), and reading it costs.
    if (marked.line.table !== null || !/\d/.test(marked.line.text) || isHeading(marked)) continue;
    const over = above[marked.line.index] ?? [];
    if (over.some((h) => RESULT_HEADING.test(h.folded) && !isListHeading(h))) continue;
    const region = regionOf(over);
    const body = marked.masked.slice(marked.bodyStart);
    const reading = readItem(body, options);
    const base = { marked, region, headings: over.map(headingOf) };
    const headingName = reading.heading === null ? null : words(doc, marked, reading.heading);
    if (reading.headline !== null) push(out, doc, base, reading.headline, headingName);
    const partContext = reading.headline === null ? headingName : nameOf(doc, marked, reading.headline);
    for (const part of reading.parts) push(out, doc, base, part, partContext);
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

interface Base {
  marked: Marked;
  region: StatementRegion;
  headings: StatementHeading[];
}

function push(out: Statement[], doc: PlanDocument, base: Base, measure: Measure, context: string | null): void {
  const { marked } = base;
  const milestones: Record<string, string> = {};
  for (const [year, span] of Object.entries(measure.milestones)) milestones[year] = verbatim(doc, marked, span);
  const quoteStart = marked.line.start + marked.bodyStart + measure.quote[0];
  const quoteEnd = marked.line.start + marked.bodyStart + measure.quote[1];
  const name = nameOf(doc, marked, measure);
  if (measure.qualitative === true) return;
  // "đến năm 2025, có 13 xã ...": a figure stated only for a milestone is that milestone's statement.
  const targets = measure.target !== null ? [verbatim(doc, marked, measure.target)] : Object.values(milestones);
  for (const target of targets) pushOne(out, { name, target, measure, marked, milestones, quoteStart, quoteEnd, context, base, doc });
  for (const part of measure.parts) push(out, doc, base, part, name === "" ? context : name);
}

interface One {
  name: string;
  target: string;
  measure: Measure;
  marked: Marked;
  milestones: Record<string, string>;
  quoteStart: number;
  quoteEnd: number;
  context: string | null;
  base: Base;
  doc: PlanDocument;
}

function pushOne(out: Statement[], { name, target, measure, marked, milestones, quoteStart, quoteEnd, context, base, doc }: One): void {
  out.push({
    name,
    target,
    unit: measure.unit,
    quote: doc.text.slice(quoteStart, quoteEnd),
    span: [quoteStart, quoteEnd],
    line: marked.line.index,
    context,
    milestones,
    year: yearBefore(marked.line.text, quoteStart - marked.line.start),
    stt: null,
    region: base.region,
    headings: base.headings,
  });
}

/** The last "năm 2025" / "đến 2025" of the sentence before `at` in the line. */
function yearBefore(line: string, at: number): number | null {
  const before = line.slice(0, at + 1);
  const sentence = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("; ")) + 1);
  const years = [...foldKeepingLength(sentence).matchAll(/\b(?:nam|den)\s+((?:19|20)\d\d)\b/g)];
  const last = years[years.length - 1];
  return last === undefined ? null : Number(last[1]);
}

function nameOf(doc: PlanDocument, marked: Marked, measure: Measure): string {
  return measure.name === null ? "" : words(doc, marked, measure.name).replace(/^[\s:;,.\-–]+|[\s:;,.\-–]+$/gu, "");
}

function words(doc: PlanDocument, marked: Marked, span: Span): string {
  const offset = marked.bodyStart;
  return foldWhitespace(marked.masked.slice(offset + span[0], offset + span[1]));
}

/** The target as printed, LaTeX included ("$\leq 3\%$"). */
function verbatim(doc: PlanDocument, marked: Marked, span: Span): string {
  const [start, end] = latexSpanAround(marked.line.text, marked.bodyStart + span[0], marked.bodyStart + span[1]);
  return doc.text.slice(marked.line.start + start, marked.line.start + end).trim();
}

/**
 * The headings over each line, outermost first, in one pass: headings nest (outline closes the
 * deeper ones where a heading of an open kind starts), so a stack follows them down the document.
 */
function headingsByLine(headings: readonly Heading[], count: number): Heading[][] {
  const out: Heading[][] = new Array<Heading[]>(count);
  let stack: Heading[] = [];
  let current: Heading[] = [];
  let next = 0;
  let stale = false;
  for (let line = 0; line < count; line++) {
    if (stack.some((h) => h.end <= line)) {
      stack = stack.filter((h) => h.end > line);
      stale = true;
    }
    if (stale) {
      current = [...stack];
      stale = false;
    }
    out[line] = current;
    while (next < headings.length && (headings[next] as Heading).marked.line.index <= line) {
      stack.push(headings[next] as Heading);
      next++;
      stale = true;
    }
  }
  return out;
}

function headingOf(heading: Heading): StatementHeading {
  return { marker: heading.marked.marker.replace(/[.)]$/, ""), title: heading.title };
}

/** The innermost heading that says what its lines are about decides: main indicators, or another topic. */
function regionOf(above: readonly Heading[]): StatementRegion {
  for (let i = above.length - 1; i >= 0; i--) {
    const heading = above[i] as Heading;
    if (isListHeading(heading) || GOALS_HEADING.test(heading.folded)) return "list";
    if (isOtherTopic(heading)) return "other";
  }
  return "other";
}
