/**
 * "Tình hình báo cáo": every locality expected to report, one a row: consolidated (on time, or late
 * by how many days), a file that could not be used named by why (another period, another template,
 * two different files, unreadable), or not received; when its file came and how that is known; how
 * much it filled and how its own figures were judged. Below: files left out, figures unreadable.
 */
import { cellRef, rangeRef, type ConditionalFormat, type Sheet } from "../annex/sheet";
import { widePage } from "../annex/styles";
import { fitRowHeights } from "../annex/rowHeights";
import { formatNumber } from "../vn";
import { quoted } from "../check/review/describe";
import { headingLine } from "../model";
import { localityList, sourceList } from "./localities";
import { RECEIVED_ORIGIN_LABELS } from "./received";
import { bannerRow, CONSOLIDATION_STYLES, grid, REPORTING_SHEET_NAME } from "./sheetParts";
import { dayText, receivedText } from "./timeliness";
import { LOCALITY_STATE_LABELS, type Completeness, type Consolidation, type LocalityReport } from "./types";

export interface ReportingLayout {
  /** Row of each locality, by name. */
  rowOf: Map<string, number>;
  columns: typeof COLUMNS;
}

const COLUMNS = { stt: 1, name: 2, state: 3, timeliness: 4, received: 5, origin: 6, filled: 7, percent: 8, vuot: 9, dat: 10, khongDat: 11, source: 12, note: 13 } as const;
const WIDTHS = [6, 22, 15, 11, 17, 13, 9, 9, 7, 7, 7, 24, 34];
const HEADER = 5;
const MAX_LISTED = 60;

export const TIMELINESS_LABELS = { on_time: "Đúng hạn", late: "Trễ hạn" } as const;

/** "Đúng hạn", "Trễ 3 ngày", or "" when it cannot be told. */
export function timelinessText(report: LocalityReport): string {
  if (report.timeliness === "on_time") return TIMELINESS_LABELS.on_time;
  if (report.timeliness === "late") return `Trễ ${report.lateDays ?? ""} ngày`;
  return "";
}

const DEADLINE_ORIGINS: Record<NonNullable<Completeness["deadline"]>["origin"], string> = {
  user: "do người tổng hợp đặt",
  annex: "ghi trong phụ lục đã giao",
  plan: "theo kế hoạch",
};

/** "Hạn nộp: 05/11/2024 (theo kế hoạch). Đúng hạn: 80. Trễ hạn: 3." or why timeliness is unknown. */
export function deadlineText(comp: Completeness): string {
  if (comp.deadline === null) return "Chưa có hạn nộp báo cáo (kế hoạch không ghi, chưa đặt): chưa đánh giá đúng hạn hay trễ hạn.";
  return `Hạn nộp: ${dayText(comp.deadline.date)} (${DEADLINE_ORIGINS[comp.deadline.origin]}). Đúng hạn: ${comp.onTime}. Trễ hạn: ${comp.late}.`;
}

function listed(names: readonly string[]): string {
  return names.length > MAX_LISTED ? `${localityList(names, MAX_LISTED)} (xem bảng dưới)` : localityList(names, MAX_LISTED);
}

export function reportingSheet(c: Consolidation): { sheet: Sheet; layout: ReportingLayout } {
  const { put, label, done } = grid();
  const merges: string[] = [];
  const comp = c.completeness;
  const C = COLUMNS;
  const columns = WIDTHS.map((width) => ({ width }));
  const page = widePage(columns, { from: HEADER, to: HEADER }, { from: C.stt, to: C.name });
  const banner = bannerRow(page, put, merges, C.note);

  banner(1, { value: "TÌNH HÌNH BÁO CÁO SỐ LIỆU CHỈ TIÊU CHỦ YẾU", style: "title" });
  const list = comp.listSource === "expected" ? "theo danh sách đơn vị phải báo cáo" : "chưa có danh sách đơn vị phải báo cáo, tính trên các đơn vị đã gửi tệp";
  const rate = comp.reportingPercent === null ? "" : ` (${formatNumber(comp.reportingPercent, { maxDecimals: 1 })}%)`;
  banner(2, {
    value:
      `Đã tổng hợp ${comp.consolidated}/${comp.expected} đơn vị${rate}, ${list}. ${deadlineText(comp)} ` +
      `Khác kỳ báo cáo: ${comp.otherPeriod.length}. Khác mẫu phụ lục: ${comp.otherTemplate.length}. Trùng tệp: ${comp.duplicates.length}. Chưa nộp: ${comp.missing.length}. ` +
      `Số liệu không đọc được: ${comp.unreadable.length}${c.excluded.length + comp.unreadable.length > 0 ? " (xem cuối trang)" : ""}.`,
    style: "summaryLine",
  });
  banner(3, { value: comp.missing.length === 0 ? "Không có đơn vị chưa nộp." : `Đơn vị chưa nộp: ${listed(comp.missing)}.`, style: "summaryLine" });

  const headers: [number, string][] = [
    [C.stt, "STT"],
    [C.name, "Đơn vị"],
    [C.state, "Tình trạng"],
    [C.timeliness, "Thời hạn"],
    [C.received, "Thời điểm nhận"],
    [C.origin, "Căn cứ thời điểm"],
    [C.filled, `Số chỉ tiêu có số liệu (/${comp.localities[0]?.expectedFigures ?? 0})`],
    [C.percent, "Tỷ lệ có số liệu (%)"],
    [C.vuot, "Vượt"],
    [C.dat, "Đạt"],
    [C.khongDat, "Không đạt"],
    [C.source, "Tệp"],
    [C.note, "Ghi chú"],
  ];
  for (const [column, text] of headers) put(HEADER, column, { value: text, style: "header" });

  const firstRow = HEADER + 1;
  const rowOf = new Map<string, number>();
  comp.localities.forEach((report, k) => {
    const r = firstRow + k;
    rowOf.set(report.name, r);
    put(r, C.stt, { value: k + 1, style: "center" });
    put(r, C.name, { value: report.name, style: "text" });
    label(r, `đơn vị ${quoted(report.name)}`);
    put(r, C.state, { value: LOCALITY_STATE_LABELS[report.state], style: "state" });
    put(r, C.timeliness, { value: timelinessText(report), style: "center" });
    put(r, C.received, { value: report.received === null ? "" : receivedText(report.received), style: "center" });
    put(r, C.origin, { value: report.received === null ? "" : RECEIVED_ORIGIN_LABELS[report.received.origin], style: "center" });
    const consolidated = report.state === "consolidated";
    put(r, C.filled, consolidated ? { value: report.filled, style: "count" } : { value: null, style: "count" });
    put(
      r,
      C.percent,
      consolidated && report.expectedFigures > 0 ? { formula: `${cellRef(r, C.filled)}/${report.expectedFigures}*100`, result: report.filledPercent ?? "", style: "percent" } : { value: null, style: "percent" },
    );
    put(r, C.vuot, { value: report.counts?.vuot ?? null, style: "count" });
    put(r, C.dat, { value: report.counts?.dat ?? null, style: "count" });
    put(r, C.khongDat, { value: report.counts?.khong_dat ?? null, style: "count" });
    put(r, C.source, { value: sourceList(report.sources), style: "text" });
    put(r, C.note, { value: report.note ?? "", style: "text" });
  });
  const lastRow = firstRow + comp.localities.length - 1;

  // Below the table: files left out, figures that could not be read, warnings.
  let r = Math.max(lastRow, HEADER) + 2;
  const block = (title: string, lines: { name: string; reason: string; source: string; detail: string }[], reasonHeader: string) => {
    if (lines.length === 0) return;
    put(r, 1, { value: title, style: "blockTitle" });
    r++;
    for (const [column, text] of [
      [C.stt, "STT"],
      [C.name, "Đơn vị"],
      [C.state, reasonHeader],
      [C.source, "Tệp"],
      [C.note, "Chi tiết"],
    ] as const) {
      put(r, column, { value: text, style: "header" });
    }
    r++;
    lines.forEach((line, k) => {
      put(r, C.stt, { value: k + 1, style: "center" });
      put(r, C.name, { value: line.name, style: "text" });
      put(r, C.state, { value: line.reason, style: "text" });
      put(r, C.source, { value: line.source, style: "text" });
      put(r, C.note, { value: line.detail, style: "text" });
      r++;
    });
    r++;
  };
  block(
    "Tệp không được tổng hợp",
    c.excluded.map((file) => ({ name: file.locality ?? "", reason: file.label, source: file.source, detail: file.message })),
    "Lý do",
  );
  const labelOf = new Map(c.indicators.map((ind) => [ind.code, headingLine(ind.heading)]));
  block(
    "Số liệu không đọc được (không tính vào tổng)",
    comp.unreadable.map((u) => ({ name: u.locality, reason: labelOf.get(u.code) ?? u.code, source: u.source, detail: u.message.includes(`«${u.text}»`) ? u.message : `«${u.text}»: ${u.message}` })),
    "Chỉ tiêu",
  );
  if (c.warnings.length > 0) {
    put(r, 1, { value: "Lưu ý", style: "blockTitle" });
    r++;
    for (const warning of c.warnings) {
      const from = page.printTitleColumns ? page.printTitleColumns.to + 1 : C.name;
      put(r, from, { value: warning, style: "summaryLine" });
      merges.push(rangeRef(r, from, r, C.note));
      r++;
    }
  }

  const conditionalFormats: ConditionalFormat[] = [];
  if (comp.localities.length > 0) {
    const states = rangeRef(firstRow, C.state, lastRow, C.state);
    const stateCell = cellRef(firstRow, C.state);
    const red = { fill: "FFC7CE", fontColor: "9C0006" };
    const amber = { fill: "FFEB9C", fontColor: "9C5700" };
    conditionalFormats.push(
      { range: states, formula: `${stateCell}="${LOCALITY_STATE_LABELS.consolidated}"`, style: { fill: "C6EFCE", fontColor: "006100" } },
      { range: states, formula: `${stateCell}="${LOCALITY_STATE_LABELS.missing}"`, style: red },
      ...(["other_period", "other_template", "unreadable", "duplicate"] as const).map((state) => ({ range: states, formula: `${stateCell}="${LOCALITY_STATE_LABELS[state]}"`, style: amber })),
    );
    const timeCell = cellRef(firstRow, C.timeliness);
    const times = rangeRef(firstRow, C.timeliness, lastRow, C.timeliness);
    conditionalFormats.push(
      { range: times, formula: `${timeCell}="${TIMELINESS_LABELS.on_time}"`, style: { fill: "C6EFCE", fontColor: "006100" } },
      { range: times, formula: `LEFT(${timeCell},3)="Trễ"`, style: red },
    );
    const percentCell = cellRef(firstRow, C.percent);
    conditionalFormats.push({ range: rangeRef(firstRow, C.percent, lastRow, C.percent), formula: `AND(ISNUMBER(${percentCell}),${percentCell}<100)`, style: amber });
  }

  const sheet: Sheet = {
    name: REPORTING_SHEET_NAME,
    visibility: "visible",
    columns,
    rows: done(),
    merges,
    frozen: { rows: HEADER, columns: C.name },
    validations: [],
    conditionalFormats,
    page,
    gridLines: false,
  };
  fitRowHeights(sheet, CONSOLIDATION_STYLES);
  return { sheet, layout: { rowOf, columns: COLUMNS } };
}
