/**
 * The "Tổng hợp" step's state and actions: the files and the list picked, the reading with its
 * progress and "Dừng", the core's consolidation, and its sheets written to Excel or downloaded.
 * Consolidating is the core's (consolidate, consolidationWorkbook); reading and writing files are
 * the xlsx host's, loaded on demand (many files are read on Web Workers: readInWorkers.ts);
 * writing into the open workbook is the Excel host's.
 */
import { useCallback, useRef, useState } from "react";
import { consolidate, consolidationWorkbook, parseDeadline, type Consolidation, type ReceivedFile } from "../core/consolidate";
import type { SheetsOutcome } from "../hosts/annexHost";
import { saveWorkbook } from "./download";
import type { PaneHost } from "./hostChoice";
import { readInWorkers, WorkerUnavailableError, type ReaderWorker } from "./readInWorkers";
import { nextTask, readOneByOne, type ReadProgress } from "./readOneByOne";
import type { Busy, Notice, StepId } from "./usePane";
import { consolidationFileName, writtenSentence } from "./view/consolidationView";
import { decodeListFile, expectedList } from "./view/expectedList";
import { addPicked, pickSentence, type PickedFile } from "./view/receivedFiles";

export type Run = (kind: Busy, step: StepId, failure: string, action: () => Promise<void>, subject?: string) => void;

export type ConsolidationProgress = ({ stage: "read" } & ReadProgress) | { stage: "consolidate"; total: number };

export interface ConsolidationResult {
  consolidation: Consolidation;
  /** Files read. */
  files: number;
  /** The files or the list changed after it was made. */
  stale: boolean;
  /** Where the sheets went in the open workbook, once written there. */
  written: SheetsOutcome | null;
}

export interface ConsolidationState {
  files: PickedFile[];
  expectedText: string;
  /** The reporting deadline as typed ("05/11/2024"); empty: the annexes' or the plan's. */
  deadlineText: string;
  progress: ConsolidationProgress | null;
  result: ConsolidationResult | null;
}

export interface ConsolidationActions {
  addFiles(files: File[], fromFolder: boolean): void;
  clearFiles(): void;
  /** Drops one picked file (by its place in the list). */
  removeFile(index: number): void;
  setExpectedText(text: string): void;
  setDeadlineText(text: string): void;
  openExpectedFile(file: File): void;
  run(): void;
  /** Stops the reading after the file being read. */
  cancel(): void;
  writeSheets(): void;
  download(): void;
}

const STEP: StepId = "consolidate";
/** From this many files the reading goes to Web Workers (starting one costs about as much as reading a few files). */
const WORKERS_FROM = 12;
const READER_SCRIPT = "reader-worker.js";

/** On Web Workers when there are many files and the browser runs them; on the page otherwise, or when a worker cannot start. */
async function readPickedFiles(picked: PickedFile[], xlsx: Awaited<ReturnType<typeof loadXlsx>>, onProgress: (p: ReadProgress) => void, signal: AbortSignal): Promise<ReceivedFile[] | null> {
  if (picked.length >= WORKERS_FROM && typeof Worker !== "undefined") {
    try {
      return await readInWorkers(picked, {
        makeWorker: () => new Worker(READER_SCRIPT) as unknown as ReaderWorker,
        threads: Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2)),
        onProgress,
        signal,
        gone: xlsx.goneFile,
      });
    } catch (error) {
      if (!(error instanceof WorkerUnavailableError)) throw error;
    }
  }
  return readOneByOne(picked, { read: xlsx.readPicked, onProgress, signal });
}
const loadXlsx = () => import(/* webpackChunkName: "xlsx-files" */ "./xlsxFiles");

export function useConsolidation(paneHost: PaneHost, run: Run, setNotice: (notice: Notice | null) => void): [ConsolidationState, ConsolidationActions] {
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [expectedText, setExpected] = useState("");
  const [deadlineText, setDeadline] = useState("");
  const [progress, setProgress] = useState<ConsolidationProgress | null>(null);
  const [result, setResult] = useState<ConsolidationResult | null>(null);
  const abort = useRef<AbortController | null>(null);
  // The rendered download, kept while its consolidation is the one shown.
  const rendered = useRef<{ of: Consolidation; bytes: Uint8Array } | null>(null);
  const outdated = useCallback(() => setResult((r) => (r === null ? r : { ...r, stale: true })), []);

  const actions: ConsolidationActions = {
    addFiles(chosen, fromFolder) {
      const picked = addPicked(files, chosen, fromFolder);
      setFiles(picked.files);
      if (picked.added > 0) outdated();
      setNotice({ step: STEP, intent: picked.added === 0 ? "warning" : "info", text: pickSentence(picked) });
    },

    clearFiles() {
      setFiles([]);
      outdated();
      setNotice(null);
    },

    removeFile(index) {
      setFiles(files.filter((_, i) => i !== index));
      outdated();
    },

    setExpectedText(text) {
      setExpected(text);
      outdated();
    },

    setDeadlineText(text) {
      setDeadline(text);
      outdated();
    },

    openExpectedFile(file) {
      run("list-file", STEP, `Mở tệp ${file.name}`, async () => {
        const decoded = decodeListFile(new Uint8Array(await file.arrayBuffer()), file.name);
        if (!decoded.ok) {
          setNotice({ step: STEP, intent: "error", text: decoded.message });
          return;
        }
        setExpected(decoded.text);
        outdated();
      }, file.name);
    },

    run() {
      if (files.length === 0) return;
      const picked = files;
      const expected = expectedList(expectedText).names;
      const deadline = deadlineText.trim() === "" ? null : parseDeadline(deadlineText);
      if (deadlineText.trim() !== "" && deadline === null) {
        setNotice({ step: STEP, intent: "error", text: `Hạn nộp «${deadlineText.trim()}» không phải một ngày: ghi dạng 05/11/2024, hoặc để trống để dùng hạn ghi trong phụ lục hay kế hoạch.` });
        return;
      }
      run("consolidate", STEP, "Tổng hợp", async () => {
        const controller = new AbortController();
        abort.current = controller;
        try {
          const xlsx = await loadXlsx();
          const onProgress = (p: ReadProgress) => setProgress({ stage: "read", ...p });
          const received = await readPickedFiles(picked, xlsx, onProgress, controller.signal);
          if (received === null) {
            setNotice({ step: STEP, intent: "info", text: "Đã dừng đọc tệp, chưa tổng hợp. Bấm «Tổng hợp» để đọc lại từ đầu." });
            return;
          }
          setProgress({ stage: "consolidate", total: picked.length });
          await nextTask();
          const consolidation = consolidate({ files: received, expected, deadline });
          rendered.current = null;
          setResult({ consolidation, files: picked.length, stale: false, written: null });
          if (consolidation.localities.length === 0) {
            setNotice({ step: STEP, intent: "error", text: "Không có tệp nào tổng hợp được: xem lý do ở mục «Tệp không được tổng hợp» bên dưới, sửa hoặc chọn đúng tệp rồi tổng hợp lại." });
          }
        } finally {
          abort.current = null;
          setProgress(null);
        }
      });
    },

    cancel() {
      abort.current?.abort();
    },

    writeSheets() {
      const host = paneHost.host;
      if (result === null || paneHost.mode !== "excel" || host.writeSheets === undefined) return;
      const shown = result;
      const write = host.writeSheets.bind(host);
      run("consolidation-sheets", STEP, "Ghi trang tổng hợp vào sổ làm việc", async () => {
        const outcome = await write(consolidationWorkbook(shown.consolidation).workbook);
        setResult((r) => (r?.consolidation === shown.consolidation ? { ...r, written: outcome } : r));
        const skipped = outcome.skipped.length === 0 ? "" : ` Phiên bản Excel này chưa hỗ trợ, bỏ qua: ${outcome.skipped.join("; ")}.`;
        setNotice({ step: STEP, intent: "success", text: `${writtenSentence(outcome)}${skipped}` });
      });
    },

    download() {
      if (result === null) return;
      const c = result.consolidation;
      run("consolidation-file", STEP, "Tạo tệp tổng hợp", async () => {
        let bytes = rendered.current?.of === c ? rendered.current.bytes : null;
        if (bytes === null) {
          const xlsx = await loadXlsx();
          bytes = await xlsx.renderWorkbook(consolidationWorkbook(c).workbook);
          rendered.current = { of: c, bytes };
        }
        saveWorkbook({ name: consolidationFileName(c), bytes });
      });
    },
  };

  return [{ files, expectedText, deadlineText, progress, result }, actions];
}
