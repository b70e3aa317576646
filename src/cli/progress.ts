import { formatNumber } from "../core/vn";

/** From this many rows a command says what it is doing: it then takes tens of seconds. */
export const LONG_RUN_ROWS = 5_000;
/** From this size a workbook takes seconds to read. */
export const LONG_RUN_BYTES = 2_000_000;

/**
 * Stage lines on stderr for runs long enough to look hung (stdout stays the result): the stage
 * before it starts, and the time it took.
 */
export function stages(long: boolean): { stage: (text: string) => void; done: (text: string) => void } {
  let since = Date.now();
  const write = (text: string) => {
    if (long) process.stderr.write(`${text}\n`);
  };
  return {
    stage: (text) => {
      since = Date.now();
      write(`${text}…`);
    },
    done: (text) => write(`${text} trong ${formatNumber((Date.now() - since) / 1000, { maxDecimals: 1 })} giây.`),
  };
}
