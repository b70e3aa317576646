/**
 * FNV-1a (32-bit) of a string's UTF-16 code units, as 8 hex digits. Detects accidental or casual
 * edits of a workbook's model sheet; it is an integrity check, not a signature.
 */
export function checksum(text: string | readonly string[]): string {
  // Parts are hashed one after another, as their concatenation: a model sheet's plan of tens of MB
  // is never copied into one joined string. Kept a 32-bit integer throughout (Math.imul is modulo
  // 2^32 either way): no number boxed per character.
  let hash = 0x811c9dc5 | 0;
  for (const part of typeof text === "string" ? [text] : text) {
    for (let i = 0; i < part.length; i++) hash = Math.imul(hash ^ part.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
