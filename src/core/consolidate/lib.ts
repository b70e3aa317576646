/** Small list helpers of consolidation's phases. */
import { localityKey } from "./localities";

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

/** The biggest group; on a tie, the one seen first. */
export function largest<T>(groups: Map<string, T[]>): T[] | undefined {
  let best: T[] | undefined;
  for (const group of groups.values()) if (best === undefined || group.length > best.length) best = group;
  return best;
}

/** The first spelling of each locality, equal names (up to case, spacing, Unicode form) once. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = localityKey(name);
    if (!seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()];
}

export function indexes<T>(values: readonly T[], keep: (value: T, index: number) => boolean): number[] {
  const out: number[] = [];
  values.forEach((value, i) => {
    if (keep(value, i)) out.push(i);
  });
  return out;
}

export function pick<T>(values: readonly T[], at: readonly number[]): T[] {
  return at.map((i) => values[i] as T);
}

/** The median of numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
