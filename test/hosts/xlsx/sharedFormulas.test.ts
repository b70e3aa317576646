/**
 * Runs of equal row formulas are stored once (shared formulas): both writers number each run
 * apart and cover exactly its cells, every cell reads back as the description's own formula, and a
 * workbook with them copied by the file host (an update keeps the previous annex) still computes
 * every cell as before.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexLayout, annexOptions, cellFormula, cellRef, type Sheet, type Workbook } from "../../../src/core/annex";
import { createFileHost } from "../../../src/hosts/xlsx/fileHost";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { renderWorkbookToFile } from "../../../src/hosts/xlsx/renderToFile";
import { sharedRuns } from "../../../src/hosts/xlsx/sharedFormulas";
import { recalculate } from "../../support/libreoffice";
import { seedPlan } from "../../support/seeds";
import { syntheticPlan } from "../../support/syntheticPlan";
import { requireTools } from "../../support/tools";
import { unzipText } from "./zip";

function sheetWith(patterns: (string | undefined)[]): Sheet {
  return {
    name: "S",
    visibility: "visible",
    columns: [{ width: 10 }],
    rows: patterns.map((pattern, i) => ({ cells: [pattern === undefined ? { value: i } : { pattern }] })),
    merges: [],
    validations: [],
    conditionalFormats: [],
  };
}

test("a run is consecutive rows of one column with equal patterns; a row of another pattern or a constant ends it", () => {
  const a = "A\u0001*2";
  const runs = sharedRuns(sheetWith([a, a, "B\u0001", a, undefined, a, a, a, "A\u0001*3"]));
  expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((row) => runs.at(row, 1))).toEqual([
    { ref: "A1:A2" },
    { master: "A1" },
    null,
    null,
    null,
    { ref: "A6:A8" },
    { master: "A6" },
    { master: "A6" },
    null,
  ]);
  expect([1, 2, 6, 9].map((row) => runs.startsIn(row))).toEqual([1, 0, 1, 0]);
});

/** The shared formulas of a sheet's XML: every run's master with its range, and where each follower points. */
function sharedParts(xml: string) {
  const masters = [...xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*><f t="shared" ref="([A-Z]+)(\d+):([A-Z]+)(\d+)" si="(\d+)">/g)].map((m) => ({
    si: m[7],
    column: m[1],
    row: Number(m[2]),
    ref: { column: m[3], top: Number(m[4]), bottom: Number(m[6]) },
  }));
  const followers = [...xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*><f t="shared" si="(\d+)"\/>/g)].map((m) => ({ column: m[1], row: Number(m[2]), si: m[3] }));
  return { masters, followers };
}

function formulasOf(workbook: Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        const formula = cellFormula(cell, r + 1);
        if (formula !== undefined) out.set(`${sheet.name}!${cellRef(r + 1, c + 1)}`, formula);
      }),
    );
  }
  return out;
}

test("both writers store each run once, numbered apart, and every cell reads back as its own formula", async () => {
  const plan = syntheticPlan({ indicators: 300 });
  const { workbook } = annexLayout({ plan, options: annexOptions({ lastYear: true }) });
  const dir = mkdtempSync(join(tmpdir(), "phuluc-chung-"));
  try {
    const path = join(dir, "phu-luc.xlsx");
    await renderWorkbookToFile(workbook, path);
    const expected = formulasOf(workbook);
    for (const bytes of [new Uint8Array(readFileSync(path)), await renderWorkbook(workbook)]) {
      const xml = unzipText(bytes).get("xl/worksheets/sheet1.xml") ?? "";
      const { masters, followers } = sharedParts(xml);
      expect(masters.length).toBeGreaterThan(100);
      expect(new Set(masters.map((m) => m.si)).size).toBe(masters.length);
      const bySi = new Map(masters.map((m) => [m.si, m]));
      for (const f of followers) {
        const master = bySi.get(f.si);
        expect(master && master.ref.column === f.column && master.ref.top < f.row && f.row <= master.ref.bottom).toBe(true);
      }
      // Most formulas are not written out: a follower is a few bytes instead of up to 2 KB.
      expect(followers.length).toBeGreaterThan(masters.length);
      const grid = await readWorkbookGrid(bytes);
      const read = new Map<string, string>();
      for (const sheet of grid.sheets) {
        sheet.rows.forEach((row, r) => row.forEach((cell, c) => cell.formula !== undefined && read.set(`${sheet.name}!${cellRef(r + 1, c + 1)}`, cell.formula)));
      }
      expect(read).toEqual(expected);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

describe("shared formulas, opened by LibreOffice", () => {
  requireTools("soffice")(
    "the previous annex an update keeps computes every cell as the annex it was",
    async () => {
      const plan = seedPlan("tien-lu-2024");
      const typed: (number | string)[] = [9.5, "khoảng 5", "12,5 %", "Đạt", 1e9, "1.234,5", "-3"];
      const entries = new Map(
        [...annexLayout({ plan, options: annexOptions() }).rowOf.entries()].map(([code], k) => [code, { actual: { value: typed[k % typed.length] as number | string }, note: null }] as const),
      );
      const original = await renderWorkbook(annexLayout({ plan, options: annexOptions(), entries }).workbook);
      const host = createFileHost();
      await host.open({ name: "da-nhap.xlsx", bytes: original });
      await host.generate(plan, annexOptions(), "update");
      const dir = mkdtempSync(join(tmpdir(), "phuluc-chung-lo-"));
      try {
        writeFileSync(join(dir, "goc.xlsx"), original);
        writeFileSync(join(dir, "cap-nhat.xlsx"), host.current()?.bytes ?? new Uint8Array());
        const before = (await recalculate(join(dir, "goc.xlsx"))).sheets.find((s) => s.name === "Phụ lục I");
        const kept = (await recalculate(join(dir, "cap-nhat.xlsx"))).sheets.find((s) => s.name === "Phụ lục I (bản trước)");
        expect(before?.rows.length).toBeGreaterThan(20);
        expect(kept?.rows.map((row) => row.map((cell) => cell.value))).toEqual(before?.rows.map((row) => row.map((cell) => cell.value)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    240_000,
  );
});
