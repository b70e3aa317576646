/**
 * Just enough zip for the tests: read one entry's text out of an .xlsx (to check the XML itself),
 * and build a small uncompressed package (a stand-in .docx) without another dependency.
 */
import { inflateRawSync } from "node:zlib";

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

/** Entry name -> text, for every entry in the archive. */
export function unzipText(bytes: Uint8Array): Map<string, string> {
  let end = bytes.length - 22;
  while (end >= 0 && u32(bytes, end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip");
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries = new Map<string, string>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localHeader = u32(bytes, at + 42);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataStart = localHeader + 30 + u16(bytes, localHeader + 26) + u16(bytes, localHeader + 28);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, decoder.decode(method === 0 ? data : inflateRawSync(data)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** An uncompressed zip of these text entries. */
export function storedZip(files: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  const local: number[] = [];
  const central: number[] = [];
  const push16 = (out: number[], n: number): void => void out.push(n & 0xff, (n >>> 8) & 0xff);
  const push32 = (out: number[], n: number): void => {
    push16(out, n & 0xffff);
    push16(out, (n >>> 16) & 0xffff);
  };
  let count = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = encoder.encode(name);
    const data = encoder.encode(text);
    const crc = crc32(data);
    const offset = local.length;
    push32(local, 0x04034b50);
    for (const n of [20, 0, 0, 0, 0]) push16(local, n);
    push32(local, crc);
    push32(local, data.length);
    push32(local, data.length);
    push16(local, nameBytes.length);
    push16(local, 0);
    local.push(...nameBytes, ...data);

    push32(central, 0x02014b50);
    for (const n of [20, 20, 0, 0, 0, 0]) push16(central, n);
    push32(central, crc);
    push32(central, data.length);
    push32(central, data.length);
    for (const n of [nameBytes.length, 0, 0, 0, 0]) push16(central, n);
    push32(central, 0);
    push32(central, offset);
    central.push(...nameBytes);
    count++;
  }
  const end: number[] = [];
  push32(end, 0x06054b50);
  for (const n of [0, 0, count, count]) push16(end, n);
  push32(end, central.length);
  push32(end, local.length);
  push16(end, 0);
  return Uint8Array.from([...local, ...central, ...end]);
}

/** The smallest package Word would recognise as a .docx. */
export function minimalDocx(): Uint8Array {
  return storedZip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml":
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p></w:body></w:document>',
  });
}
