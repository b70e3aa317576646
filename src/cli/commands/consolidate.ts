import { existsSync, readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { STATUS_LABELS } from "../../core/check";
import {
  consolidate,
  consolidationJson,
  consolidationWorkbook,
  deadlineText,
  parseDeadline,
  sourceList,
  timelinessText,
  isReceivedFileName,
  receivedSharer,
  localityList,
  parseLocalityList,
  reportingText,
  totalText,
  type Consolidation,
  type ReceivedFile,
  type SentFile,
} from "../../core/consolidate";
import { formatNumber } from "../../core/vn";
import { renderWorkbookToFile } from "../../hosts/xlsx/renderToFile";
import { parse } from "../args";
import { readOne, READER_MODULE, READER_ROLE } from "./consolidateReader";
import { readText, UserError, writeOutput } from "../io";

const USAGE = "phuluc consolidate <tệp hoặc thư mục...> -o <tổng-hợp.xlsx> [--expected <danh-sách-đơn-vị.txt>] [--deadline <dd/mm/yyyy>] [--json] [--force]";

/** Tổng hợp: many filled commune annexes of one template -> "Tổng hợp" and "Tình hình báo cáo". Inputs are only read. */
export async function consolidateCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { output: { type: "string", short: "o" }, expected: { type: "string" }, deadline: { type: "string" }, json: { type: "boolean" }, force: { type: "boolean" } },
    USAGE,
  );
  if (positionals.length === 0 || values.output === undefined) throw new UserError(`cần các tệp phụ lục (hoặc thư mục chứa chúng) và -o <tệp.xlsx>.\nCách dùng: ${USAGE}`);
  const output = values.output;
  const expected = values.expected === undefined ? null : readExpected(values.expected);
  const deadline = values.deadline === undefined ? null : parseDeadline(values.deadline);
  if (values.deadline !== undefined && deadline === null) throw new UserError(`--deadline «${values.deadline}» không phải một ngày: ghi dạng 05/11/2024.`);
  const inputs = collectInputs(positionals, output);
  if (inputs.special.length > 0) {
    process.stderr.write(`Bỏ qua ${inputs.special.length} mục không phải tệp thường (ống, thiết bị, socket hoặc liên kết tới chúng), không đọc: ${sourceList(inputs.special)}.\n`);
  }
  if (existsSync(output) && !values.force) throw new UserError(`${output} đã có: chọn tên khác, hoặc thêm --force để ghi đè.`);
  if (inputs.files.length === 0) {
    throw new UserError(`không có tệp .xlsx nào trong ${positionals.join(", ")}${inputs.skipped > 0 ? ` (bỏ qua ${inputs.skipped} tệp không phải .xlsx)` : ""}.`);
  }

  const progress = progressLine(inputs.files.length);
  const run = await runConsolidation({ files: inputs.files, expected, deadline, output, onProgress: progress.update, onStage: progress.stage });
  progress.done(run.timings.totalMs);
  const c = run.consolidation;
  if (values.json) {
    out(JSON.stringify({ output, files: inputs.files.length, skippedNotXlsx: inputs.skipped, skippedSpecial: inputs.special, ...consolidationJson(c) }, null, 2));
  } else {
    out(summaryText(c, output, inputs.skipped));
  }
  if (c.template === null || c.localities.length === 0) {
    process.stderr.write(`phuluc consolidate: không có tệp nào tổng hợp được; xem lý do ở trang "Tình hình báo cáo" của ${output}.\n`);
    return 2;
  }
  return 0;
}

export interface ConsolidationRun {
  consolidation: Consolidation;
  timings: { readMs: number; consolidateMs: number; writeMs: number; totalMs: number };
  readers: number;
}

/**
 * Reads the files (in parallel worker threads when there are many), consolidates them with the
 * core and writes the workbook. Shared by the command and the benchmark.
 */
export async function runConsolidation(input: {
  files: readonly { path: string; source: string }[];
  expected: readonly string[] | null;
  /** The last day reports are on time ("2024-11-05"); null: the annexes' or the plan's. */
  deadline?: string | null;
  output: string;
  onProgress?: (done: number, total: number) => void;
  /** After reading: consolidating, then writing the workbook. */
  onStage?: (stage: "consolidate" | "write") => void;
}): Promise<ConsolidationRun> {
  const start = performance.now();
  let read = 0;
  // In a function of its own, so that the files' readings can be freed before the workbook is rendered.
  const readAndConsolidate = async () => {
    const { received, readers } = await readFiles(input.files, input.onProgress);
    read = performance.now();
    input.onStage?.("consolidate");
    return { consolidation: consolidate({ files: received, expected: input.expected, deadline: input.deadline ?? null }), readers };
  };
  const { consolidation, readers } = await readAndConsolidate();
  const consolidated = performance.now();
  input.onStage?.("write");
  // The output is opened first the usual way, so a missing folder or a read-only place is said plainly;
  // then written row by row: thousands of communes' rows are written and released as they go.
  writeOutput(input.output, "");
  await renderWorkbookToFile(consolidationWorkbook(consolidation).workbook, input.output);
  const end = performance.now();
  return {
    consolidation,
    readers,
    timings: { readMs: read - start, consolidateMs: consolidated - read, writeMs: end - consolidated, totalMs: end - start },
  };
}

function readExpected(file: string): string[] {
  const { names, repeated } = parseLocalityList(readText(file));
  if (names.length === 0) throw new UserError(`${file}: danh sách đơn vị trống; ghi mỗi dòng một tên đơn vị, ví dụ "Xã Đức Thạnh".`);
  if (repeated.length > 0) process.stderr.write(`${file}: bỏ qua tên lặp lại: ${repeated.join(", ")}.\n`);
  return names;
}

/**
 * Files named, and .xlsx files found in folders named (and their subfolders), in a stable order.
 * Only regular files are read: a pipe, a device or a socket (or a link to one, such as a link to
 * /dev/zero) would block or never end, so it is listed in `special` and left alone; links to
 * folders are not followed (they can loop).
 */
export function collectInputs(args: readonly string[], output: string): { files: { path: string; source: string }[]; skipped: number; special: string[] } {
  const outputPath = resolve(output);
  const files: { path: string; source: string }[] = [];
  const special: string[] = [];
  let skipped = 0;
  for (const arg of args) {
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      throw new UserError(`${arg}: không tìm thấy tệp hay thư mục. Kiểm tra lại đường dẫn.`);
    }
    if (resolve(arg) === outputPath) throw new UserError(`không ghi đè lên tệp đang đọc ${arg}: chọn một tên khác cho -o.`);
    if (stat.isFile()) {
      files.push({ path: arg, source: arg });
      continue;
    }
    if (!stat.isDirectory()) {
      special.push(arg);
      continue;
    }
    const found: string[] = [];
    const walk = (dir: string, prefix: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          walk(path, rel);
          continue;
        }
        if (!isReceivedFileName(entry.name)) {
          skipped++;
          continue;
        }
        let regular = entry.isFile();
        if (entry.isSymbolicLink()) {
          try {
            regular = statSync(path).isFile();
          } catch {
            regular = false;
          }
        }
        if (!regular) special.push(join(arg, rel));
        else if (resolve(dir, entry.name) !== outputPath) found.push(rel);
      }
    };
    walk(arg, "");
    found.sort((a, b) => a.localeCompare(b, "vi"));
    for (const rel of found) files.push({ path: join(arg, rel), source: join(arg, rel) });
  }
  // A file named twice (directly and through its folder) is read once.
  const seen = new Set<string>();
  const unique = files.filter((f) => {
    const key = resolve(f.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { files: unique, skipped, special };
}

/**
 * Below this many files, starting worker threads costs more than it saves: each thread loads the
 * reader (consolidateReader.ts: fflate, saxes and the core's annex reading, not ExcelJS) and warms
 * up, about 0,2 s of CPU, while a commune annex reads in 2-3 ms alone.
 */
const PARALLEL_FROM = 150;
/** Files handed to each thread ahead, so it never waits for the next one. */
const IN_FLIGHT = 2;

async function readFiles(
  files: readonly { path: string; source: string }[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ received: ReceivedFile[]; readers: number }> {
  const total = files.length;
  const received: ReceivedFile[] = new Array<ReceivedFile>(total);
  const share = receivedSharer();
  const threads = total < PARALLEL_FROM ? 1 : Math.min(availableParallelism(), 8);
  // Worker threads run compiled JavaScript; under ts-jest this module is TypeScript.
  if (threads < 2 || !READER_MODULE.endsWith(".js")) {
    for (const [i, file] of files.entries()) {
      received[i] = share(await readOne(file.path, file.source));
      onProgress?.(i + 1, total);
    }
    return { received, readers: 1 };
  }
  let next = 0;
  let done = 0;
  await new Promise<void>((resolvePool, reject) => {
    const workers: Worker[] = [];
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error !== undefined) reject(error instanceof Error ? error : new Error(String(error)));
      else resolvePool();
    };
    const feed = (worker: Worker) => {
      if (next >= total) return;
      const i = next++;
      const file = files[i] as { path: string; source: string };
      worker.postMessage({ i, path: file.path, source: file.source });
    };
    for (let w = 0; w < threads; w++) {
      const worker = new Worker(READER_MODULE, { workerData: { role: READER_ROLE } });
      workers.push(worker);
      worker.on("message", (message: { i: number; received: SentFile }) => {
        received[message.i] = share(message.received);
        done++;
        onProgress?.(done, total);
        if (done === total) finish();
        else feed(worker);
      });
      worker.on("error", (error) => finish(error));
      // A thread that dies without an error (out of memory) must not leave the run waiting.
      worker.on("exit", (exitCode) => finish(new Error(`Luồng đọc tệp dừng bất thường (mã thoát ${exitCode}): chạy lại lệnh; nếu vẫn lỗi, tổng hợp ít tệp hơn mỗi lần.`)));
      for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
    }
  });
  return { received, readers: threads };
}

/** On long runs, where the reading is: one line rewritten on a terminal, a line every few seconds in a log. */
function progressLine(total: number): { update: (done: number) => void; stage: (stage: "consolidate" | "write") => void; done: (ms: number) => void } {
  const start = Date.now();
  const tty = process.stderr.isTTY === true;
  let last = 0;
  let shown = false;
  return {
    update: (done) => {
      const now = Date.now();
      // A log gets a line only for long runs; a terminal sees progress after a second.
      if (now - start < (tty ? 1000 : 5000)) return;
      if (now - last < (tty ? 200 : 5000) && done < total) return;
      last = now;
      shown = true;
      const text = `Đang đọc ${formatNumber(done)}/${formatNumber(total)} tệp (${Math.floor((done / total) * 100)}%)…`;
      process.stderr.write(tty ? `\r${text}` : `${text}\n`);
    },
    stage: (stage) => {
      if (!shown) return;
      const text = stage === "consolidate" ? "Đang tổng hợp…" : "Đang ghi tệp tổng hợp…";
      process.stderr.write(tty ? `\r${text.padEnd(60)}` : `${text}\n`);
    },
    done: (ms) => {
      if (!shown) return;
      const text = `Đã đọc và tổng hợp ${formatNumber(total)} tệp trong ${formatNumber(ms / 1000, { maxDecimals: 1 })} giây.`;
      process.stderr.write(tty ? `\r${text.padEnd(60)}\n` : `${text}\n`);
    },
  };
}

function summaryText(c: Consolidation, output: string, skipped: number): string {
  const comp = c.completeness;
  const lines: string[] = [];
  if (c.template !== null) lines.push(`Tổng hợp: ${c.template.title}, kỳ «${c.template.period}»`);
  const unknownList = comp.listSource === "received" ? "; chưa có danh sách đơn vị phải báo cáo nên chưa biết đơn vị nào chưa nộp (dùng --expected <danh-sách.txt>)" : "";
  lines.push(`${reportingText(comp)}${unknownList}.`);
  if (comp.missing.length > 0) lines.push(`Chưa nộp (${comp.missing.length}): ${localityList(comp.missing, 15)}.`);
  if (comp.duplicates.length > 0) lines.push(`Trùng tệp, chưa tổng hợp (${comp.duplicates.length}): ${localityList(comp.duplicates, 15)}.`);
  if (comp.otherPeriod.length > 0) lines.push(`Gửi phụ lục khác kỳ báo cáo, chưa tổng hợp (${comp.otherPeriod.length}): ${localityList(comp.otherPeriod, 15)}.`);
  if (comp.otherTemplate.length > 0) lines.push(`Gửi phụ lục khác mẫu, chưa tổng hợp (${comp.otherTemplate.length}): ${localityList(comp.otherTemplate, 15)}.`);
  lines.push(deadlineText(comp));
  const late = comp.localities.filter((l) => l.timeliness === "late");
  if (late.length > 0) lines.push(`Trễ hạn (${late.length}): ${localityList(late.map((l) => `${l.name} (${timelinessText(l).toLocaleLowerCase("vi")})`), 15)}.`);
  if (skipped > 0) lines.push(`Bỏ qua ${skipped} tệp không phải .xlsx trong thư mục.`);
  if (c.excluded.length > 0) {
    lines.push(`Tệp không được tổng hợp (${c.excluded.length}):`);
    for (const file of c.excluded.slice(0, 20)) lines.push(`  ${file.source}: ${file.label}. ${file.message}`);
    if (c.excluded.length > 20) lines.push(`  … và ${c.excluded.length - 20} tệp khác.`);
  }
  if (comp.unreadable.length > 0) {
    lines.push(`Số liệu không đọc được, không tính vào tổng (${comp.unreadable.length}):`);
    for (const u of comp.unreadable.slice(0, 20)) lines.push(`  ${u.locality} (${u.source}), ${u.row}: «${u.text}»`);
    if (comp.unreadable.length > 20) lines.push(`  … và ${comp.unreadable.length - 20} số liệu khác.`);
  }
  for (const warning of c.warnings.slice(0, 10)) lines.push(`Lưu ý: ${warning}`);
  if (c.indicators.length > 0) {
    lines.push("", "STT       Tổng cộng            Kế hoạch                   Đánh giá      Đơn vị  V/Đ/KĐ     Chỉ tiêu");
    for (const ind of c.indicators) {
      if (ind.total.kind === "heading") {
        lines.push(`${ind.stt.padEnd(9)} ${"".padEnd(20)} ${"".padEnd(26)} ${"".padEnd(13)} ${"".padEnd(7)} ${"".padEnd(10)} ${"  ".repeat(ind.depth)}${ind.name}`);
        continue;
      }
      const value = totalText(ind.total);
      const status = ind.total.status === null ? "" : STATUS_LABELS[ind.total.status];
      const count = `${ind.total.count}/${c.localities.length}`;
      const verdicts = `${ind.total.counts.vuot}/${ind.total.counts.dat}/${ind.total.counts.khong_dat}`;
      lines.push(`${ind.stt.padEnd(9)} ${value.padEnd(20)} ${(ind.total.target ?? "").padEnd(26)} ${status.padEnd(13)} ${count.padEnd(7)} ${verdicts.padEnd(10)} ${"  ".repeat(ind.depth)}${ind.name}${ind.unit ? ` (${ind.unit})` : ""}`);
    }
  }
  lines.push("", `Đã ghi ${output}: trang "Tổng hợp", "Chi tiết theo đơn vị" và "Tình hình báo cáo".`);
  return lines.join("\n");
}

