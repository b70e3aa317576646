import { loadPlan, type Plan } from "../model";
import { readSeenCell, seenCellText } from "../check/review/seen";
import { formatNumber, readNumber } from "../vn/numbers";
import { checksum } from "./checksum";
import { againstProblem, AnnexOptionsSchema, type AnnexOptions } from "./options";
import { quoteSheetName, type CellValue, type Row, type Sheet } from "./sheet";

/**
 * The very hidden sheet that makes a workbook describe itself: the plan model it was generated
 * from, the options, and the template version, so any host (the CLI, the add-in) can read it back
 * and a workbook made by one opens in the other.
 */
export const MODEL_SHEET_NAME = "PhuLuc_MoHinh";
export const TEMPLATE_VERSION = "phuluc-annex/1";

/**
 * The defined name of the cell holding the plan's ngưỡng Vượt (in %), which the annex's formulas
 * read (check/formula.ts): the sheet judges alone, with the same margin as the add-in.
 */
export const MARGIN_NAME = "PhuLuc_NguongVuot";
/** Its row in the model sheet, before the plan's chunks so it never moves. */
const MARGIN_ROW = 7;

export function marginRefersTo(): string {
  return `${quoteSheetName(MODEL_SHEET_NAME)}!$B$${MARGIN_ROW}`;
}

/**
 * The key of the row holding the findings the reviewer marked "đã xem" (check/review/seen.ts).
 * Outside the checksum on purpose: the marks are the reviewer's notes on the workbook, written
 * into it without regenerating the annex, never part of the model; a mark that does not read is
 * dropped, so an edit there cannot break the workbook. Workbooks made before it have no such row.
 */
export const SEEN_KEY = "seenFindings";

/** Excel cells hold at most 32,767 characters. */
const CHUNK = 30_000;

/** @param annexSheet the sheet this model describes ("Phụ lục I", or the name of a newer one beside it) */
export function modelSheet(plan: Plan, options: AnnexOptions, annexSheet: string, seen: readonly string[] = []): Sheet {
  const json = JSON.stringify(plan);
  const optionsJson = JSON.stringify(options);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  const pair = (key: string, value: string): Row => ({ cells: [{ value: key, style: "modelText" }, { value, style: "modelText" }] });
  return {
    name: MODEL_SHEET_NAME,
    visibility: "veryHidden",
    columns: [{ width: 16 }, { width: 100 }],
    rows: [
      pair("Phụ lục", "Trang mô hình của phụ lục: không sửa trang này."),
      pair("templateVersion", TEMPLATE_VERSION),
      pair("planId", plan.id),
      pair("options", optionsJson),
      pair("annexSheet", annexSheet),
      pair("checksum", checksum(sealed(plan.id, optionsJson, json, annexSheet))),
      // A number the formulas read; the plan's own copy (in its JSON) is the one read back.
      { cells: [{ value: "exceedMargin", style: "modelText" }, { value: plan.exceedMargin }] },
      pair(SEEN_KEY, seenCellText(seen)),
      pair("chunks", String(chunks.length)),
      ...chunks.map((chunk) => pair("plan", chunk)),
    ],
    merges: [],
    validations: [],
    conditionalFormats: [],
  };
}

/** Everything the checksum covers: an edit to any of it is detected. */
function sealed(planId: string, optionsJson: string, planJson: string, annexSheet: string): string[] {
  return [`${planId}\n${optionsJson}\n${annexSheet}\n`, planJson];
}

export type ModelSheetResult =
  | {
      ok: true;
      plan: Plan;
      options: AnnexOptions;
      templateVersion: string;
      annexSheet: string;
      seen: string[];
      /** Why the sheet's formulas judge otherwise than the add-in: its ngưỡng Vượt cell edited by hand; null when they agree. */
      marginNotice: string | null;
    }
  | { ok: false; error: string };

/** Reads what `modelSheet` wrote, from the plain cell values of that sheet. */
export function readModelSheet(grid: CellValue[][]): ModelSheetResult {
  const fields = new Map<string, string[]>();
  for (const row of grid) {
    const [key, value] = row;
    if (typeof key !== "string") continue;
    const text = value === null || value === undefined ? "" : String(value);
    fields.set(key, [...(fields.get(key) ?? []), text]);
  }
  const one = (key: string) => fields.get(key)?.[0];
  const version = one("templateVersion");
  if (version === undefined) {
    return { ok: false, error: "Trang mô hình của phụ lục không đọc được (thiếu phiên bản mẫu): tạo lại phụ lục từ tệp kế hoạch." };
  }
  if (version !== TEMPLATE_VERSION) {
    return {
      ok: false,
      error: `Phụ lục được tạo theo mẫu "${version}", phiên bản này của Phụ lục chỉ đọc mẫu "${TEMPLATE_VERSION}": cập nhật Phụ lục hoặc tạo lại phụ lục.`,
    };
  }
  const chunks = fields.get("plan") ?? [];
  const json = chunks.join("");
  const tampered = "Trang mô hình của phụ lục đã bị sửa hoặc bị cắt (mã kiểm tra không khớp): không dùng được tệp này; tạo lại phụ lục từ tệp kế hoạch gốc rồi chép số liệu sang.";
  const optionsJson = one("options") ?? "";
  const annexSheet = one("annexSheet") ?? "";
  if (String(chunks.length) !== one("chunks") || checksum(sealed(one("planId") ?? "", optionsJson, json, annexSheet)) !== one("checksum")) {
    return { ok: false, error: tampered };
  }
  const loaded = loadPlan(json);
  if (!loaded.ok) {
    return { ok: false, error: `${tampered} (${loaded.errors.length} lỗi trong mô hình kế hoạch)` };
  }
  let options: unknown;
  try {
    options = JSON.parse(optionsJson);
  } catch {
    return { ok: false, error: tampered };
  }
  const parsedOptions = AnnexOptionsSchema.safeParse(options);
  if (!parsedOptions.success) return { ok: false, error: tampered };
  if (one("planId") !== loaded.plan.id) return { ok: false, error: tampered };
  // A year the plan has no targets for would judge every row "no target": refused, whatever the checksum says.
  const wrongYear = againstProblem(loaded.plan, parsedOptions.data.against);
  if (wrongYear !== null) return { ok: false, error: `${wrongYear} Tạo lại phụ lục từ tệp kế hoạch.` };
  return {
    ok: true,
    plan: loaded.plan,
    options: parsedOptions.data,
    templateVersion: version,
    annexSheet,
    seen: readSeenCell(one(SEEN_KEY) ?? ""),
    marginNotice: marginNotice(grid, loaded.plan.exceedMargin),
  };
}

/**
 * The ngưỡng Vượt cell the sheet's formulas read sits outside the checksum (it is a plain number
 * so that formulas can read it): an edit there is not refused, it is said, since the sheet then
 * judges by another margin than the add-in (which keeps the plan's, sealed in the model).
 */
function marginNotice(grid: CellValue[][], margin: number): string | null {
  const row = grid.find((cells) => cells[0] === "exceedMargin");
  const cell = row?.[1] ?? null;
  const value = typeof cell === "number" ? cell : typeof cell === "string" ? (readNumber(cell.trim().replace(/\s*%$/, ""))?.value ?? null) : null;
  if (value !== null && Math.abs(value - margin) < 1e-9) return null;
  const shown = (n: number) => `${formatNumber(n, { maxDecimals: 2 })}%`;
  const sheetSays = value === null ? `«${cell === null ? "" : String(cell)}», không phải một số` : shown(value);
  return (
    `Ngưỡng Vượt mà công thức của bảng dùng đã bị sửa thành ${sheetSays}, khác ngưỡng Vượt của phụ lục (${shown(margin)}): ` +
    `cột Đánh giá trong bảng có thể khác kết quả của Phụ lục, vốn theo ${shown(margin)}. ` +
    `Tạo lại phụ lục với ngưỡng Vượt mong muốn (số liệu đã nhập và các đánh dấu «Đã xem» được giữ) để hai bên khớp nhau.`
  );
}
