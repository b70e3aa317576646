/**
 * Checks a workbook description against what Excel accepts, before anything is written: Excel
 * reports a broken file ("We found a problem with some content") rather than saying which title
 * was too long, and ExcelJS silently drops or truncates some things (values under a merge, long
 * sheet names). The messages name the sheet and cell so the core's author can find the cause.
 */
import type { Cell, DataValidation, Sheet, Workbook } from "../../core/annex/sheet";
import { EXCEL_LIMITS } from "../../core/annex/excelLimits";
import { cellRef, hasFormula, ROW_MARK, rowFormula } from "../../core/annex/sheet";
import { contains, overlaps, parseArea, type Area } from "./a1";

export class WorkbookDescriptionError extends Error {
  constructor(readonly problems: string[]) {
    super(`Không tạo được tệp Excel vì mô tả bảng tính có lỗi:\n- ${problems.join("\n- ")}`);
    this.name = "WorkbookDescriptionError";
  }
}

/** Excel's limits live in the core (one table for every host). */
const LIMITS = EXCEL_LIMITS;

const COLOUR = /^[0-9A-Fa-f]{6}$/;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
// Letters (any script), digits, "_", "." and "\" ; must not start with a digit or ".".
const DEFINED_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[RrCc])$/;

export function checkWorkbook(workbook: Workbook): void {
  const problems: string[] = [];
  const add = (message: string): void => {
    problems.push(message);
  };

  if (workbook.sheets.length === 0) add("Sổ làm việc phải có ít nhất một trang tính.");

  const seen = new Set<string>();
  for (const sheet of workbook.sheets) {
    const key = sheet.name.toLocaleUpperCase("vi");
    if (seen.has(key)) add(`Hai trang tính cùng tên "${sheet.name}" (Excel không phân biệt chữ hoa, chữ thường).`);
    seen.add(key);
    checkSheetName(sheet.name, add);
  }

  const first = workbook.sheets[0];
  if (first && first.visibility === "veryHidden") {
    add(`Trang tính đầu tiên "${first.name}" không được ẩn hẳn: Excel cần một trang hiện ở đầu.`);
  }
  const active = workbook.sheets.find((sheet) => sheet.name === workbook.activeSheet);
  if (!active) add(`Trang tính hiện khi mở tệp "${workbook.activeSheet}" không có trong sổ làm việc.`);
  else if (active.visibility === "veryHidden") {
    add(`Trang tính hiện khi mở tệp "${active.name}" đang bị ẩn hẳn; hãy chọn một trang hiện.`);
  }

  for (const [key, style] of Object.entries(workbook.styles)) {
    for (const [what, colour] of [
      ["màu chữ", style.font?.color],
      ["màu nền", style.fill],
    ] as const) {
      if (colour !== undefined && !COLOUR.test(colour)) {
        add(`Kiểu "${key}": ${what} "${colour}" phải có dạng RRGGBB (sáu chữ số thập lục phân).`);
      }
    }
  }

  for (const sheet of workbook.sheets) checkSheet(sheet, workbook, add);
  checkDefinedNames(workbook, add);

  if (problems.length > 0) throw new WorkbookDescriptionError(problems);
}

function checkSheetName(name: string, add: (message: string) => void): void {
  if (name.trim() === "") add("Tên trang tính không được để trống.");
  if (name.length > LIMITS.sheetName) {
    add(`Tên trang tính "${name}" dài ${name.length} ký tự; Excel chỉ cho phép tối đa ${LIMITS.sheetName}.`);
  }
  if (SHEET_NAME_FORBIDDEN.test(name)) add(`Tên trang tính "${name}" chứa ký tự không được dùng: [ ] : * ? / \\.`);
  if (name.startsWith("'") || name.endsWith("'")) {
    add(`Tên trang tính "${name}" không được bắt đầu hay kết thúc bằng dấu nháy đơn.`);
  }
  if (name.toLowerCase() === "history") add(`Tên trang tính "${name}" là tên Excel dành riêng.`);
}

function checkSheet(sheet: Sheet, workbook: Workbook, add: (message: string) => void): void {
  const where = (row: number, column: number): string => `Trang "${sheet.name}", ô ${cellRef(row, column)}`;

  sheet.columns.forEach((column, index) => {
    if (!Number.isFinite(column.width) || column.width < 0 || column.width > LIMITS.columnWidth) {
      add(`Trang "${sheet.name}", cột ${index + 1}: độ rộng ${column.width} phải từ 0 đến ${LIMITS.columnWidth} ký tự.`);
    }
  });

  const merges: { ref: string; area: Area }[] = [];
  const mergeIndex = new AreaIndex();
  for (const ref of sheet.merges) {
    const area = parseArea(ref);
    if (!area) {
      add(`Trang "${sheet.name}": vùng gộp "${ref}" không phải địa chỉ vùng hợp lệ (ví dụ "A1:J1").`);
      continue;
    }
    const clash = mergeIndex.overlapping(area);
    if (clash) add(`Trang "${sheet.name}": vùng gộp ${ref} chồng lên vùng gộp ${clash.ref}.`);
    mergeIndex.add(ref, area);
    merges.push({ ref, area });
  }
  const mergesByRow = new Map<number, { ref: string; area: Area }[]>();
  for (const merge of merges) {
    for (let r = merge.area.top; r <= merge.area.bottom && r <= sheet.rows.length; r++) {
      const list = mergesByRow.get(r);
      if (list) list.push(merge);
      else mergesByRow.set(r, [merge]);
    }
  }

  sheet.rows.forEach((row, rowIndex) => {
    const r = rowIndex + 1;
    if (row.height !== undefined && (!Number.isFinite(row.height) || row.height < 0 || row.height > LIMITS.rowHeight)) {
      add(`Trang "${sheet.name}", hàng ${r}: chiều cao ${row.height} phải từ 0 đến ${LIMITS.rowHeight} điểm.`);
    }
    const rowMerges = mergesByRow.get(r);
    // A plain loop, the cell's place made only for a message: a 100,000-row annex has millions of cells.
    for (let columnIndex = 0; columnIndex < row.cells.length; columnIndex++) {
      const cell = row.cells[columnIndex];
      if (!cell) continue;
      const c = columnIndex + 1;
      checkCell(cell, r, c, where, workbook, add);
      if (rowMerges === undefined) continue;
      const covering = rowMerges.find(({ area }) => contains(area, r, c) && (area.top !== r || area.left !== c));
      if (covering && hasContent(cell)) {
        add(`${where(r, c)} nằm trong vùng gộp ${covering.ref} nhưng không phải ô đầu của vùng: nội dung sẽ bị mất.`);
      }
    }
  });

  if (sheet.frozen) {
    const { rows, columns } = sheet.frozen;
    if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0) {
      add(`Trang "${sheet.name}": số hàng, cột cố định phải là số nguyên không âm.`);
    }
  }

  checkValidations(sheet, add);

  for (const format of sheet.conditionalFormats) {
    if (!parseArea(format.range)) add(`Trang "${sheet.name}": vùng định dạng có điều kiện "${format.range}" không hợp lệ.`);
    checkFormulaText(format.formula, () => `Trang "${sheet.name}", định dạng có điều kiện ${format.range}`, add);
    for (const [what, colour] of [
      ["màu nền", format.style.fill],
      ["màu chữ", format.style.fontColor],
    ] as const) {
      if (colour !== undefined && !COLOUR.test(colour)) {
        add(`Trang "${sheet.name}", định dạng có điều kiện ${format.range}: ${what} "${colour}" phải có dạng RRGGBB.`);
      }
    }
  }

  const page = sheet.page;
  if (page) {
    for (const [side, mm] of Object.entries(page.margins)) {
      if (!Number.isFinite(mm) || mm < 0) add(`Trang "${sheet.name}": lề ${side} (${mm} mm) phải là số không âm.`);
    }
    const spanOk = (span: { from: number; to: number }, last: number) => Number.isInteger(span.from) && Number.isInteger(span.to) && span.from >= 1 && span.to >= span.from && span.to <= last;
    const titles = page.printTitleRows;
    if (titles && !spanOk(titles, LIMITS.rows)) {
      add(`Trang "${sheet.name}": hàng tiêu đề in lặp ${titles.from}-${titles.to} không hợp lệ.`);
    }
    const labels = page.printTitleColumns;
    if (labels && !spanOk(labels, LIMITS.columns)) {
      add(`Trang "${sheet.name}": cột tiêu đề in lặp ${labels.from}-${labels.to} không hợp lệ.`);
    }
    if (page.fitToWidth !== undefined && (!Number.isInteger(page.fitToWidth) || page.fitToWidth < 1)) {
      add(`Trang "${sheet.name}": số trang theo chiều ngang (${page.fitToWidth}) phải là số nguyên dương.`);
    }
    if (page.footer !== undefined && page.footer.length > LIMITS.footer) {
      add(`Trang "${sheet.name}": chân trang dài ${page.footer.length} ký tự; Excel cho phép tối đa ${LIMITS.footer}.`);
    }
  }
}

function hasContent(cell: Cell): boolean {
  return hasFormula(cell) || (cell.value !== undefined && cell.value !== null && cell.value !== "");
}

/** `where` is called only for a message: a 100,000-row annex has millions of cells. */
function checkCell(cell: Cell, row: number, column: number, where: (row: number, column: number) => string, workbook: Workbook, add: (message: string) => void): void {
  if (cell.style !== undefined && !(cell.style in workbook.styles)) add(`${where(row, column)}: kiểu "${cell.style}" không có trong danh sách kiểu.`);
  if (cell.pattern !== undefined) checkPattern(cell.pattern, row, () => where(row, column), add);
  else if (cell.formula !== undefined) checkFormulaText(cell.formula, () => where(row, column), add);
  checkValue(cell.value, row, column, where, add);
  checkValue(cell.result, row, column, where, add);
}

function checkValue(value: Cell["value"] | undefined, row: number, column: number, where: (row: number, column: number) => string, add: (message: string) => void): void {
  if (typeof value === "number" && !Number.isFinite(value)) add(`${where(row, column)}: giá trị ${value} không phải số hữu hạn.`);
  if (typeof value === "string" && value.length > LIMITS.cellText) {
    add(`${where(row, column)}: văn bản dài ${value.length} ký tự; một ô Excel chứa tối đa ${LIMITS.cellText}.`);
  }
}

/** Per distinct pattern (the layout holds each once): how many times it names its row, and whether it is blank or starts with "=". */
const patternFacts = new Map<string, { marks: number; blank: boolean; equals: boolean }>();

function factsOf(pattern: string): { marks: number; blank: boolean; equals: boolean } {
  let facts = patternFacts.get(pattern);
  if (facts === undefined) {
    // A row's digits never stand first or last in a formula: the pattern is blank, or starts with "=", as its formulas are.
    facts = { marks: pattern.split(ROW_MARK).length - 1, blank: pattern.trim() === "", equals: pattern.startsWith("=") };
    // Bounded: a workbook has a few hundred patterns; another workbook starts again.
    if (patternFacts.size > 10_000) patternFacts.clear();
    patternFacts.set(pattern, facts);
  }
  return facts;
}

/** The length of the pattern's formula at a row, its marks replaced by the row's digits. */
function patternLength(pattern: string, row: number): number {
  return pattern.length + factsOf(pattern).marks * (String(row).length - 1);
}

/** A pattern cell's formula (rowFormula) checked through its pattern, its length computed. */
function checkPattern(pattern: string, row: number, where: () => string, add: (message: string) => void): void {
  const facts = factsOf(pattern);
  formulaProblems(facts.blank, facts.equals, patternLength(pattern, row), () => rowFormula(pattern, row), where, add);
}

function checkFormulaText(formula: string, where: () => string, add: (message: string) => void): void {
  formulaProblems(formula.trim() === "", formula.startsWith("="), formula.length, () => formula, where, add);
}

/** What Excel refuses of a formula: blank, written with its "=", or too long. */
function formulaProblems(blank: boolean, equals: boolean, length: number, formula: () => string, where: () => string, add: (message: string) => void): void {
  if (blank) add(`${where()}: công thức trống.`);
  else if (equals) add(`${where()}: công thức phải viết không có dấu "=" ở đầu ("${formula().slice(0, 40)}").`);
  if (length > LIMITS.formula) add(`${where()}: công thức dài ${length} ký tự; Excel cho phép tối đa ${LIMITS.formula}.`);
}

function checkValidations(sheet: Sheet, add: (message: string) => void): void {
  const placed = new AreaIndex();
  for (const validation of sheet.validations) {
    const where = `Trang "${sheet.name}", kiểm tra dữ liệu ${validation.range}`;
    const area = parseArea(validation.range);
    if (!area) add(`${where}: vùng không hợp lệ.`);
    else {
      const clash = placed.overlapping(area);
      // Excel keeps one validation per cell; a second one on the same cells would be dropped.
      if (clash) add(`${where}: chồng lên kiểm tra dữ liệu ${clash.ref}.`);
      placed.add(validation.range, area);
    }
    checkValidationTexts(validation, where, add);
    if (validation.type === "list") {
      if (validation.values.length === 0) add(`${where}: danh sách giá trị trống.`);
      for (const value of validation.values) {
        if (value.includes(",")) add(`${where}: giá trị "${value}" chứa dấu phẩy, không dùng được trong danh sách.`);
      }
      const source = validation.values.join(",");
      if (source.length > LIMITS.listSource) {
        add(`${where}: danh sách dài ${source.length} ký tự; Excel cho phép tối đa ${LIMITS.listSource}.`);
      }
    } else if (validation.type !== "any") {
      for (const bound of [validation.min, validation.max]) {
        if (bound !== undefined && !Number.isFinite(bound)) add(`${where}: giới hạn ${bound} không phải số hữu hạn.`);
      }
      if (validation.min !== undefined && validation.max !== undefined && validation.min > validation.max) {
        add(`${where}: giới hạn dưới ${validation.min} lớn hơn giới hạn trên ${validation.max}.`);
      }
    }
  }
}

function checkValidationTexts(validation: DataValidation, where: string, add: (message: string) => void): void {
  const texts: [string, string | undefined, number][] = [
    ["tiêu đề gợi ý", validation.prompt?.title, LIMITS.validationTitle],
    ["lời gợi ý", validation.prompt?.message, LIMITS.validationPrompt],
    ["tiêu đề báo lỗi", "error" in validation ? validation.error.title : undefined, LIMITS.validationTitle],
    ["lời báo lỗi", "error" in validation ? validation.error.message : undefined, LIMITS.validationError],
  ];
  for (const [what, text, limit] of texts) {
    if (text !== undefined && text.length > limit) {
      add(`${where}: ${what} dài ${text.length} ký tự; Excel cho phép tối đa ${limit}.`);
    }
  }
}

function checkDefinedNames(workbook: Workbook, add: (message: string) => void): void {
  const seen = new Set<string>();
  for (const { name, refersTo } of workbook.definedNames) {
    if (!DEFINED_NAME.test(name) || LOOKS_LIKE_CELL.test(name) || name.length > 255) {
      add(`Tên vùng "${name}" không hợp lệ trong Excel (chữ, số, "_", "."; không bắt đầu bằng số; không giống địa chỉ ô).`);
    }
    const key = name.toLocaleUpperCase("vi");
    if (seen.has(key)) add(`Tên vùng "${name}" bị đặt hai lần.`);
    seen.add(key);
    checkFormulaText(refersTo, () => `Tên vùng "${name}"`, add);
  }
}

/**
 * Areas placed so far, by row band, so that finding one that overlaps a new area does not compare
 * it with every other (a 10,000-row annex has thousands of validation ranges).
 */
class AreaIndex {
  private static readonly BAND = 64;
  private readonly bands = new Map<number, { ref: string; area: Area }[]>();

  add(ref: string, area: Area): void {
    for (const band of this.bandsOf(area)) {
      const list = this.bands.get(band);
      if (list) list.push({ ref, area });
      else this.bands.set(band, [{ ref, area }]);
    }
  }

  overlapping(area: Area): { ref: string; area: Area } | undefined {
    for (const band of this.bandsOf(area)) {
      const found = this.bands.get(band)?.find((other) => overlaps(other.area, area));
      if (found) return found;
    }
    return undefined;
  }

  private *bandsOf(area: Area): Iterable<number> {
    const first = Math.floor(area.top / AreaIndex.BAND);
    const last = Math.floor(area.bottom / AreaIndex.BAND);
    for (let band = first; band <= last; band++) yield band;
  }
}
