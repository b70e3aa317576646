/**
 * The file-mode host (src/hosts/xlsx/fileHost.ts; its tests live beside the pane that is its only
 * user). Workbooks are written and read back with the same xlsx host the CLI uses.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { annexOptions, MODEL_SHEET_NAME } from "../../src/core/annex";
import { annexBytes } from "../../src/hosts/xlsx/annexFile";
import { asArrayBuffer } from "../../src/hosts/xlsx/bytes";
import { createFileHost, downloadName } from "../../src/hosts/xlsx/fileHost";
import { NotXlsxError, readWorkbookGrid } from "../../src/hosts/xlsx/read";
import { findingKey, reviewPlan } from "../../src/core/check/review";
import { seedPlan } from "../support/seeds";
import { unzipText } from "../hosts/xlsx/zip";
import { recalculate } from "../support/libreoffice";
import { requireTools } from "../support/tools";

const plan = seedPlan("tien-lu-2024");

/** A generated annex with a few actuals typed into it, as an officer would. */
async function filledAnnex(values: Record<string, number | string>): Promise<Uint8Array> {
  const entries = new Map(Object.entries(values).map(([code, value]) => [code, { actual: { value }, note: null }]));
  return annexBytes(plan, annexOptions(), entries);
}

/** Sheets in tab order; tabSelected from the XML, since ExcelJS does not read it back. */
async function sheetsOf(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(asArrayBuffer(bytes));
  const xml = unzipText(bytes);
  const workbook = xml.get("xl/workbook.xml") ?? "";
  const rels = xml.get("xl/_rels/workbook.xml.rels") ?? "";
  const tabSelected = [...workbook.matchAll(/<sheet [^>]*r:id="([^"]+)"/g)].map(([, id]) => {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
    const path = (target?.[1] ?? target?.[2] ?? "").replace(/^\/?(xl\/)?/, "xl/");
    return /<sheetView [^>]*tabSelected="1"/.test(xml.get(path) ?? "");
  });
  return { names: book.worksheets.map((ws) => ws.name), states: book.worksheets.map((ws) => ws.state), activeTab: book.views[0]?.activeTab, tabSelected };
}

describe("file host", () => {
  test("generates an annex from nothing; it is the current file and reads back", async () => {
    const host = createFileHost();
    expect(host.current()).toBeNull();
    expect(await host.readAnnex()).toBeNull();
    const outcome = await host.generate(plan, annexOptions({ actualsLabel: "Thực hiện 6 tháng" }), "update");
    expect(outcome).toEqual({ sheetName: "Phụ lục I", notes: [], skipped: [] });
    expect(host.current()?.name).toBe("phu-luc-tien-lu-2024.xlsx");
    const reading = await host.readAnnex();
    expect(reading?.ok && reading.options.actualsLabel).toBe("Thực hiện 6 tháng");
  });

  test("update keeps the entries by code and the previous sheet under another name", async () => {
    const host = createFileHost();
    const opened = await host.open({ name: "da-nhap.xlsx", bytes: await filledAnnex({ CT02: 9.5, CT03: "khoảng 5" }) });
    expect(opened.ok).toBe(true);
    const outcome = await host.generate(plan, annexOptions({ actualsLabel: "Thực hiện năm 2024" }), "update");
    expect(outcome.notes[0]).toMatch(/Đã giữ 2 ô số liệu/);
    expect(outcome.notes[1]).toContain("Phụ lục I (bản trước)");

    const current = host.current();
    expect(current?.name).toBe("da-nhap-cap-nhat.xlsx");
    const sheets = await sheetsOf(current?.bytes ?? new Uint8Array());
    expect(sheets.names).toEqual(["Phụ lục I", "Phụ lục I (bản trước)", MODEL_SHEET_NAME]);
    expect(sheets.states).toEqual(["visible", "visible", "veryHidden"]);
    expect(sheets.activeTab).toBe(0);
    expect(sheets.tabSelected).toEqual([true, false, false]);

    const reading = await host.readAnnex();
    if (reading === null || !reading.ok) throw new Error("no annex");
    expect(reading.sheetName).toBe("Phụ lục I");
    expect(reading.entries.get("CT02")?.actual.value).toBe(9.5);
    expect(reading.entries.get("CT03")?.actual.value).toBe("khoảng 5");
    // The kept sheet is a faithful copy: same cells, same merges.
    const grid = await readWorkbookGrid(current?.bytes ?? new Uint8Array());
    const kept = grid.sheets.find((s) => s.name === "Phụ lục I (bản trước)");
    const fresh = grid.sheets.find((s) => s.name === "Phụ lục I");
    expect(kept?.merges.length).toBeGreaterThan(0);
    expect(kept?.rows.length).toBe(fresh?.rows.length);
  });

  test("new-sheet puts the new annex beside the old one, which stays as it was", async () => {
    const host = createFileHost();
    await host.open({ name: "da-nhap.xlsx", bytes: await filledAnnex({ CT02: 9.5 }) });
    const outcome = await host.generate(plan, annexOptions(), "new-sheet");
    expect(outcome.sheetName).toBe("Phụ lục I 2");
    const sheets = await sheetsOf(host.current()?.bytes ?? new Uint8Array());
    expect(sheets.names).toEqual(["Phụ lục I", "Phụ lục I 2", MODEL_SHEET_NAME]);
    expect(sheets.activeTab).toBe(1);
    expect(sheets.tabSelected).toEqual([false, true, false]);
  });

  test("the checked copy holds the core's verdicts as cached results, other sheets kept", async () => {
    const host = createFileHost();
    await host.open({ name: "da-nhap.xlsx", bytes: await filledAnnex({ CT02: 9.5 }) });
    await host.generate(plan, annexOptions(), "update");
    const copy = await host.checkedCopy();
    expect(copy?.name).toBe("da-nhap-ket-qua.xlsx");
    const grid = await readWorkbookGrid(copy?.bytes ?? new Uint8Array());
    expect(grid.sheets.map((s) => s.name)).toEqual(["Phụ lục I", "Phụ lục I (bản trước)", MODEL_SHEET_NAME]);
    const reading = await host.readAnnex();
    if (reading === null || !reading.ok) throw new Error("no annex");
    const row = grid.sheets[0]?.rows[(reading.entries.get("CT02")?.row ?? 0) - 1] ?? [];
    expect(row.map((c) => c?.value)).toContain("Vượt");
  });

  test("a file that is not a workbook is refused with a message saying what to do; the current file stays", async () => {
    const host = createFileHost();
    await host.generate(plan, annexOptions(), "update");
    await expect(host.open({ name: "ghi-chu.txt", bytes: new TextEncoder().encode("không phải xlsx") })).rejects.toBeInstanceOf(NotXlsxError);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Trang tính1").getCell("A1").value = 1;
    const reading = await host.open({ name: "khac.xlsx", bytes: new Uint8Array(await plain.xlsx.writeBuffer()) });
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.error).toMatch(/không phải phụ lục do Phụ lục tạo/);
    expect(host.current()?.name).toBe("phu-luc-tien-lu-2024.xlsx");
  });

  test("download names stay ASCII and do not pile up suffixes", () => {
    expect(downloadName("generated", "tien-lu-2024")).toBe("phu-luc-tien-lu-2024.xlsx");
    expect(downloadName("updated", "Phụ lục xã.XLSX")).toBe("Phụ lục xã-cap-nhat.xlsx");
    expect(downloadName("updated", "a-cap-nhat.xlsx")).toBe("a-cap-nhat.xlsx");
    expect(downloadName("checked", "a-cap-nhat.xlsx")).toBe("a-ket-qua.xlsx");
  });
});

test("marks «đã xem» are kept in the file: downloaded, opened again in a new pane, still there", async () => {
  const plan = seedPlan("thap-muoi-2024");
  const host = createFileHost();
  await host.generate(plan, annexOptions(), "update");
  const keys = reviewPlan(plan).slice(0, 1).map(findingKey);
  await host.markSeen(keys);
  const file = host.current();
  if (file === null) throw new Error("no file");
  const other = createFileHost();
  const reading = await other.open(file);
  expect(reading.ok && reading.seen).toEqual(keys);
  expect(reading.ok && reading.plan).toEqual(plan);
});

describe("file host, opened by LibreOffice", () => {
  requireTools("soffice")(
    "the kept previous sheet is a working annex: its own formulas judge its entries after recalculation",
    async () => {
      const host = createFileHost();
      await host.open({ name: "da-nhap.xlsx", bytes: await filledAnnex({ CT02: 9.5, CT03: "khoảng 5" }) });
      await host.generate(plan, annexOptions(), "update");
      const reading = await host.readAnnex();
      if (reading === null || !reading.ok) throw new Error("no annex");
      const dir = mkdtempSync(join(tmpdir(), "phuluc-filehost-"));
      try {
        const path = join(dir, "cap-nhat.xlsx");
        writeFileSync(path, host.current()?.bytes ?? new Uint8Array());
        const recalculated = await recalculate(path);
        const rowOf = (code: string) => (reading.entries.get(code)?.row ?? 0) - 1;
        for (const name of ["Phụ lục I", "Phụ lục I (bản trước)"]) {
          const rows = recalculated.sheets.find((s) => s.name === name)?.rows ?? [];
          expect(rows[rowOf("CT02")]?.map((c) => c.value)).toContain("Vượt");
          expect(rows[rowOf("CT03")]?.map((c) => c.value)).toContain("Không hợp lệ");
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
