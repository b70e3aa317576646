import { MESSAGES } from "../../vn";

/**
 * Sorts the target reader's warnings by kind, using the reader's own wording (vn/messages.ts) as
 * the one definition: each message is built with a placeholder, and a warning is of that kind
 * when it reads like the message around the placeholders. Nothing is re-detected here.
 */
export type WarningKind =
  /** Expected, and reported by other rules or not at all: a blank, a qualitative aim. */
  | "expected"
  | "unitMismatch"
  /** A LaTeX target read correctly: worth knowing, nothing to decide. */
  | "latex"
  /** Everything else the reader had to assume: a "." as decimal point, an unreadable number... */
  | "ambiguous";

const PLACEHOLDER = "\u0000";

function template(message: string): (warning: string) => boolean {
  const pieces = message.split(PLACEHOLDER);
  if (pieces.length === 1) return (warning) => warning === message;
  return (warning) => {
    let from = 0;
    for (const [i, piece] of pieces.entries()) {
      const at = i === 0 ? (warning.startsWith(piece) ? 0 : -1) : warning.indexOf(piece, from);
      if (at < 0) return false;
      from = at + piece.length;
    }
    return warning.endsWith(pieces[pieces.length - 1] ?? "");
  };
}

const KINDS: readonly [WarningKind, (warning: string) => boolean][] = [
  ["expected", template(MESSAGES.blank())],
  ["expected", template(MESSAGES.qualitative())],
  ["unitMismatch", template(MESSAGES.unitMismatch(PLACEHOLDER, PLACEHOLDER))],
  ["latex", template(MESSAGES.latex(PLACEHOLDER, PLACEHOLDER))],
];

export function warningKind(warning: string): WarningKind {
  return KINDS.find(([, matches]) => matches(warning))?.[0] ?? "ambiguous";
}
