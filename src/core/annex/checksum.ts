/**
 * FNV-1a (32-bit) of a string's UTF-16 code units, as 8 hex digits. Detects accidental or casual
 * edits of a workbook's model sheet; it is an integrity check, not a signature.
 */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
