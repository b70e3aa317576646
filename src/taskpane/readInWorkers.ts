/**
 * Reads the picked files on Web Workers (src/hosts/xlsx/readerWorker.ts), a few at once: the page
 * stays responsive and a province's 170 files read on every core. Each worker is handed the next
 * file as soon as it answers; one file's bytes per worker are in flight, transferred, not copied.
 * "Dừng" ends the workers at once. A worker that cannot start (a browser or a policy without
 * workers) makes the caller read on the page instead (readOneByOne).
 */
import { receivedSharer, type ReceivedFile, type SentFile } from "../core/consolidate";
import type { ReadProgress } from "./readOneByOne";
import type { FileLike, PickedFile } from "./view/receivedFiles";

/** What the pane needs of a Worker; tests pass an in-process double. */
export interface ReaderWorker {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: { data: { i: number; received: SentFile } }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

export type Readable = FileLike & { arrayBuffer(): Promise<ArrayBuffer> };

export interface WorkerReadOptions {
  makeWorker(): ReaderWorker;
  threads: number;
  onProgress(progress: ReadProgress): void;
  signal: AbortSignal;
  /** A file the browser can no longer give (moved or deleted since it was picked). */
  gone(picked: PickedFile<Readable>): ReceivedFile;
}

export class WorkerUnavailableError extends Error {}

/** The files read in order, or null when the user stopped the reading; WorkerUnavailableError when no worker runs. */
export function readInWorkers(files: readonly PickedFile<Readable>[], options: WorkerReadOptions): Promise<ReceivedFile[] | null> {
  const total = files.length;
  const received = new Array<ReceivedFile>(total);
  // Each message brings its file's plan: one per template is kept.
  const share = receivedSharer();
  return new Promise((resolve, reject) => {
    const workers: ReaderWorker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (outcome: ReceivedFile[] | null | Error) => {
      if (settled) return;
      settled = true;
      options.signal.removeEventListener("abort", stop);
      for (const worker of workers) worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const stop = () => finish(null);
    const feed = async (worker: ReaderWorker): Promise<void> => {
      while (!settled && next < total) {
        const i = next++;
        const picked = files[i] as PickedFile<Readable>;
        let bytes: ArrayBuffer;
        try {
          bytes = await picked.file.arrayBuffer();
        } catch {
          received[i] = options.gone(picked);
          answered();
          continue;
        }
        if (settled) return;
        worker.postMessage({ i, source: picked.source, bytes, modified: picked.file.lastModified > 0 ? picked.file.lastModified : null }, [bytes]);
        return;
      }
    };
    const answered = () => {
      done++;
      options.onProgress({ reading: Math.min(done + 1, total), total });
      if (done === total) finish(received);
    };
    if (options.signal.aborted) return finish(null);
    options.signal.addEventListener("abort", stop);
    if (total === 0) return finish(received);
    options.onProgress({ reading: 1, total });
    try {
      for (let w = 0; w < Math.max(1, Math.min(options.threads, total)); w++) {
        const worker = options.makeWorker();
        workers.push(worker);
        worker.onmessage = (event) => {
          received[event.data.i] = share(event.data.received);
          answered();
          void feed(worker);
        };
        worker.onerror = () => finish(new WorkerUnavailableError("Không chạy được luồng đọc tệp."));
      }
    } catch (error) {
      return finish(new WorkerUnavailableError(error instanceof Error ? error.message : String(error)));
    }
    for (const worker of workers) void feed(worker);
  });
}
