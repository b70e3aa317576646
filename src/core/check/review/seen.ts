import { checksum } from "../../annex/checksum";
import type { Finding } from "./finding";

/**
 * Findings a reviewer marked "đã xem" for one workbook, so they stop coming back each time the
 * annex is reviewed. A finding is known by its rule, its row and what it says: when the annex or
 * the document changes what the finding says, it is a new finding and shows again.
 */
export function findingKey(finding: Finding): string {
  return `${finding.rule}|${finding.code ?? ""}|${checksum(finding.message)}`;
}

/** At most this many marks are kept (the model sheet's one cell holds 32.767 characters). */
export const MAX_SEEN = 600;

/** The review split into what still needs a look and what the reviewer has already seen. */
export function splitSeen(findings: readonly Finding[], seen: readonly string[]): { open: Finding[]; seen: Finding[] } {
  const marked = new Set(seen);
  const open: Finding[] = [];
  const done: Finding[] = [];
  for (const finding of findings) (marked.has(findingKey(finding)) ? done : open).push(finding);
  return { open, seen: done };
}

/**
 * The marks after a reviewer marks (or unmarks) one finding. Marks of findings the review no
 * longer makes are dropped, so the list only holds what still applies; the newest are kept first
 * when it is full.
 */
export function withSeen(seen: readonly string[], finding: Finding, mark: boolean, current: readonly Finding[]): string[] {
  const key = findingKey(finding);
  const live = new Set(current.map(findingKey));
  const kept = seen.filter((k) => k !== key && live.has(k));
  return (mark ? [key, ...kept] : kept).slice(0, MAX_SEEN);
}

/** How the marks are kept in a cell: one key a line (keys hold no line breaks). */
export function seenCellText(seen: readonly string[]): string {
  return seen.join("\n");
}

/** Marks read back from that cell; anything that is not a key is left out (a hand-edited cell cannot break the review). */
export function readSeenCell(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^[a-z-]+\|[^|\n]*\|[0-9a-f]{8}$/.test(line))
    .slice(0, MAX_SEEN);
}
