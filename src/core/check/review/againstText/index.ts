import { documentText, findStatements, type PlanText, type ReadOptions, type Statement } from "../../../extract";
import { placedIndicators, type Plan } from "../../../model";
import { foldWhitespace } from "../../../vn";
import { quoted, rowLabel, whereLabel } from "../describe";
import { PLAN_POSITION, type Evidence, type Finding, type Located } from "../finding";
import { alignElsewhere, alignOwn, rowIndex, rowOf, textStatement, type Alignment, type Row, type TextStatement } from "./align";
import { locateQuotes } from "./locate";
import { qualifierDifference, qualifiersOf, type Qualifier } from "./qualifiers";

export const AGAINST_TEXT_RULE = "khac-van-ban";

/**
 * "khac-van-ban": the annex against the plan's own text. Every target the text states (its list
 * of main indicators, its tasks and solutions, its annex table: findStatements) is aligned with
 * the annex's rows by name, unit and place, then:
 *
 * | finds                                                                  | severity  |
 * |------------------------------------------------------------------------|-----------|
 * | a row and a statement of the same indicator with different figures     | lỗi       |
 * | a target the text's list commits to that no row carries                | cảnh báo  |
 * | a row left blank where the text states a figure                        | cảnh báo  |
 * | a figure ×10, ×100 or ×1000 its twin (a slipped decimal mark, ‰ for %) | cảnh báo  |
 * | the same figure stated with other qualifiers ("trừ tiền sử dụng đất")  | thông tin |
 * | a row the text never mentions, when the text lists indicators itself   | thông tin |
 *
 * A comparison carries both sides' words (evidence); a restatement of the same figure is not
 * reported. When a name could be either of two rows, nothing is said: a wrong finding costs the
 * reviewer more than a missed one.
 */
export function reviewAgainstText(plan: Plan, text: PlanText): Located[] {
  const placed = placedIndicators(plan);
  const rows = placed.map(rowOf);
  const options = readOptions(plan);
  const statements = findStatements(text, options);
  const families = locateQuotes(documentText(text), placed);

  const index = rowIndex(rows);
  const aligned: Aligned[] = [];
  for (const statement of statements) {
    const s = textStatement(statement, options.milestoneYears);
    if (s === null) continue;
    const family = families.find((f) => f.span[0] <= statement.span[0] && statement.span[1] <= f.span[1]);
    if (family !== undefined) {
      const alignment = alignOwn(family.rows.map((at) => rows[at] as Row), s);
      // The row's own words cannot qualify its figure differently from themselves.
      const own = alignment.kind === "row" && alignment.relation === "qualified" ? { ...alignment, relation: "same" as const } : alignment;
      aligned.push({ s, alignment: own, own: true });
    } else if (statement.unit !== null || statement.region === "table") {
      aligned.push({ s, alignment: alignElsewhere(rows, index, s), own: false });
    }
  }

  const mentioned = new Set<number>();
  for (const family of families) if (!family.inTable) for (const at of family.rows) mentioned.add(at);
  for (const { s, alignment } of aligned) {
    if (alignment.kind === "row" && s.statement.region !== "table") mentioned.add(alignment.row.at);
  }

  const out: Located[] = [];
  const topLevel = rows.filter((r) => r.placed.parent === null);
  const withTargets = topLevel.filter((r) => familyOf(rows, r).some((m) => m.figures.length > 0));
  const found = withTargets.filter((r) => familyOf(rows, r).some((m) => mentioned.has(m.at) || families.some((f) => f.rows.includes(m.at))));
  if (withTargets.length >= 4 && found.length < withTargets.length / 4) {
    return [
      {
        at: PLAN_POSITION,
        finding: {
          rule: AGAINST_TEXT_RULE,
          severity: "canh_bao",
          code: null,
          message: `Văn bản đã chọn hầu như không nêu chỉ tiêu nào của phụ lục (chỉ thấy ${found.length}/${withTargets.length}): có thể đây không phải văn bản của kế hoạch này. Chọn đúng văn bản kế hoạch để so sánh.`,
        },
      },
    ];
  }

  out.push(...figureFindings(aligned));
  out.push(...omissions(aligned));
  const listsItself = statements.some((s) => s.region === "list");
  if (listsItself) out.push(...unmentioned(rows, mentioned));
  return out;
}

interface Aligned {
  s: TextStatement;
  alignment: Alignment;
  /** Read inside the row's own source words. */
  own: boolean;
}

function familyOf(rows: readonly Row[], row: Row): Row[] {
  const out: Row[] = [row];
  for (const r of rows) if (r.placed.parent !== null && out.some((m) => m.placed.indicator === r.placed.parent)) out.push(r);
  return out;
}

/** The plan's milestones and first year, so "đến năm 2025" reads as a milestone and "năm 2023" as a result. */
function readOptions(plan: Plan): ReadOptions {
  const period = plan.period;
  if ("year" in period) return { milestoneYears: new Set(), planYear: period.year };
  return { milestoneYears: new Set(period.milestones), planYear: period.from };
}

/** Where a statement stands, as a reader finds it: the table row, or the heading it is under. */
export function placeOf(statement: Statement): string {
  if (statement.region === "table") return statement.stt === null || statement.stt === "" ? "bảng chỉ tiêu của văn bản" : `bảng chỉ tiêu của văn bản, STT ${statement.stt}`;
  const inner = statement.headings[statement.headings.length - 1];
  if (inner === undefined) return "phần mở đầu văn bản";
  const label = (h: { marker: string; title: string }) => `${h.marker === "" ? "" : `${h.marker} `}${quoted(wordsUpTo(h.title, 60))}`;
  const outer = statement.headings.find((h) => /^[IVXL]+$/.test(h.marker));
  const head = `mục ${label(inner)}`;
  return outer !== undefined && outer !== inner ? `${head}, phần ${outer.marker}` : head;
}

/** A long heading cut after a whole word, marked with "…". */
function wordsUpTo(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(" ");
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, "")}…`;
}

/** A long clause cut around its figure, so both sides fit side by side. */
export function excerpt(quote: string, target: string, limit = 240): string {
  const clean = foldWhitespace(quote.replace(/\*\*|__/g, ""));
  if (clean.length <= limit) return clean;
  const at = Math.max(0, clean.indexOf(foldWhitespace(target.replace(/\*\*|__/g, ""))));
  const start = Math.max(0, Math.min(at - Math.floor(limit / 2), clean.length - limit));
  return `${start > 0 ? "…" : ""}${clean.slice(start, start + limit).trim()}${start + limit < clean.length ? "…" : ""}`;
}

function rowEvidence(row: Row): Evidence {
  const { indicator } = row.placed;
  const source = indicator.source.quote ?? "";
  const quote = source.trim() === "" ? `${indicator.name}: ${indicator.target ?? "(để trống)"}` : source.replace(/\t+/g, " | ");
  return { from: "phu-luc", place: whereLabel(row.placed), quote: excerpt(quote, indicator.target ?? "") };
}

function textEvidence(s: Statement): Evidence {
  return { from: "van-ban", place: placeOf(s), quote: excerpt(s.quote.replace(/\t+/g, " | "), s.target) };
}

const printed = (raw: string) => quoted(raw.replace(/\*\*|__/g, ""));

function qualifierNote(row: Row, rowRaw: string, s: Statement): string {
  const rowQualifiers = qualifiersOf(row.placed.indicator.source.quote ?? "", rowRaw, row.placed.indicator.name);
  const textQualifiers = qualifiersOf(s.quote, s.target, s.name);
  const { onlyA, onlyB } = qualifierDifference(rowQualifiers, textQualifiers);
  const list = (qs: Qualifier[]) => qs.map((q) => quoted(q.text)).join(", ");
  const parts: string[] = [];
  if (onlyA.length > 0) parts.push(`phụ lục ghi kèm ${list(onlyA)}`);
  if (onlyB.length > 0) parts.push(`văn bản ghi kèm ${list(onlyB)}`);
  return parts.join("; ");
}

function hasQualifierDifference(row: Row, rowRaw: string, s: Statement): boolean {
  return qualifierNote(row, rowRaw, s) !== "";
}

/** One finding per row and kind, naming every statement of the text that disagrees. */
function figureFindings(aligned: readonly Aligned[]): Located[] {
  type Kind = "different" | "scaled" | "qualified" | "blank";
  const groups = new Map<string, { row: Row; kind: Kind; items: { s: Statement; raw: string | null; column: string | null }[] }>();
  for (const { s, alignment, own } of aligned) {
    if (alignment.kind !== "row") continue;
    const { row, relation, figure } = alignment;
    let kind: Kind | null;
    if (figure === null) kind = relation === "different" ? "blank" : null;
    else if (relation === "different") kind = "different";
    else if (relation === "scaled") kind = "scaled";
    else if (relation === "qualified") kind = "qualified";
    else if (relation === "same" && !own && hasQualifierDifference(row, figure.raw, s.statement)) kind = "qualified";
    else kind = null;
    if (kind === null) continue;
    const key = `${row.at}|${kind}`;
    const group = groups.get(key) ?? { row, kind, items: [] };
    if (!group.items.some((i) => i.s.target === s.statement.target && placeOf(i.s) === placeOf(s.statement))) {
      group.items.push({ s: s.statement, raw: figure?.raw ?? null, column: figure?.column ?? null });
    }
    groups.set(key, group);
  }
  const out: Located[] = [];
  for (const { row, kind, items } of groups.values()) {
    const label = rowLabel(row.placed);
    const first = items[0];
    if (first === undefined) continue;
    const said = items.map((i) => `${printed(i.s.target)} (${placeOf(i.s)})`).join("; ");
    const rowSays = first.raw === null ? "" : `${first.column === "chỉ tiêu kế hoạch" ? "" : `${first.column} `}${printed(first.raw)}`;
    const notes = first.raw === null ? "" : qualifierNote(row, first.raw, first.s);
    let finding: Finding;
    if (kind === "different") {
      finding = {
        rule: AGAINST_TEXT_RULE,
        severity: "loi",
        code: row.placed.indicator.code,
        message: `${label}: phụ lục ghi ${rowSays}, văn bản ghi ${said}${notes === "" ? "" : ` (${notes})`}. Thống nhất một con số giữa phụ lục và văn bản; nếu là hai chỉ tiêu khác nhau, ghi rõ tên từng chỉ tiêu.`,
      };
    } else if (kind === "scaled") {
      finding = {
        rule: AGAINST_TEXT_RULE,
        severity: "canh_bao",
        code: row.placed.indicator.code,
        message: `${label}: phụ lục ghi ${rowSays}, văn bản ghi ${said}: hai con số lệch nhau đúng 10, 100 hoặc 1000 lần, có thể do đặt nhầm dấu thập phân hoặc nhầm ‰ với %. Kiểm tra lại con số đúng.`,
      };
    } else if (kind === "blank") {
      finding = {
        rule: AGAINST_TEXT_RULE,
        severity: "canh_bao",
        code: row.placed.indicator.code,
        message: `${label}: phụ lục để trống chỉ tiêu, văn bản ghi ${said}. Điền chỉ tiêu theo văn bản nếu đúng là chỉ tiêu này.`,
      };
    } else {
      finding = {
        rule: AGAINST_TEXT_RULE,
        severity: "thong_tin",
        code: row.placed.indicator.code,
        message: `${label}: phụ lục ghi ${rowSays}, văn bản ghi ${said}: cùng con số nhưng cách ghi khác${notes === "" ? "" : ` (${notes})`}. Xem lại để hai nơi nói cùng một điều.`,
      };
    }
    finding.evidence = [rowEvidence(row), ...items.map((i) => textEvidence(i.s))];
    out.push({ at: row.at, finding });
  }
  return out;
}

/** Targets of the text's own list that no row carries: one finding per item of the list. */
function omissions(aligned: readonly Aligned[]): Located[] {
  const byLine = new Map<number, { items: Statement[]; near: Row[]; at: number }>();
  let lastAt = PLAN_POSITION;
  for (const { s, alignment } of aligned) {
    if (alignment.kind === "row") lastAt = Math.max(lastAt, alignment.row.at);
    if (alignment.kind !== "none" || s.statement.region !== "list") continue;
    const group = byLine.get(s.statement.line) ?? { items: [], near: [], at: lastAt + 0.5 };
    group.items.push(s.statement);
    if (alignment.near !== null && !group.near.includes(alignment.near)) group.near.push(alignment.near);
    byLine.set(s.statement.line, group);
  }
  const out: Located[] = [];
  for (const { items, near, at } of byLine.values()) {
    const first = items[0];
    if (first === undefined) continue;
    const listed = items.map((s) => (s.name === "" ? printed(s.target) : `${quoted(s.name)} ${printed(s.target)}`)).join("; ");
    const nearText =
      near.length === 0
        ? ""
        : ` Phụ lục có ${near.map((r) => `${rowLabel(r.placed)} ghi ${printed(r.figures[0]?.raw ?? "")}`).join("; ")}, nhưng đó là con số khác loại (mức đạt tới hay mức tăng thêm, đơn vị khác).`;
    out.push({
      at,
      finding: {
        rule: AGAINST_TEXT_RULE,
        severity: "canh_bao",
        code: null,
        message: `Văn bản (${placeOf(first)}) đặt chỉ tiêu mà phụ lục không có dòng nào: ${listed}.${nearText} Thêm dòng vào phụ lục, hoặc bỏ khỏi văn bản nếu không còn là chỉ tiêu.`,
        evidence: [...near.map(rowEvidence), textEvidence({ ...first, quote: items.length > 1 ? lineQuote(items) : first.quote })],
      },
    });
  }
  return out;
}

/** The clauses of one item, first to last, as one quote. */
function lineQuote(items: readonly Statement[]): string {
  return items.map((s) => foldWhitespace(s.quote)).filter((q, i, all) => all.indexOf(q) === i).join("; ");
}

/** Rows with a figure that no statement of the text names (the row's parts count for it). */
function unmentioned(rows: readonly Row[], mentioned: ReadonlySet<number>): Located[] {
  const out: Located[] = [];
  for (const row of rows) {
    if (row.placed.parent !== null) {
      const parentRow = rows.find((r) => r.placed.indicator === row.placed.parent);
      // A part is reported alone only when its parent is named; otherwise the parent's finding covers it.
      if (parentRow === undefined || !familyOf(rows, parentRow).some((m) => mentioned.has(m.at))) continue;
      if (mentioned.has(row.at) || row.figures.length === 0) continue;
    } else {
      const family = familyOf(rows, row);
      if (family.some((m) => mentioned.has(m.at)) || family.every((m) => m.figures.length === 0)) continue;
    }
    out.push({
      at: row.at,
      finding: {
        rule: AGAINST_TEXT_RULE,
        severity: "thong_tin",
        code: row.placed.indicator.code,
        message: `${rowLabel(row.placed)}: phần lời của văn bản không nhắc tới chỉ tiêu này. Kiểm tra chỉ tiêu có đúng là của kế hoạch không, hoặc bổ sung vào phần chỉ tiêu của văn bản.`,
        evidence: [rowEvidence(row)],
      },
    });
  }
  return out;
}
