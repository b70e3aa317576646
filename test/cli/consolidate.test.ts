/**
 * `phuluc consolidate` on real annex files: commune annexes from the fixture generator, plus a
 * duplicate, a file of another plan, a file that is not a workbook, an actual typed as words and a
 * commune that never reported; all of it visible in the JSON and in the workbook, and LibreOffice's
 * recalculation of the workbook's own formulas agrees with the core's totals.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexOptions, readAnnex } from "../../src/core/annex";
import { gridCell, gridSheet, type GridSheet } from "../../src/core/annex/grid";
import { DETAIL_SHEET_NAME, NOT_CONSOLIDATED, REPORTING_SHEET_NAME, SUMMARY_SHEET_NAME } from "../../src/core/consolidate";
import { findIndicator } from "../../src/core/model";
import { annexBytes } from "../../src/hosts/xlsx/annexFile";
import { readWorkbookGrid } from "../../src/hosts/xlsx/read";
import { phuluc } from "../support/cli";
import { communeAnnex, communePlan, makeCommunes, type Commune } from "../support/communes";
import { recalculate } from "../support/libreoffice";
import { seedPlan, SEEDS_DIR } from "../support/seeds";
import { requireTools } from "../support/tools";

const withLibreOffice = requireTools("soffice");
// Real workbooks through the real command, on a machine other jobs share.
jest.setTimeout(120_000);
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

interface Report {
  output: string;
  files: number;
  skippedNotXlsx: number;
  template: { planId: string; period: string };
  localities: { name: string; source: string }[];
  indicators: {
    code: string;
    method: string;
    total: {
      kind: string;
      value: number | null;
      count: number;
      target: string | null;
      status: string | null;
      percentOfPlan: number | null;
      messages: string[];
      counts: { vuot: number; dat: number; khong_dat: number; none: number };
      spread: { low: number; median: number; high: number } | null;
    };
    byLocality: Record<string, { actual: number | string | null; status: string; target: string | null }>;
  }[];
  completeness: {
    expected: number;
    consolidated: number;
    missing: string[];
    duplicates: string[];
    localities: { name: string; state: string; filled: number; filledPercent: number | null }[];
    indicators: { code: string; filledPercent: number | null }[];
    unreadable: { locality: string; code: string; text: string }[];
  };
  excluded: { source: string; reason: string; label: string; message: string }[];
}

let root: string;
let inputs: string;
let communes: Commune[];
let listFile: string;
const MISSING = "Xã Chưa Nộp";

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "phuluc-tong-hop-"));
  inputs = join(root, "nhan");
  mkdirSync(join(inputs, "dot-2"), { recursive: true });
  communes = makeCommunes(8, 31);
  const [first, second] = communes as [Commune, Commune];
  // An actual typed as words, where a figure is expected.
  first.entries.set("CT01", { actual: { value: "khoảng 50 tỷ" }, note: null });
  for (const [i, commune] of communes.entries()) {
    writeFileSync(join(i < 4 ? inputs : join(inputs, "dot-2"), commune.file), await communeAnnex(commune));
  }
  // The same commune sent twice, with a figure changed.
  const edited: Commune = { ...second, entries: new Map(second.entries) };
  edited.entries.set("CT04", { actual: { value: 1 }, note: null });
  writeFileSync(join(inputs, "dot-2", `sua-${second.file}`), await communeAnnex(edited));
  // A commune plan of another template (the Đức Thạnh seed), a file that is no workbook, a note.
  writeFileSync(join(inputs, "duc-thanh.xlsx"), await annexBytes(seedPlan("duc-thanh-2024"), annexOptions({ locality: "Xã Đức Thạnh" })));
  writeFileSync(join(inputs, "hong.xlsx"), "đây không phải tệp Excel");
  writeFileSync(join(inputs, "ghi-chu.txt"), "ghi chú");
  listFile = join(root, "danh-sach.txt");
  writeFileSync(listFile, ["# Các xã phải báo cáo", ...communes.map((c) => c.name), MISSING, ""].join("\n"));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out[join(d, e.name)] = sha(join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

let report: Report;
let outputFile: string;
let before: Record<string, string>;
let after: Record<string, string>;

beforeAll(() => {
  outputFile = join(root, "tong-hop.xlsx");
  before = digest(inputs);
  const run = phuluc(["consolidate", inputs, "-o", outputFile, "--expected", listFile, "--json"]);
  after = digest(inputs);
  if (run.status !== 0 || run.stderr !== "") throw new Error(`phuluc consolidate: ${run.status}\n${run.stderr}`);
  report = JSON.parse(run.stdout) as Report;
});

function consolidated(): Report {
  return report;
}

const numbers = (commune: Commune, code: string): number | null => {
  const entry = commune.entries.get(code);
  if (entry === undefined || typeof entry.actual.value !== "number") return null;
  return entry.actual.numFmt?.includes("%") ? Math.round(entry.actual.value * 100 * 1e9) / 1e9 : entry.actual.value;
};

describe("phuluc consolidate", () => {
  test("reports a missing commune, a duplicate, another template and a file that is not a workbook, and consolidates the rest", () => {
    const r = consolidated();
    const [, second] = communes as [Commune, Commune];
    expect(after).toEqual(before);
    expect(r.files).toBe(11);
    expect(r.skippedNotXlsx).toBe(1);
    expect(r.template).toMatchObject({ planId: communePlan().id, period: "Ước thực hiện năm 2025" });
    expect(r.completeness).toMatchObject({ expected: 9, consolidated: 7, missing: [MISSING], duplicates: [second.name] });
    expect(r.localities.map((l) => l.name).sort()).toEqual(communes.filter((c) => c !== second).map((c) => c.name).sort());
    const reasons = r.excluded.map((e) => [e.source.replace(`${inputs}/`, ""), e.reason]).sort();
    expect(reasons).toEqual(
      [
        ["duc-thanh.xlsx", "other_template"],
        [`dot-2/sua-${second.file}`, "duplicate"],
        [second.file, "duplicate"],
        ["hong.xlsx", "unreadable_file"],
      ].sort(),
    );
    expect(r.excluded.find((e) => e.reason === "unreadable_file")?.message).toContain("Tệp không phải bảng tính Excel (.xlsx)");
    // Named by the plan's title and issuer, as people know it: never by its id.
    expect(r.excluded.find((e) => e.reason === "other_template")?.message).toContain("(Ủy ban nhân dân xã Đức Thạnh), khác mẫu đang tổng hợp");
    expect(r.excluded.find((e) => e.reason === "other_template")?.message).not.toContain("duc-thanh-2024");
  });

  test("an unreadable actual is shown as typed, judged Không hợp lệ and left out of the total", () => {
    const r = consolidated();
    const [first] = communes as [Commune];
    expect(r.completeness.unreadable).toEqual(expect.arrayContaining([expect.objectContaining({ locality: first.name, code: "CT01", text: "khoảng 50 tỷ" })]));
    const ct01 = r.indicators.find((i) => i.code === "CT01");
    expect(ct01?.byLocality[first.name]).toMatchObject({ actual: "khoảng 50 tỷ", status: "khong_hop_le" });
  });

  test("sums add the communes that reported; a rate is Σ numerator / Σ denominator; a percentage alone is not consolidated", () => {
    const r = consolidated();
    const used = communes.filter((c) => r.localities.some((l) => l.name === c.name));
    for (const code of ["CT01", "CT03.1", "CT12", "CT13", "CT32"]) {
      const values = used.map((c) => numbers(c, code)).filter((v): v is number => v !== null);
      const ind = r.indicators.find((i) => i.code === code);
      expect({ code, kind: ind?.total.kind, count: ind?.total.count }).toEqual({ code, kind: "sum", count: values.length });
      expect(ind?.total.value).toBeCloseTo(values.reduce((a, b) => a + b, 0), 6);
      expect(ind?.total.status).toMatch(/^(vuot|dat|khong_dat)$/);
    }
    const both = used.filter((c) => numbers(c, "CT13") !== null && numbers(c, "CT12") !== null);
    const rate = r.indicators.find((i) => i.code === "CT14");
    expect(rate?.total).toMatchObject({ kind: "ratio", count: both.length });
    const sum = (code: string) => both.reduce((s, c) => s + (numbers(c, code) as number), 0);
    expect(rate?.total.value).toBeCloseTo((sum("CT13") / sum("CT12")) * 100, 6);
    // The rows by the STT the template prints, never by code.
    const stt = (code: string) => findIndicator(communePlan(), code)?.indicator.stt ?? "?";
    expect(rate?.method).toBe(`Tỷ lệ = STT ${stt("CT13")} / STT ${stt("CT12")} × 100`);
    for (const code of ["CT22", "CT23", "CT27", "CT33"]) {
      expect(r.indicators.find((i) => i.code === code)?.total).toMatchObject({ kind: "none", value: null, status: null });
    }
  });

  test("the workbook shows all of it: totals, «không tổng hợp», missing and duplicate communes, unreadable entries, files left out", async () => {
    const r = consolidated();
    const book = await readWorkbookGrid(readFileSync(outputFile));
    const summary = gridSheet(book, SUMMARY_SHEET_NAME) as GridSheet;
    const reporting = gridSheet(book, REPORTING_SHEET_NAME) as GridSheet;
    const detail = gridSheet(book, DETAIL_SHEET_NAME) as GridSheet;
    expect(book.sheets.map((s) => s.name)).toEqual([SUMMARY_SHEET_NAME, DETAIL_SHEET_NAME, REPORTING_SHEET_NAME]);
    const rowOf = new Map<string, number>();
    summary.rows.forEach((row, i) => typeof row[16]?.value === "string" && rowOf.set(row[16].value, i + 1));
    expect(gridCell(summary, rowOf.get("CT22") as number, 5).value).toBe(NOT_CONSOLIDATED);
    expect(gridCell(summary, rowOf.get("CT01") as number, 5).formula).toMatch(/^IF\(H\d+=0,"",ROUND\(SUM\('Chi tiết theo đơn vị'!/);
    expect(gridCell(summary, rowOf.get("CT14") as number, 5).formula).toContain("SUMPRODUCT(");
    const texts = reporting.rows.flatMap((row) => row.map((cell) => cell.value)).filter((v): v is string => typeof v === "string");
    const rowOfLocality = (name: string) => reporting.rows.find((row) => row[1]?.value === name) ?? [];
    expect(rowOfLocality(MISSING)[2]?.value).toBe("Chưa nộp");
    expect(rowOfLocality((communes[1] as Commune).name)[2]?.value).toBe("Trùng tệp");
    const detailRow = detail.rows.find((row) => row[1]?.value === (communes[0] as Commune).name) ?? [];
    expect(detailRow.map((c) => c.value)).toEqual(expect.arrayContaining(["khoảng 50 tỷ", "Không hợp lệ"]));
    expect(texts).toEqual(expect.arrayContaining(["Tệp không được tổng hợp", "Khác mẫu phụ lục", "Không đọc được tệp", "Trùng đơn vị"]));
    expect(texts.some((t) => t.includes(`Đơn vị chưa nộp: ${MISSING}`))).toBe(true);
    expect(r.excluded).toHaveLength(4);
  });

  test("prints a summary in Vietnamese, and never overwrites without --force", () => {
    consolidated();
    const again = phuluc(["consolidate", inputs, "-o", outputFile, "--expected", listFile]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("đã có: chọn tên khác, hoặc thêm --force");
    const text = phuluc(["consolidate", inputs, "-o", join(root, "ban-2.xlsx"), "--expected", listFile]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`Đã tổng hợp 7/9 đơn vị (77,8%).`);
    expect(text.stdout).toContain(`Chưa nộp (1): ${MISSING}.`);
    expect(text.stdout).toContain("Trùng tệp, chưa tổng hợp (1)");
    const notSummed = findIndicator(communePlan(), "CT22")?.indicator;
    const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(text.stdout).toMatch(new RegExp(`\\n${escaped(notSummed?.stt ?? "?")}\\s+không tổng hợp\\s.*${escaped(notSummed?.name ?? "?")}`));
    expect(text.stdout).not.toMatch(/\bCT\d/);
    const self = phuluc(["consolidate", join(inputs, "hong.xlsx"), "-o", join(inputs, "hong.xlsx"), "--force"]);
    expect(self.status).toBe(2);
    expect(self.stderr).toContain("không ghi đè lên tệp đang đọc");
    expect(phuluc(["consolidate", inputs]).stderr).toContain("Cách dùng: phuluc consolidate");
  });

  withLibreOffice(
    "LibreOffice's recalculated totals, percentages, verdicts and reporting rates equal the core's",
    async () => {
      const r = consolidated();
      const book = await recalculate(outputFile);
      const summary = gridSheet(book, SUMMARY_SHEET_NAME) as GridSheet;
      const rowOf = new Map<string, number>();
      summary.rows.forEach((row, i) => typeof row[16]?.value === "string" && rowOf.set(row[16].value, i + 1));
      const labels: Record<string, string> = { vuot: "Vượt", dat: "Đạt", khong_dat: "Không đạt", khong_hop_le: "Không hợp lệ" };
      let checked = 0;
      for (const ind of r.indicators) {
        const row = rowOf.get(ind.code) as number;
        if (ind.total.kind === "heading") continue;
        const counts = [9, 10, 11, 12].map((column) => gridCell(summary, row, column).value);
        expect({ code: ind.code, counts }).toEqual({ code: ind.code, counts: [ind.total.counts.vuot, ind.total.counts.dat, ind.total.counts.khong_dat, ind.total.counts.none] });
        const spread = [13, 14, 15].map((column) => gridCell(summary, row, column).value ?? "");
        if (ind.total.spread === null) expect(spread).toEqual(["", "", ""]);
        else [ind.total.spread.low, ind.total.spread.median, ind.total.spread.high].forEach((v, k) => expect(spread[k] as number).toBeCloseTo(v, 6));
        if (ind.total.kind === "none") {
          expect({ code: ind.code, count: gridCell(summary, row, 8).value }).toEqual({ code: ind.code, count: ind.total.count });
          continue;
        }
        const got = { count: gridCell(summary, row, 8).value, value: gridCell(summary, row, 5).value, percent: gridCell(summary, row, 6).value, status: gridCell(summary, row, 7).value };
        expect({ code: ind.code, count: got.count, status: got.status }).toEqual({ code: ind.code, count: ind.total.count, status: labels[ind.total.status ?? ""] ?? "" });
        if (ind.total.value === null) expect(got.value).toBe("");
        else expect(got.value as number).toBeCloseTo(ind.total.value, 6);
        if (ind.total.percentOfPlan !== null) expect(got.percent as number).toBeCloseTo(ind.total.percentOfPlan, 6);
        checked++;
      }
      expect(checked).toBeGreaterThan(20);
      const reporting = gridSheet(book, REPORTING_SHEET_NAME) as GridSheet;
      for (const locality of r.completeness.localities.filter((l) => l.state === "consolidated")) {
        const row = reporting.rows.find((cells) => cells[1]?.value === locality.name) ?? [];
        expect({ name: locality.name, filled: row[6]?.value }).toEqual({ name: locality.name, filled: locality.filled });
        expect(row[7]?.value as number).toBeCloseTo(locality.filledPercent as number, 6);
      }
    },
    180_000,
  );
});

describe("phuluc consolidate: deadlines, and reading that is bounded", () => {
  test("--deadline: every commune late by its days, named in the CLI and on Tình hình báo cáo; a day that is not one is refused", async () => {
    const out = join(root, "tre-han.xlsx");
    const run = phuluc(["consolidate", inputs, "-o", out, "--expected", listFile, "--deadline", "01/01/2025"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Hạn nộp: 01/01/2025 (do người tổng hợp đặt). Đúng hạn: 0. Trễ hạn: 7.");
    expect(run.stdout).toMatch(/Trễ hạn \(7\): .*\(trễ \d+ ngày\)/);
    const reporting = gridSheet(await readWorkbookGrid(readFileSync(out)), REPORTING_SHEET_NAME) as GridSheet;
    const row = reporting.rows.find((cells) => cells[1]?.value === (communes[0] as Commune).name) ?? [];
    expect(String(row[3]?.value)).toMatch(/^Trễ \d+ ngày$/);
    expect(row[5]?.value).toBe("theo thuộc tính tệp");
    const bad = phuluc(["consolidate", inputs, "-o", join(root, "x.xlsx"), "--deadline", "31/02/2025"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--deadline «31/02/2025» không phải một ngày");
  });

  test("pipes, devices and links to them are skipped and listed, never read; a part declaring gigabytes is refused in seconds with exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-doc-co-gioi-han-"));
    try {
      const bytes = await communeAnnex((communes[2] as Commune));
      writeFileSync(join(dir, "bom.xlsx"), declareSize(bytes, "xl/worksheets/sheet1.xml", 0xf000_0000));
      symlinkSync("/dev/zero", join(dir, "zero.xlsx"));
      execFileSync("mkfifo", [join(dir, "ong.xlsx")]);
      const start = Date.now();
      const run = phuluc(["consolidate", dir, "-o", join(root, "bom-tong-hop.xlsx"), "--json"], { timeoutMs: 30_000 });
      expect(Date.now() - start).toBeLessThan(20_000);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("Bỏ qua 2 mục không phải tệp thường");
      const report = JSON.parse(run.stdout) as { skippedSpecial: string[]; excluded: { source: string; message: string }[] };
      expect(report.skippedSpecial.map((p) => p.replace(`${dir}/`, "")).sort()).toEqual(["ong.xlsx", "zero.xlsx"]);
      expect(report.excluded[0]?.message).toContain("Tệp quá lớn để đọc an toàn: phần «xl/worksheets/sheet1.xml» khai báo 3.840 MB");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** The zip with `name`'s uncompressed size rewritten in its local header and central directory entry. */
function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const encoded = Buffer.from(name, "utf8");
  for (let i = 0; i < out.length - 4; i++) {
    const signature = view.getUint32(i, true);
    const header = signature === 0x04034b50 ? { nameLength: 26, name: 30, size: 22 } : signature === 0x02014b50 ? { nameLength: 28, name: 46, size: 24 } : null;
    if (header === null || view.getUint16(i + header.nameLength, true) !== encoded.length) continue;
    if (encoded.every((byte, k) => out[i + header.name + k] === byte)) view.setUint32(i + header.size, size, true);
  }
  return out;
}

describe("phuluc generate --targets", () => {
  test("each commune's annex carries its own targets and locality; unknown codes are refused", async () => {
    const dir = mkdtempSync(join(tmpdir(), "phuluc-targets-"));
    const planFile = join(SEEDS_DIR, "duc-thanh-2024.plan.json");
    const targets = join(dir, "chi-tieu.json");
    writeFileSync(targets, JSON.stringify({ CT03: "5.500 tấn", "CT05.1": null }));
    const out = join(dir, "xa.xlsx");
    const run = phuluc(["generate", planFile, "-o", out, "--locality", "Xã Đức Thạnh", "--targets", targets]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Xã Đức Thạnh");
    const reading = readAnnex((await readWorkbookGrid(readFileSync(out))).sheets);
    if (!reading.ok) throw new Error(reading.error);
    expect(reading.options.locality).toBe("Xã Đức Thạnh");
    expect(findIndicator(reading.plan, "CT03")?.indicator.target).toBe("5.500 tấn");
    expect(findIndicator(reading.plan, "CT05.1")?.indicator.target).toBeNull();
    expect(findIndicator(reading.plan, "CT04")?.indicator.target).toBe(findIndicator(seedPlan("duc-thanh-2024"), "CT04")?.indicator.target);

    writeFileSync(targets, JSON.stringify({ CT03: "5.500 tấn", CT99: "1" }));
    const refused = phuluc(["generate", planFile, "-o", join(dir, "khac.xlsx"), "--targets", targets]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("có mã chỉ tiêu không thuộc kế hoạch «Phát triển kinh tế - xã hội năm 2024»: CT99");
    writeFileSync(targets, JSON.stringify({ CT03: 5500 }));
    expect(phuluc(["generate", planFile, "-o", join(dir, "khac.xlsx"), "--targets", targets]).stderr).toContain('sai ở "CT03"');
    rmSync(dir, { recursive: true, force: true });
  });
});
