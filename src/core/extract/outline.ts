/**
 * The document's outline: which lines are headings (I., 1., 1.1., a., "* Về kinh tế"), which are
 * items of a list ((1), 1., a), -, +), and where the list of main indicators is.
 */
import { depths, findFigures } from "../vn/figures";
import type { Context } from "../vn/reading";
import { foldKeepingLength, foldWhitespace } from "../vn/text";
import { tokenize } from "../vn/tokens";
import type { Line } from "./document";
import { maskMarkup } from "./mask";

export type MarkerKind = "chapter" | "article" | "part" | "roman" | "upper" | "number" | "dotted" | "letter" | "paren" | "dash" | "plus" | "dot" | "none";

export interface Marked {
  line: Line;
  /** The line with markup blanked (same length as line.text). */
  masked: string;
  kind: MarkerKind;
  /** The marker as printed, without its trailing "." ("1", "(3)", "a)", "-"); "" when none. */
  marker: string;
  /** Where the text after the marker starts, in the line. */
  bodyStart: number;
  /** The text after the marker, whitespace folded. */
  readonly body: string;
  /** Whether the text after the marker states a figure (read on first use: most lines never need it). */
  readonly hasFigure: boolean;
}

function marked(line: Line, masked: string, kind: MarkerKind, marker: string, bodyStart: number): Marked {
  let figure: boolean | undefined;
  let body: string | undefined;
  return {
    line,
    masked,
    kind,
    marker,
    bodyStart,
    get body() {
      body ??= foldWhitespace(masked.slice(bodyStart));
      return body;
    },
    get hasFigure() {
      figure ??= hasFigure(masked.slice(bodyStart));
      return figure;
    },
  };
}

const MARKERS: readonly [MarkerKind, RegExp][] = [
  ["chapter", /^\s*(chương\s+(?:[IVXL]+|\d+))\b[.:]?\s*/iu],
  ["article", /^\s*(điều\s+\d+)\s*[.:]\s*/iu],
  ["part", /^\s*(ph[ầâ]n(?:\s+th[ứu])?\s+(?:[IVX]+|\d+|nh[ấa]t|hai|ba))\b[.:]?\s*/iu],
  ["paren", /^\s*(\(\d{1,3}\))\s*/u],
  ["dotted", /^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s+/u],
  ["number", /^\s*(\d{1,3})\s*[.)]\s+/u],
  ["roman", /^\s*([IVXL]{1,6})\s*[.\-–)]\s*(?=\S)/u],
  ["upper", /^\s*([A-ZĐ])\s*[.)]\s+/u],
  ["letter", /^\s*([a-zđ][.)])\s+/u],
  ["dash", /^\s*([-–—])\s*/u],
  ["plus", /^\s*(\+)\s*/u],
  ["dot", /^\s*([•·▪◦*])\s*/u],
];

export function markLine(line: Line): Marked {
  const masked = maskMarkup(line.text);
  for (const [kind, pattern] of MARKERS) {
    const m = pattern.exec(masked);
    if (m === null) continue;
    const printed = (m[1] ?? "").trim();
    const marker = kind === "letter" && printed.endsWith(".") ? printed.slice(0, -1) : printed;
    return marked(line, masked, kind, marker, m[0].length);
  }
  return marked(line, masked, "none", "", leadingSpaces(masked));
}

function leadingSpaces(text: string): number {
  return text.length - text.trimStart().length;
}

export function hasFigure(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const tokens = tokenize(text, foldKeepingLength(text));
  const ctx: Context = { tokens, normalized: text, fallback: null, fallbackTokens: null, depth: depths(tokens), unreadable: [] };
  return findFigures(ctx).length > 0;
}

export function bodyOf(marked: Marked): string {
  return marked.body;
}

/** Whether a line is a heading of the outline rather than an item of a list. */
export function isHeading(marked: Marked): boolean {
  if (marked.kind === "paren" || marked.kind === "dash" || marked.kind === "plus") return false;
  const body = bodyOf(marked);
  const short = body.length <= 120;
  switch (marked.kind) {
    case "chapter":
    case "article":
    case "part":
    case "roman":
    case "upper":
      return short || !marked.hasFigure;
    case "dotted":
    case "number":
    case "letter":
      // "4. Phát huy các nguồn lực ...; triển khai nhanh ...; phát triển đô thị theo lộ trình": a long
      // heading of the tasks, without the final "." or ";" an item of a list has.
      return !marked.hasFigure && (short || body.endsWith(":") || (body.length <= 250 && !/[.;,]$/.test(body)));
    case "dot":
      return body.length <= 80 && !marked.hasFigure;
    case "none":
      return body.length <= 80 && body.length > 0 && (isUpperCase(body) || /^(về|lĩnh vực|nhóm chỉ tiêu)\s/iu.test(body)) && !marked.hasFigure;
    default:
      return false;
  }
}

function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase();
}

export interface Heading {
  marked: Marked;
  depth: number;
  /** Index of the first line after the heading's subtree. */
  end: number;
  title: string;
  folded: string;
}

/**
 * Headings nest by the order their kinds first appear, as Vietnamese documents number them
 * (I. > 1. > 1.1. > a. > -): a heading of a kind already open closes everything below it.
 */
export function outline(marks: readonly Marked[]): Heading[] {
  const headings: Heading[] = [];
  const stack: { kind: MarkerKind; heading: Heading }[] = [];
  const closeFrom = (depth: number, at: number) => {
    for (const open of stack.splice(depth)) open.heading.end = at;
  };
  marks.forEach((marked, index) => {
    if (marked.line.table !== null || !isHeading(marked)) return;
    const kind = marked.kind === "none" ? "none" : marked.kind;
    let depth = stack.findIndex((open) => open.kind === kind);
    if (kind === "part") depth = 0;
    if (depth < 0) depth = stack.length;
    closeFrom(depth, index);
    const title = headingTitle(marked);
    const heading: Heading = { marked, depth, end: marks.length, title, folded: foldKeepingLength(title) };
    stack.push({ kind, heading });
    headings.push(heading);
  });
  closeFrom(0, marks.length);
  return headings;
}

/** "2. Chỉ tiêu văn hóa - xã hội:" -> "Chỉ tiêu văn hóa - xã hội". */
export function headingTitle(marked: Marked): string {
  return bodyOf(marked).replace(/[\s:;.]+$/u, "").trim();
}

const LIST_WORDS = /\b(chi tieu|muc tieu cu the)\b/;
const NOT_LIST_WORDS = /\b(ket qua|tinh hinh|danh gia|uoc thuc hien|bao cao)\b/;
const OTHER_TOPICS = /\b(nhiem vu|giai phap|muc tieu (tong quat|chung)|tam nhin|to chuc thuc hien|boi canh|quan diem|dinh huong|phuong huong|can cu|muc dich|yeu cau)\b/;

/** A heading over the list of main indicators: "2. Các chỉ tiêu chủ yếu", "II. MỘT SỐ CHỈ TIÊU CỤ THỂ". */
export function isListHeading(heading: Heading): boolean {
  return heading.title.length <= 100 && LIST_WORDS.test(heading.folded) && !NOT_LIST_WORDS.test(heading.folded) && !/\bcan cu\b/.test(heading.folded);
}

/** Inside the list, a heading about something else ("1. Mục tiêu tổng quát", "3. Nhiệm vụ trọng tâm"). */
export function isOtherTopic(heading: Heading): boolean {
  return !LIST_WORDS.test(heading.folded) && (OTHER_TOPICS.test(heading.folded) || NOT_LIST_WORDS.test(heading.folded));
}
