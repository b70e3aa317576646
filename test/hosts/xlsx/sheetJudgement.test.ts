/**
 * Issue 12 in the sheet's own formulas: each example of what officers type, the figures a reader
 * would question and the verdict words typed with invisible or decomposed characters, in one
 * annex recalculated once by real LibreOffice (cached results poisoned first). Every row must give
 * the core's %, verdict and plausibility mark, and the examples the verdict the issue expects.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexLayout, annexOptions, hasFormula, gridCell, type AnnexEntry, type AnnexLayout, type GridSheet } from "../../../src/core/annex";
import { assess, planRules, PLAUSIBILITY_MARK, readActualCell, SHEET_LABELS, type ActualCell, type Rule, type Status } from "../../../src/core/check";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { convert, pdfInfo, pdfPageText, pdfPageToPng, toPdf } from "../../support/libreoffice";
import { planOfRows, type PlanRow } from "../../support/rowsPlan";
import { seedPlan } from "../../support/seeds";
import { requireTools } from "../../support/tools";

const ARTIFACTS = join(__dirname, "..", "..", "..", "test-artifacts");
const LIBREOFFICE_MS = 240_000;
const withLibreOffice = requireTools("soffice");
const withLibreOfficeAndPoppler = requireTools("soffice", "pdfinfo", "pdftotext", "pdftoppm");

interface Case {
  what: string;
  row: PlanRow;
  actual: ActualCell;
  /** What the issue says the sheet must show; the core must agree in any case. */
  status?: Status;
  percent?: number;
  questioned?: boolean;
}

const CAU_NGANG: PlanRow = { name: "Huy động vốn đầu tư", unit: "nghìn tỷ đồng", target: "25 nghìn tỷ đồng" };
const POOR_REDUCTION: PlanRow = { name: "Tỷ lệ hộ nghèo giảm", unit: "%", target: "0,7" };
const BIRTH_RATIO: PlanRow = { name: "Tỷ lệ mất cân bằng giới khi sinh ở mức", unit: "Bé trai/bé gái", target: "105/100" };
const PAR_INDEX: PlanRow = { name: "Chỉ số Cải cách hành chính (PAR INDEX)", unit: "Xếp hạng", target: "5/10" };
const SCHOOLS: PlanRow = { name: "Tỷ lệ trường học các cấp đạt chuẩn quốc gia", unit: "%", target: "95,1" };
const REVENUE: PlanRow = { name: "Thu ngân sách nhà nước trên địa bàn", unit: "tỷ đồng", target: "559,8" };
const COMMUNES: PlanRow = { name: "Số xã đạt chuẩn nông thôn mới nâng cao", unit: "xã", target: "13" };
const GROWTH: PlanRow = { name: "Tốc độ tăng thu ngân sách", unit: "%", target: "12%" };
const COST_CUT: PlanRow = { name: "Chi phí sản xuất trên một đơn vị sản phẩm", unit: "%", target: "giảm 5%" };
const PCI_GROUP: PlanRow = { name: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", unit: "xếp hạng", target: "thuộc nhóm 20 tỉnh dẫn đầu cả nước" };
const ORDER: PlanRow = { name: "Giữ vững ổn định chính trị, trật tự an toàn xã hội", unit: null, target: "Hoàn thành" };

const CASES: Case[] = [
  { what: "Cầu Ngang: 27 in the unit column's unit", row: CAU_NGANG, actual: { value: 27 }, status: "vuot", percent: 108 },
  { what: "Cầu Ngang: 27 typed as text", row: CAU_NGANG, actual: { value: "27" }, status: "vuot", percent: 108 },
  { what: "Cầu Ngang: 27 with the unit", row: CAU_NGANG, actual: { value: "27 nghìn tỷ đồng" }, status: "vuot", percent: 108 },
  { what: "Cầu Ngang: 24,5", row: CAU_NGANG, actual: { value: "24,5" }, status: "khong_dat", percent: 98 },
  { what: "a reduction bigger than planned", row: POOR_REDUCTION, actual: { value: "0,86" }, status: "vuot" },
  { what: "the reduction planned", row: POOR_REDUCTION, actual: { value: "0,7" }, status: "dat", percent: 100 },
  { what: "a smaller reduction", row: POOR_REDUCTION, actual: { value: 0.5 }, status: "khong_dat" },
  { what: "108/100 against 105/100 (lower is better)", row: BIRTH_RATIO, actual: { value: "108/100" }, status: "khong_dat" },
  { what: "104/100 against 105/100", row: BIRTH_RATIO, actual: { value: "104 / 100" }, status: "vuot" },
  { what: "rank 4/10 against 5/10", row: PAR_INDEX, actual: { value: "4/10" }, status: "vuot" },
  { what: "rank 5/10 against 5/10", row: PAR_INDEX, actual: { value: "5/10" }, status: "dat" },
  { what: "rank 6 against 5/10", row: PAR_INDEX, actual: { value: "6" }, status: "khong_dat" },
  { what: "rank 15 within the 20 leading provinces", row: PCI_GROUP, actual: { value: "15" }, status: "dat" },
  { what: "rank 20 within the 20 leading provinces", row: PCI_GROUP, actual: { value: 20 }, status: "dat" },
  { what: "rank 21: outside the 20 leading provinces", row: PCI_GROUP, actual: { value: "21" }, status: "khong_dat" },
  { what: "«giảm 6%» against «giảm 5%»: the reduction is 6", row: COST_CUT, actual: { value: "giảm 6%" }, status: "vuot", percent: 120 },
  { what: "«Giảm 5» against «giảm 5%»", row: COST_CUT, actual: { value: "Giảm 5" }, status: "dat", percent: 100 },
  { what: "«giảm» alone is no figure", row: COST_CUT, actual: { value: "giảm" }, status: "khong_hop_le" },
  { what: "«tăng 2%» against «giảm 5%» is not read: type the change as a negative figure", row: COST_CUT, actual: { value: "tăng 2%" }, status: "khong_hop_le" },
  { what: "Chưa đạt typed as the verdict", row: ORDER, actual: { value: "Chưa đạt" }, status: "khong_dat" },
  { what: "Không hoàn thành", row: ORDER, actual: { value: "Không hoàn thành" }, status: "khong_dat" },
  { what: "Đạt và vượt", row: ORDER, actual: { value: "Đạt và vượt" }, status: "vuot" },
  { what: "Đạt with a zero-width space inside", row: ORDER, actual: { value: "Đ\u200Bạt" }, status: "dat" },
  { what: "Đạt after a no-break space", row: ORDER, actual: { value: "\u00A0Đạt\uFEFF" }, status: "dat" },
  { what: "Vượt typed decomposed (NFD)", row: ORDER, actual: { value: "Vượt".normalize("NFD") }, status: "vuot" },
  { what: "Không đạt typed as Unicode tổ hợp", row: ORDER, actual: { value: "Không đa\u0323t" }, status: "khong_dat" },
  { what: "CHƯA HOÀN THÀNH decomposed, upper case", row: ORDER, actual: { value: "CHƯA HOÀN THÀNH".normalize("NFD") }, status: "khong_dat" },
  { what: "Hoàn thành with its tone marks out of order (read by neither)", row: ORDER, actual: { value: "Hoa\u0300n thành".replace("à", "a\u0300") } },
  { what: "8,7 with a zero-width space", row: SCHOOLS, actual: { value: "96,5\u200B" }, status: "vuot" },
  { what: "97 % with a no-break space", row: SCHOOLS, actual: { value: "97\u00A0%" }, status: "vuot" },
  { what: "only a zero-width space is blank", row: SCHOOLS, actual: { value: "\u200B" }, status: "chua_co_so_lieu" },
  { what: "950 for a share", row: SCHOOLS, actual: { value: 950 }, status: "vuot", questioned: true },
  { what: "100,5% for a share", row: SCHOOLS, actual: { value: "100,5%" }, status: "vuot", questioned: true },
  { what: "100% for a share is plausible", row: SCHOOLS, actual: { value: "100%" }, status: "vuot", questioned: false },
  { what: "-5 for an amount", row: REVENUE, actual: { value: -5 }, status: "khong_dat", questioned: true },
  { what: "ten times the target", row: REVENUE, actual: { value: "5.598,1" }, status: "vuot", questioned: true },
  { what: "exactly ten times the target is plausible", row: REVENUE, actual: { value: 5598 }, status: "vuot", questioned: false },
  { what: "-5 for a count", row: COMMUNES, actual: { value: "-5" }, status: "khong_dat", questioned: true },
  { what: "a growth rate above 100 is no share", row: GROWTH, actual: { value: 110 }, status: "vuot", questioned: false },
  { what: "an unreadable entry is never questioned", row: REVENUE, actual: { value: "năm nghìn" }, status: "khong_hop_le", questioned: false },
];

let workDir: string | undefined;
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface Built {
  layout: AnnexLayout;
  rules: Map<string, Rule>;
  path: string;
}

let built: Promise<Built> | undefined;
function annexOfCases(): Promise<Built> {
  built ??= (async () => {
    workDir = mkdtempSync(join(tmpdir(), "phuluc-judgement-"));
    mkdirSync(ARTIFACTS, { recursive: true });
    const plan = planOfRows(CASES.map((c) => c.row));
    const options = annexOptions();
    const entries = new Map<string, AnnexEntry>(CASES.map((c, i) => [`R${String(i + 1).padStart(4, "0")}`, { actual: c.actual, note: null }]));
    const layout = annexLayout({ plan, options, entries });
    for (const sheet of layout.workbook.sheets) for (const row of sheet.rows) for (const cell of row.cells) if (hasFormula(cell)) cell.result = "CHƯA TÍNH";
    const path = join(workDir, "nhap-lieu.xlsx");
    writeFileSync(path, await renderWorkbook(layout.workbook));
    return { layout, rules: planRules(plan, options.against), path };
  })();
  return built;
}

let recalculated: Promise<GridSheet> | undefined;
function recalculatedAnnex(): Promise<GridSheet> {
  recalculated ??= (async () => {
    const { path } = await annexOfCases();
    const [output] = await convert([path], "xlsx:Calc MS Excel 2007 XML");
    const sheet = (await readWorkbookGrid(readFileSync(output as string))).sheets.find((s) => s.name === "Phụ lục I");
    if (!sheet) throw new Error("LibreOffice không giữ trang Phụ lục I");
    return sheet;
  })();
  return recalculated;
}

describe("what officers type, judged by the annex's own formulas (LibreOffice)", () => {
  withLibreOffice(
    "every example gives the core's %, verdict and plausibility mark, and the verdict the issue expects",
    async () => {
      const { layout, rules } = await annexOfCases();
      const sheet = await recalculatedAnnex();
      const { columns, rowOf } = layout;
      CASES.forEach((c, i) => {
        const code = `R${String(i + 1).padStart(4, "0")}`;
        const row = rowOf.get(code) as number;
        const core = assess(rules.get(code) as Rule, readActualCell(c.actual));
        const where = `${c.what} (${JSON.stringify(c.actual.value)})`;
        const got = {
          where,
          status: gridCell(sheet, row, columns.status).value ?? "",
          percent: gridCell(sheet, row, columns.percent).value ?? "",
          mark: gridCell(sheet, row, columns.plausibility).value ?? "",
        };
        expect(got).toEqual({
          where,
          status: SHEET_LABELS[core.status],
          percent: core.percentOfPlan === null ? "" : expect.closeTo(core.percentOfPlan, 9),
          mark: core.plausibility ? PLAUSIBILITY_MARK : "",
        });
        if (c.status !== undefined) expect({ where, status: core.status }).toEqual({ where, status: c.status });
        if (c.percent !== undefined) expect({ where, percent: core.percentOfPlan }).toEqual({ where, percent: expect.closeTo(c.percent, 9) });
        if (c.questioned !== undefined) expect({ where, questioned: Boolean(core.plausibility) }).toEqual({ where, questioned: c.questioned });
      });
    },
    LIBREOFFICE_MS,
  );

  withLibreOffice(
    "Cầu Ngang's own annex judged against 2025: 27 in the «nghìn tỷ đồng» row is Vượt, 108%",
    async () => {
      const plan = seedPlan("cau-ngang-2030");
      const options = annexOptions({ against: "2025" });
      const layout = annexLayout({ plan, options, entries: new Map([["CT04", { actual: { value: "27" }, note: null }]]) });
      for (const sheet of layout.workbook.sheets) for (const row of sheet.rows) for (const cell of row.cells) if (hasFormula(cell)) cell.result = "CHƯA TÍNH";
      const path = join(workDir ?? mkdtempSync(join(tmpdir(), "phuluc-judgement-")), "cau-ngang.xlsx");
      writeFileSync(path, await renderWorkbook(layout.workbook));
      const [output] = await convert([path], "xlsx:Calc MS Excel 2007 XML");
      const sheet = (await readWorkbookGrid(readFileSync(output as string))).sheets.find((s) => s.name === "Phụ lục I");
      if (!sheet) throw new Error("LibreOffice không giữ trang Phụ lục I");
      const row = layout.rowOf.get("CT04") as number;
      expect(gridCell(sheet, row, layout.columns.status).value).toBe("Vượt");
      expect(gridCell(sheet, row, layout.columns.percent).value).toBeCloseTo(108, 9);
    },
    LIBREOFFICE_MS,
  );

  withLibreOfficeAndPoppler(
    "a questioned figure shows «Kiểm tra lại số liệu» beside its verdict when printed, an ordinary one does not",
    async () => {
      const { path } = await annexOfCases();
      const pdf = await toPdf(path);
      const { pages } = await pdfInfo(pdf);
      let text = "";
      for (let page = 1; page <= pages.length; page++) text += ` ${await pdfPageText(pdf, page)}`;
      text = text.replace(/\s+/g, " ");
      await pdfPageToPng(pdf, pages.length, join(ARTIFACTS, "kiem-tra-lai-so-lieu.png"));
      // The verdict, then the words ("Vượt - Kiểm tra lại số liệu", wrapped in its cell): the text
      // layout interleaves the columns' lines, so the words are counted by their first one.
      const questioned = CASES.filter((c) => c.questioned === true);
      expect(text.match(/Kiểm/g)?.length).toBe(questioned.length);
      expect(text.match(/(Vượt|Đạt|Không đạt) - /g)?.length).toBe(questioned.length);
    },
    LIBREOFFICE_MS,
  );
});
