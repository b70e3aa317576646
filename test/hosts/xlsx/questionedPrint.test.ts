/**
 * A figure typed after the annex was made can be questioned («Vượt - Kiểm tra lại số liệu», a
 * conditional number format on the verdict): nothing refits the row then, so the generated working
 * copy must already have the room. The seed annex is typed into as an officer would (no check, no
 * refit), printed by LibreOffice, and every questioned verdict's words must lie inside its row.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { annexLayout, annexOptions, cellRef, type Sheet } from "../../../src/core/annex";
import { assess, planRules, readActualCell, SHEET_LABELS, type Rule } from "../../../src/core/check";
import { measuredHeight, measureText } from "../../../src/core/annex/rowHeights";
import { annexBytes } from "../../../src/hosts/xlsx/annexFile";
import { pdfPageToPng, pdfWords, toPdf } from "../../support/libreoffice";
import { seedPlan } from "../../support/seeds";
import { missingTools, requireTools } from "../../support/tools";

const TOOLS = ["soffice", "pdftotext", "pdftoppm", "font:Liberation Serif"];
const test = requireTools(...TOOLS);
const ARTIFACTS = join(__dirname, "..", "..", "..", "test-artifacts");

const dir = mkdtempSync(join(tmpdir(), "phuluc-questioned-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A figure, distinct for each row, that the core questions for this rule; null when none of the tries is. */
function questionedFigure(rule: Rule, i: number): string | null {
  for (const figure of [`${950 + i}`, `-${5 + i}`, `${(1000 + i) * 1_000_000}`]) {
    const result = assess(rule, readActualCell({ value: figure }));
    if (result.plausibility !== null && result.plausibility !== undefined) return figure;
  }
  return null;
}

/**
 * Text typed into empty cells of the annex sheet, as Excel saves it, the rest of the file untouched
 * (a round trip through a library would drop the verdict's conditional number format).
 */
function typeInto(bytes: Uint8Array, cells: readonly { ref: string; text: string }[]): Uint8Array {
  const files = unzipSync(bytes);
  const part = "xl/worksheets/sheet1.xml";
  let xml = strFromU8(files[part] as Uint8Array);
  for (const { ref, text } of cells) {
    const empty = new RegExp(`<c r="${ref}"( s="\\d+")?\\s*/>`);
    if (!empty.test(xml)) throw new Error(`ô ${ref} không trống`);
    xml = xml.replace(empty, `<c r="${ref}"$1 t="inlineStr"><is><t>${text}</t></is></c>`);
  }
  files[part] = strToU8(xml);
  return zipSync(files);
}

const VERDICT_WORDS = new Set(["Vượt", "Đạt", "Không", "đạt", "-", "Kiểm", "tra", "lại", "số", "liệu"]);

describe("a figure questioned after the annex was made", () => {
  test("the generated working copy gives every row that can be questioned the room of the longest questioned verdict", () => {
    for (const id of ["duc-thanh-2024", "tien-lu-2024"] as const) {
      const plan = seedPlan(id);
      const layout = annexLayout({ plan, options: annexOptions() });
      const sheet = layout.workbook.sheets[0];
      const rules = planRules(plan);
      const width = sheet?.columns[layout.columns.status - 1]?.width ?? 0;
      const short: string[] = [];
      for (const [code, row] of layout.rowOf) {
        if (rules.get(code)?.kind !== "numeric") continue;
        const height = sheet?.rows[row - 1]?.height ?? 15;
        for (const status of ["vuot", "dat", "khong_dat"] as const) {
          const needed = measuredHeight(measureText(`${SHEET_LABELS[status]} - Kiểm tra lại số liệu`, 12, true), width);
          if (needed > height) short.push(`${id} hàng ${row}: ${SHEET_LABELS[status]} cần ${needed.toFixed(0)} điểm, hàng cao ${height}`);
        }
      }
      expect(short).toEqual([]);
    }
  });

  test(
    "typed in Đức Thạnh's working copy, without a check: printed, each questioned verdict stays inside its row",
    async () => {
      if (missingTools(TOOLS).length > 0) return;
      const plan = seedPlan("duc-thanh-2024");
      const layout = annexLayout({ plan, options: annexOptions() });
      const rules = planRules(plan);
      const sheet = layout.workbook.sheets[0] as Sheet;
      const scale = (sheet.page?.scale ?? 100) / 100;
      // Every other row that can be questioned, so no two questioned verdicts are neighbours.
      const typed: { figure: string; row: number }[] = [];
      let i = 0;
      let lastRow = -10;
      for (const [code, row] of layout.rowOf) {
        const rule = rules.get(code);
        if (rule === undefined || rule.kind !== "numeric" || row - lastRow < 2) continue;
        const figure = questionedFigure(rule, i++);
        if (figure === null) continue;
        typed.push({ figure, row });
        lastRow = row;
      }
      expect(typed.length).toBeGreaterThan(15);
      const path = join(dir, "duc-thanh-typed.xlsx");
      writeFileSync(path, typeInto(await annexBytes(plan, annexOptions()), typed.map(({ figure, row }) => ({ ref: cellRef(row, layout.columns.actual), text: figure }))));
      const pdf = await toPdf(path);
      mkdirSync(ARTIFACTS, { recursive: true });
      await pdfPageToPng(pdf, 1, join(ARTIFACTS, "kiem-tra-lai-so-lieu-go-sau.png"), 60);
      const pages = pdfWords(pdf);
      const outside: string[] = [];
      let found = 0;
      for (const { figure, row } of typed) {
        const page = pages.find((words) => words.some((w) => w.text === figure));
        const anchor = page?.find((w) => w.text === figure);
        if (page === undefined || anchor === undefined) {
          outside.push(`hàng ${row}: không thấy số ${figure}`);
          continue;
        }
        // The typed figure is one line, centred in its row: the row's band on the page.
        const centre = (anchor.yMin + anchor.yMax) / 2;
        const half = ((sheet.rows[row - 1]?.height ?? 15) * scale) / 2;
        const verdict = page.filter((w) => w.xMin > anchor.xMax && VERDICT_WORDS.has(w.text) && Math.abs((w.yMin + w.yMax) / 2 - centre) < half + 20 * scale);
        if (verdict.some((w) => w.text === "Kiểm") && verdict.some((w) => w.text === "liệu")) found++;
        for (const w of verdict) if (w.yMin < centre - half - 1 || w.yMax > centre + half + 1) outside.push(`hàng ${row}: «${w.text}» ra ngoài hàng`);
      }
      expect(outside).toEqual([]);
      expect(found).toBe(typed.length);
    },
    240_000,
  );
});
