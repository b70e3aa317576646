import { unreadableFile, type ReceivedFile } from "../../src/core/consolidate";
import { readInWorkers, WorkerUnavailableError, type Readable, type ReaderWorker } from "../../src/taskpane/readInWorkers";
import type { PickedFile } from "../../src/taskpane/view/receivedFiles";

const picked = (n: number, gone: number[] = []): PickedFile<Readable>[] =>
  Array.from({ length: n }, (_, i) => ({
    source: `${i + 1}.xlsx`,
    file: {
      name: `${i + 1}.xlsx`,
      size: 1,
      lastModified: 1000 + i,
      arrayBuffer: async () => {
        if (gone.includes(i + 1)) throw new Error("gone");
        return new TextEncoder().encode(`tệp ${i + 1}`).buffer;
      },
    },
  }));

/** A worker double: answers each file after a few turns, in the order it wants, as a real thread may. */
class FakeWorker implements ReaderWorker {
  static made: FakeWorker[] = [];
  onmessage: ReaderWorker["onmessage"] = null;
  onerror: ReaderWorker["onerror"] = null;
  terminated = false;
  files: string[] = [];
  constructor(private readonly delay: (i: number) => number) {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown, transfer: Transferable[]): void {
    const { i, source, bytes, modified } = message as { i: number; source: string; bytes: ArrayBuffer; modified: number };
    expect(transfer).toEqual([bytes]);
    this.files.push(source);
    const text = new TextDecoder().decode(bytes);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: { i, received: unreadableFile(source, `${text} @${modified}`) } });
    }, this.delay(i));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const message = (r: ReceivedFile) => (r.ok ? "" : r.message);
beforeEach(() => (FakeWorker.made = []));

test("every file read once, on all the workers, its answer in the file's place whatever order they come in; the workers end", async () => {
  const progress: number[] = [];
  const result = await readInWorkers(picked(9, [4]), {
    makeWorker: () => new FakeWorker((i) => (i % 3) * 3),
    threads: 3,
    onProgress: (p) => progress.push(p.reading),
    signal: new AbortController().signal,
    gone: (p) => unreadableFile(p.source, "mất"),
  });
  expect(result?.map(message)).toEqual(["tệp 1 @1000", "tệp 2 @1001", "tệp 3 @1002", "mất", "tệp 5 @1004", "tệp 6 @1005", "tệp 7 @1006", "tệp 8 @1007", "tệp 9 @1008"]);
  expect(FakeWorker.made).toHaveLength(3);
  expect(FakeWorker.made.every((w) => w.files.length > 0 && w.terminated)).toBe(true);
  expect(FakeWorker.made.flatMap((w) => w.files).sort()).toEqual(["1", "2", "3", "5", "6", "7", "8", "9"].map((n) => `${n}.xlsx`).sort());
  expect(progress[progress.length - 1]).toBe(9);
});

test("Dừng: no result, the workers ended at once", async () => {
  const controller = new AbortController();
  const reading = readInWorkers(picked(20), {
    makeWorker: () => new FakeWorker(() => 5),
    threads: 2,
    onProgress: (p) => p.reading === 3 && controller.abort(),
    signal: controller.signal,
    gone: (p) => unreadableFile(p.source, "mất"),
  });
  await expect(reading).resolves.toBeNull();
  expect(FakeWorker.made.every((w) => w.terminated)).toBe(true);
  expect(FakeWorker.made.flatMap((w) => w.files).length).toBeLessThan(20);
});

test("a worker that cannot start says so, for the pane to read on the page instead", async () => {
  await expect(
    readInWorkers(picked(3), {
      makeWorker: () => {
        throw new Error("SecurityError");
      },
      threads: 2,
      onProgress: () => undefined,
      signal: new AbortController().signal,
      gone: (p) => unreadableFile(p.source, "mất"),
    }),
  ).rejects.toBeInstanceOf(WorkerUnavailableError);
});
