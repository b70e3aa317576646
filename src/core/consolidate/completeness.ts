/**
 * Who reported what, and when: each expected locality's state (consolidated, a file that could not
 * be used and why, or nothing), on time or late against the deadline, how many of its figures are
 * filled and how its own figures were judged; and per indicator how many localities filled it.
 */
import { rowName } from "../model";
import { round9 } from "./totalTarget";
import { LocalityMatcher, sourceList } from "./localities";
import type { ReceivedAt } from "./received";
import { daysLate } from "./timeliness";
import { verdictCounts } from "./totals";
import type { Completeness, ConsolidatedIndicator, ExcludedFile, LocalityReport, LocalityState, UnreadableEntry } from "./types";

export interface CompletenessInput {
  expected: readonly string[];
  listSource: Completeness["listSource"];
  localities: readonly string[];
  sources: readonly string[];
  received: readonly (ReceivedAt | null)[];
  indicators: readonly ConsolidatedIndicator[];
  duplicates: readonly string[];
  excluded: readonly ExcludedFile[];
  deadline: Completeness["deadline"];
}

export function completenessOf(input: CompletenessInput): Completeness {
  const { expected, localities, sources, deadline } = input;
  const figured = input.indicators.filter((i) => i.expectsFigure);
  const column = new Map(localities.map((name, i) => [name, i]));
  const excludedOf = new Map<string, ExcludedFile[]>();
  const matcher = new LocalityMatcher(expected);
  for (const file of input.excluded) {
    if (file.locality === null) continue;
    // A misspelt name ("Đức Thành" for "Đức Thạnh") is noted on the locality it probably means.
    const matched = matcher.match(file.locality);
    const name = matched.ok ? matched.name : (matched.suggestion ?? file.locality);
    excludedOf.set(name, [...(excludedOf.get(name) ?? []), file]);
  }
  const reports: LocalityReport[] = expected.map((name) => {
    const i = column.get(name);
    if (i === undefined) {
      const files = excludedOf.get(name) ?? [];
      const state = leftOutState(name, files, input.duplicates);
      return {
        name,
        state,
        sources: files.map((f) => f.source),
        received: newest(files.map((f) => f.received)),
        timeliness: "unknown",
        lateDays: null,
        filled: 0,
        unreadable: 0,
        expectedFigures: figured.length,
        filledPercent: null,
        counts: null,
        note: leftOutNote(state, files),
      };
    }
    const statuses = figured.map((ind) => ind.byLocality[i]?.status ?? "chua_co_so_lieu");
    const filled = statuses.filter((s) => s !== "chua_co_so_lieu" && s !== "khong_hop_le").length;
    const unreadable = statuses.filter((s) => s === "khong_hop_le").length;
    const received = input.received[i] ?? null;
    const late = deadline === null || received === null ? null : daysLate(received, deadline.date);
    return {
      name,
      state: "consolidated",
      sources: [sources[i] ?? ""],
      received,
      timeliness: late === null ? "unknown" : late === 0 ? "on_time" : "late",
      lateDays: late === null || late === 0 ? null : late,
      filled,
      unreadable,
      expectedFigures: figured.length,
      filledPercent: figured.length === 0 ? null : round9((filled / figured.length) * 100),
      counts: verdictCounts(statuses),
      note: unreadable > 0 ? `${unreadable} số liệu không đọc được.` : null,
    };
  });
  const unreadable: UnreadableEntry[] = [];
  for (const ind of figured) {
    ind.byLocality.forEach((figure, i) => {
      if (figure.status === "khong_hop_le") {
        unreadable.push({ locality: localities[i] ?? "", source: sources[i] ?? "", code: ind.code, row: rowName(ind), text: String(figure.actual ?? ""), message: figure.message ?? "" });
      }
    });
  }
  const named = (state: LocalityState) => reports.filter((r) => r.state === state).map((r) => r.name);
  return {
    listSource: input.listSource,
    expected: expected.length,
    consolidated: localities.length,
    reportingPercent: expected.length === 0 ? null : round9((localities.length / expected.length) * 100),
    deadline,
    onTime: reports.filter((r) => r.timeliness === "on_time").length,
    late: reports.filter((r) => r.timeliness === "late").length,
    missing: named("missing"),
    duplicates: [...input.duplicates],
    otherPeriod: named("other_period"),
    otherTemplate: named("other_template"),
    localities: reports,
    indicators: figured.map((ind) => {
      const filledCount = ind.byLocality.filter((f) => f.status !== "chua_co_so_lieu" && f.status !== "khong_hop_le").length;
      const bad = ind.byLocality.filter((f) => f.status === "khong_hop_le").length;
      const of = ind.byLocality.length;
      return { code: ind.code, filled: filledCount, unreadable: bad, of, filledPercent: of === 0 ? null : round9((filledCount / of) * 100) };
    }),
    unreadable,
  };
}

/** A locality not consolidated: why, from the files that name it (a wrong period is not "Chưa nộp"). */
function leftOutState(name: string, files: readonly ExcludedFile[], duplicates: readonly string[]): LocalityState {
  if (duplicates.includes(name)) return "duplicate";
  if (files.some((f) => f.reason === "other_period")) return "other_period";
  if (files.some((f) => f.reason === "other_template" || f.reason === "other_version" || f.reason === "not_annex")) return "other_template";
  if (files.length > 0) return "unreadable";
  return "missing";
}

function leftOutNote(state: LocalityState, files: readonly ExcludedFile[]): string | null {
  if (state === "duplicate") return `Có ${files.length} tệp với số liệu khác nhau: giữ lại một tệp đúng.`;
  if (files.length === 0) return null;
  // The first file's reason in full (a wrong period says which); the others by name.
  const [first, ...others] = files;
  if (first === undefined) return null;
  const more = others.length === 0 ? "" : ` Tệp khác: ${sourceList(others.map((f) => `${f.source} (${f.label})`))}.`;
  return `${first.source} (${first.label}): ${first.message}${more}`;
}

function newest(times: readonly (ReceivedAt | null)[]): ReceivedAt | null {
  let best: ReceivedAt | null = null;
  for (const t of times) if (t !== null && (best === null || Date.parse(t.at) > Date.parse(best.at))) best = t;
  return best;
}
