import { cleanTyped, foldVietnamese, foldWhitespace } from "../vn";

/**
 * Locality names as people type them: "Xã Đức Thạnh", "xã  Đức Thạnh", "Đức Thạnh". Two names are
 * the same locality when they are equal up to case, spacing and Unicode form; or, when that finds
 * nothing, equal without the leading "Xã", "Phường", "Thị trấn"... and only one locality fits.
 * Diacritics always count: "Đức Thạnh" and "Đức Thành" are different communes, so a name that only
 * matches without its diacritics is a suggestion to the user, never a match.
 */
export function localityKey(name: string): string {
  return foldWhitespace(cleanTyped(name)).toLocaleLowerCase("vi");
}

const PREFIXES = ["thị trấn", "đặc khu", "phường", "xã", "thị xã", "thành phố", "tp.", "huyện", "quận"];

function bareKey(name: string): string {
  const key = localityKey(name);
  for (const prefix of PREFIXES) {
    if (key.startsWith(`${prefix} `)) return key.slice(prefix.length + 1);
  }
  return key;
}

export type LocalityMatch = { ok: true; name: string } | { ok: false; suggestion: string | null };

export class LocalityMatcher {
  private readonly exact = new Map<string, string>();
  private readonly bare = new Map<string, string[]>();
  private readonly folded = new Map<string, string>();

  constructor(names: readonly string[]) {
    for (const name of names) {
      this.exact.set(localityKey(name), name);
      const bare = bareKey(name);
      this.bare.set(bare, [...(this.bare.get(bare) ?? []), name]);
      this.folded.set(foldVietnamese(bare), name);
    }
  }

  /** The listed name this name stands for, or the name it may have meant. */
  match(name: string): LocalityMatch {
    const exact = this.exact.get(localityKey(name));
    if (exact !== undefined) return { ok: true, name: exact };
    const bare = this.bare.get(bareKey(name));
    if (bare !== undefined && bare.length === 1 && bare[0] !== undefined) return { ok: true, name: bare[0] };
    return { ok: false, suggestion: bare?.[0] ?? this.folded.get(foldVietnamese(bareKey(name))) ?? null };
  }
}

/** The list as given, without blank lines, "#" comments and repeats (reported). */
export function parseLocalityList(text: string): { names: string[]; repeated: string[] } {
  const names: string[] = [];
  const repeated: string[] = [];
  const seen = new Set<string>();
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const name = foldWhitespace(line.normalize("NFC"));
    if (name === "" || name.startsWith("#")) continue;
    const key = localityKey(name);
    if (seen.has(key)) {
      repeated.push(name);
      continue;
    }
    seen.add(key);
    names.push(name);
  }
  return { names, repeated };
}

/** "Xã A, Xã B và 3 đơn vị khác": the first `limit` names and how many more, so long lists stay short. */
export function localityList(names: readonly string[], limit: number): string {
  return names.length > limit ? `${names.slice(0, limit).join(", ")} và ${names.length - limit} đơn vị khác` : names.join(", ");
}

/** Files a locality sent, each cut to its last characters (the name, not a deep folder), the first few only. */
const LISTED_SOURCES = 5;
const SOURCE_CHARACTERS = 80;

export function sourceList(sources: readonly string[]): string {
  const cut = (source: string) => (source.length > SOURCE_CHARACTERS ? `…${source.slice(source.length - SOURCE_CHARACTERS + 1)}` : source);
  const shown = sources.slice(0, LISTED_SOURCES).map(cut).join("; ");
  return sources.length > LISTED_SOURCES ? `${shown} và ${sources.length - LISTED_SOURCES} tệp khác` : shown;
}
