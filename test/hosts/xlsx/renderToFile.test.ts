/**
 * The streaming writer gives the same workbook as the in-memory one: every cell's value, formula
 * and number format, merges, sheet states, print titles and page setup.
 */
import * as ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexLayout, annexOptions } from "../../../src/core/annex";
import { consolidate, consolidationWorkbook } from "../../../src/core/consolidate";
import { readWorkbookGrid } from "../../../src/hosts/xlsx/read";
import { renderWorkbook } from "../../../src/hosts/xlsx/render";
import { renderWorkbookToFile } from "../../../src/hosts/xlsx/renderToFile";
import { receivedCommune } from "../../core/consolidate/support";
import { COMMUNE_PERIOD, communePlan, makeCommunes } from "../../support/communes";
import { SEED_IDS, seedPlan } from "../../support/seeds";
import { unzipText } from "./zip";

test("a consolidation written row by row reads back as the in-memory writer's", async () => {
  const template = communePlan();
  const c = consolidate({ expected: [...makeCommunes(12, 9).map((x) => x.name), "Xã Chưa Nộp"], files: makeCommunes(12, 9).map((commune) => receivedCommune(commune, template, COMMUNE_PERIOD)) });
  const { workbook } = consolidationWorkbook(c);
  const dir = mkdtempSync(join(tmpdir(), "phuluc-ghi-dong-"));
  try {
    const path = join(dir, "tong-hop.xlsx");
    await renderWorkbookToFile(workbook, path);
    const streamed = readFileSync(path);
    const inMemory = await renderWorkbook(workbook);
    const [a, b] = [await readWorkbookGrid(streamed), await readWorkbookGrid(inMemory)];
    expect(a.sheets.map((s) => [s.name, s.visibility, [...s.merges].sort()])).toEqual(b.sheets.map((s) => [s.name, s.visibility, [...s.merges].sort()]));
    a.sheets.forEach((sheet, i) => {
      const other = b.sheets[i];
      sheet.rows.forEach((row, r) => row.forEach((cell, k) => expect({ r, k, ...cell }).toEqual({ r, k, ...(other?.rows[r]?.[k] ?? { value: null }) })));
    });
    const xml = unzipText(streamed);
    expect(xml.get("xl/workbook.xml")).toContain("_xlnm.Print_Titles");
    const sheet1 = xml.get("xl/worksheets/sheet1.xml") ?? "";
    expect(sheet1).toContain('paperSize="9"');
    expect(sheet1).toContain('orientation="landscape"');
    expect(sheet1).toContain("<conditionalFormatting");
    expect(sheet1).toContain("Trang &amp;P/&amp;N");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

/** The parts of a sheet's XML both writers must agree on, whatever their formatting. */
function sheetFacts(xml: string) {
  const all = (pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[0]);
  return {
    rowAttributes: all(/<row r="\d+"[^>]*>/g).map((row) => [row.match(/ r="(\d+)"/)?.[1], row.match(/ ht="([^"]+)"/)?.[1] ?? null, / hidden="1"/.test(row)]),
    columns: all(/<col [^>]*\/>/g),
    validations: all(/<dataValidation [\s\S]*?<\/dataValidation>/g).sort(),
    conditionalFormats: all(/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/g),
    rowBreaks: all(/<brk [^>]*\/>/g),
    pageSetup: all(/<pageSetup [^>]*\/>/g),
    footer: all(/<oddFooter>[\s\S]*?<\/oddFooter>/g),
    legacyDrawing: /<legacyDrawing /.test(xml),
  };
}

test.each(SEED_IDS)("the annex of %s written row by row is the in-memory writer's: cells, notes, validations, formats, page breaks, recalculation on load", async (id) => {
  const plan = structuredClone(seedPlan(id));
  // A note (a row capped at Excel's height keeps its full text there) and page breaks in every annex.
  const first = plan.sections[0]?.indicators[0];
  if (first) first.target = "Hoàn thành ".repeat(400);
  const { workbook } = annexLayout({ plan, options: annexOptions() });
  const dir = mkdtempSync(join(tmpdir(), "phuluc-ghi-dong-"));
  try {
    const path = join(dir, "phu-luc.xlsx");
    await renderWorkbookToFile(workbook, path);
    const streamed = new Uint8Array(readFileSync(path));
    const inMemory = await renderWorkbook(workbook);
    const [a, b] = [await readWorkbookGrid(streamed), await readWorkbookGrid(inMemory)];
    expect(a.sheets.map((s) => [s.name, s.visibility, [...s.merges].sort()])).toEqual(b.sheets.map((s) => [s.name, s.visibility, [...s.merges].sort()]));
    a.sheets.forEach((sheet, i) => sheet.rows.forEach((row, r) => row.forEach((cell, k) => expect({ r, k, ...cell }).toEqual({ r, k, ...(b.sheets[i]?.rows[r]?.[k] ?? { value: null }) }))));
    const [sx, mx] = [unzipText(streamed), unzipText(inMemory)];
    for (const part of [...mx.keys()].filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))) {
      expect({ part, ...sheetFacts(sx.get(part) ?? "") }).toEqual({ part, ...sheetFacts(mx.get(part) ?? "") });
    }
    const notes = (x: Map<string, string>) => [...x.entries()].filter(([name]) => /comments\d*\.xml$/.test(name)).map(([, text]) => [...text.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]).join(""));
    expect(notes(sx)).toEqual(notes(mx));
    expect(notes(sx).join("")).toContain("Hoàn thành Hoàn thành");
    expect(sheetFacts(sx.get("xl/worksheets/sheet1.xml") ?? "").rowBreaks.length).toBeGreaterThan(0);
    expect(sx.get("xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    // Every cell's style as Excel resolves it (font, fill, borders, alignment, number format, protection).
    const [sb, mb] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await sb.xlsx.load(streamed.slice().buffer);
    await mb.xlsx.load(inMemory.slice().buffer);
    mb.worksheets.forEach((ws, i) => ws.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => {
      expect({ sheet: ws.name, r, c, style: sb.worksheets[i]?.getCell(r, c).style }).toEqual({ sheet: ws.name, r, c, style: cell.style });
    })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
