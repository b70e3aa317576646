/**
 * The native zip of the streaming writer: parts given whole or piece by piece (text and bytes, over
 * several deflated chunks, empty) read back exactly, with the checksums and sizes their headers state.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import { ZipFile } from "../../../src/hosts/xlsx/zipFile";

/** Name -> [crc, compressed size, size] from the central directory. */
function directory(bytes: Buffer): Map<string, [number, number, number]> {
  const out = new Map<string, [number, number, number]>();
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    out.set(bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8"), [bytes.readUInt32LE(at + 16), bytes.readUInt32LE(at + 20), bytes.readUInt32LE(at + 24)]);
    at += 46 + nameLength;
  }
  return out;
}

test("parts read back exactly, with their checksums and sizes", async () => {
  const dir = mkdtempSync(join(tmpdir(), "phuluc-zip-"));
  try {
    const path = join(dir, "a.zip");
    const zip = new ZipFile(path);
    // Over three megabytes of text with Vietnamese letters, given row by row, with bytes between.
    const rows = Array.from({ length: 40_000 }, (_, k) => `<row r="${k}"><c><v>Chỉ tiêu ${k} – tỷ lệ</v></c></row>`);
    const big = zip.part();
    rows.forEach((row, k) => (k === 20_000 ? big.write(new TextEncoder().encode(row)) : big.write(row)));
    zip.add("/xl/worksheets/sheet1.xml", big);
    zip.addWhole("[Content_Types].xml", "<Types/>");
    zip.addWhole("xl/media/trống.bin", new Uint8Array(0));
    // One text longer than a chunk, whole.
    zip.addWhole("xl/sharedStrings.xml", "Đạt ".repeat(400_000));
    await zip.finish();

    const bytes = readFileSync(path);
    const parts = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(parts)).toEqual(["xl/worksheets/sheet1.xml", "[Content_Types].xml", "xl/media/trống.bin", "xl/sharedStrings.xml"]);
    expect(strFromU8(parts["xl/worksheets/sheet1.xml"] as Uint8Array)).toBe(rows.join(""));
    expect(strFromU8(parts["xl/sharedStrings.xml"] as Uint8Array)).toBe("Đạt ".repeat(400_000));
    expect(parts["xl/media/trống.bin"]).toHaveLength(0);
    for (const [name, [crc, compressed, size]] of directory(bytes)) {
      const data = parts[name] as Uint8Array;
      expect([name, crc, size]).toEqual([name, crc32(data) >>> 0, data.length]);
      expect(compressed).toBeLessThanOrEqual(Math.max(data.length, 10));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
