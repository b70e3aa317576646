/**
 * A figure pasted with a percent format (stored 0,975, shown "97,5%") is judged alike by the CLI,
 * the pane's view model and the copy `check --write` makes, whose own formulas LibreOffice
 * recalculates: one rule (check/actual.ts `shownEntry`), read as the officer sees it.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { annexLayout, annexOptions, gridCell, readAnnex } from "../../src/core/annex";
import { SHEET_LABELS, type Status } from "../../src/core/check";
import { readWorkbookGrid } from "../../src/hosts/xlsx/read";
import { checkAnnex } from "../../src/taskpane/view/checkList";
import { phuluc } from "../support/cli";
import { recalculate } from "../support/libreoffice";
import { SEEDS_DIR, seedPlan } from "../support/seeds";
import { requireTools } from "../support/tools";

const withLibreOffice = requireTools("soffice");

/** Pasted with their formats: percentages in percentage rows, and one where the unit is no percentage. */
const PASTED: Record<string, { value: number; numFmt: string; status: Status }> = {
  CT06: { value: 0.975, numFmt: "0.0%", status: "vuot" }, // 95,1 planned
  CT07: { value: 0.5, numFmt: "0%", status: "khong_dat" },
  CT17: { value: 0.95, numFmt: "0.00%", status: "dat" }, // 95 planned
  CT03: { value: 5.2, numFmt: "0%", status: "khong_hop_le" }, // tỷ đồng: "520%" is no amount
  CT02: { value: 0.091, numFmt: "0.0", status: "khong_dat" }, // no percent format: as stored
};

withLibreOffice(
  "a percent-formatted number: the CLI, the pane and the checked copy's own formulas give the same verdict",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-percent-"));
    const annex = join(dir, "tien-lu.xlsx");
    expect(phuluc(["generate", join(SEEDS_DIR, "tien-lu-2024.plan.json"), "-o", annex]).status).toBe(0);
    const { rowOf, columns } = annexLayout({ plan: seedPlan("tien-lu-2024"), options: annexOptions() });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(annex);
    const ws = book.getWorksheet("Phụ lục I");
    if (!ws) throw new Error("no annex sheet");
    for (const [code, { value, numFmt }] of Object.entries(PASTED)) {
      const cell = ws.getCell(rowOf.get(code) as number, columns.actual);
      cell.value = value;
      // ExcelJS shares style objects between cells: give this cell its own, as Excel would.
      cell.style = { ...cell.style, numFmt };
    }
    const filled = join(dir, "da-dan.xlsx");
    await book.xlsx.writeFile(filled);

    // The CLI.
    const run = phuluc(["check", filled, "--json"]);
    expect(run.status).toBe(0);
    const cli = new Map((JSON.parse(run.stdout) as { indicators: { code: string; status: Status; messages: string[] }[] }).indicators.map((r) => [r.code, r]));
    for (const [code, { status }] of Object.entries(PASTED)) expect({ code, status: cli.get(code)?.status }).toEqual({ code, status });
    expect(cli.get("CT06")?.messages.join(" ")).toMatch(/định dạng phần trăm: Excel lưu 0,975, ô hiển thị «97,5%»/);

    // The pane, from the same file as the host reads it (values with their number formats).
    const reading = readAnnex((await readWorkbookGrid(readFileSync(filled))).sheets.map((s) => ({ name: s.name, rows: s.rows })));
    if (!reading.ok) throw new Error(reading.error);
    const pane = new Map(checkAnnex(reading).items.map((i) => [i.code, i.status]));
    for (const code of cli.keys()) expect({ code, pane: pane.get(code) }).toEqual({ code, pane: cli.get(code)?.status });

    // The checked copy, recalculated by LibreOffice: its own Đánh giá equals the CLI row by row.
    const copy = join(dir, "ket-qua.xlsx");
    expect(phuluc(["check", filled, "--write", copy]).status).toBe(0);
    const sheet = (await recalculate(copy)).sheets.find((s) => s.name === "Phụ lục I");
    if (!sheet) throw new Error("no annex sheet in the copy");
    expect(gridCell(sheet, rowOf.get("CT06") as number, columns.actual).value).toBe("97,5%");
    for (const [code, row] of rowOf) {
      expect({ code, sheet: gridCell(sheet, row, columns.status).value ?? "" }).toEqual({ code, sheet: SHEET_LABELS[cli.get(code)?.status ?? "chua_co_so_lieu"] });
    }
  },
  240_000,
);
