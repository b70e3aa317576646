/**
 * The "Giao chỉ tiêu" step's state and actions: the blank table downloaded, the filled one read
 * (what it holds, or every problem in it by commune and indicator), the reporting period and
 * deadline, and the communes' annexes made one by one, with progress, into one .zip. Everything
 * decided is the core's (core/assign); the files are the xlsx host's, loaded on demand.
 */
import { useState } from "react";
import { safeFilePart, type AssignTable } from "../core/assign";
import { parseDeadline } from "../core/consolidate/timeliness";
import { parseLocalityList } from "../core/consolidate/localities";
import type { Plan } from "../core/model";
import { saveFile, saveWorkbook, ZIP_TYPE } from "./download";
import { nextTask } from "./readOneByOne";
import type { Run } from "./useConsolidation";
import type { Notice, StepId } from "./usePane";

export interface AssignState {
  /** The communes to write into the blank table beforehand, one a line (optional). */
  communesText: string;
  /** The filled table read, for the plan it was read against. */
  table: { plan: Plan; file: string; reading: AssignTable } | null;
  /** What is wrong in the last table picked, by commune and indicator. */
  problems: { file: string; errors: string[] } | null;
  periodText: string;
  deadlineText: string;
  progress: { done: number; total: number } | null;
}

export interface AssignActions {
  setCommunesText(text: string): void;
  downloadBlank(plan: Plan): void;
  openTable(file: File, plan: Plan): void;
  setPeriodText(text: string): void;
  setDeadlineText(text: string): void;
  downloadAnnexes(plan: Plan): void;
}

const STEP: StepId = "assign";
const loadFiles = () => import(/* webpackChunkName: "assign-files" */ "./assignFiles");

/** "Giao chỉ tiêu - Ủy ban nhân dân huyện Tiên Lữ.xlsx": named by what it is, readable. */
export function blankTableName(plan: Plan): string {
  return `Giao chỉ tiêu - ${safeFilePart(plan.issuer.name) || "kế hoạch"}.xlsx`;
}

export function annexesZipName(plan: Plan): string {
  return `Phụ lục các xã - ${safeFilePart(plan.issuer.name) || "kế hoạch"}.zip`;
}

export function useAssign(run: Run, setNotice: (notice: Notice | null) => void): [AssignState, AssignActions] {
  const [communesText, setCommunesText] = useState("");
  const [table, setTable] = useState<AssignState["table"]>(null);
  const [problems, setProblems] = useState<AssignState["problems"]>(null);
  const [periodText, setPeriodText] = useState("");
  const [deadlineText, setDeadlineText] = useState("");
  const [progress, setProgress] = useState<AssignState["progress"]>(null);

  const actions: AssignActions = {
    setCommunesText,
    setPeriodText,
    setDeadlineText,

    downloadBlank(plan) {
      run("assign-table", STEP, "Tạo bảng giao chỉ tiêu", async () => {
        const files = await loadFiles();
        const communes = parseLocalityList(communesText).names;
        saveWorkbook({ name: blankTableName(plan), bytes: await files.assignTableBytes(plan, { communes }) });
        setNotice({
          step: STEP,
          intent: "success",
          text: `Đã tải bảng giao chỉ tiêu${communes.length > 0 ? ` có sẵn ${communes.length} đơn vị` : ""}. Mở bảng trong Excel, ghi chỉ tiêu giao cho từng xã (mỗi xã một dòng, ô để trống là không giao), lưu lại rồi chọn bảng đã điền ở mục 2.`,
        });
      });
    },

    openTable(file, plan) {
      run("assign-read", STEP, `Đọc bảng ${file.name}`, async () => {
        const files = await loadFiles();
        const reading = files.readAssignTableBytes(new Uint8Array(await file.arrayBuffer()), plan);
        if (!reading.ok) {
          setTable(null);
          setProblems({ file: file.name, errors: reading.errors });
          setNotice({ step: STEP, intent: "error", text: `${file.name}: bảng giao chỉ tiêu chưa dùng được (${reading.errors.length} lỗi, liệt kê ở mục 2). Sửa trong bảng, lưu lại rồi chọn lại.` });
          return;
        }
        setProblems(null);
        setTable({ plan, file: file.name, reading });
        setNotice({ step: STEP, intent: "success", text: `Đã đọc ${file.name}: chỉ tiêu giao cho ${reading.communes.length} đơn vị.` });
      }, file.name);
    },

    downloadAnnexes(plan) {
      if (table === null || table.plan !== plan) return;
      const deadline = deadlineText.trim() === "" ? null : parseDeadline(deadlineText);
      if (deadlineText.trim() !== "" && deadline === null) {
        setNotice({ step: STEP, intent: "error", text: `Hạn nộp «${deadlineText.trim()}» không phải một ngày: ghi dạng 05/11/2024, hoặc để trống để dùng hạn ghi trong kế hoạch.` });
        return;
      }
      const period = periodText.trim() === "" ? null : periodText.trim();
      const reading = table.reading;
      run("assign-annexes", STEP, "Tạo phụ lục cho các xã", async () => {
        try {
          const files = await loadFiles();
          setProgress({ done: 0, total: reading.communes.length });
          await nextTask();
          const annexes = await files.communeAnnexFiles(plan, { ok: true, ...reading }, { period, deadline }, (done, total) => setProgress({ done, total }));
          saveFile({ name: annexesZipName(plan), bytes: files.zipFiles(annexes) }, ZIP_TYPE);
          setNotice({
            step: STEP,
            intent: "success",
            text: `Đã tạo ${annexes.length} phụ lục, mỗi xã một tệp với chỉ tiêu được giao, trong tệp nén đã tải về. Gửi mỗi xã tệp của mình; khi các xã gửi lại, tổng hợp ở bước «Tổng hợp».`,
          });
        } finally {
          setProgress(null);
        }
      });
    },
  };
  return [{ communesText, table, problems, periodText, deadlineText, progress }, actions];
}
