/** Any run of whitespace (spaces, tabs, line breaks, no-break spaces) becomes one space; ends trimmed. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
