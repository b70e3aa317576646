/**
 * Consolidation at a province's sizes, checked against an independent recomputation from the
 * communes' own cells (never the core's consolidation), and against LibreOffice's recalculation
 * of the consolidated workbook's formulas:
 *
 * - 100 communes, the whole path: annex files on disk (generated once under the temp folder, shared
 *   with the benchmarks), `phuluc consolidate --json`, the files read a second time by openpyxl
 *   (test/support/read_communes.py) to recompute every total, count and spread, the workbook
 *   recalculated by LibreOffice; plus a commune that sent another period's annex and one that sent
 *   nothing, named as such in the CLI and in the workbook.
 * - 3.321 communes (every commune of Vietnam), the core without files: writing and reading 3.321
 *   annexes costs minutes on the test machine (the file path at that size is the benchmark's), so
 *   100 communes' annexes are laid out and read once, by the core and by this test's own simple
 *   reading of their cells, and sent under 3.321 names; consolidated, written by the streaming
 *   writer and recalculated by LibreOffice (about 70 s on the shared 2-core machine, half of it
 *   LibreOffice).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexLayout, annexOptions, type ReadSheet } from "../../src/core/annex";
import { gridCell, gridSheet, type GridSheet, type GridWorkbook } from "../../src/core/annex/grid";
import { consolidate, consolidationJson, consolidationWorkbook, readReceived, REPORTING_SHEET_NAME, SUMMARY_SHEET_NAME, type ReceivedFile } from "../../src/core/consolidate";
import { placedIndicators, type Plan } from "../../src/core/model";
import { withTargets } from "../../src/core/model/withTargets";
import { annexBytes } from "../../src/hosts/xlsx/annexFile";
import { readWorkbookGrid } from "../../src/hosts/xlsx/read";
import { renderWorkbookToFile } from "../../src/hosts/xlsx/renderToFile";
import { asRead } from "../core/consolidate/support";
import { phuluc } from "../support/cli";
import { ensureCommuneFiles } from "../support/communeFiles";
import { COMMUNE_PERIOD, communeNames, communePlan, makeCommunes, type Commune } from "../support/communes";
import { recalculate } from "../support/libreoffice";
import { ROOT } from "../support/seeds";
import { requireTools } from "../support/tools";

const withLibreOffice = requireTools("soffice");
// Debian's python3 with python3-openpyxl, as the benchmarks use it (another python3 on PATH may lack openpyxl).
const PYTHON = "/usr/bin/python3";
const TEMPLATE = communePlan();
const LABELS = { vuot: "Vượt", dat: "Đạt", khong_dat: "Không đạt" } as const;

/** One commune annex as its cells say: the locality, the period, and per code the actual as stored, the target as printed, the verdict shown. */
interface RawAnnex {
  file: string;
  locality: string | null;
  period: string | null;
  rows: Record<string, { value: unknown; numFmt: string | null; target: unknown; verdict: unknown }>;
}

/** What `phuluc consolidate --json` (consolidationJson) gives, as far as these tests read it. */
interface Report {
  localities: { name: string }[];
  indicators: {
    code: string;
    total: {
      kind: string;
      value: number | null;
      count: number;
      target: string | null;
      status: string | null;
      percentOfPlan: number | null;
      counts: { vuot: number; dat: number; khong_dat: number; none: number };
      spread: { low: number; median: number; high: number } | null;
    };
  }[];
  completeness: {
    consolidated: number;
    missing: string[];
    otherPeriod: string[];
    localities: { name: string; state: string; filled: number; filledPercent: number | null }[];
  };
}

/**
 * A figure as the commune's sheet shows it: a number as stored, a number shown as a percentage as
 * its shown figure (0,0227 shown 2,27% is 2,27), a figure typed as text the Vietnamese way ("2,27%",
 * "1.234,5"); anything else ("khoảng 1.200", "Hoàn thành") is no figure.
 */
function figure(cell: RawAnnex["rows"][string] | undefined): number | null {
  if (cell === undefined) return null;
  if (typeof cell.value === "number") return cell.numFmt?.includes("%") ? Math.round(cell.value * 100 * 1e9) / 1e9 : cell.value;
  const typed = typeof cell.value === "string" ? /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*%?$/.exec(cell.value.trim()) : null;
  return typed ? Number(`${typed[1] as string}${(typed[2] as string).replace(/\./g, "")}.${typed[3] ?? "0"}`) : null;
}

/** "157.869 triệu đồng", "từ 352,4 ha trở lên" -> 157869, 352.4 (the first figure, Vietnamese marks). */
function targetFigure(text: unknown): number | null {
  const match = typeof text === "string" ? /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?/.exec(text) : null;
  return match ? Number(`${(match[1] as string).replace(/\./g, "")}.${match[2] ?? "0"}`) : null;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Every total, count and spread of the report recomputed from the annexes' cells. The way each
 * indicator is consolidated is the plan's (a rate's numerator and denominator, a weight) or, for
 * the rest, the report's kind: summed or not consolidated; the figures are this test's.
 */
function expectRecomputed(report: Report, annexes: readonly RawAnnex[], plan: Plan): number {
  const byName = new Map(annexes.map((a) => [a.locality, a]));
  const used = report.localities.map((l) => byName.get(l.name) as RawAnnex);
  expect(used.every((a) => a !== undefined)).toBe(true);
  const aggregateOf = new Map(placedIndicators(plan).map((p) => [p.indicator.code, p.indicator.aggregate]));
  const numbers = (code: string) => used.map((a) => figure(a.rows[code]));
  let checked = 0;
  for (const ind of report.indicators) {
    const { total, code } = ind;
    if (total.kind === "heading") continue;
    const verdicts = used.map((a) => a.rows[code]?.verdict);
    const counts = { vuot: 0, dat: 0, khong_dat: 0, none: 0 };
    for (const v of verdicts) {
      if (v === LABELS.vuot) counts.vuot++;
      else if (v === LABELS.dat) counts.dat++;
      else if (v === LABELS.khong_dat) counts.khong_dat++;
      else counts.none++;
    }
    expect({ code, counts: total.counts }).toEqual({ code, counts });
    const own = numbers(code).filter((n): n is number => n !== null);
    if (own.length === 0) expect({ code, spread: total.spread }).toEqual({ code, spread: null });
    else {
      const close = (n: number) => expect.closeTo(n, 9) as number;
      expect({ code, spread: total.spread }).toEqual({ code, spread: { low: close(Math.min(...own)), median: close(median(own)), high: close(Math.max(...own)), count: own.length } });
    }
    const aggregate = aggregateOf.get(code) ?? null;
    if (aggregate?.kind === "ratio") {
      const num = numbers(aggregate.numerator);
      const den = numbers(aggregate.denominator);
      const at = used.map((_, i) => i).filter((i) => num[i] !== null && den[i] !== null);
      expect({ code, kind: total.kind, count: total.count }).toEqual({ code, kind: "ratio", count: at.length });
      expect(total.value).toBeCloseTo((sum(at.map((i) => num[i] as number)) / sum(at.map((i) => den[i] as number))) * (aggregate.scale ?? 100), 6);
    } else if (aggregate?.kind === "weighted") {
      const values = numbers(code);
      const weights = numbers(aggregate.weight);
      const at = used.map((_, i) => i).filter((i) => values[i] !== null && weights[i] !== null);
      expect({ code, kind: total.kind, count: total.count }).toEqual({ code, kind: "weighted", count: at.length });
      const w = sum(at.map((i) => weights[i] as number));
      expect(total.value).toBeCloseTo(sum(at.map((i) => (values[i] as number) * (weights[i] as number))) / w, 6);
    } else if (total.kind === "sum") {
      expect({ code, count: total.count }).toEqual({ code, count: own.length });
      expect(total.value).toBeCloseTo(sum(own), 6);
      // Where every reporting commune's target is one figure of the unit, the total target is their sum.
      const targets = used.filter((a) => figure(a.rows[code]) !== null).map((a) => a.rows[code]?.target);
      if (targets.every((t) => typeof t === "string" && /^[\d.,]+ /.test(t))) {
        expect({ code, target: targetFigure(total.target) }).toEqual({ code, target: expect.closeTo(sum(targets.map((t) => targetFigure(t) as number)), 6) as number });
      }
    } else {
      expect({ code, kind: total.kind, value: total.value, status: total.status }).toEqual({ code, kind: "none", value: null, status: null });
      // Who answered: a figure or a word the sheet could judge ("Hoàn thành"), not an entry it calls Không hợp lệ.
      const answered = used.filter((a) => {
        const cell = a.rows[code];
        return cell !== undefined && cell.value !== null && cell.value !== "" && cell.verdict !== "Không hợp lệ";
      }).length;
      expect({ code, count: total.count }).toEqual({ code, count: answered });
    }
    checked++;
  }
  return checked;
}

/** Tổng hợp as LibreOffice recalculated it equals the core's totals, counts and spreads; Tình hình báo cáo its filled counts. */
function expectRecalculated(book: GridWorkbook, report: Report): void {
  const summary = gridSheet(book, SUMMARY_SHEET_NAME) as GridSheet;
  const rowOf = new Map<string, number>();
  summary.rows.forEach((row, i) => typeof row[16]?.value === "string" && rowOf.set(row[16].value, i + 1));
  const labels: Record<string, string> = { ...LABELS, khong_hop_le: "Không hợp lệ" };
  for (const ind of report.indicators) {
    if (ind.total.kind === "heading") continue;
    const row = rowOf.get(ind.code) as number;
    const counts = [9, 10, 11, 12].map((column) => gridCell(summary, row, column).value);
    expect({ code: ind.code, counts }).toEqual({ code: ind.code, counts: [ind.total.counts.vuot, ind.total.counts.dat, ind.total.counts.khong_dat, ind.total.counts.none] });
    const spread = [13, 14, 15].map((column) => gridCell(summary, row, column).value ?? "");
    if (ind.total.spread === null) expect(spread).toEqual(["", "", ""]);
    else [ind.total.spread.low, ind.total.spread.median, ind.total.spread.high].forEach((v, k) => expect(spread[k] as number).toBeCloseTo(v, 6));
    expect({ code: ind.code, count: gridCell(summary, row, 8).value }).toEqual({ code: ind.code, count: ind.total.count });
    if (ind.total.kind === "none") continue;
    const got = gridCell(summary, row, 5).value;
    if (ind.total.value === null) expect(got).toBe("");
    else expect(got as number).toBeCloseTo(ind.total.value, 6);
    if (ind.total.percentOfPlan !== null) expect(gridCell(summary, row, 6).value as number).toBeCloseTo(ind.total.percentOfPlan, 6);
    expect({ code: ind.code, status: gridCell(summary, row, 7).value }).toEqual({ code: ind.code, status: labels[ind.total.status ?? ""] ?? "" });
  }
  const reporting = gridSheet(book, REPORTING_SHEET_NAME) as GridSheet;
  // A locality's first row (its name also heads its unreadable entries further down).
  const reportingRow = new Map<unknown, GridSheet["rows"][number]>();
  for (const cells of reporting.rows) if (!reportingRow.has(cells[1]?.value)) reportingRow.set(cells[1]?.value, cells);
  for (const locality of report.completeness.localities.filter((l) => l.state === "consolidated")) {
    const row = reportingRow.get(locality.name) ?? [];
    expect({ name: locality.name, filled: row[6]?.value }).toEqual({ name: locality.name, filled: locality.filled });
  }
}

describe("100 communes, from their files: phuluc consolidate", () => {
  let root: string;
  let report: Report;
  let output: string;
  let stdout: string;
  let annexes: RawAnnex[] = [];
  const [otherPeriod, missing] = makeCommunes(102).slice(100) as [Commune, Commune];

  beforeAll(async () => {
    const dir = await ensureCommuneFiles(100);
    root = mkdtempSync(join(tmpdir(), "phuluc-100-xa-"));
    const extra = join(root, "gui-them");
    mkdirSync(extra);
    // A commune that sent its six-month annex instead of the year's.
    const own = withTargets(TEMPLATE, otherPeriod.targets);
    if (!own.ok) throw new Error(own.unknown.join(", "));
    writeFileSync(join(extra, otherPeriod.file), await annexBytes(own.plan, annexOptions({ locality: otherPeriod.name, actualsLabel: "Ước thực hiện 6 tháng đầu năm 2025" }), otherPeriod.entries));
    const list = join(root, "danh-sach.txt");
    writeFileSync(list, [...makeCommunes(102).map((c) => c.name), ""].join("\n"));
    output = join(root, "tong-hop.xlsx");
    const json = phuluc(["consolidate", dir, extra, "-o", output, "--expected", list, "--json"], { timeoutMs: 120_000 });
    if (json.status !== 0) throw new Error(`phuluc consolidate: ${json.status}\n${json.stderr}`);
    report = JSON.parse(json.stdout) as Report;
    const text = phuluc(["consolidate", dir, extra, "-o", join(root, "ban-chu.xlsx"), "--expected", list], { timeoutMs: 120_000 });
    stdout = text.stdout;
    annexes = JSON.parse(execFileSync(PYTHON, [join(ROOT, "test", "support", "read_communes.py"), dir, extra], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })) as RawAnnex[];
  }, 300_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  withLibreOffice(
    "every total, count and spread equals the recomputation from the files' cells (openpyxl); LibreOffice's recalculation equals the core",
    async () => {
      expect(annexes).toHaveLength(101);
      const year = annexes.filter((a) => a.period === COMMUNE_PERIOD);
      expect(year).toHaveLength(100);
      expect(report.completeness.consolidated).toBe(100);
      expect(new Set(report.localities.map((l) => l.name))).toEqual(new Set(year.map((a) => a.locality)));
      expect(expectRecomputed(report, year, TEMPLATE)).toBeGreaterThan(35);
      expectRecalculated(await recalculate(output), report);
    },
    300_000,
  );

  test("the commune of another period and the one that sent nothing are named as such in the CLI and the workbook, never as consolidated", async () => {
    expect(report.completeness.otherPeriod).toEqual([otherPeriod.name]);
    expect(report.completeness.missing).toEqual([missing.name]);
    expect(stdout).toContain(`Gửi phụ lục khác kỳ báo cáo, chưa tổng hợp (1): ${otherPeriod.name}.`);
    expect(stdout).toContain(`Chưa nộp (1): ${missing.name}.`);
    const reporting = gridSheet(await readWorkbookGrid(readFileSync(output)), REPORTING_SHEET_NAME) as GridSheet;
    const state = (name: string) => reporting.rows.find((cells) => cells[1]?.value === name)?.[2]?.value;
    expect(state(otherPeriod.name)).toBe("Khác kỳ báo cáo");
    expect(state(missing.name)).toBe("Chưa nộp");
  });
});

/** This test's own reading of an annex's cells (as a host reads them): the header row by its titles, then code, actual, target and verdict. */
function rawAnnex(file: string, sheets: readonly ReadSheet[]): RawAnnex {
  const sheet = sheets.find((s) => s.name === "Phụ lục I") as ReadSheet;
  const annex: RawAnnex = { file, locality: null, period: null, rows: {} };
  let columns: { code: number; actual: number; target: number; verdict: number } | null = null;
  for (const row of sheet.rows) {
    const values = row.map((cell) => cell?.value ?? null);
    if (columns === null) {
      for (const v of values) if (typeof v === "string" && v.startsWith("Đơn vị báo cáo: ")) annex.locality = v.slice("Đơn vị báo cáo: ".length).trim();
      const percent = values.indexOf("% so với KH");
      if (percent > 0 && values.includes("Mã chỉ tiêu")) {
        columns = { code: values.indexOf("Mã chỉ tiêu"), actual: percent - 1, target: values.findIndex((v) => typeof v === "string" && v.startsWith("Kế hoạch")), verdict: values.indexOf("Đánh giá") };
        annex.period = values[percent - 1] as string;
      }
      continue;
    }
    const code = values[columns.code];
    if (typeof code !== "string" || code === "") continue;
    annex.rows[code] = { value: values[columns.actual], numFmt: row[columns.actual]?.numFmt ?? null, target: values[columns.target], verdict: values[columns.verdict] };
  }
  return annex;
}

describe("3.321 communes, the core on annexes' cells", () => {
  withLibreOffice(
    "every total, count and spread equals the recomputation from the cells; the workbook, written row by row, recalculated by LibreOffice equals the core",
    async () => {
      // 100 communes' annexes laid out and read once (40 ms and 13 ms each here), sent under 3.321 names.
      const distinct = makeCommunes(100).map((commune) => {
        const own = withTargets(TEMPLATE, commune.targets);
        if (!own.ok) throw new Error(own.unknown.join(", "));
        const sheets = asRead(annexLayout({ plan: own.plan, options: annexOptions({ locality: commune.name, actualsLabel: COMMUNE_PERIOD }), entries: commune.entries }).workbook);
        return { raw: rawAnnex(commune.file, sheets), received: readReceived(commune.file, sheets) };
      });
      const names = communeNames(3321);
      const annexes: RawAnnex[] = [];
      const files: ReceivedFile[] = names.map((name, i) => {
        const { raw, received } = distinct[i % distinct.length] as (typeof distinct)[number];
        annexes.push({ ...raw, locality: name });
        if (!received.ok) throw new Error(received.message);
        return { ...received, source: `${i}.xlsx`, report: { ...received.report, locality: name } };
      });
      const c = consolidate({ files, expected: names });
      const report = JSON.parse(JSON.stringify(consolidationJson(c))) as Report;
      expect(report.completeness.consolidated).toBe(3321);
      expect(expectRecomputed(report, annexes, TEMPLATE)).toBeGreaterThan(35);
      const dir = mkdtempSync(join(tmpdir(), "phuluc-3321-xa-"));
      try {
        const path = join(dir, "tong-hop-3321.xlsx");
        await renderWorkbookToFile(consolidationWorkbook(c).workbook, path);
        expectRecalculated(await recalculate(path), report);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
