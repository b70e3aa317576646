/**
 * Reads the picked files one at a time on the pane's own thread, handing the UI a turn between
 * files: the progress bar moves and "Dừng" is heard even for hundreds of files. One file's bytes at
 * a time, so memory stays that of the largest file, not of all of them; and, as on the workers'
 * path, files of one template keep one copy of its plan (receivedSharer).
 */
import { receivedSharer, type ReceivedFile } from "../core/consolidate";
import type { FileLike, PickedFile } from "./view/receivedFiles";

export interface ReadProgress {
  /** 1-based: the file being read. */
  reading: number;
  total: number;
}

export interface ReadOptions<F extends FileLike> {
  /** One file -> what consolidation needs; must not throw for a bad file. */
  read(picked: PickedFile<F>): Promise<ReceivedFile>;
  onProgress(progress: ReadProgress): void;
  signal: AbortSignal;
  /** Lets the browser paint and handle clicks; the default waits for the next task. */
  yieldToUi?: () => Promise<void>;
}

export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The files read in order, or null when the user stopped the reading. */
export async function readOneByOne<F extends FileLike>(files: readonly PickedFile<F>[], options: ReadOptions<F>): Promise<ReceivedFile[] | null> {
  const yieldToUi = options.yieldToUi ?? nextTask;
  const received: ReceivedFile[] = [];
  const share = receivedSharer();
  for (const [i, picked] of files.entries()) {
    options.onProgress({ reading: i + 1, total: files.length });
    await yieldToUi();
    if (options.signal.aborted) return null;
    received.push(share(await options.read(picked)));
  }
  await yieldToUi();
  return options.signal.aborted ? null : received;
}
