/**
 * Hostile input through the CLI's main, in process: every run ends with exit 0 or 2 and a
 * Vietnamese message, never an exception or a stack trace.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { annexLayout, annexOptions } from "../../src/core/annex";
import { readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { renderWorkbook } from "../../src/hosts/xlsx/render";
import { communeAnnex, makeCommunes } from "../support/communes";
import { SEEDS_DIR, seedPlan } from "../support/seeds";
import { runMain } from "../support/runMain";
import { writeOutSharedFormulas } from "../support/excelEdits";

// Real workbooks are written and read: seconds each on a busy machine.
jest.setTimeout(120_000);

const dir = () => mkdtempSync(join(tmpdir(), "phuluc-hostile-"));

function planFile(d: string, edit: (plan: ReturnType<typeof seedPlan>) => void): string {
  const plan = structuredClone(seedPlan("tien-lu-2024"));
  edit(plan);
  const file = join(d, "ke-hoach.plan.json");
  writeFileSync(file, JSON.stringify(plan));
  return file;
}

const first = (plan: ReturnType<typeof seedPlan>) => plan.sections[0]?.indicators[0] as ReturnType<typeof seedPlan>["sections"][number]["indicators"][number];

describe("Excel's limits", () => {
  test("a target hundreds of words long is written (row capped, full text as a note), then checked and regenerated", async () => {
    const d = dir();
    const file = planFile(d, (plan) => {
      first(plan).target = "Hoàn thành ".repeat(400);
      first(plan).note = "Ghi chú rất dài ".repeat(300);
    });
    const annex = join(d, "a.xlsx");
    const made = await runMain(["generate", file, "-o", annex]);
    expect(made).toMatchObject({ status: 0, stderr: "" });
    expect((await runMain(["check", annex, "--write", join(d, "b.xlsx")])).status).toBe(0);
    expect((await runMain(["generate", file, "-o", join(d, "c.xlsx"), "--keep-from", annex])).status).toBe(0);
  });

  test("a name longer than an Excel cell is refused with exit 2, naming the row by STT and name", async () => {
    const d = dir();
    const file = planFile(d, (plan) => {
      first(plan).name = `Tốc độ tăng trưởng ${"rất ".repeat(9000)}`;
    });
    const run = await runMain(["generate", file, "-o", join(d, "a.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`STT ${first(seedPlan("tien-lu-2024")).stt}`);
    expect(run.stderr).toContain("Tốc độ tăng trưởng");
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

const TIEN_LU = join(SEEDS_DIR, "tien-lu-2024.plan.json");
const noStack = (run: { stderr: string }) => expect(run.stderr).not.toMatch(/\n\s+at |ZodError|lỗi không mong đợi/);

describe("command-line input that used to crash", () => {
  test("an output path in a folder that does not exist: exit 2 naming the folder", async () => {
    const d = dir();
    for (const args of [
      ["generate", TIEN_LU, "-o", join(d, "khong-co", "a.xlsx")],
      ["check", await generated(d), "--write", join(d, "khong-co", "b.xlsx")],
    ]) {
      const run = await runMain(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(join(d, "khong-co"));
      noStack(run);
    }
  });

  test("an empty --period or --locality: exit 2 with a Vietnamese message, no raw validation error", async () => {
    const d = dir();
    for (const flag of ["--period", "--locality"]) {
      for (const value of ["", "   "]) {
        const run = await runMain(["generate", TIEN_LU, "-o", join(d, `x${flag}${value.length}.xlsx`), flag, value]);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(`${flag} cần một giá trị`);
        noStack(run);
      }
    }
  });

  test("a 400-digit figure in a target is not a number: the annex is made, the target judged by hand", async () => {
    const d = dir();
    const file = planFile(d, (plan) => {
      first(plan).target = "1".repeat(400);
      first(plan).unit = "tỷ đồng";
    });
    const run = await runMain(["generate", file, "-o", join(d, "a.xlsx")]);
    expect(run).toMatchObject({ status: 0, stderr: "" });
  });

  test("an actual of 1e308 (and -1e308) is checked and written back without a percentage past the largest number", async () => {
    const d = dir();
    const annex = await generated(d);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(annex);
    const ws = book.getWorksheet("Phụ lục I") as ExcelJS.Worksheet;
    const { rowOf, columns } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() });
    ws.getCell(rowOf.get("CT02") as number, columns.actual).value = 1e308;
    ws.getCell(rowOf.get("CT03") as number, columns.actual).value = -1e308;
    const filled = join(d, "da-nhap.xlsx");
    await book.xlsx.writeFile(filled);
    const run = await runMain(["check", filled, "--write", join(d, "ket-qua.xlsx")]);
    expect(run.status).toBe(0);
    noStack(run);
    expect((await runMain(["generate", TIEN_LU, "-o", join(d, "moi.xlsx"), "--keep-from", filled])).status).toBe(0);
  });

  test("parts nested hundreds of levels deep: exit 2, one message naming the indicator, no stack overflow", async () => {
    const d = dir();
    // Written as text: JSON.stringify itself overflows on such nesting.
    const plan = structuredClone(seedPlan("tien-lu-2024"));
    const text = JSON.stringify(plan);
    const levels = 20_000;
    const open = Array.from({ length: levels }, (_, level) => `{"code":"SAU${level}","stt":"-","name":"Cấp ${level}","source":{"quote":"x"},"parts":[`).join("");
    const nested = `${open}${"]}".repeat(levels)}`;
    const marker = '"parts":[]';
    const at = text.indexOf(marker);
    const file = join(d, "sau.plan.json");
    writeFileSync(file, `${text.slice(0, at)}"parts":[${nested}]${text.slice(at + marker.length)}`);
    for (const command of ["plan", "generate"]) {
      const run = await runMain(command === "plan" ? ["plan", file] : ["generate", file, "-o", join(d, "a.xlsx")]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("lồng nhau quá");
      expect(run.stderr.length).toBeLessThan(2000);
      noStack(run);
    }
  });

  test("one commune re-sent many times from a deep folder: consolidated, the files listed briefly", async () => {
    const d = dir();
    const [commune] = makeCommunes(1);
    let deep = join(d, "nhan");
    for (let level = 0; level < 30; level++) deep = join(deep, `thu-muc-nhan-bao-cao-cua-cac-xa-lan-${level}`);
    mkdirSync(deep, { recursive: true });
    const original = join(deep, "xa.xlsx");
    writeFileSync(original, await communeAnnex(commune as NonNullable<typeof commune>));
    for (let copy = 0; copy < 12; copy++) copyFileSync(original, join(deep, `xa-gui-lai-${copy}.xlsx`));
    const run = await runMain(["consolidate", join(d, "nhan"), "-o", join(d, "tong-hop.xlsx")]);
    expect(run.status).toBe(0);
    noStack(run);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(d, "tong-hop.xlsx"));
    const report = book.getWorksheet("Tình hình báo cáo") as ExcelJS.Worksheet;
    const texts: string[] = [];
    report.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? ""))));
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThan(32_767);
    report.eachRow((row) => expect(row.height ?? 0).toBeLessThanOrEqual(409));
  });
});

async function generated(d: string): Promise<string> {
  const file = join(d, "phu-luc.xlsx");
  const run = await runMain(["generate", TIEN_LU, "-o", file]);
  expect(run.status).toBe(0);
  return file;
}

describe("the model sheet", () => {
  test("an `against` that is not one of the plan's milestones is refused, even in a model sealed with a valid checksum", async () => {
    const d = dir();
    const plan = seedPlan("cau-ngang-2030");
    const forged = join(d, "gia-mao.xlsx");
    writeFileSync(forged, await renderWorkbook(annexLayout({ plan, options: annexOptions({ against: "2099" }) }).workbook));
    const run = await runMain(["check", forged]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("không phải năm mốc");
    noStack(run);
    const planFileName = join(SEEDS_DIR, "cau-ngang-2030.plan.json");
    for (const args of [["generate", planFileName, "-o", join(d, "a.xlsx"), "--against", "2099"], ["generate", TIEN_LU, "-o", join(d, "b.xlsx"), "--against", "2025"]]) {
      const refused = await runMain(args);
      expect(refused.status).toBe(2);
      noStack(refused);
    }
  });
});

describe("row identity and column roles", () => {
  const layoutOf = (period?: string) => annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions(period === undefined ? {} : { actualsLabel: period }) });

  test("rows sorted with only the visible columns selected: check and --keep-from stop, naming the rows, instead of following the codes", async () => {
    const d = dir();
    const annex = await generated(d);
    const { rowOf, columns } = layoutOf();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(annex);
    const ws = book.getWorksheet("Phụ lục I") as ExcelJS.Worksheet;
    const a = rowOf.get("CT02") as number;
    const b = rowOf.get("CT03") as number;
    ws.getCell(a, columns.actual).value = 9.1;
    ws.getCell(b, columns.actual).value = 520;
    // Swap the visible cells of the two rows, as a sort of columns A..J does; the codes stay.
    for (let c = 1; c <= columns.lastVisible; c++) {
      const first = ws.getCell(a, c).value;
      ws.getCell(a, c).value = ws.getCell(b, c).value;
      ws.getCell(b, c).value = first;
    }
    const sorted = join(d, "da-sap-xep.xlsx");
    await book.xlsx.writeFile(sorted);
    for (const args of [["check", sorted], ["generate", TIEN_LU, "-o", join(d, "moi.xlsx"), "--keep-from", sorted]]) {
      const run = await runMain(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`dòng ${a} ghi`);
      expect(run.stderr).toContain(`dòng ${b} ghi`);
      expect(run.stderr).toContain("STT");
      expect(run.stderr).not.toContain("CT02");
      noStack(run);
    }
  });

  test.each(["Ghi chú", "Mã chỉ tiêu", "Chỉ tiêu"])("an actuals column titled %s keeps actuals and notes apart", async (period) => {
    const d = dir();
    const annex = join(d, "a.xlsx");
    expect((await runMain(["generate", TIEN_LU, "-o", annex, "--period", period])).status).toBe(0);
    const { rowOf, columns } = layoutOf(period);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(annex);
    const ws = book.getWorksheet("Phụ lục I") as ExcelJS.Worksheet;
    ws.getCell(rowOf.get("CT02") as number, columns.actual).value = 9.1;
    ws.getCell(rowOf.get("CT02") as number, columns.note).value = "theo báo cáo quý";
    const filled = join(d, "b.xlsx");
    await book.xlsx.writeFile(filled);
    const run = await runMain(["check", filled, "--json"]);
    expect(run.status).toBe(0);
    const kept = join(d, "c.xlsx");
    expect((await runMain(["generate", TIEN_LU, "-o", kept, "--period", period, "--keep-from", filled])).status).toBe(0);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(kept);
    const ws2 = again.getWorksheet("Phụ lục I") as ExcelJS.Worksheet;
    expect(ws2.getCell(rowOf.get("CT02") as number, columns.actual).value).toBe(9.1);
    expect(ws2.getCell(rowOf.get("CT02") as number, columns.note).value).toBe("theo báo cáo quý");
    expect(ws2.getCell(rowOf.get("CT02") as number, columns.code).value).toBe("CT02");
  });
});

describe("--keep-from keeps what the pane's update keeps", () => {
  test("the officer's other sheets, extra columns, inserted rows and typed formulas are carried, and the note says so", async () => {
    const d = dir();
    const annex = await generated(d);
    const { rowOf, columns } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(annex);
    const ws = book.getWorksheet("Phụ lục I") as ExcelJS.Worksheet;
    writeOutSharedFormulas(ws);
    const row = rowOf.get("CT02") as number;
    ws.getCell(row, columns.actual).value = 9.1;
    ws.getCell(row, columns.value + 2).value = { formula: `${ws.getCell(row, columns.actual).address}*2`, result: 18.2 };
    ws.insertRow(row + 1, ["", "Dòng cán bộ tự thêm"]);
    book.addWorksheet("Số liệu gốc").getCell("A1").value = "Báo cáo của phòng";
    const filled = join(d, "da-nhap.xlsx");
    await book.xlsx.writeFile(filled);

    const next = join(d, "moi.xlsx");
    const run = await runMain(["generate", TIEN_LU, "-o", next, "--keep-from", filled]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("giữ 1 ô số liệu/ghi chú");
    expect(run.stdout).toContain('"Phụ lục I (bản trước)"');
    expect(run.stdout).toContain('"Số liệu gốc"');

    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(next);
    expect(out.getWorksheet("Số liệu gốc")?.getCell("A1").value).toBe("Báo cáo của phòng");
    const previous = out.getWorksheet("Phụ lục I (bản trước)") as ExcelJS.Worksheet;
    expect(previous.getCell(row + 1, 2).value).toBe("Dòng cán bộ tự thêm");
    expect(previous.getCell(row, columns.value + 2).formula).toBe(`${ws.getCell(row, columns.actual).address}*2`);
    expect(out.getWorksheet("Phụ lục I")?.getCell(row, columns.actual).value).toBe(9.1);
    const reading = await readAnnexBytes(readFileSync(next));
    expect(reading.ok && reading.sheetName).toBe("Phụ lục I");
  });
});

/**
 * A filled annex whose sheet part declares more than it holds, or holds more than it declares: the
 * zip's directory is edited by hand, as a hostile file would be.
 */
function withDeclaredSize(bytes: Uint8Array, part: string, declared: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(part);
  // Central directory headers (PK\1\2): the uncompressed size at +24, the name at +46.
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    if (length === name.length && name.every((b, k) => out[i + 46 + k] === b)) view.setUint32(i + 24, declared, true);
  }
  return out;
}

describe("reading an officer's own workbook is bounded", () => {
  const plan = () => join(SEEDS_DIR, "tien-lu-2024.plan.json");

  test.each([
    ["claims 4 GB when inflated", 0xfffffff0],
    ["holds far more than it claims", 64],
  ])("a sheet that %s: check and --keep-from end with exit 2 and a message, nothing written", async (_what, declared) => {
    const d = dir();
    const annex = join(d, "a.xlsx");
    expect((await runMain(["generate", plan(), "-o", annex])).status).toBe(0);
    const hostile = join(d, "hostile.xlsx");
    writeFileSync(hostile, withDeclaredSize(readFileSync(annex), "xl/worksheets/sheet1.xml", declared));
    const checked = await runMain(["check", hostile, "--write", join(d, "b.xlsx")]);
    expect(checked.status).toBe(2);
    expect(checked.stderr).toMatch(/hostile\.xlsx: (Tệp quá lớn để mở an toàn|.*không đọc được|.*hỏng)/i);
    const kept = await runMain(["generate", plan(), "-o", join(d, "c.xlsx"), "--keep-from", hostile]);
    expect(kept.status).toBe(2);
    expect(kept.stderr).toContain("hostile.xlsx");
    expect(existsSync(join(d, "b.xlsx")) || existsSync(join(d, "c.xlsx"))).toBe(false);
  });
});
