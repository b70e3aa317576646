/**
 * A zip file written with Node's native zlib, for the streaming .xlsx writer (renderToFile.ts). The
 * library's own zip (archiver) deflates through several layers of JavaScript streams and computes
 * checksums in JavaScript: at 100,000 annex rows (a sheet part of over 200 MB) that was several
 * seconds of `phuluc generate`. Here a part's text is encoded into chunks of a megabyte,
 * each deflated on libuv's thread pool while the sheet goes on being built (a raw deflate stream
 * flushed to a byte boundary at the end of every chunk, so the chunks join into one stream); each
 * part is written when it is complete, with its sizes and CRC in its local header. Node only.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { constants, crc32, deflateRaw, type ZlibOptions } from "node:zlib";

/** The bytes of a part deflated at once. */
const CHUNK = 1 << 20;
/** The largest size a zip without its 64-bit extension can state. */
const MAX_SIZE = 0xffffffff;

interface Written {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function deflateChunk(data: Buffer, options: ZlibOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => deflateRaw(data, options, (error, out) => (error ? reject(error) : resolve(out))));
}

/**
 * One part being written: text or bytes in, in order; `end` once. Text is encoded straight into a
 * chunk's buffer (no string joined, no buffer per write): at 100,000 rows the garbage of joined
 * strings and small buffers cost the writer more than deflating.
 */
export class ZipPart {
  private buffer = Buffer.allocUnsafeSlow(CHUNK);
  private used = 0;
  private readonly chunks: Promise<Buffer>[] = [];
  private crc = 0;
  private size = 0;

  constructor(private readonly level: number) {}

  write(data: string | Uint8Array): void {
    if (typeof data === "string") {
      // A UTF-16 unit is at most 3 bytes of UTF-8; a text too long for a whole chunk is encoded alone.
      if (data.length * 3 > CHUNK - this.used) {
        if (this.used > 0) this.deflate(false);
        if (data.length * 3 > CHUNK) {
          this.bytes(Buffer.from(data, "utf8"));
          return;
        }
      }
      this.used += this.buffer.write(data, this.used, "utf8");
    } else this.bytes(data);
  }

  /** The deflated chunks, in order, once all are done, with the part's CRC and size. */
  async end(): Promise<{ data: Buffer[]; crc: number; size: number }> {
    this.deflate(true);
    return { data: await Promise.all(this.chunks), crc: this.crc, size: this.size };
  }

  private bytes(data: Uint8Array): void {
    let from = 0;
    while (from < data.length) {
      if (this.used === CHUNK) this.deflate(false);
      const take = Math.min(CHUNK - this.used, data.length - from);
      this.buffer.set(data.subarray(from, from + take), this.used);
      this.used += take;
      from += take;
    }
  }

  private deflate(last: boolean): void {
    // The deflater keeps the chunk until it is done: the next one gets a buffer of its own.
    const data = this.buffer.subarray(0, this.used);
    this.buffer = last ? Buffer.alloc(0) : Buffer.allocUnsafeSlow(CHUNK);
    this.used = 0;
    this.crc = crc32(data, this.crc);
    this.size += data.length;
    this.chunks.push(deflateChunk(data, { level: this.level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
  }
}

export class ZipFile {
  private readonly fd: number;
  private offset = 0;
  private readonly written: Written[] = [];
  /** Now, as the DOS time and date zip headers hold (local time, two-second steps). */
  private readonly time: number;
  private readonly date: number;
  /** Parts are written one after the other, in the order they end. */
  private tail: Promise<void> = Promise.resolve();

  constructor(
    path: string,
    private readonly level = 6,
  ) {
    this.fd = openSync(path, "w");
    const now = new Date();
    this.time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
    this.date = ((Math.max(now.getFullYear(), 1980) - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  }

  part(): ZipPart {
    return new ZipPart(this.level);
  }

  /**
   * Writes the part under `name` once its chunks are deflated; `written` is called then. A failure
   * is kept for `finish` to throw (not left unhandled meanwhile).
   */
  add(name: string, part: ZipPart, written?: () => void): void {
    const done = part.end();
    this.tail = this.tail.then(async () => {
      this.writePart(name, await done);
      written?.();
    });
    this.tail.catch(() => undefined);
  }

  /** A part given whole. */
  addWhole(name: string, data: string | Uint8Array): void {
    const part = this.part();
    part.write(data);
    this.add(name, part);
  }

  /** Waits for every part, writes the central directory and closes the file. */
  async finish(): Promise<void> {
    try {
      await this.tail;
      const start = this.offset;
      for (const entry of this.written) {
        const header = Buffer.alloc(46);
        header.writeUInt32LE(0x02014b50, 0);
        header.writeUInt16LE(20, 4); // made by: version 2.0
        this.common(header, 6, entry);
        header.writeUInt32LE(entry.offset, 42);
        this.put(header, entry.name);
      }
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(this.written.length, 8);
      end.writeUInt16LE(this.written.length, 10);
      end.writeUInt32LE(this.offset - start, 12);
      end.writeUInt32LE(start, 16);
      this.put(end);
    } finally {
      closeSync(this.fd);
    }
  }

  /** Closes the file after a failure (the caller removes it). */
  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed by finish.
    }
  }

  private writePart(name: string, part: { data: Buffer[]; crc: number; size: number }): void {
    const compressedSize = part.data.reduce((sum, chunk) => sum + chunk.length, 0);
    if (part.size > MAX_SIZE || compressedSize > MAX_SIZE || this.offset > MAX_SIZE) {
      throw new Error("Bảng tính quá lớn để ghi thành một tệp Excel (hơn 4 GB): hãy chia kế hoạch thành nhiều phụ lục.");
    }
    // Names are stored without a leading "/" (the library names some parts so).
    const entry: Written = { name: Buffer.from(name.replace(/^\//, ""), "utf8"), crc: part.crc, compressedSize, size: part.size, offset: this.offset };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    this.common(header, 4, entry);
    this.put(header, entry.name, ...part.data);
    this.written.push(entry);
  }

  /** The fields local and central headers share, from `at` (version needed onwards). */
  private common(header: Buffer, at: number, entry: Written): void {
    header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
    header.writeUInt16LE(0x0800, at + 2); // names in UTF-8
    header.writeUInt16LE(8, at + 4); // deflate
    header.writeUInt16LE(this.time, at + 6);
    header.writeUInt16LE(this.date, at + 8);
    header.writeUInt32LE(entry.crc >>> 0, at + 10);
    header.writeUInt32LE(entry.compressedSize, at + 14);
    header.writeUInt32LE(entry.size, at + 18);
    header.writeUInt16LE(entry.name.length, at + 22);
  }

  private put(...buffers: Buffer[]): void {
    for (const buffer of buffers) {
      let done = 0;
      while (done < buffer.length) done += writeSync(this.fd, buffer, done, buffer.length - done, this.offset + done);
      this.offset += buffer.length;
    }
  }
}
