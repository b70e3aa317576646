import type { ActualCell } from "../check";
import { labelList, labelOfCode, placedIndicators, type Plan } from "../model";
import { HEADER } from "./columns";
import { annexLayout, ANNEX_SHEET_NAME, type AnnexEntry, type AnnexLayout } from "./layout";
import { MODEL_SHEET_NAME } from "./modelSheet";
import type { AnnexOptions } from "./options";
import type { AnnexReading } from "./readAnnex";

/**
 * What to do when an annex is generated into a workbook that may already hold one. Never a
 * silent overwrite: either the entries are carried over by indicator code and the previous sheet
 * is kept under another name, or the new annex goes to a new sheet beside the old one.
 */
export type GenerationMode = "update" | "new-sheet";

export interface GenerationPlan {
  layout: AnnexLayout;
  /** Rename the existing annex sheet to this before writing (update), or null. */
  keepPreviousAs: string | null;
  /** Entries carried over from the previous annex. */
  carried: number;
  /** Vietnamese, for the pane or CLI: what happened to the old entries. */
  notes: string[];
}

/** "Phụ lục I (bản trước)", "Phụ lục I (bản trước 2)", ... whichever is free. */
export function freeSheetName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

export function planGeneration(input: {
  plan: Plan;
  options: AnnexOptions;
  mode: GenerationMode;
  /** The annex already in the workbook, if any (from readAnnex). */
  existing: Extract<AnnexReading, { ok: true }> | null;
  sheetNames: readonly string[];
}): GenerationPlan {
  const { plan, options, mode, existing, sheetNames } = input;
  if (existing === null) {
    return { layout: annexLayout({ plan, options }), keepPreviousAs: null, carried: 0, notes: [] };
  }
  if (mode === "new-sheet") {
    const name = freeSheetName(ANNEX_SHEET_NAME, sheetNames);
    const layout = annexLayout({ plan, options, sheetName: name, seen: existing.seen ?? [] });
    return { layout, keepPreviousAs: null, carried: 0, notes: [`Phụ lục mới ở trang "${name}"; trang "${existing.sheetName}" giữ nguyên.`] };
  }
  // The cùng kỳ column stays once an annex has it, whatever was chosen this time: its figures are
  // the officer's entries like any other, never dropped silently.
  const keepLastYear = existing.options.lastYear && !options.lastYear;
  const chosen = keepLastYear ? { ...options, lastYear: true } : options;
  const codes = new Set(placedIndicators(plan).map((p) => p.indicator.code));
  const entries = new Map<string, AnnexEntry>();
  const dropped: string[] = [];
  for (const [code, entry] of existing.entries) {
    const filled = entry.actual.value !== null || entry.note !== null || entry.agency !== undefined || filledCell(entry.lastYear);
    if (!filled) continue;
    if (codes.has(code)) {
      entries.set(code, {
        actual: entry.actual,
        note: entry.note,
        ...(entry.agency !== undefined ? { agency: entry.agency } : {}),
        ...(filledCell(entry.lastYear) ? { lastYear: entry.lastYear } : {}),
      });
    }
    else dropped.push(code);
  }
  const keepPreviousAs = freeSheetName(`${existing.sheetName} (bản trước)`, sheetNames);
  const others = sheetNames.filter((name) => name !== existing.sheetName && name !== MODEL_SHEET_NAME);
  const notes = [
    `Đã giữ ${entries.size} ô số liệu/ghi chú đã nhập, mỗi ô ở đúng chỉ tiêu của nó.`,
    `Trang cũ được giữ lại với tên "${keepPreviousAs}", nguyên cả cột, dòng thêm và công thức đã nhập.`,
    ...(others.length > 0 ? [`Giữ nguyên ${others.length} trang khác: ${others.map((name) => `"${name}"`).join(", ")}.`] : []),
    ...(keepLastYear ? [`Giữ cột "${HEADER.lastYear}" như phụ lục cũ.`] : []),
    ...(dropped.length > 0
      ? [`${dropped.length} chỉ tiêu có số liệu nhưng không còn trong kế hoạch mới (${labelList(dropped.map((code) => labelOfCode(existing.plan, code)))}): số liệu của chúng vẫn ở trang "${keepPreviousAs}".`]
      : []),
  ];
  return { layout: annexLayout({ plan, options: chosen, entries, seen: existing.seen ?? [] }), keepPreviousAs, carried: entries.size, notes };
}

function filledCell(cell: ActualCell | undefined): cell is ActualCell {
  return cell !== undefined && cell.value !== null && !(typeof cell.value === "string" && cell.value.trim() === "");
}
