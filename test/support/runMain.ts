import { main } from "../../src/cli/main";

export interface MainRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * The CLI's main in this process, its output captured: for suites that run it thousands of times
 * (spawning a process each would take minutes). Exit codes and messages are the command's own.
 */
export async function runMain(args: string[]): Promise<MainRun> {
  let stdout = "";
  let stderr = "";
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    const status = await main(args);
    return { status, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
