/**
 * Random plans and random cell contents through generate, fill, check, keep-from and consolidate,
 * with the CLI's main in this process. Every run must end with exit 0 or 2 (never an exception, a
 * stack trace or exit 1), and what was written must read back. Bounded in time for CI.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import fc from "fast-check";
import { loadPlan, type IndicatorInput, type PlanInput } from "../../src/core/model";
import { readAnnexBytes } from "../../src/hosts/xlsx/annexFile";
import { runMain, type MainRun } from "../support/runMain";
import { writeOutSharedFormulas } from "../support/excelEdits";

/** Any UTF-16 code units, with the characters that broke things before weighted in. */
const anyText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
      fc.constantFrom("_x0041_", "\u200B", "\u00AD", "\u00A0", "\uFFFE", "\u0001", "\r\n", "=SUM(A1)", "ạ", "😀", "> =", "1".repeat(400), "Hoàn thành ".repeat(60)),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));
const nonBlank = anyText.map((t) => `x${t}`);

const TARGETS = ["95%", "trên 90%", "dưới 2%", "từ 1.000 tỷ đồng trở lên", "giảm 5-10%", "3/10", "khoảng 60 triệu đồng", "> = 90%", "Hoàn thành", "1e308", "9".repeat(400)];
const UNITS = ["%", "tỷ đồng", "triệu đồng", "hộ", "Xếp hạng", "người", null];

const indicatorArb = (code: string, depth: number): fc.Arbitrary<IndicatorInput> =>
  fc
    .record({
      name: nonBlank,
      unit: fc.oneof(fc.constantFrom(...UNITS), nonBlank),
      target: fc.oneof(fc.constantFrom(...TARGETS), nonBlank, fc.constant(null)),
      agency: fc.oneof(fc.constant(null), nonBlank.map((name) => ({ name, origin: "document" as const }))),
      note: fc.oneof(fc.constant(null), nonBlank),
      parts: depth >= 2 ? fc.constant(0) : fc.nat({ max: 2 }),
    })
    .chain(({ parts, ...fields }) =>
      (parts === 0 ? fc.constant([] as IndicatorInput[]) : fc.tuple(...Array.from({ length: parts }, (_, k) => indicatorArb(`${code}.${k + 1}`, depth + 1)))).map((children) => ({
        code,
        stt: depth === 0 ? code.replace("CT", "") : "-",
        ...fields,
        parts: children,
        source: { quote: "x" },
      })),
    );

const planArb: fc.Arbitrary<PlanInput> = fc
  .tuple(nonBlank, fc.array(fc.nat({ max: 3 }).map((n) => n + 1), { minLength: 1, maxLength: 3 }), fc.array(nonBlank, { minLength: 3, maxLength: 3 }))
  .chain(([title, sizes, sectionTitles]) => {
    let next = 1;
    const sections = sizes.map((size, s) =>
      fc.tuple(...Array.from({ length: size }, () => indicatorArb(`CT${String(next++).padStart(2, "0")}`, 0))).map((indicators) => ({ code: null, title: sectionTitles[s] as string, indicators })),
    );
    return fc.tuple(...sections).map((built) => ({
      schemaVersion: 1 as const,
      id: "ke-hoach-thu",
      title,
      document: { kind: "Kế hoạch" },
      issuer: { name: "Xã Thử", level: "xa" as const, province: null },
      period: { year: 2025 },
      sections: built,
    }));
  });

const cellArb: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, -1e308, 0, 97.5, 0.975),
  anyText,
  fc.constantFrom("Đạt", "Hoàn thành", "Không đạt", "97,5%", "trên 4", "=1+1", "  "),
  fc.boolean(),
  fc.constant(null),
);

function expectHandled(run: MainRun, what: string): void {
  if (run.status !== 0 && run.status !== 2) throw new Error(`${what}: exit ${run.status}\n${run.stderr.slice(0, 2000)}`);
  expect(run.stderr).not.toContain("lỗi không mong đợi");
}

test("random plans and cell contents through generate, fill, check, keep-from and consolidate end in exit 0 or 2 and read back", async () => {
  const root = mkdtempSync(join(tmpdir(), "phuluc-fuzz-"));
  let n = 0;
  await fc.assert(
    fc.asyncProperty(planArb, fc.option(anyText), fc.option(anyText), fc.array(cellArb, { minLength: 1, maxLength: 12 }), fc.boolean(), async (plan, period, locality, cells, swap) => {
      const d = join(root, String(n++));
      mkdirSync(d);
      const planFile = join(d, "ke-hoach.plan.json");
      writeFileSync(planFile, JSON.stringify(plan));
      const annex = join(d, "phu-luc.xlsx");
      const options = [...(period === null ? [] : ["--period", period]), ...(locality === null ? [] : ["--locality", locality])];
      const made = await runMain(["generate", planFile, "-o", annex, ...options]);
      expectHandled(made, "generate");
      if (made.status !== 0) return;

      // What was written reads back: the plan as loaded.
      const loaded = loadPlan(JSON.stringify(plan));
      const reading = await readAnnexBytes(readFileSync(annex));
      if (!reading.ok || !loaded.ok) throw new Error(reading.ok ? "plan" : reading.error);
      expect(reading.plan).toEqual(loaded.plan);

      // Fill: random contents in the actuals and notes of random rows, sometimes two rows swapped.
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(annex);
      const ws = book.worksheets[0] as ExcelJS.Worksheet;
      writeOutSharedFormulas(ws);
      const rows = [...reading.entries.values()].map((e) => e.row);
      const { actual, note } = reading.columns;
      cells.forEach((value, k) => {
        const row = rows[k % rows.length] as number;
        ws.getCell(row, k % 3 === 2 && note !== null ? note : actual).value = value;
      });
      if (swap && rows.length > 1) {
        const [a, b] = rows as [number, number];
        for (let c = 1; c < reading.columns.code; c++) {
          const first = ws.getCell(a, c).value;
          ws.getCell(a, c).value = ws.getCell(b, c).value;
          ws.getCell(b, c).value = first;
        }
      }
      const filled = join(d, "da-nhap.xlsx");
      await book.xlsx.writeFile(filled);

      expectHandled(await runMain(["check", filled, "--json"]), "check");
      expectHandled(await runMain(["check", filled, "--write", join(d, "ket-qua.xlsx"), "--apply-edits"]), "check --write");
      const kept = await runMain(["generate", planFile, "-o", join(d, "moi.xlsx"), "--keep-from", filled, ...options]);
      expectHandled(kept, "generate --keep-from");
      const communes = join(d, "cac-xa");
      mkdirSync(communes);
      copyFileSync(filled, join(communes, "xa-1.xlsx"));
      copyFileSync(annex, join(communes, "xa-2.xlsx"));
      expectHandled(await runMain(["consolidate", communes, "-o", join(d, "tong-hop.xlsx")]), "consolidate");
    }),
    { numRuns: 25, interruptAfterTimeLimit: 45_000, markInterruptAsFailure: false },
  );
  expect(n).toBeGreaterThan(0);
}, 120_000);
