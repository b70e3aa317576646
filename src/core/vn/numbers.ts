import { MESSAGES } from "./messages";

/** A number read from Vietnamese text, with what had to be assumed to read it. */
export interface NumberReading {
  value: number;
  /** Vietnamese messages; non-empty when the text was ambiguous and a reading was chosen. */
  warnings: string[];
}

const INTEGER = /^\d+$/;
/** "14.780", "1.234.567,5": "." groups thousands, "," is the decimal mark. */
const VIETNAMESE_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
/** "41,7", "654,247", "0,02". */
const VIETNAMESE_DECIMAL = /^\d+,\d+$/;
/** "0.2", "12.5", "1234.567": a dot that cannot be a thousands separator. */
const DOT_DECIMAL = /^\d+\.\d+$/;
/** "1,234.5", "1,234,567": commas group thousands (English style). */
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SIGN = /^[-−+]/u;

function toNumber(integer: string, fraction: string, negative: boolean): number {
  const value = Number(fraction === "" ? integer : `${integer}.${fraction}`);
  return negative && value !== 0 ? -value : value;
}

/** JavaScript reads a 400-digit figure as Infinity: such text is not a number. */
function reading(value: number, warnings: string[] = []): NumberReading | null {
  return Number.isFinite(value) ? { value, warnings } : null;
}

export interface NumberReadingOptions {
  /**
   * The figure counts whole things without a multiplier ("1,500 cây", "2,250 người"; units.ts
   * countsWholeThings): no count has a fraction, so a comma before exactly three digits can only
   * group thousands the foreign way, and is read so (with a note saying how to write it).
   */
  wholeCount?: boolean;
}

/**
 * Reads one number written the Vietnamese way: "14.780" = 14780, "41,7" =
 * 41.7, "654,247" = 654.247, "1.900" = 1900, "01" = 1. A dot followed by one
 * or two digits ("0.2") or English-style separators ("1,234.5") are read
 * with a warning, never silently. Null when the text is not one number.
 */
export function readNumber(text: string, options: NumberReadingOptions = {}): NumberReading | null {
  let body = text.trim();
  const negative = body.startsWith("-") || body.startsWith("−");
  if (SIGN.test(body)) body = body.slice(1);
  if (body === "") return null;

  if (INTEGER.test(body)) return reading(toNumber(body, "", negative));

  if (VIETNAMESE_GROUPED.test(body) && !body.startsWith("0")) {
    const [integer = "", fraction = ""] = body.split(",");
    return reading(toNumber(integer.replace(/\./g, ""), fraction, negative));
  }

  if (VIETNAMESE_DECIMAL.test(body)) {
    const [integer = "", fraction = ""] = body.split(",");
    const value = toNumber(integer, fraction, negative);
    const thousands = COMMA_GROUPED.test(body) && !integer.startsWith("0") ? toNumber(`${integer}${fraction}`, "", negative) : null;
    // "1,500 cây": a count has no fraction, so the comma can only group thousands.
    if (thousands !== null && options.wholeCount === true) return reading(thousands, [MESSAGES.foreignSeparators(text.trim(), formatNumber(thousands))]);
    // "25,000", "1,500": a Vietnamese decimal never ends in a zero it does not need, an English thousands group does.
    if (thousands !== null && fraction.endsWith("0")) {
      return reading(value, [MESSAGES.commaThousands(text.trim(), formatNumber(value), formatNumber(thousands))]);
    }
    return reading(value);
  }

  if (DOT_DECIMAL.test(body)) {
    // "0.200" or "1234.567" cannot be thousands groups either, so they land here too.
    const [integer = "", fraction = ""] = body.split(".");
    const value = toNumber(integer, fraction, negative);
    return reading(value, [MESSAGES.dotAsDecimal(text.trim(), formatNumber(value))]);
  }

  if (COMMA_GROUPED.test(body)) {
    const [integer = "", fraction = ""] = body.split(".");
    const value = toNumber(integer.replace(/,/g, ""), fraction, negative);
    return reading(value, [MESSAGES.foreignSeparators(text.trim(), formatNumber(value))]);
  }

  return null;
}

export interface FormatNumberOptions {
  /** Exactly this many decimals (rounded). */
  decimals?: number;
  /** At most this many decimals (rounded), trailing zeros dropped. */
  maxDecimals?: number;
  /** Group thousands with "."; default true. */
  grouping?: boolean;
}

/** "1.5e-7" -> "0.00000015", "1e+21" -> "1000000000000000000000": JavaScript's digits, no exponent. */
function plainDecimal(text: string): string {
  if (!text.includes("e")) return text;
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = "", whole = "", fraction = "", exponentText = "0"] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Writes a number the Vietnamese way: 1234.5 -> "1.234,5", 0.2 -> "0,2".
 * Without options it writes the shortest digits that read back to the same
 * number. Not a finite number -> "".
 */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) return "";
  let text: string;
  if (options.decimals !== undefined) {
    text = plainDecimal(value.toFixed(clampDecimals(options.decimals)));
  } else if (options.maxDecimals !== undefined) {
    text = plainDecimal(value.toFixed(clampDecimals(options.maxDecimals)));
    if (text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  } else {
    text = plainDecimal(String(value));
  }
  let negative = text.startsWith("-");
  if (negative) text = text.slice(1);
  const [integer = "0", fraction = ""] = text.split(".");
  if (negative && /^0*$/.test(integer) && /^0*$/.test(fraction)) negative = false;
  const grouped = options.grouping === false || integer.length <= 3 ? integer : integer.replace(/\B(?=(\d{3})+$)/g, ".");
  return `${negative ? "-" : ""}${grouped}${fraction === "" ? "" : `,${fraction}`}`;
}

function clampDecimals(decimals: number): number {
  return Math.min(100, Math.max(0, Math.trunc(decimals)));
}
