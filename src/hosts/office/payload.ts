/**
 * Request size, as Excel on the web counts it: each context.sync() sends the queued actions as
 * JSON, and a request over 5 MB is refused ("RequestPayloadSizeLimitExceeded"). Render estimates
 * every action it queues and splits the large arrays only when a sync would pass the safe bound.
 */

/** Under the 5 MB limit with room for Office.js's envelope and for estimates that run short. */
export const SAFE_REQUEST_BYTES = 4_000_000;

/**
 * One record of Office.js's request body without its arguments: a navigation ({"Id":…,
 * "ObjectPathType":4,"Name":"Format","ParentObjectPathId":…}), a property set or a method call
 * ({"Id":…,"ActionType":4,"Name":"Bold","ObjectPathId":…,"ArgumentInfo":{…}}) measure 60 to 100
 * bytes; a method returning an object (getRange) is two records.
 */
export const RECORD_BYTES = 120;

/** The request bytes of `records` records carrying `args` as arguments. */
export function estimate(records: number, args: unknown = null): number {
  return records * RECORD_BYTES + (args === null ? 0 : jsonBytes(args));
}

/** UTF-8 length without building a buffer: Vietnamese letters take 2 or 3 bytes, not 1. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}
