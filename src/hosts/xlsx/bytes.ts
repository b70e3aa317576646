/** Byte containers that work the same in Node and the browser (no Buffer in signatures). */

export function asUint8Array(data: Uint8Array | ArrayBuffer): Uint8Array {
  if (data instanceof Uint8Array) return data;
  return new Uint8Array(data);
}

/** An ArrayBuffer holding exactly these bytes (a view may sit inside a larger buffer). */
export function asArrayBuffer(data: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (!(data instanceof Uint8Array)) return data;
  if (data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer) {
    return data.buffer;
  }
  return data.slice().buffer;
}

/**
 * ExcelJS hands back a Node Buffer in Node and an ArrayBuffer-like in the browser; callers get a
 * plain Uint8Array either way.
 */
export function plainBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new Error("Không tạo được nội dung tệp .xlsx (phần ghi tệp trả về dữ liệu lạ): thử lại; nếu vẫn lỗi, cài lại Phụ lục.");
}
