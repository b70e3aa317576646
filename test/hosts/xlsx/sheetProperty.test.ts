/**
 * Property: for any target and any figure as officers type it, the annex's own formulas and the
 * core agree. fast-check draws a few hundred (target, entry) rows: targets as plans print them,
 * entries as numbers, text numbers the Vietnamese and the English way, percentages, ratios and
 * ranks, the row's unit, verdict words (with odd spaces, invisible or decomposed characters),
 * pasted percent formats, blanks and junk. They go into ONE generated annex, LibreOffice
 * recalculates it once (cached results poisoned first), and every row's %, verdict and
 * plausibility mark must equal the core's. The seed is printed with any disagreement; set
 * PHULUC_PROPERTY_SEED to replay it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { annexLayout, annexOptions, hasFormula, gridCell, type AnnexEntry } from "../../../src/core/annex";
import { assess, JUDGEMENT_WORDS, planRules, PLAUSIBILITY_MARK, readActualCell, SHEET_LABELS, type ActualCell, type Rule } from "../../../src/core/check";
import { formatNumber } from "../../../src/core/vn";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { convert } from "../../support/libreoffice";
import { planOfRows, type PlanRow } from "../../support/rowsPlan";
import { requireTools } from "../../support/tools";

const CASES = 300;
const withLibreOffice = requireTools("soffice");

const NAMES = ["Tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo giảm", "Mức giảm tỷ suất sinh", "Tốc độ tăng trưởng kinh tế", "Thu ngân sách nhà nước", "Huy động vốn đầu tư", "Số xã đạt chuẩn nông thôn mới", "Chỉ số Cải cách hành chính (PAR INDEX)", "Tỷ lệ mất cân bằng giới khi sinh", "Số lượt khách du lịch", "Giữ vững quốc phòng, an ninh"];
const UNITS = ["%", "tỷ đồng", "nghìn tỷ đồng", "triệu đồng", "hộ", "xã", "Xếp hạng", "Bé trai/bé gái", "lượt", "triệu lượt", null];

/** A figure as plans print it: "95,1", "1.234", "0,7", "25". */
const printed = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map(String),
  fc.integer({ min: 1, max: 99_999 }).map((n) => formatNumber(n / 10, { maxDecimals: 1 })),
  fc.integer({ min: 1, max: 9_999_999 }).map((n) => formatNumber(n, { maxDecimals: 0 })),
  fc.integer({ min: 1, max: 999 }).map((n) => formatNumber(n / 100, { maxDecimals: 2 })),
);

const targetArb: fc.Arbitrary<string | null> = fc.oneof(
  printed,
  printed.map((x) => `${x}%`),
  printed.map((x) => `trên ${x}`),
  printed.map((x) => `từ ${x} trở lên`),
  printed.map((x) => `dưới ${x}%`),
  printed.map((x) => `không quá ${x}`),
  printed.map((x) => `khoảng ${x}`),
  fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 })).map(([a, b]) => `${a} - ${a + b}%`),
  printed.map((x) => `giảm ${x}%`),
  printed.map((x) => `tăng ${x}%`),
  fc.integer({ min: 1, max: 10 }).map((n) => `${n}/10`),
  fc.integer({ min: 95, max: 115 }).map((n) => `${n}/100`),
  printed.map((x) => `${x} nghìn tỷ đồng`),
  printed.map((x) => `${x} triệu lượt`),
  fc.constantFrom("Hoàn thành", "Đạt yêu cầu", null),
);

const VERDICTS = JUDGEMENT_WORDS.map((j) => j.word);

/** Text numbers as typed: Vietnamese marks, English marks, signs, spaces, units, percent, "a/b". */
function typedNumber(unit: string | null): fc.Arbitrary<string> {
  const value = fc.oneof(fc.integer({ min: -2000, max: 200_000 }), fc.double({ min: -1e6, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 100 }).map((n) => n / 10));
  return fc.tuple(value, fc.nat({ max: 9 }), fc.integer({ min: 1, max: 100 })).map(([v, form, of]) => {
    const vn = formatNumber(v, { maxDecimals: 3 });
    switch (form) {
      case 0:
        return vn;
      case 1:
        return ` ${vn}  `;
      case 2:
        return `${vn}%`;
      case 3:
        return `${vn} %`;
      case 4:
        return unit === null ? vn : `${vn} ${unit}`;
      case 5:
        return `${vn}/${of}`;
      case 6:
        return String(v); // the English way, "1234.5"
      case 7:
        return vn.replace(/\./g, ",");
      case 8:
        return `${vn}\u00A0%`;
      default:
        return `${vn}\u200B`;
    }
  });
}

const verdictArb = fc.tuple(fc.constantFrom(...VERDICTS), fc.nat({ max: 6 })).map(([word, form]) => {
  switch (form) {
    case 0:
      return word;
    case 1:
      return `  ${word.toUpperCase()} `;
    case 2:
      return word.normalize("NFD");
    case 3:
      return word.replace(" ", "\u00A0");
    case 4:
      return `${word.slice(0, 1)}\u200B${word.slice(1)}`;
    case 5:
      return word.toLowerCase().replace("ạ", "a\u0323");
    default:
      return `${word} một phần`;
  }
});

const junkArb = fc.oneof(
  fc.array(fc.constantFrom(..."0123456789.,%/- abcđạ"), { maxLength: 10 }).map((cs) => cs.join("")),
  fc.constantFrom("", "   ", "\u200B", "-", "%", ".", ",", "1,2,3", "1.2.3", "12.34,5", "007", "-0", "1e5", "0x10", "∞", "trên 4", "khoảng 5", "=1+1"),
);

function entryArb(unit: string | null): fc.Arbitrary<ActualCell> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.oneof(fc.integer({ min: -100, max: 100_000 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })).map((value) => ({ value })) },
    { weight: 4, arbitrary: typedNumber(unit).map((value) => ({ value })) },
    { weight: 2, arbitrary: verdictArb.map((value) => ({ value })) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 2000 }).map((n) => ({ value: n / 1000, numFmt: n % 2 === 0 ? "0.0%" : "0%" })) },
    { weight: 2, arbitrary: junkArb.map((value) => ({ value })) },
    // No TRUE/FALSE: LibreOffice loads a boolean in a text-formatted cell (the annex's input cells)
    // as the number 1 or 0, which Excel does not; the formulas refuse a boolean with ISLOGICAL
    // wherever the program keeps it one, as the core does.
    { weight: 1, arbitrary: fc.constant<ActualCell>({ value: null }) },
  );
}

const caseArb = fc
  .record({ name: fc.constantFrom(...NAMES), unit: fc.constantFrom(...UNITS), target: targetArb })
  .chain((row) => entryArb(row.unit).map((actual) => ({ row: row as PlanRow, actual })));

const seed = Number(process.env.PHULUC_PROPERTY_SEED ?? Date.now() % 2_147_483_647);

let workDir: string | undefined;
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

withLibreOffice(
  `the sheet's formulas and the core agree on ${CASES} random (target, entry) rows in one recalculation`,
  async () => {
    const cases = fc.sample(caseArb, { numRuns: CASES, seed });
    const plan = planOfRows(cases.map((c) => c.row));
    const options = annexOptions();
    const code = (i: number) => `R${String(i + 1).padStart(4, "0")}`;
    const entries = new Map<string, AnnexEntry>(cases.map((c, i) => [code(i), { actual: c.actual, note: null }]));
    const layout = annexLayout({ plan, options, entries });
    for (const sheet of layout.workbook.sheets) for (const row of sheet.rows) for (const cell of row.cells) if (hasFormula(cell)) cell.result = "CHƯA TÍNH";
    workDir = mkdtempSync(join(tmpdir(), "phuluc-property-"));
    const path = join(workDir, "ngau-nhien.xlsx");
    writeFileSync(path, await renderWorkbook(layout.workbook));
    const [output] = await convert([path], "xlsx:Calc MS Excel 2007 XML");
    const sheet = (await readWorkbookGrid(readFileSync(output as string))).sheets.find((s) => s.name === "Phụ lục I");
    if (!sheet) throw new Error("LibreOffice không giữ trang Phụ lục I");

    const rules = planRules(plan, options.against);
    const { columns, rowOf } = layout;
    const disagreements: string[] = [];
    cases.forEach((c, i) => {
      const row = rowOf.get(code(i)) as number;
      // As the sheet holds the entry: what the annex wrote into the cell (a pasted percent as its text).
      const written = layout.workbook.sheets[0]?.rows[row - 1]?.cells[columns.actual - 1]?.value ?? null;
      const core = assess(rules.get(code(i)) as Rule, readActualCell(c.actual));
      const fromSheet = {
        status: gridCell(sheet, row, columns.status).value ?? "",
        percent: gridCell(sheet, row, columns.percent).value ?? "",
        mark: gridCell(sheet, row, columns.plausibility).value ?? "",
      };
      const percentAgrees =
        core.percentOfPlan === null ? fromSheet.percent === "" : typeof fromSheet.percent === "number" && Math.abs(fromSheet.percent - core.percentOfPlan) <= 1e-9 * Math.max(1, Math.abs(core.percentOfPlan));
      if (fromSheet.status !== SHEET_LABELS[core.status] || !percentAgrees || fromSheet.mark !== (core.plausibility ? PLAUSIBILITY_MARK : "")) {
        disagreements.push(
          `${JSON.stringify(c.row)} nhập ${JSON.stringify(c.actual)} (ô ghi ${JSON.stringify(written)}): trang tính ${JSON.stringify(fromSheet)}, lõi ${JSON.stringify({ status: SHEET_LABELS[core.status], percent: core.percentOfPlan, mark: core.plausibility ?? "" })}`,
        );
      }
    });
    expect({ seed, disagreements }).toEqual({ seed, disagreements: [] });
  },
  300_000,
);
