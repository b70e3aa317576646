import { MESSAGES } from "../vn/messages";
import { parseTarget } from "../vn/target";
import { foldKeepingLength, foldWhitespace, shorten } from "../vn/text";
import { readItem, type ItemReading, type Measure, type ReadOptions, type Span } from "./clauses";
import { toDocument, type Line, type PlanDocument } from "./document";
import { planId, readAttachedTo, readDatePlace, readIssuer, readKindAndTitle, readNumber, readPeriod } from "./heading";
import { isHeading, isListHeading, isOtherTopic, markLine, outline, type Heading, type Marked, type MarkerKind } from "./outline";
import { assignGroupCounts, findStatedCounts } from "./statedCount";
import { latexSpanAround } from "./mask";
import { suggestAgency } from "../annex/agencies";
import { planMonitor } from "./monitor";
import { findIndicatorTables, type IndicatorTable } from "./table";
import type { DraftIndicator, DraftPlan, DraftSection, PlanText } from "./types";
import { QUALITATIVE_VERBS, VERB_TARGETS } from "./words";

/**
 * Reads a plan's text into a draft plan model: the heading, the sections and every main
 * indicator with its parts, each with the document's own words as its quote, a confidence and
 * Vietnamese warnings where something was guessed. The annex table (Phụ lục I), when the document
 * has one, is the list; otherwise the numbered or bulleted list under the heading of main
 * indicators ("Các chỉ tiêu chủ yếu"); failing both, every item with a figure in the document.
 *
 * @example
 * extractPlan(planTextFromPlain("2. Các chỉ tiêu chủ yếu\n- Tỷ lệ hộ nghèo còn dưới 1%."))
 *   .sections[0].indicators[0]
 * //=> { name: "Tỷ lệ hộ nghèo", target: "dưới 1%", unit: "%", source: { quote: "- Tỷ lệ hộ nghèo còn dưới 1%." }, ... }
 */
export function extractPlan(text: PlanText): DraftPlan {
  const doc = toDocument(text);
  const marks = doc.lines.map(markLine);
  const headings = outline(marks);
  const warnings: string[] = [];

  const attached = readAttachedTo(doc.text);
  const number = readNumber(doc.lines) ?? attached?.number ?? null;
  const heading = readDatePlace(doc.lines);
  const date = heading.date ?? attached?.date ?? null;
  const place = heading.place;
  const read = readKindAndTitle(doc.lines);
  const kind = read.kind ?? attached?.kind ?? null;
  const title = read.title;
  const issuer = readIssuer(doc.lines, doc.text, title);
  const regions = listRegions(headings);
  const listText = regions.map((r) => doc.lines.slice(r.marked.line.index, r.end).map((l) => l.text).join("\n")).join("\n");
  const dateYear = date === null ? null : Number(date.slice(0, 4));
  const period = readPeriod(title, doc.text, listText, dateYear);
  const options: ReadOptions = {
    milestoneYears: new Set(period !== null && "milestones" in period ? period.milestones : []),
    planYear: period === null ? dateYear : "year" in period ? period.year : period.from,
  };

  const tables = findIndicatorTables(doc.lines);
  let sections: DraftSection[];
  let origin: DraftPlan["origin"];
  if (tables.length > 0) {
    sections = tables.flatMap((table) => tableSections(table));
    origin = "table";
    if (regions.length > 0 && listSections(doc, marks, headings, regions, options, false).some((s) => s.indicators.length > 0)) {
      warnings.push("Văn bản nêu chỉ tiêu cả trong phần lời và trong bảng phụ lục; đã lấy theo bảng. Dùng Rà soát để so sánh hai nơi.");
    }
  } else if (regions.length > 0) {
    sections = listSections(doc, marks, headings, regions, options, false);
    origin = "list";
  } else {
    sections = listSections(doc, marks, headings, [], options, true);
    origin = "document";
    if (sections.length > 0) {
      warnings.push("Không thấy mục «Các chỉ tiêu chủ yếu» hay bảng phụ lục chỉ tiêu; đã lấy mọi mục có số liệu trong văn bản: kiểm tra kỹ từng chỉ tiêu.");
    }
  }
  sections = sections.filter((s) => s.indicators.length > 0);
  assignCodes(sections);

  // A table with an office column answers row by row (a blank there is the document's own). Otherwise
  // the office the plan charges with following it as a whole (Sở Tài chính consolidating every
  // field's results) is the document's answer only for rows of no known field: a field's own office
  // (Sở Y tế, BHXH tỉnh, Bộ Chỉ huy Quân sự tỉnh) follows and judges that field's indicators, and the
  // annex suggests it, marked as a suggestion, as it does for any plan.
  const monitor = planMonitor(doc);
  const tableOffices = origin === "table" && tables.some((t) => t.columns.roles.includes("agency"));
  if (monitor !== null && !tableOffices) {
    const year = options.planYear;
    const ofField = (row: RowWithParent) =>
      issuer.level !== null && year !== null && suggestAgency([row.indicator.name, ...(row.parent === null ? [] : [row.parent.name])], issuer.level, year) !== null;
    const open = withParents(sections).filter((r) => r.indicator.agency === null);
    const rows = open.filter((r) => !ofField(r));
    for (const row of rows) row.indicator.agency = { name: monitor.name, origin: "document" };
    if (open.length > 0) {
      const quoted = `theo câu «${shorten(monitor.quote, 160)}»`;
      const suggested = open.length - rows.length;
      warnings.push(
        rows.length === 0
          ? `Văn bản giao «${monitor.name}» chủ trì theo dõi, tổng hợp chung (${quoted}); cơ quan chủ trì từng chỉ tiêu được gợi ý theo lĩnh vực: xác nhận hoặc sửa.`
          : `${rows.length} chỉ tiêu không giao cơ quan riêng và không rõ lĩnh vực: đã ghi cơ quan chủ trì theo dõi là «${monitor.name}», ${quoted}` +
              (suggested > 0 ? `; ${suggested} chỉ tiêu khác được gợi ý cơ quan theo lĩnh vực: xác nhận hoặc sửa.` : ". Sửa ở chỉ tiêu do cơ quan khác theo dõi."),
      );
    }
  }

  const stated = findStatedCounts(doc.text);
  const groupCounts = assignGroupCounts(stated.groups, sections.map((s) => s.title));
  sections.forEach((s, i) => (s.statedCount = groupCounts[i] ?? null));

  if (number === null) warnings.push("Không thấy số hiệu văn bản (Số: .../KH-UBND): điền nếu văn bản đã có số.");
  if (date === null) warnings.push("Không thấy ngày ban hành: điền ngày của văn bản.");
  if (title === null) warnings.push("Không thấy tên (trích yếu) của kế hoạch: hãy điền.");
  if (issuer.name === null) warnings.push("Không thấy cơ quan ban hành: hãy điền (ví dụ «Ủy ban nhân dân huyện Tiên Lữ»).");
  else if (issuer.level === null) warnings.push("Không rõ cấp của cơ quan ban hành (tỉnh, huyện hay xã): hãy chọn.");
  if (period === null) warnings.push("Không thấy năm hay giai đoạn của kế hoạch: hãy điền.");

  return {
    id: planId(issuer.name, place, period),
    title,
    document: { kind: kind ?? "Kế hoạch", number, date, place },
    issuer,
    period,
    statedCount: stated.total,
    sections,
    warnings,
    origin,
    annexHeading: origin === "table" ? annexHeadingAbove(doc.lines, tables[0]?.table ?? -1) : null,
  };
}

/**
 * "PHỤ LỤC I", the title and "(Kèm theo Kế hoạch số ... )" as printed in the few lines above the
 * annex table, so the annex reprints them; null when the table has none of them above it.
 */
function annexHeadingAbove(lines: readonly Line[], table: number): DraftPlan["annexHeading"] {
  const first = lines.findIndex((l) => l.table === table);
  if (first < 0) return null;
  const above = lines.slice(Math.max(0, first - 6), first).filter((l) => l.table === null);
  const labelAt = above.findIndex((l) => /^\s*(\*\*)?\s*phụ lục\b/iu.test(l.text));
  if (labelAt < 0) return null;
  const clean = (text: string) => foldWhitespace(text.replace(/\*\*/g, " "));
  const after = above.slice(labelAt + 1).map((l) => clean(l.text));
  const attachedTo = after.find((t) => /^\(\s*kèm theo/iu.test(t)) ?? null;
  const title = after.find((t) => !/^\(\s*kèm theo/iu.test(t) && t !== "") ?? null;
  return { label: clean(above[labelAt]?.text ?? ""), title, attachedTo };
}

/** The outermost headings over a list of main indicators. */
function listRegions(headings: readonly Heading[]): Heading[] {
  const regions: Heading[] = [];
  for (const heading of headings) {
    if (!isListHeading(heading)) continue;
    const inside = regions.some((r) => r.marked.line.index < heading.marked.line.index && heading.marked.line.index < r.end);
    if (!inside) regions.push(heading);
  }
  return regions;
}

interface Item {
  top: Marked;
  subs: Marked[];
  /** The last line the item's quote covers. */
  last: Line;
  section: Heading | null;
  /** An unmarked paragraph of targets: each of its figures is an indicator of its own. */
  run?: boolean;
}

/** The items of the lists under the regions' headings (or, without regions, of the whole document). */
function collectItems(doc: PlanDocument, marks: readonly Marked[], headings: readonly Heading[], regions: readonly Heading[], wholeDocument: boolean): Item[] {
  const ranges: [number, number, Heading | null][] = wholeDocument
    ? [[0, marks.length, null]]
    : regions.map((r) => [r.marked.line.index + 1, r.end, r]);
  const items: Item[] = [];
  for (const [from, to, region] of ranges) {
    const skipped = headings.filter((h) => h.marked.line.index >= from && h.marked.line.index < to && (isOtherTopic(h) || (wholeDocument && !isListHeading(h) && isResultHeading(h))));
    const isSkipped = (i: number) => skipped.some((h) => i >= h.marked.line.index && i < h.end);
    const candidates = marks.slice(from, to).filter((m) => m.line.table === null && !isSkipped(m.line.index) && !isHeading(m) && m.kind !== "none");
    const top: MarkerKind | undefined = candidates.some((m) => m.kind === "paren") ? "paren" : candidates[0]?.kind;
    let current: Item | null = null;
    let section: Heading | null = region;
    // Before the first item of the list's own kind, other bullets are items too ("- GRDP ..." then "(3) ...").
    let seenTop = false;
    for (let i = from; i < to; i++) {
      const marked = marks[i];
      if (marked === undefined || marked.line.table !== null) {
        current = null;
        continue;
      }
      if (isSkipped(i)) {
        current = null;
        continue;
      }
      if (isHeading(marked)) {
        current = null;
        seenTop = false;
        section = headings.find((h) => h.marked === marked) ?? section;
        continue;
      }
      if (marked.kind === "none") {
        const previous = current?.last.text.trimEnd() ?? "";
        if (current !== null && (/[:,]$/.test(previous) || /^\s*[\p{Ll}]/u.test(marked.masked))) {
          current.last = marked.line;
          if (/[:,]$/.test(previous)) current.subs.push(marked);
        } else {
          current = null;
          // Under the list's heading, a paragraph of targets without a marker ("Tốc độ tăng trưởng đạt 7%; thu ngân sách ...").
          if (!wholeDocument && marked.hasFigure) items.push({ top: marked, subs: [], last: marked.line, section, run: true });
        }
        continue;
      }
      if (marked.kind === top) seenTop = true;
      if (marked.kind === top || current === null || !seenTop) {
        current = { top: marked, subs: [], last: marked.line, section };
        items.push(current);
      } else {
        current.subs.push(marked);
        current.last = marked.line;
      }
    }
  }
  void doc;
  return items;
}

const RESULT_HEADING = /\b(ket qua|tinh hinh|danh gia|uoc thuc hien)\b/;
function isResultHeading(heading: Heading): boolean {
  return RESULT_HEADING.test(heading.folded);
}

function listSections(
  doc: PlanDocument,
  marks: readonly Marked[],
  headings: readonly Heading[],
  regions: readonly Heading[],
  options: ReadOptions,
  wholeDocument: boolean,
): DraftSection[] {
  const sections: DraftSection[] = [];
  const bySection = new Map<Heading | null, DraftSection>();
  for (const item of collectItems(doc, marks, headings, regions, wholeDocument)) {
    const found = item.run === true ? runIndicators(doc, item, options) : [itemIndicator(doc, item, options, wholeDocument)];
    for (const indicator of found) {
    if (indicator === null) continue;
    let section = bySection.get(item.section);
    if (section === undefined) {
      section = {
        code: sectionCode(item.section),
        title: item.section?.title ?? "Các chỉ tiêu chủ yếu",
        statedCount: null,
        indicators: [],
      };
      bySection.set(item.section, section);
      sections.push(section);
    }
    section.indicators.push(indicator);
    }
  }
  return sections;
}

/** "Tốc độ tăng trưởng đạt 7%; thu ngân sách 1.250 tỷ đồng; ...": one indicator per target of the run. */
function runIndicators(doc: PlanDocument, item: Item, options: ReadOptions): DraftIndicator[] {
  const lt = lineText(item.top);
  const reading = readItem(lt.body, options);
  const measures = [...(reading.headline === null ? [] : [reading.headline]), ...reading.parts];
  return measures.map((measure) => {
    const indicator = measureIndicator(doc, lt, measure, "", null);
    if (measures.length > 1) indicator.warnings.unshift(`Đoạn văn nêu ${measures.length} chỉ tiêu liền nhau; đã tách mỗi số liệu thành một chỉ tiêu: kiểm tra cách tách.`);
    return indicator;
  });
}

/** As printed ("a", "1.1", "I"); null for a bullet or an unnumbered heading. */
function sectionCode(heading: Heading | null): string | null {
  if (heading === null || heading.marked.marker === "" || ["dash", "plus", "dot", "none", "part", "chapter", "article"].includes(heading.marked.kind)) return null;
  return heading.marked.marker.replace(/[.)]$/, "");
}

/** Text helpers over one marked line: spans are relative to its body (after the marker). */
interface LineText {
  marked: Marked;
  body: string;
  /** Where the body starts in the document. */
  offset: number;
}

function lineText(marked: Marked): LineText {
  return { marked, body: marked.masked.slice(marked.bodyStart), offset: marked.line.start + marked.bodyStart };
}

function verbatim(doc: PlanDocument, lt: LineText, span: Span): string {
  const lineStart = lt.marked.line.start;
  // A figure read inside "$\leq 3\%$" is copied with its LaTeX, as printed.
  const [start, end] = latexSpanAround(lt.marked.line.text, lt.offset - lineStart + span[0], lt.offset - lineStart + span[1]);
  return doc.text.slice(lineStart + start, lineStart + end).trim();
}

function readable(lt: LineText, span: Span): string {
  return foldWhitespace(lt.body.slice(span[0], span[1]));
}

function itemIndicator(doc: PlanDocument, item: Item, options: ReadOptions, wholeDocument: boolean): DraftIndicator | null {
  const lt = lineText(item.top);
  const reading = readItem(lt.body, options);
  const quote = doc.text.slice(item.top.line.start, item.last.end).trim();
  const stt = item.top.kind === "number" ? item.top.marker.replace(/\.$/, "") : item.top.marker;
  const subParts = item.subs.map((sub) => subIndicator(doc, sub, options)).filter((p): p is DraftIndicator => p !== null);
  const warnings: string[] = [];
  let indicator: DraftIndicator;

  if (reading.headline !== null) {
    indicator = measureIndicator(doc, lt, reading.headline, stt, quote);
  } else if (reading.heading !== null || reading.parts.length > 0 || subParts.length > 0) {
    const nameSpan = reading.heading ?? [0, lt.body.length];
    indicator = blankIndicator(stt, cleanName(readable(lt, nameSpan)), quote);
  } else if (reading.sentence !== null && !wholeDocument && reading.results === 0) {
    indicator = qualitativeIndicator(doc, lt, reading.sentence, stt, quote);
  } else {
    return null;
  }
  const clauseParts = reading.parts.map((m) => measureIndicator(doc, lt, m, "", null));
  indicator.parts.push(...clauseParts.map((part) => comparedWith(indicator, part)), ...subParts);
  const figures = (reading.headline === null ? 0 : 1) + reading.parts.length;
  if (figures >= 3) warnings.push(`Câu có ${figures} số liệu, đã tách thành ${reading.parts.length} chỉ tiêu thành phần: kiểm tra cách tách.`);
  if (reading.results > 0) {
    warnings.push("Có câu giống kết quả thực hiện (ước đạt, % so với kế hoạch, số của năm trước), không lấy làm chỉ tiêu: không rõ là chỉ tiêu hay kết quả, kiểm tra lại.");
    indicator.confidence = Math.min(indicator.confidence, 0.6);
  }
  if (item.top.kind !== "paren" && item.top.kind !== "dash" && wholeDocument) indicator.confidence *= 0.8;
  if (wholeDocument) indicator.confidence *= 0.8;
  indicator.warnings.unshift(...warnings);
  indicator.confidence = round(indicator.confidence);
  return indicator;
}

function subIndicator(doc: PlanDocument, sub: Marked, options: ReadOptions): DraftIndicator | null {
  const lt = lineText(sub);
  const reading = readItem(lt.body, options);
  const quote = doc.text.slice(sub.line.start, sub.line.end).trim();
  const stt = sub.kind === "none" ? "" : sub.marker;
  let part: DraftIndicator;
  if (reading.headline !== null) part = measureIndicator(doc, lt, reading.headline, stt, quote);
  else if (reading.parts.length > 0) part = blankIndicator(stt, cleanName(readable(lt, reading.heading ?? [0, lt.body.length])), quote);
  else return null;
  part.parts.push(...reading.parts.map((m) => measureIndicator(doc, lt, m, "", null)));
  return part;
}

/**
 * "… là 873.383 triệu đồng, tăng 12% so với cùng kỳ năm": the part compares the item's own figure
 * with another year, so it is named by the item: «Tổng giá trị sản xuất so với cùng kỳ năm».
 */
function comparedWith(parent: DraftIndicator, part: DraftIndicator): DraftIndicator {
  if (!/^so (với|cùng)\b/iu.test(part.name) || parent.name === "" || parent.name === "(chưa có tên)") return part;
  return { ...part, name: `${parent.name} ${part.name}` };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function blankIndicator(stt: string, name: string, quote: string): DraftIndicator {
  return {
    code: "",
    stt,
    name: name === "" ? "(chưa có tên)" : name,
    unit: null,
    target: null,
    stretch: null,
    milestones: {},
    basis: null,
    agency: null,
    parts: [],
    source: { quote },
    confidence: 0.8,
    warnings: name === "" ? ["Không rõ tên chỉ tiêu: hãy điền."] : [],
  };
}

function measureIndicator(doc: PlanDocument, lt: LineText, measure: Measure, stt: string, quote: string | null): DraftIndicator {
  const target = measure.target === null ? null : verbatim(doc, lt, measure.target);
  const name = measure.name === null ? "" : withQualifier(cleanName(readable(lt, measure.name)), measure.qualifier === undefined ? "" : readable(lt, measure.qualifier));
  const warnings = [...measure.warnings];
  let confidence = measure.confidence;
  if (measure.qualitative === true) {
    warnings.push(MESSAGES.qualitative());
  } else if (target !== null) {
    const reading = parseTarget(target, measure.unit);
    warnings.push(...reading.warnings);
    if (measure.unit === null && reading.op !== "text") {
      warnings.push("Không ghi đơn vị tính: hãy điền đơn vị.");
      confidence = Math.min(confidence, 0.7);
    }
  } else {
    warnings.push("Chỉ có số liệu cho năm mốc, không có chỉ tiêu cho cả kỳ: kiểm tra lại.");
    confidence = Math.min(confidence, 0.7);
  }
  if (name === "") {
    warnings.push("Không rõ tên chỉ tiêu: hãy điền.");
    confidence = Math.min(confidence, 0.5);
  }
  const milestones: Record<string, string> = {};
  for (const [year, span] of Object.entries(measure.milestones)) milestones[year] = verbatim(doc, lt, span);
  const ownQuote = quote ?? verbatim(doc, lt, measure.quote);
  return {
    code: "",
    stt,
    name: name === "" ? (target ?? ownQuote) : name,
    unit: measure.qualitative === true ? null : measure.unit,
    target,
    stretch: null,
    milestones,
    basis: basisOf(ownQuote),
    agency: null,
    parts: measure.parts.map((p) => measureIndicator(doc, lt, p, "", null)),
    source: { quote: ownQuote },
    confidence: round(confidence),
    warnings,
  };
}

/** "giá so sánh năm 2010", "giá thực tế": the price basis the figure is stated in. */
function basisOf(quote: string): string | null {
  const m = /giá (so sánh(?: năm \d{4})?|thực tế|hiện hành)/iu.exec(quote);
  return m === null ? null : m[0];
}

function withQualifier(name: string, qualifier: string): string {
  return name === "" || qualifier === "" ? name : `${name} ${qualifier}`;
}

function cleanName(name: string): string {
  return name.replace(/^[\s:;,.\-–]+|[\s:;,.\-–]+$/gu, "").trim();
}

/**
 * An item without a figure: a qualitative aim, judged by hand. "Thực hiện hoàn thành các tiêu
 * chí ..." targets "hoàn thành"; "Thu ngân sách đạt dự toán huyện giao" targets what follows
 * "đạt"; otherwise the sentence itself is the aim ("Giữ vững ổn định chính trị ...").
 */
function qualitativeIndicator(doc: PlanDocument, lt: LineText, sentence: Span, stt: string, quote: string): DraftIndicator {
  const text = lt.body.slice(sentence[0], sentence[1]);
  const folded = foldKeepingLength(text);
  const at = (pattern: RegExp) => pattern.exec(folded);
  let targetSpan: Span = sentence;
  let nameSpan: Span = sentence;
  for (const words of VERB_TARGETS) {
    const phrase = words.join(" ");
    const m = at(new RegExp(`^(?:thuc hien |phan dau |tiep tuc )?(${phrase})\\b`));
    if (m !== null) {
      const start = sentence[0] + (m.index + m[0].length - phrase.length);
      targetSpan = [start, start + phrase.length];
      nameSpan = [targetSpan[1], sentence[1]];
      break;
    }
  }
  const leadingVerb = QUALITATIVE_VERBS.map((w) => w.join(" ")).find((w) => folded.startsWith(`${w} `));
  if (targetSpan === sentence) {
    // "Giữ vững danh hiệu phường đạt chuẩn an toàn ...": the verb is the aim, "đạt ..." is part of what is kept.
    const dat = leadingVerb === undefined ? at(/\S \b(dat)\b \S/) : null;
    if (dat !== null) {
      const start = sentence[0] + dat.index + 2;
      targetSpan = [start, sentence[1]];
      nameSpan = [sentence[0], start];
    } else {
      if (leadingVerb !== undefined) nameSpan = [sentence[0] + leadingVerb.length + 1, sentence[1]];
    }
  }
  const target = verbatim(doc, lt, targetSpan);
  const name = cleanName(readable(lt, nameSpan)) || cleanName(readable(lt, sentence));
  return {
    code: "",
    stt,
    name,
    unit: null,
    target,
    stretch: null,
    milestones: {},
    basis: null,
    agency: null,
    parts: [],
    source: { quote },
    confidence: 0.6,
    warnings: [MESSAGES.qualitative()],
  };
}

function tableSections(table: IndicatorTable): DraftSection[] {
  const sections: DraftSection[] = [];
  let section: DraftSection | null = null;
  let parent: DraftIndicator | null = null;
  const ensureSection = (): DraftSection => {
    if (section === null) {
      section = { code: null, title: "Các chỉ tiêu chủ yếu", statedCount: null, indicators: [] };
      sections.push(section);
    }
    return section;
  };
  for (const row of table.rows) {
    if (row.kind === "section") {
      section = { code: row.stt, title: row.name, statedCount: null, indicators: [] };
      sections.push(section);
      parent = null;
      continue;
    }
    const warnings: string[] = [];
    let confidence = 0.95;
    let unit = row.unit;
    if (unit === null && row.target !== null) {
      const read = parseTarget(row.target);
      if (read.unit !== null) {
        unit = read.unit;
        warnings.push(`Đơn vị suy ra từ số liệu («${row.target}»): kiểm tra lại.`);
        confidence = 0.7;
      } else if (read.op !== "text") {
        warnings.push("Không ghi đơn vị tính: hãy điền đơn vị.");
        confidence = 0.7;
      }
    }
    if (row.target === null) {
      warnings.push(BLANK_TARGET);
      confidence = Math.min(confidence, 0.8);
    } else {
      warnings.push(...parseTarget(row.target, unit).warnings.filter((w) => w !== MESSAGES.qualitative()));
    }
    const indicator: DraftIndicator = {
      code: "",
      stt: row.stt,
      name: row.name,
      unit,
      target: row.target,
      stretch: row.stretch,
      milestones: row.milestones,
      basis: basisOf(row.name),
      agency: row.agency === null ? null : { name: row.agency, origin: "document" },
      parts: [],
      source: { quote: row.line.text.replace(/\s+$/u, "") },
      confidence,
      warnings,
    };
    if (row.kind === "part" && parent !== null) {
      parent.parts.push(indicator);
    } else {
      ensureSection().indicators.push(indicator);
      parent = indicator;
    }
  }
  // A heading row whose figures are all in its parts ("Tỷ lệ huy động trẻ em: - Nhà trẻ 25%") has no blank to fill.
  for (const indicator of sections.flatMap((s) => s.indicators)) {
    if (indicator.target !== null || indicator.parts.length === 0) continue;
    indicator.warnings = indicator.warnings.filter((w) => w !== BLANK_TARGET);
    if (indicator.warnings.length === 0) indicator.confidence = 0.95;
  }
  return sections;
}

const BLANK_TARGET = "Ô kế hoạch để trống: điền chỉ tiêu nếu văn bản có giao.";

/** CT01, CT02 ... through the plan in document order; parts CT01.1, CT01.1.1. */
function assignCodes(sections: readonly DraftSection[]): void {
  let n = 0;
  const width = Math.max(2, String(sections.reduce((sum, s) => sum + s.indicators.length, 0)).length);
  const visit = (indicator: DraftIndicator, code: string) => {
    indicator.code = code;
    indicator.parts.forEach((part, i) => visit(part, `${code}.${i + 1}`));
  };
  for (const section of sections) {
    for (const indicator of section.indicators) {
      n++;
      visit(indicator, `CT${String(n).padStart(width, "0")}`);
    }
  }
}

export type { ItemReading };

interface RowWithParent {
  indicator: DraftIndicator;
  parent: DraftIndicator | null;
}

function withParents(sections: readonly DraftSection[]): RowWithParent[] {
  const flat = (list: readonly DraftIndicator[], parent: DraftIndicator | null): RowWithParent[] =>
    list.flatMap((indicator) => [{ indicator, parent }, ...flat(indicator.parts, indicator)]);
  return flat(sections.flatMap((s) => s.indicators), null);
}
