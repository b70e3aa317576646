/**
 * The pane's reading thread (a Web Worker, bundled on its own as reader-worker.js): receives one
 * picked file's bytes at a time and answers with what consolidation needs from it, so hundreds of
 * commune files are read beside the page, not on it. The reading is readReceivedBytes, the CLI's.
 */
import { receivedSender } from "../../core/consolidate";
import { readReceivedBytes } from "./received";

/** One file to read: its bytes are transferred, not copied. */
export interface ReadRequest {
  i: number;
  source: string;
  bytes: ArrayBuffer;
  /** The browser's File.lastModified (ms), or null. */
  modified: number | null;
}

interface WorkerScope {
  onmessage: ((event: { data: ReadRequest }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
const send = receivedSender();
scope.onmessage = (event) => {
  const { i, source, bytes, modified } = event.data;
  void readReceivedBytes(source, bytes, modified === null ? null : new Date(modified)).then((received) => scope.postMessage({ i, received: send(received) }));
};
