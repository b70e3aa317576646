/**
 * On time or late against a reporting deadline. A deadline is a day: a report received by the end
 * of that day, Vietnam time (UTC+7, no daylight saving), is on time; after it, late by the calendar
 * days between the deadline and the day it came.
 */
import type { ReceivedAt } from "./received";

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The calendar day of an instant in Vietnam: "2024-11-05". */
export function vietnamDay(instant: string): string | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Days late: 0 when on time; null when the time cannot be read.
 * @example
 * daysLate({ at: "2024-11-05T16:59:00Z", origin: "properties" }, "2024-11-05") //=> 0 (23:59 in Vietnam)
 * daysLate({ at: "2024-11-05T17:00:00Z", origin: "properties" }, "2024-11-05") //=> 1
 */
export function daysLate(received: ReceivedAt, deadline: string): number | null {
  const day = vietnamDay(received.at);
  if (day === null) return null;
  const late = Math.round((Date.parse(day) - Date.parse(deadline)) / DAY_MS);
  return Number.isNaN(late) ? null : Math.max(0, late);
}

/**
 * A deadline as people type it: "05/11/2024", "5-11-2024", "trước ngày 05/11/2024" or "2024-11-05";
 * null when it is not a real day.
 * @example
 * parseDeadline("trước ngày 05/11/2024") //=> "2024-11-05"
 */
export function parseDeadline(text: string): string | null {
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  const dmy = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const ms = Date.parse(date);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date ? null : date;
}

/** "05/11/2024", as Vietnamese documents write a day. */
export function dayText(date: string): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

/** "14:05 ngày 06/11/2024" in Vietnam time. */
export function receivedText(received: ReceivedAt): string {
  const ms = Date.parse(received.at);
  if (Number.isNaN(ms)) return "";
  const local = new Date(ms + VIETNAM_OFFSET_MS).toISOString();
  return `${local.slice(11, 16)} ngày ${dayText(local.slice(0, 10))}`;
}
