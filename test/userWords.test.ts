/**
 * Issue 13, "Words": every Vietnamese string a user may read, walked as an editor would, against
 * what users must never read. Two sources: the literals of the code (collected with the TypeScript
 * compiler from src/taskpane, src/core, src/hosts and src/cli), and messages actually produced by
 * the core on the five seeds and on hostile input, and by the CLI.
 *
 * The rule, by where a string is read:
 * - the pane (src/taskpane, and src/core and src/hosts, whose messages the pane shows): indicators
 *   by STT and name, never by internal code ("CT13") or a code put into the text; rules by their
 *   Vietnamese titles, never their ids ("so-mo-ho"); no slug without diacritics (a plan's id); no
 *   "JSON", null/true/false, no command ("phuluc generate") or option ("--force"); nothing of a
 *   file format's insides (".plan.json", XML, the libraries' names).
 * - the CLI (src/cli): the same, except that it is a command line: usage and advice may name its
 *   own commands and options ("phuluc check … --write …", "--json"), file names may be examples
 *   ("<tệp.plan.json>"), and a message about the --actuals or --targets file, whose keys are
 *   indicator codes by that option's contract, may show the shape of that file ({"CT01": …, null}).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annexLayout, annexOptions, planGeneration, readAnnex, type AnnexReading } from "../src/core/annex";
import { readActual } from "../src/core/check";
import { assessPlan } from "../src/core/check";
import { reviewPlanWithText, RULE_TITLES, REVIEW_RULES, AGAINST_TEXT_RULE, formatReview, ruleTitle } from "../src/core/check/review";
import { consolidate } from "../src/core/consolidate";
import { planTextFromPlain } from "../src/core/extract/document";
import { loadPlan, placedIndicators, type Plan } from "../src/core/model";
import { checkAnnex } from "../src/taskpane/view/checkList";
import { asRead, received } from "./core/consolidate/support";
import { runMain } from "./support/runMain";
import { SEED_IDS, SEEDS_DIR, seedPlan, seedText } from "./support/seeds";
import { VIETNAMESE_LETTER, vietnameseStrings, type SourceString } from "./support/userStrings";

jest.setTimeout(180_000);

const RULE_IDS = Object.keys(RULE_TITLES);
const ruleIdIn = (text: string) => RULE_IDS.find((id) => new RegExp(`(?<![\\p{L}\\-])${id}(?![\\p{L}\\-])`, "u").test(text));

/** What nobody reads, wherever they read it. */
function everywhere(text: string): string | null {
  const rule = ruleIdIn(text);
  if (rule !== undefined) return `mã quy tắc "${rule}" (dùng ruleTitle)`;
  if (/\bJSON\b/.test(text)) return '"JSON"';
  return null;
}

/** A lower-case, hyphenated word without diacritics: an id ("tien-lu-2024", "thieu-chi-tieu"), not a file name ("ket-qua.xlsx") or an option. */
const SLUG = /(?<![\p{L}\p{N}\-./])[a-z]+(?:-[a-z0-9]+)+(?![\p{L}\p{N}\-]|\.[a-z])/u;

/** What the pane may not say; the CLI keeps its commands and options. */
function inPane(text: string): string | null {
  if (/\bCT\d/.test(text)) return "mã chỉ tiêu (CT…)";
  if (/\bphuluc\s/.test(text)) return "lệnh phuluc";
  if (/(^|[\s(«"'`[])--[a-z]/.test(text)) return "tham số dòng lệnh";
  if (/\b(null|undefined|true|false|NaN)\b/.test(text)) return "từ của định dạng tệp (null, true…)";
  if (/\.plan\.json|\bXML\b|sharedStrings|xl\/worksheets|veryHidden|ExcelJS|ExcelApi|mammoth|pdfjs|\bzod\b/i.test(text)) return "bên trong định dạng tệp, tên thư viện hay bộ API";
  const slug = SLUG.exec(text);
  if (slug !== null) return `chữ không dấu kiểu mã «${slug[0]}»`;
  return everywhere(text);
}

/** The CLI: codes only in the shape of a file keyed by codes (--actuals, --targets). */
function inCli(text: string): string | null {
  const shape = text.includes('{"');
  if (!shape && /\bCT\d/.test(text)) return "mã chỉ tiêu (CT…)";
  if (!shape && /\b(null|undefined|NaN)\b/.test(text)) return "null";
  return everywhere(text);
}

/** An expression put into a message that is an indicator's code (a section's printed label is not). */
const SECTION_LABELS = new Set(["section.code", "s.code"]);
function codeInterpolated(s: SourceString): string | null {
  const code = s.interpolations.find((e) => /(^|\.)codes?$/.test(e.trim()) && !SECTION_LABELS.has(e.trim()));
  if (code !== undefined) return `\${${code}} trong câu (gọi rowName / labelOfCode)`;
  // A plan's id is a slug: fine inside a file name ("${plan.id}.xlsx"), never as words.
  const id = s.interpolations.findIndex((e, i) => /(^|\.)(id|planId)$/.test(e.trim()) && !/^[.-]/.test(s.after[i] ?? ""));
  if (id >= 0) return `\${${s.interpolations[id] ?? ""}} (mã kế hoạch) trong câu`;
  return null;
}

const offences = (strings: readonly SourceString[], judge: (text: string) => string | null) =>
  strings.flatMap((s) => {
    const why = judge(s.words) ?? codeInterpolated(s);
    return why === null ? [] : [`${s.file}:${s.line}: ${why}: ${s.text.slice(0, 160)}`];
  });

describe("the strings of the code", () => {
  const pane = vietnameseStrings(["src/taskpane", "src/core", "src/hosts"]);
  const cli = vietnameseStrings(["src/cli"]);

  test("are found (the walk reads the source, not nothing)", () => {
    expect(pane.length).toBeGreaterThan(800);
    expect(cli.length).toBeGreaterThan(100);
    expect(pane.some((s) => s.file.endsWith(".tsx"))).toBe(true);
  });

  test("what the pane can show names no code, rule id, command, JSON or file-format insides", () => {
    expect(offences(pane, inPane)).toEqual([]);
  });

  test("what the CLI prints names no code or rule id and never says JSON", () => {
    expect(offences(cli, inCli)).toEqual([]);
  });

  test("the judge catches what it must (it is not a test that cannot fail)", () => {
    expect(inPane("Chỉ tiêu CT13 thiếu đơn vị")).not.toBeNull();
    expect(inPane("Quy tắc so-mo-ho")).not.toBeNull();
    expect(inPane("Tạo phụ lục bằng `phuluc generate`")).not.toBeNull();
    expect(inPane("JSON không hợp lệ")).not.toBeNull();
    expect(inPane("ghi null")).not.toBeNull();
    expect(inPane("thêm --force để ghi đè")).not.toBeNull();
    expect(inPane("kế hoạch «tien-lu-2024» khác mẫu")).not.toBeNull();
    expect(inPane("mở tệp .plan.json")).not.toBeNull();
    expect(inPane("Tải tệp phụ lục (.xlsx), ví dụ ket-qua.xlsx")).toBeNull();
    expect(inPane("Phòng Lao động - Thương binh và Xã hội, héc-ta, TTCN-XD")).toBeNull();
    expect(inCli("thêm --force để ghi đè; xem phuluc check --json")).toBeNull();
    expect(inCli('ghi dạng {"CT01": 97.5} (null để bỏ trống)')).toBeNull();
    expect(inCli("STT 3: CT03 chưa có số liệu")).not.toBeNull();
    const template: SourceString = { file: "x.ts", line: 1, text: "", words: "", interpolations: ["p.indicator.code"], after: [""] };
    expect(codeInterpolated(template)).not.toBeNull();
    expect(codeInterpolated({ ...template, interpolations: ["section.code"] })).toBeNull();
    expect(codeInterpolated({ ...template, interpolations: ["plan.id"], after: ["-ban-hanh.xlsx"] })).toBeNull();
    expect(codeInterpolated({ ...template, interpolations: ["plan.id"], after: [" khác mẫu"] })).not.toBeNull();
  });

  test("every rule has a Vietnamese title with diacritics, and the review shows titles, not ids", () => {
    const ids = [...REVIEW_RULES.map((r) => r.id), AGAINST_TEXT_RULE];
    for (const id of ids) {
      expect(RULE_TITLES[id]).toBeDefined();
      expect(ruleTitle(id)).toMatch(VIETNAMESE_LETTER);
    }
  });
});

/** Every message a plan's user meets in the core, on this plan, with hostile entries. */
function coreMessages(plan: Plan, text: string | null): string[] {
  const messages: string[] = [];
  const findings = text === null ? [] : reviewPlanWithText(plan, planTextFromPlain(text));
  messages.push(formatReview(plan.title, findings, plan));
  for (const f of findings) messages.push(f.message, ...(f.evidence ?? []).map((e) => e.place));

  // Entries as officers type them, good and bad, one per row in turn.
  const typed = ["abc", "-5", "95%", "1.000.000.000", "Đạt", "12,5", "ba mươi", "0,975"];
  const placed = placedIndicators(plan);
  const actuals = new Map(placed.map((p, i) => [p.indicator.code, readActual(typed[i % typed.length] ?? null, p.indicator.unit)]));
  for (const row of assessPlan(plan, actuals).indicators) messages.push(...row.messages, row.plausibility ?? "");

  // The pane's check list over the annex read back, with a row's code written twice and one deleted.
  const entries = new Map(placed.map((p, i) => [p.indicator.code, { actual: { value: typed[i % typed.length] ?? null }, note: null }]));
  const { workbook } = annexLayout({ plan, options: annexOptions({}), entries });
  const sheets = asRead(workbook);
  const table = sheets[0];
  if (table !== undefined && table.rows.length > 12) {
    table.rows.splice(10, 1);
    table.rows.push(table.rows[11] ?? []);
  }
  const reading = readAnnex(sheets);
  if (!reading.ok) throw new Error(reading.error);
  messages.push(...reading.warnings);
  for (const item of checkAnnex(reading).items) messages.push(...item.messages);

  // Regenerated from a plan that dropped rows which had entries.
  const fewer: Plan = { ...plan, sections: plan.sections.map((s) => ({ ...s, indicators: s.indicators.slice(1) })) };
  const existing: Extract<AnnexReading, { ok: true }> = reading;
  messages.push(...planGeneration({ plan: fewer, options: annexOptions({}), mode: "update", existing, sheetNames: ["Phụ lục I", "Ghi chép"] }).notes);
  messages.push(...planGeneration({ plan: fewer, options: annexOptions({}), mode: "new-sheet", existing, sheetNames: ["Phụ lục I"] }).notes);
  return messages;
}

describe("messages the core gives on the seeds and on hostile input", () => {
  test.each(SEED_IDS)("%s: review against its text, entries typed every way, regeneration", (id) => {
    const plan = seedPlan(id);
    const messages = coreMessages(plan, seedText(id));
    expect(messages.length).toBeGreaterThan(20);
    const codes = new Set(placedIndicators(plan).map((p) => p.indicator.code));
    const bad = messages.flatMap((m) => {
      const why = inPane(m) ?? ([...codes].some((c) => new RegExp(`(?<![\\p{L}\\d.])${c.replace(/\./g, "\\.")}(?![\\d.]*\\d)`, "u").test(m)) ? "mã chỉ tiêu" : null) ?? (m.includes(plan.id) ? "mã kế hoạch" : null);
      return why === null ? [] : [`${why}: ${m}`];
    });
    expect(bad).toEqual([]);
  });

  test("a broken plan file, a workbook or a PDF opened as a plan, every field wrong", () => {
    const plan = structuredClone(seedPlan("tien-lu-2024")) as unknown as Record<string, unknown> & { sections: Record<string, unknown>[] };
    const section = plan.sections[0] as { indicators: Record<string, unknown>[] };
    Object.assign(section.indicators[0] ?? {}, { unit: "  ", target: 5, code: "CT 01", aggregate: { kind: "ratio", numerator: "CT99", denominator: "CT02", scale: null }, direction: "up", targer: "x" });
    Object.assign(section.indicators[1] ?? {}, { code: "CT03", name: null, stt: true, source: {} });
    plan.period = { year: "2024" };
    plan.schemaVersion = 2;
    const texts = [JSON.stringify(plan), "", "{", "PK\u0003\u0004 ...", "%PDF-1.7", "KẾ HOẠCH năm 2024", '{"schemaVersion": 1, "sections": [{"indicators": [{"parts": [{"parts": [{"parts": [{"parts": [{"parts": []}]}]}]}]}]}]}'];
    const messages = texts.flatMap((t) => {
      const result = loadPlan(t);
      return result.ok ? [] : result.errors.map((e) => e.message);
    });
    expect(messages.length).toBeGreaterThan(10);
    expect(messages.flatMap((m) => (inPane(m) === null ? [] : [`${inPane(m)}: ${m}`]))).toEqual([]);
  });

  test("consolidation: another template, another period, no locality, unreadable figures, a model rule that cannot work", () => {
    const plan = seedPlan("duc-thanh-2024");
    const codes = placedIndicators(plan).map((p) => p.indicator.code);
    const first = codes[0] as string;
    const renamed: Plan = { ...plan, sections: plan.sections.map((s, i) => (i === 0 ? { ...s, indicators: s.indicators.map((ind, j) => (j === 0 ? { ...ind, name: `${ind.name} (sửa)` } : ind)) } : s)) };
    const other = seedPlan("tien-lu-2024");
    const ratio: Plan = {
      ...plan,
      sections: plan.sections.map((s, i) => (i === 0 ? { ...s, indicators: s.indicators.map((ind, j) => (j === 1 ? { ...ind, aggregate: { kind: "ratio" as const, numerator: first, denominator: ind.code, scale: null } } : ind)) } : s)),
    };
    const files = [
      received("a.xlsx", ratio, { locality: "Xã An" }, { [first]: "abc" }),
      received("b.xlsx", ratio, { locality: "Xã Bình" }, { [first]: "12" }),
      received("c.xlsx", ratio, { locality: null }),
      received("d.xlsx", ratio, { locality: "Xã Cư", actualsLabel: "Thực hiện 6 tháng" }),
      received("e.xlsx", renamed, { locality: "Xã Đông" }),
      received("f.xlsx", other, { locality: "Xã Tây" }),
    ];
    const c = consolidate({ files, expected: ["Xã An", "Xã Bình", "Xã Cư", "Xã Đông", "Xã Tây", "Xã Nam"] });
    const messages = [...c.warnings, ...c.excluded.map((e) => e.message), ...c.indicators.flatMap((i) => [i.method, ...i.total.messages]), ...c.completeness.unreadable.map((u) => `${u.row}: ${u.message}`)];
    expect(c.excluded.length).toBeGreaterThanOrEqual(3);
    const bad = messages.flatMap((m) => {
      const why = inPane(m) ?? (codes.some((code) => m.includes(code)) ? "mã chỉ tiêu" : null) ?? (m.includes(plan.id) || m.includes(other.id) ? "mã kế hoạch" : null);
      return why === null ? [] : [`${why}: ${m}`];
    });
    expect(bad).toEqual([]);
  });
});

describe("what the CLI prints", () => {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-words-"));
  const plan = join(SEEDS_DIR, "duc-thanh-2024.plan.json");
  const codes = placedIndicators(seedPlan("duc-thanh-2024")).map((p) => p.indicator.code);

  test("on a seed, its commands and hostile input: no codes outside a code-keyed file's shape, no rule ids, no JSON", async () => {
    const annex = join(dir, "phu-luc.xlsx");
    const broken = join(dir, "hong.plan.json");
    writeFileSync(broken, '{ "schemaVersion": 1, ');
    const actuals = join(dir, "so-lieu.json");
    writeFileSync(actuals, JSON.stringify(Object.fromEntries(codes.map((c, i) => [c, ["abc", "-5", "95%", 12][i % 4] ?? null]))));
    const badTargets = join(dir, "chi-tieu.json");
    writeFileSync(badTargets, "{ CT01: 5 ");
    const runs = [
      ["plan", plan],
      ["review", plan, "--text", join(SEEDS_DIR, "duc-thanh-2024.txt")],
      ["generate", plan, "-o", annex],
      ["generate", plan, "-o", annex],
      ["check", annex],
      ["generate", plan, "-o", join(dir, "moi.xlsx"), "--keep-from", annex],
      ["assess", plan, "--actuals", actuals],
      ["plan", broken],
      ["plan", annex],
      ["generate", plan, "-o", join(dir, "x.xlsx"), "--targets", badTargets],
      ["check", plan],
      ["consolidate", annex, "-o", join(dir, "tong-hop.xlsx")],
      ["khong-co-lenh"],
    ];
    const printed: string[] = [];
    for (const args of runs) {
      const run = await runMain(args);
      printed.push(...`${run.stdout}\n${run.stderr}`.split("\n").map((line) => line.replaceAll(dir, "<dir>")));
    }
    const bad = printed.flatMap((line) => {
      const shape = line.includes('{"');
      const why = inCli(line) ?? (!shape && codes.some((c) => new RegExp(`(?<![\\p{L}\\d.])${c.replace(/\./g, "\\.")}(?![\\d.]*\\d)`, "u").test(line)) ? "mã chỉ tiêu" : null) ?? (/(?<![/\w-])duc-thanh-2024(?![.\w-])/.test(line) ? "mã kế hoạch" : null);
      return why === null || !VIETNAMESE_LETTER.test(line) ? [] : [`${why}: ${line}`];
    });
    expect(bad).toEqual([]);
  });
});
