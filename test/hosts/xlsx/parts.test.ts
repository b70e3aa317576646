/**
 * What ExcelJS is handed from a user's file never grows past the limits: parts are refused by their
 * declared size, and a part whose data inflates past what it declares is cut at the declared size.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { boundedPackage, PartTooLargeError } from "../../../src/hosts/xlsx/parts";
import { loadBounded, NotXlsxError } from "../../../src/hosts/xlsx/read";

const limits = { partBytes: 1024 * 1024, totalBytes: 2 * 1024 * 1024 };

/** Sets the uncompressed size the central directory declares for `part`. */
function declaring(bytes: Uint8Array, part: string, declared: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(part);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    if (view.getUint16(i + 28, true) === name.length && name.every((b, k) => out[i + 46 + k] === b)) view.setUint32(i + 24, declared, true);
  }
  return out;
}

const zeros = (n: number) => new Uint8Array(n);

test("a part declaring more than the limit is refused before anything is inflated", async () => {
  const bytes = zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), "xl/worksheets/sheet1.xml": zeros(3 * 1024 * 1024) });
  expect(() => boundedPackage(bytes, limits)).toThrow(PartTooLargeError);
  await expect(loadBounded(bytes, limits)).rejects.toThrow(/Tệp quá lớn để mở an toàn: .* 3 MB, quá giới hạn 1 MB/);
});

test("parts together past the total are refused", () => {
  const bytes = zipSync({ a: zeros(900 * 1024), b: zeros(900 * 1024), c: zeros(900 * 1024) });
  expect(() => boundedPackage(bytes, limits)).toThrow(PartTooLargeError);
});

test("a part whose data inflates past what it declares is cut at the declared size (a zip bomb that lies)", () => {
  const bytes = declaring(zipSync({ "xl/worksheets/sheet1.xml": zeros(8 * 1024 * 1024) }), "xl/worksheets/sheet1.xml", 1000);
  const parts = unzipSync(boundedPackage(bytes, limits));
  expect(parts["xl/worksheets/sheet1.xml"]?.length).toBe(1000);
});

test("a zip that holds no workbook is refused as such", async () => {
  const bytes = zipSync({ "not-a-workbook.txt": strToU8("xin chào") });
  await expect(loadBounded(bytes, limits)).rejects.toThrow(NotXlsxError);
});
