import { MODEL_SHEET_NAME, readAnnex, TEMPLATE_VERSION, type AnnexReading, type ReadSheet } from "../annex";
import type { Plan } from "../model";
import { reportOf, reportSharer, type AnnexReport } from "./report";

export type AnnexRead = Extract<AnnexReading, { ok: true }>;

/** Why a received file is not consolidated. */
export type ExclusionReason =
  /** Not an .xlsx workbook at all, or a damaged one. */
  | "unreadable_file"
  /** A workbook, but not an annex made by Phụ lục (no model sheet), or one whose model sheet was edited. */
  | "not_annex"
  /** An annex of another template version of Phụ lục. */
  | "other_version"
  /** An annex of another plan, or of the same plan with another list of indicators. */
  | "other_template"
  /** The same template, but the figures are for another reporting period. */
  | "other_period"
  /** The annex does not say which locality it reports for. */
  | "no_locality"
  /** Its locality is not in the list of localities expected to report. */
  | "not_expected"
  /** Another file reports for the same locality. */
  | "duplicate";

export const EXCLUSION_LABELS: Readonly<Record<ExclusionReason, string>> = {
  unreadable_file: "Không đọc được tệp",
  not_annex: "Không phải phụ lục của Phụ lục",
  other_version: "Khác phiên bản mẫu",
  other_template: "Khác mẫu phụ lục",
  other_period: "Khác kỳ báo cáo",
  no_locality: "Không ghi đơn vị báo cáo",
  not_expected: "Ngoài danh sách đơn vị",
  duplicate: "Trùng đơn vị",
};

/**
 * When a file was received: the time its author last saved it, from the workbook's own document
 * properties ("properties"), else the file's modification time on disk or in the browser
 * ("modified"), which a copy or a download can change. An ISO instant.
 */
export interface ReceivedAt {
  at: string;
  origin: "properties" | "modified";
}

export const RECEIVED_ORIGIN_LABELS: Readonly<Record<ReceivedAt["origin"], string>> = {
  properties: "theo thuộc tính tệp",
  modified: "theo ngày sửa tệp",
};

/** One file handed to consolidation, as a host read it: an annex is kept as its report (report.ts). */
export type ReceivedFile =
  | { source: string; ok: true; report: AnnexReport; received?: ReceivedAt | null }
  | { source: string; ok: false; reason: Extract<ExclusionReason, "unreadable_file" | "not_annex" | "other_version">; message: string; received?: ReceivedAt | null };

/**
 * Reads one received workbook (its sheets as a host read them) into an annex, or says why it is
 * not one: not made by Phụ lục, made by another template version, or damaged.
 */
export function readReceived(source: string, sheets: readonly ReadSheet[], received: ReceivedAt | null = null): ReceivedFile {
  const reading = readAnnex(sheets);
  if (reading.ok) return { source, ok: true, report: reportOf(reading), received };
  const model = sheets.find((sheet) => sheet.name === MODEL_SHEET_NAME);
  const versionRow = model?.rows.find((row) => row[0]?.value === "templateVersion");
  const version = versionRow?.[1]?.value;
  if (typeof version === "string" && version !== TEMPLATE_VERSION) return { source, ok: false, reason: "other_version", message: reading.error, received };
  return { source, ok: false, reason: "not_annex", message: reading.error, received };
}

/**
 * A received file as a reading thread sends it to the consolidating one: a report whose template's
 * plan the thread sent before comes without it (null), and `receivedSharer` puts it back.
 */
export type SentFile =
  | Exclude<ReceivedFile, { ok: true }>
  | { source: string; ok: true; report: Omit<AnnexReport, "plan"> & { plan: Plan | null }; received?: ReceivedAt | null };

/** For one reading thread: each template's plan is sent once, not with each of its thousands of files. */
export function receivedSender(): (file: ReceivedFile) => SentFile {
  const sent = new Set<string>();
  return (file) => {
    if (!file.ok) return file;
    if (!sent.has(file.report.templateKey)) {
      sent.add(file.report.templateKey);
      return file;
    }
    return { ...file, report: { ...file.report, plan: null } };
  };
}

/**
 * Keeps one copy of what received files of one template share (their plan): a host receiving
 * thousands of files from its reading threads passes each through one of these as it comes, so no
 * copy is held until consolidation; a plan a thread left out (`receivedSender`) is put back. Files
 * from one thread must come in the order it sent them.
 */
export function receivedSharer(): (file: ReceivedFile | SentFile) => ReceivedFile {
  const share = reportSharer();
  const plans = new Map<string, Plan>();
  return (file) => {
    if (!file.ok) return file;
    const plan = file.report.plan ?? plans.get(file.report.templateKey);
    if (plan === undefined) throw new Error(`Luồng đọc tệp gửi ${file.source} thiếu mô hình kế hoạch: đọc lại các tệp.`);
    plans.set(file.report.templateKey, plan);
    return { ...file, report: share({ ...file.report, plan }) };
  };
}

/**
 * Whether a file found in a folder of received reports is one to read: an .xlsx, and not the
 * "~$…" lock file Excel leaves beside a workbook it has open.
 */
export function isReceivedFileName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$");
}

/** A file that could not be opened as a workbook (the host's message says why). */
export function unreadableFile(source: string, message: string): ReceivedFile {
  return { source, ok: false, reason: "unreadable_file", message };
}
