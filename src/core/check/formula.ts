import { ENTRY_INVISIBLE, ENTRY_SPACES } from "../vn/typed";
import { MAX_DIGITS, strippableUnit } from "./entry";
import { PLAUSIBILITY_MARK, TENFOLD, type PlausibilityChecks } from "./plausibility";
import type { Bound, Interval, Rule } from "./rule";
import { DECOMPOSED_LETTERS, JUDGEMENT_WORDS, SHEET_LABELS } from "./status";

/**
 * The assessment rule (rule.ts) as Excel formulas, so an annex judges its own actuals when opened
 * without the add-in, in Excel 2016+, Excel on the web, WPS or LibreOffice. Built from the same
 * `Rule` as `assess`, reading the cell as entry.ts does, one helper cell per step. Only functions
 * every one of those programs has: IF, AND, OR, NOT, LEN, TRIM, LOWER, LEFT, RIGHT, MID, FIND,
 * SUBSTITUTE, ISNUMBER, ISLOGICAL, ISERROR, IFERROR, ABS, ROUND, NUMBERVALUE (no CELL("format"), unknown to Excel on the
 * web; no LET, LAMBDA, IFS or TEXTJOIN).
 */
export interface RowFormulas {
  /**
   * Hidden helper: the typed text without invisible characters, after Excel's TRIM, "" for a
   * number (entry.ts `entryTrimmed`); in a row judged by hand, the verdict word's key (actual.ts
   * `judgementKey`).
   */
  trimmed: string | null;
  /** Hidden helper: the typed text without spaces, unit and "%" (entry.ts `strippedEntry`). */
  text: string | null;
  /** Hidden helper: the figure's text without its sign (entry.ts `figurePart`). */
  figure: string | null;
  /** Hidden helper: the figure's whole part, before ",". */
  whole: string | null;
  /** Hidden helper: how many "." the figure has. */
  dots: string | null;
  /** Hidden helper: the actual as a number, "" when empty, "#" when it is not a number. */
  value: string | null;
  /** % so với kế hoạch. */
  percent: string | null;
  /** Đánh giá: exactly the SHEET_LABELS of the status `assess` gives. */
  status: string;
  /**
   * Hidden helper: PLAUSIBILITY_MARK where `assess` gives a plausibility warning, else "" (the
   * annex marks the verdict by it); null where the rule questions no figure.
   */
  plausibility: string | null;
}

/** The cells a row's formulas read and fill. */
export interface RowCells {
  /** The actuals cell, e.g. "G7". */
  actual: string;
  /** The helper cells of the same row; without `text` and `figure`, only numbers are read (a total). */
  trimmed?: string;
  text?: string;
  figure?: string;
  whole?: string;
  dots?: string;
  value: string;
  /**
   * The cell (or defined name) holding the ngưỡng Vượt in %, which the edge of Vượt is computed
   * from; without it the edge is the constant the core computed for the plan's margin.
   */
  margin?: string;
}

/** A number as a formula constant: the shortest text that reads back to the same double. */
export function formulaNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Công thức cần một số hữu hạn, nhận được ${value}.`);
  return String(value).toUpperCase();
}

function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** A bound as the sheet computes it: a constant, or the edge of Vượt moved by the margin cell (rule.ts `shiftedValue`). */
function boundValue(bound: Bound, margin: string | undefined): string {
  if (bound.margin === undefined || margin === undefined) return formulaNumber(bound.value);
  const { from, by, sign, decimals } = bound.margin;
  return `ROUND(${formulaNumber(from)}${sign > 0 ? "+" : "-"}${formulaNumber(by)}*${margin}/100,${decimals})`;
}

function boundCondition(ref: string, bound: Bound, side: "low" | "high", margin?: string): string {
  const op = side === "low" ? (bound.strict ? ">" : ">=") : bound.strict ? "<" : "<=";
  return `${ref}${op}${boundValue(bound, margin)}`;
}

export function intervalCondition(ref: string, interval: Interval, margin?: string): string {
  const parts = [
    ...(interval.low ? [boundCondition(ref, interval.low, "low", margin)] : []),
    ...(interval.high ? [boundCondition(ref, interval.high, "high", margin)] : []),
  ];
  if (parts.length === 0) return "TRUE";
  return parts.length === 1 ? (parts[0] as string) : `AND(${parts.join(",")})`;
}

const DIGIT_CHARACTERS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/** `text` with the given characters removed: "" when it holds nothing else. */
function without(text: string, characters: readonly string[]): string {
  return characters.reduce((inner, c) => `SUBSTITUTE(${inner},"${c}","")`, text);
}

/** vn/typed.ts `withoutInvisible`: each invisible character removed, each odd space made a space. */
function withoutInvisibleFormula(ref: string): string {
  const removed = ENTRY_INVISIBLE.reduce((inner, c) => `SUBSTITUTE(${inner},"${c}","")`, ref);
  return ENTRY_SPACES.reduce((inner, c) => `SUBSTITUTE(${inner},"${c}"," ")`, removed);
}

/** actual.ts `judgementKey`: cleaned, trimmed, lower case, the verdict words' letters composed. */
function judgementKeyFormula(ref: string): string {
  const lower = `LOWER(TRIM(${withoutInvisibleFormula(ref)}))`;
  return DECOMPOSED_LETTERS.reduce((inner, [decomposed, composed]) => `SUBSTITUTE(${inner},"${decomposed}","${composed}")`, lower);
}

/** plausibility.ts `plausibilityWarning` as a condition on the value cell; null when nothing is questioned. */
export function plausibilityCondition(checks: PlausibilityChecks, value: string): string | null {
  const parts = [
    ...(checks.share ? [`${value}>100`] : []),
    ...(checks.nonNegative ? [`${value}<0`] : []),
    ...(checks.planned !== null ? [`ABS(${value})>${formulaNumber(TENFOLD * Math.abs(checks.planned))}`] : []),
  ];
  if (parts.length === 0) return null;
  return parts.length === 1 ? (parts[0] as string) : `OR(${parts.join(",")})`;
}

const count = (text: string, character: string) => `(LEN(${text})-LEN(SUBSTITUTE(${text},"${character}","")))`;

/** entry.ts `entryTrimmedIn`: the change target's word off the front ("giảm 6%" -> "6%"). */
function trimmedFormula(rule: NumericRule, trimmed: string): string {
  const word = rule.entry.changeWord;
  if (!word) return trimmed;
  return `MID(${trimmed},IF(LOWER(LEFT(${trimmed},${word.length + 1}))=${text(`${word} `)},${word.length + 2},1),32767)`;
}

/** entry.ts `strippedEntry`: Excel's TRIM, then the unit column's text and a "%" off the end. */
function textFormula(rule: NumericRule, trimmed: string): string {
  let s = trimmed;
  const unit = strippableUnit(rule.entry);
  if (unit !== "") {
    s = `IF(AND(LEN(${s})>${unit.length},LOWER(RIGHT(${s},${unit.length}))=LOWER(${text(unit)})),TRIM(LEFT(${s},LEN(${s})-${unit.length})),${s})`;
  }
  if (rule.entry.percent) s = `IF(RIGHT(${s},1)="%",TRIM(LEFT(${s},LEN(${s})-1)),${s})`;
  return `IFERROR(${s},"")`;
}

/** entry.ts `figurePart`: before "/" in a ratio row, without the sign. */
function figureFormula(rule: NumericRule, stripped: string): string {
  const g = rule.entry.ratio ? `TRIM(LEFT(${stripped},FIND("/",${stripped}&"/")-1))` : stripped;
  return `IF(${stripped}="","",IF(LEFT(${g},1)="-",MID(${g},2,LEN(${g})),${g}))`;
}

/** entry.ts `figureValue` and `readEntryText`, condition by condition, nested so none is evaluated out of turn. */
function valueFormula(rule: NumericRule, { actual, trimmed, text: s, figure: f, whole, dots }: RowCells): string {
  const invalid = `"#"`;
  // Blank once invisible characters are out (entry.ts `entryTrimmed`), as the add-in reads it.
  const blank = trimmed === undefined ? `LEN(TRIM(${actual}))=0` : `${trimmed}=""`;
  // TRUE/FALSE is no figure (actual.ts): LibreOffice's ISNUMBER says TRUE is 1, so it is refused first.
  const number = `IF(ISLOGICAL(${actual}),${invalid},IF(ISNUMBER(${actual}),${actual},`;
  if (s === undefined || f === undefined || whole === undefined || dots === undefined) return `IFERROR(${number}IF(LEN(TRIM(${actual}))=0,"",${invalid}))),${invalid})`;
  const n = `LEN(${whole})`;
  const sign = `IF(LEFT(${s},1)="-",-1,1)`;
  const dot = (j: number) => `MID(${whole},${n}-${4 * j - 1},1)="."`;
  const grouped = `IF(${dots}=0,TRUE,IF(AND(${dots}<=4,${n}-4*${dots}>=1,${n}-4*${dots}<=3),AND(${dot(1)},IF(${dots}<2,TRUE,${dot(2)}),IF(${dots}<3,TRUE,${dot(3)}),IF(${dots}<4,TRUE,${dot(4)})),FALSE))`;
  const at = `FIND(".",${whole})`;
  const english = `IF(AND(${dots}=1,${count(f, ",")}=0),IF(AND(${at}>1,${at}<${n},${n}-${at}<>3),${sign}*NUMBERVALUE(${f},".",","),${invalid}),${invalid})`;
  const vietnamese = `${sign}*NUMBERVALUE(SUBSTITUTE(${f},".",""),",",".")`;
  const afterSlash = `TRIM(MID(${s},FIND("/",${s})+1,LEN(${s})))`;
  const ratioOk = rule.entry.ratio ? `IF(ISERROR(FIND("/",${s})),TRUE,AND(LEN(${afterSlash})>0,${without(afterSlash, DIGIT_CHARACTERS)}=""))` : "TRUE";
  const guards: string[] = [
    `${s}=""`,
    `NOT(${ratioOk})`,
    `LEN(${f})=0`,
    `${without(f, [...DIGIT_CHARACTERS, ".", ","])}<>""`,
    `${count(f, ",")}>1`,
    `OR(${n}=0,RIGHT(${f},1)=",")`,
    `${dots}<>${count(whole, ".")}`,
    `LEN(SUBSTITUTE(SUBSTITUTE(${f},".",""),",",""))>${MAX_DIGITS}`,
  ];
  const read = guards.reduceRight((otherwise, guard) => `IF(${guard},${invalid},${otherwise})`, `IF(${grouped},${vietnamese},${english})`);
  return `IFERROR(${number}IF(${blank},"",${read}))),${invalid})`;
}

type NumericRule = Extract<Rule, { kind: "numeric" }>;

/** lastYear.ts `percentOfLastYear` over the two rows' value helpers (numbers, "" or "#"). */
export function lastYearPercentFormula(value: string, lastYearValue: string): string {
  return `IF(AND(ISNUMBER(${value}),ISNUMBER(${lastYearValue})),IF(${lastYearValue}=0,"",${value}/${lastYearValue}*100),"")`;
}

/**
 * Everything `rowFormulas` reads of a rule, as a key: rules with equal keys get equal formulas over
 * the same cells, so a sheet of 100,000 rows builds its formulas once per distinct key, not once a
 * row. Kept beside `rowFormulas` so that what it reads and what the key holds change together.
 * Figures are keyed by their own text (JSON would write Infinity and NaN as null), text as JSON.
 */
export function formulaKey(rule: Rule): string {
  if (rule.kind === "manual") return "manual";
  const { entry, plausibility } = rule;
  return [
    intervalKey(rule.vuot),
    intervalKey(rule.dat),
    rule.planned,
    JSON.stringify(entry.unit),
    entry.percent,
    entry.ratio,
    JSON.stringify(entry.changeWord),
    plausibility.share,
    plausibility.nonNegative,
    plausibility.planned,
  ].join("|");
}

function intervalKey(interval: Interval | null): string {
  return interval === null ? "none" : `${boundKey(interval.low)}~${boundKey(interval.high)}`;
}

function boundKey(bound: Bound | null): string {
  if (bound === null) return "";
  const shift = bound.margin === undefined ? "" : `@${bound.margin.from},${bound.margin.by},${bound.margin.sign},${bound.margin.decimals}`;
  return `${bound.strict ? "(" : "["}${bound.value}${shift}`;
}

export function rowFormulas(rule: Rule, cells: RowCells): RowFormulas {
  const { actual, value } = cells;
  const blank = `LEN(TRIM(${actual}))=0`;
  if (rule.kind === "manual") {
    // With its helper cell, the word's key is computed once (actual.ts `judgementKey`); without (a
    // total of the consolidated sheet, never a typed word), Excel's TRIM and LOWER.
    const key = cells.trimmed ?? `LOWER(TRIM(${actual}))`;
    // Nested from the last word outwards, so the first listed word is tested first.
    const byWord = JUDGEMENT_WORDS.reduceRight(
      (otherwise, { word, status }) => `IF(${key}=${text(word.toLowerCase())},${text(SHEET_LABELS[status])},${otherwise})`,
      text(SHEET_LABELS.danh_gia_thu_cong),
    );
    return {
      trimmed: cells.trimmed === undefined ? null : `IFERROR(${judgementKeyFormula(actual)},"")`,
      text: null,
      figure: null,
      whole: null,
      dots: null,
      value: null,
      percent: null,
      status: `IFERROR(IF(${cells.trimmed === undefined ? blank : `${key}=""`},"",${byWord}),"")`,
      plausibility: null,
    };
  }
  const status =
    `IF(${value}="","",IF(${value}="#",${text(SHEET_LABELS.khong_hop_le)},` +
    (rule.vuot ? `IF(${intervalCondition(value, rule.vuot, cells.margin)},${text(SHEET_LABELS.vuot)},` : "") +
    `IF(${intervalCondition(value, rule.dat, cells.margin)},${text(SHEET_LABELS.dat)},${text(SHEET_LABELS.khong_dat)})` +
    (rule.vuot ? ")" : "") +
    "))";
  const { trimmed, text: stripped, figure } = cells;
  const reads = trimmed !== undefined && stripped !== undefined && figure !== undefined && cells.whole !== undefined && cells.dots !== undefined;
  return {
    trimmed: reads ? `IFERROR(IF(ISNUMBER(${actual}),"",${trimmedFormula(rule, `TRIM(${withoutInvisibleFormula(actual)})`)}),"")` : null,
    text: reads ? textFormula(rule, trimmed) : null,
    figure: reads ? figureFormula(rule, stripped) : null,
    whole: reads ? `LEFT(${figure},FIND(",",${figure}&",")-1)` : null,
    dots: reads ? count(figure, ".") : null,
    value: valueFormula(rule, cells),
    percent: rule.planned === null ? null : `IF(ISNUMBER(${value}),${value}/${formulaNumber(rule.planned)}*100,"")`,
    status,
    plausibility: plausibleFormula(rule.plausibility, value),
  };
}

function plausibleFormula(checks: PlausibilityChecks, value: string): string | null {
  const condition = plausibilityCondition(checks, value);
  return condition === null ? null : `IFERROR(IF(ISNUMBER(${value}),IF(${condition},${text(PLAUSIBILITY_MARK)},""),""),"")`;
}
