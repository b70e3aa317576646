/**
 * Fills a generated annex the way an officer would in Excel, but in Node with ExcelJS: numbers
 * that exceed, meet and miss their targets (found with the core's own rule), a percent-formatted
 * cell, a verdict for a row judged by hand, and text where a figure belongs.
 */
import * as ExcelJS from "exceljs";
import type { AnnexReading } from "../../src/core/annex";
import { assess, planRules, type Rule, type Status } from "../../src/core/check";
import { asArrayBuffer } from "../../src/hosts/xlsx/bytes";

type OpenAnnex = Extract<AnnexReading, { ok: true }>;
type Numeric = Extract<Rule, { kind: "numeric" }>;

const point = (value: number) => ({ kind: "value" as const, interval: { low: { value, strict: false }, high: { value, strict: false } }, target: null });

/** A number the rule judges as `status`, tried from the rule's own bounds; null if none works. */
function numberFor(rule: Numeric, status: "vuot" | "dat" | "khong_dat"): number | null {
  const bounds = [rule.dat.low?.value, rule.dat.high?.value, rule.vuot?.low?.value, rule.vuot?.high?.value, rule.planned].filter((v): v is number => v !== undefined && v !== null);
  const candidates = bounds.flatMap((b) => [b, b + 1, b - 1, b * 1.5, b * 0.5, b + 0.01, b - 0.01]);
  return candidates.find((v) => v > 0 && assess(rule, point(v)).status === status) ?? null;
}

export interface FilledAnnex {
  bytes: Uint8Array;
  /** What was written, by code, for messages. */
  written: Map<string, string | number>;
}

export async function fillActuals(bytes: Uint8Array, annex: OpenAnnex): Promise<FilledAnnex> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(asArrayBuffer(bytes));
  const sheet = book.getWorksheet(annex.sheetName);
  if (!sheet) throw new Error(`không có trang ${annex.sheetName}`);
  const rules = planRules(annex.plan, annex.options.against);
  const written = new Map<string, string | number>();
  const cellOf = (code: string) => {
    const entry = annex.entries.get(code);
    if (!entry) throw new Error(`không có dòng của ${code}`);
    return sheet.getCell(entry.row, annex.columns.actual);
  };
  const want: Record<"vuot" | "dat" | "khong_dat", number> = { vuot: 2, dat: 3, khong_dat: 2 };
  let percentDone = false;
  let textDone = false;
  let handDone = 0;

  for (const [code, rule] of rules) {
    if (!annex.entries.has(code)) continue;
    if (rule.kind === "manual") {
      if (rule.reason === "heading" || handDone >= 2) continue;
      // One verdict typed by hand, one remark that leaves the row to be judged by a person.
      const text = handDone === 0 ? "Hoàn thành" : "Đang triển khai";
      cellOf(code).value = text;
      written.set(code, text);
      handDone++;
      continue;
    }
    if (!textDone) {
      cellOf(code).value = "khoảng 5";
      written.set(code, "khoảng 5");
      textDone = true;
      continue;
    }
    const status = (Object.keys(want) as (keyof typeof want)[]).find((s) => want[s] > 0 && numberFor(rule, s) !== null);
    if (status === undefined) continue;
    const value = numberFor(rule, status) as number;
    const cell = cellOf(code);
    if (!percentDone && rule.target.unit === "%" && status === "dat") {
      // Excel stores 97,5% as 0,975 in a percent-formatted cell. ExcelJS shares one style object
      // between cells of the same style: give this cell its own copy before changing its format.
      cell.value = value / 100;
      cell.style = { ...cell.style, numFmt: "0.0%" };
      percentDone = true;
    } else {
      cell.value = value;
    }
    written.set(code, value);
    want[status]--;
  }
  const missing = Object.entries(want).filter(([, n]) => n > 0);
  if (missing.length > 0 || !textDone || handDone < 2) throw new Error(`không điền đủ các trường hợp: ${JSON.stringify({ missing, textDone, handDone })}`);
  return { bytes: new Uint8Array(await book.xlsx.writeBuffer()), written };
}

export type { Status };
