/**
 * "Giao chỉ tiêu": the blank table's layout, reading it back filled (both orientations, targets as
 * officers type them, a hand-made table known by names), the errors that name the commune and the
 * indicator, and one plan per commune with its own targets, period and deadline.
 */
import type { GridCell, GridSheet, GridValue, GridWorkbook } from "../../../src/core/annex/grid";
import type { Workbook } from "../../../src/core/annex/sheet";
import { ASSIGN_LAYOUT, assignedIndicators, assignTable, annexFileNames, communeAnnexes, readAssignTable, type AssignReading } from "../../../src/core/assign";
import { findIndicator, type Plan } from "../../../src/core/model";
import { parseTarget } from "../../../src/core/vn";
import { seedPlan } from "../../support/seeds";

const plan: Plan = seedPlan("tien-lu-2024");
const L = ASSIGN_LAYOUT;

/** What a host would read back from the description, with the officer's cells typed over it. */
function filled(workbook: Workbook, typed: Record<string, GridValue | GridCell>): GridWorkbook {
  const sheet = workbook.sheets[0];
  if (sheet === undefined) throw new Error("no sheet");
  const rows: GridCell[][] = sheet.rows.map((row) => row.cells.map((cell) => ({ value: cell?.value ?? null })));
  for (const [ref, value] of Object.entries(typed)) {
    const match = /^([A-Z]+)(\d+)$/.exec(ref);
    if (match === null) throw new Error(ref);
    const column = [...(match[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const r = Number(match[2]);
    const row = (rows[r - 1] ??= []);
    while (row.length < column) row.push({ value: null });
    row[column - 1] = typeof value === "object" && value !== null ? value : { value };
  }
  return { sheets: [{ name: sheet.name, visibility: "visible", rows, merges: [] }] };
}

function transposed(book: GridWorkbook): GridWorkbook {
  const sheet = book.sheets[0] as GridSheet;
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const rows: GridCell[][] = Array.from({ length: width }, (_, c) => sheet.rows.map((row) => row[c] ?? { value: null }));
  return { sheets: [{ ...sheet, rows }] };
}

const columnOf = (code: string) => {
  const at = assignedIndicators(plan).findIndex((item) => item.code === code);
  if (at < 0) throw new Error(code);
  const n = L.firstIndicatorColumn + at;
  return n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(64 + Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
};
const row = (k: number) => L.firstCommuneRow + k;
const ok = (reading: AssignReading) => {
  if (!reading.ok) throw new Error(reading.errors.join("\n"));
  return reading;
};

describe("the blank table", () => {
  const book = assignTable(plan);
  const sheet = book.sheets[0] as Workbook["sheets"][number];
  const cell = (r: number, c: number) => sheet.rows[r - 1]?.cells[c - 1]?.value;

  it("has a column per indicator that can carry a target, with STT, name, unit, the plan's target and the hidden code", () => {
    const items = assignedIndicators(plan);
    // "Cơ cấu kinh tế" (no unit, no target, three parts) is a heading: its parts are assigned.
    expect(items.map((i) => i.code)).not.toContain("CT01");
    expect(items.map((i) => i.code)).toContain("CT01.1");
    const thu = items.findIndex((i) => i.code === "CT03");
    const c = L.firstIndicatorColumn + thu;
    expect([cell(L.sttRow, c), cell(L.nameRow, c), cell(L.unitRow, c), cell(L.referenceRow, c), cell(L.codesRow, c)]).toEqual(["3", "Thu ngân sách trên địa bàn", "tỷ đồng", "559,8", "CT03"]);
    const part = L.firstIndicatorColumn + items.findIndex((i) => i.code === "CT01.1");
    expect(cell(L.nameRow, part)).toBe("Cơ cấu kinh tế: Công nghiệp và xây dựng");
    expect(sheet.rows[L.codesRow - 1]?.hidden).toBe(true);
    expect(sheet.frozen).toEqual({ rows: L.codesRow, columns: L.nameColumn });
  });

  it("leaves rows to type the communes in, or lists the communes given, each cell a text input with a prompt", () => {
    expect(sheet.rows.length).toBe(L.firstCommuneRow + 29);
    const listed = assignTable(plan, { communes: ["Xã An Bình", "Phường 1"] }).sheets[0];
    expect(listed?.rows.length).toBe(L.firstCommuneRow + 1);
    expect(listed?.rows[L.firstCommuneRow]?.cells[L.nameColumn - 1]?.value).toBe("Phường 1");
    const prompts = sheet.validations.filter((v) => v.type === "any");
    expect(prompts).toHaveLength(assignedIndicators(plan).length + 1);
    for (const v of prompts) if (v.type === "any") expect(v.prompt.message.length).toBeLessThanOrEqual(255);
    expect(book.styles[sheet.rows[L.firstCommuneRow - 1]?.cells[L.firstIndicatorColumn - 1]?.style ?? ""]?.numFmt).toBe("@");
  });

  it("prints landscape with the header rows, and STT and name on every page when it is wider than a page", () => {
    expect(sheet.page?.orientation).toBe("landscape");
    expect(sheet.page?.printTitleRows).toEqual({ from: L.sectionRow, to: L.codesRow });
    expect(sheet.page?.printTitleColumns).toEqual({ from: 1, to: 2 });
  });
});

describe("reading the filled table", () => {
  const typed = {
    [`B${row(0)}`]: "Xã An Bình",
    [`${columnOf("CT03")}${row(0)}`]: "45,5",
    [`${columnOf("CT06")}${row(0)}`]: "≥ 90%",
    [`${columnOf("CT09")}${row(0)}`]: "Đạt chuẩn NTM",
    [`B${row(1)}`]: "  xã  Đức\u200B Thạnh ",
    [`${columnOf("CT03")}${row(1)}`]: 38.25,
    [`${columnOf("CT06")}${row(1)}`]: { value: 0.925, numFmt: "0.0%" },
    [`${columnOf("CT09")}${row(1)}`]: "-",
    [`B${row(2)}`]: "Tổng cộng",
    [`${columnOf("CT03")}${row(2)}`]: "83,75",
  };
  const book = filled(assignTable(plan), typed);

  it("reads each commune's targets as typed; blank, '-' and a total line assign nothing", () => {
    const reading = ok(readAssignTable(book, plan));
    expect(reading.orientation).toBe("communes-as-rows");
    expect(reading.communes.map((c) => c.name)).toEqual(["Xã An Bình", "xã Đức Thạnh"]);
    const [an, duc] = reading.communes;
    expect(an?.targets).toMatchObject({ CT03: "45,5", CT06: "≥ 90%", CT09: "Đạt chuẩn NTM", CT02: null });
    expect(duc?.targets).toMatchObject({ CT03: "38,25", CT06: "92,5%", CT09: null });
    expect(parseTarget(an?.targets.CT06 ?? "", "%")).toMatchObject({ op: ">=", value: 90 });
    expect(reading.notes.join("\n")).toMatch(/Tổng cộng.*dòng tổng/);
  });

  it("reads it by the headers' names when the hidden codes row was lost (the visible range copied elsewhere)", () => {
    const sheet = book.sheets[0] as GridSheet;
    const withoutCodes: GridWorkbook = { sheets: [{ ...sheet, rows: sheet.rows.filter((_, r) => r !== L.codesRow - 1) }] };
    const reading = ok(readAssignTable(withoutCodes, plan));
    expect(reading.communes.map((c) => [c.name, c.targets.CT03, c.targets.CT06, c.targets["CT01.2"]])).toEqual([
      ["Xã An Bình", "45,5", "≥ 90%", null],
      ["xã Đức Thạnh", "38,25", "92,5%", null],
    ]);
  });

  it("reads the same table transposed: indicators as rows, communes as columns", () => {
    const reading = ok(readAssignTable(transposed(book), plan));
    expect(reading.orientation).toBe("communes-as-columns");
    expect(reading.communes.map((c) => [c.name, c.targets.CT03, c.targets.CT06])).toEqual([
      ["Xã An Bình", "45,5", "≥ 90%"],
      ["xã Đức Thạnh", "38,25", "92,5%"],
    ]);
    expect(reading.communes[0]?.where).toBe(`cột ${String.fromCharCode(64 + row(0))}`);
  });

  it("reads a table typed by hand, known by the indicators' names (STT, case and diacritics aside) and a units line", () => {
    const hand: GridWorkbook = {
      sheets: [
        {
          name: "Sheet1",
          visibility: "visible",
          merges: [],
          rows: [
            [{ value: "GIAO CHỈ TIÊU NĂM 2024" }],
            [{ value: "TT" }, { value: "Chỉ tiêu" }, { value: "Xã Hải Thắng" }, { value: "Xã Thụy Lôi" }],
            [{ value: null }, { value: null }, { value: null }, { value: null }],
            [{ value: "3" }, { value: "3. THU NGÂN SÁCH TRÊN ĐỊA BÀN" }, { value: "12,5" }, { value: "9" }],
            [{ value: "4" }, { value: "Số xã đạt chuẩn nông thôn mới nâng cao (ĐVT: xã)" }, { value: "1" }, { value: null }],
            [{ value: "5" }, { value: "Ty le dan so su dung nuoc sach o nong thon" }, { value: "trên 98%" }, { value: "100%" }],
            [{ value: "6" }, { value: "Thu NS xã" }, { value: "3" }, { value: "2" }],
          ],
        },
      ],
    };
    const reading = ok(readAssignTable(hand, plan));
    expect(reading.orientation).toBe("communes-as-columns");
    expect(reading.communes.map((c) => [c.name, c.targets.CT03, c.targets.CT09, c.targets.CT10])).toEqual([
      ["Xã Hải Thắng", "12,5", "1", "trên 98%"],
      ["Xã Thụy Lôi", "9", null, "100%"],
    ]);
    // Indicators the table does not carry are assigned to no commune, and a line it cannot match is named: said, not dropped unseen.
    expect(reading.notes.join("\n")).toMatch(/Bảng không có \d+ chỉ tiêu/);
    expect(reading.notes.join("\n")).toContain("Không khớp tên chỉ tiêu nào của kế hoạch, không đọc: dòng 7 «Thu NS xã»");
  });

  it("names the commune, the indicator by STT and name, and the cell for what it cannot read", () => {
    const bad = filled(assignTable(plan), {
      [`B${row(0)}`]: "Xã An Bình",
      [`${columnOf("CT03")}${row(0)}`]: "45,5,2",
      [`${columnOf("CT06")}${row(0)}`]: "90 tỷ đồng",
      [`${columnOf("CT07")}${row(0)}`]: "2024-03-01",
      [`B${row(1)}`]: "xã an bình",
      [`${columnOf("CT09")}${row(2)}`]: "2",
    });
    const reading = readAssignTable(bad, plan);
    expect(reading.ok).toBe(false);
    const text = reading.ok ? "" : reading.errors.join("\n");
    expect(text).toContain(`«Xã An Bình», STT 3 «Thu ngân sách trên địa bàn» (ô ${columnOf("CT03")}${row(0)}) ghi «45,5,2»: không đọc được con số`);
    expect(text).toMatch(/«Xã An Bình», STT 1 «Tỷ lệ trường học các cấp đạt chuẩn quốc gia».*«90 tỷ đồng».*Đơn vị/);
    expect(text).toMatch(/Excel đã đổi ô thành ngày tháng/);
    expect(text).toContain(`Đơn vị «xã an bình» ghi hai lần (dòng ${row(0)} và dòng ${row(1)})`);
    expect(text).toContain(`dòng ${row(2)}: có chỉ tiêu mà chưa có tên đơn vị`);
    expect(text).not.toMatch(/CT0\d/);
  });

  it("refuses a table of another plan, and a file without such a table, saying what to do", () => {
    const other = filled(assignTable(seedPlan("duc-thanh-2024")), { [`B${row(0)}`]: "Xã An Bình" });
    const reading = readAssignTable(other, plan);
    expect(reading.ok ? "" : reading.errors[0]).toMatch(/không thấy bảng giao chỉ tiêu|kế hoạch khác/i);
    const blank = readAssignTable({ sheets: [{ name: "S", visibility: "visible", rows: [[{ value: "x" }]], merges: [] }] }, plan);
    expect(blank.ok ? "" : blank.errors[0]).toMatch(/^Không thấy bảng giao chỉ tiêu.*Tải bảng giao chỉ tiêu trống/);
    const empty = readAssignTable(filled(assignTable(plan), {}), plan);
    expect(empty.ok ? "" : empty.errors[0]).toMatch(/chưa có đơn vị nào/);
  });
});

describe("one plan per commune", () => {
  const book = filled(assignTable(plan), {
    [`B${row(0)}`]: "Xã An Bình",
    [`${columnOf("CT03")}${row(0)}`]: "45,5",
    [`B${row(1)}`]: "Xã Đức/Thạnh: mới?",
    [`${columnOf("CT09")}${row(1)}`]: "Đạt chuẩn NTM",
  });
  const reading = ok(readAssignTable(book, plan));
  const annexes = communeAnnexes(plan, reading, { period: "Ước thực hiện 9 tháng năm 2024", deadline: "2024-10-05" });

  it("carries each commune's own targets, and nothing of the issuer's: no other target, no stretch target", () => {
    const [an, duc] = annexes;
    expect(findIndicator(an!.plan, "CT03")?.indicator).toMatchObject({ target: "45,5", stretch: null });
    expect(findIndicator(an!.plan, "CT09")?.indicator.target).toBeNull();
    expect(findIndicator(duc!.plan, "CT09")?.indicator.target).toBe("Đạt chuẩn NTM");
    expect(findIndicator(duc!.plan, "CT03")?.indicator.target).toBeNull();
    expect(an!.assigned).toBe(1);
    // The same rows as the plan: the copies stay one template for consolidation.
    expect(JSON.stringify(an!.plan.sections.map((s) => s.indicators.map((i) => i.code)))).toBe(JSON.stringify(plan.sections.map((s) => s.indicators.map((i) => i.code))));
  });

  it("has the commune as locality and the period and deadline in its options and model", () => {
    expect(annexes[0]?.options).toMatchObject({ locality: "Xã An Bình", actualsLabel: "Ước thực hiện 9 tháng năm 2024", deadline: "2024-10-05" });
    expect(annexes[0]?.plan.reportingDeadline).toBe("2024-10-05");
    const byPlan = communeAnnexes({ ...plan, reportingDeadline: "2024-11-05" }, reading, { period: null, deadline: null });
    expect(byPlan[0]?.options.deadline).toBe("2024-11-05");
  });

  it("names files readably, diacritics kept, unsafe characters out, never twice the same name", () => {
    expect(annexes.map((a) => a.fileName)).toEqual(["Phụ lục I - Xã An Bình.xlsx", "Phụ lục I - Xã Đức Thạnh mới.xlsx"]);
    expect(annexFileNames(plan, ["Xã A.", "Xã A", "xã a"])).toEqual(["Phụ lục I - Xã A.xlsx", "Phụ lục I - Xã A (2).xlsx", "Phụ lục I - xã a (3).xlsx"]);
  });
});
