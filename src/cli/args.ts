import { parseArgs, type ParseArgsConfig } from "node:util";
import { UserError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs with Vietnamese errors. */
export function parse<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(detail);
    const missing = /Option '([^']+)[^']*' argument missing/.exec(detail);
    const reason = unknown
      ? `không có tùy chọn ${unknown[1]}`
      : missing
        ? `tùy chọn ${missing[1]} cần một giá trị`
        : "tham số không hợp lệ";
    throw new UserError(`${reason}.\nCách dùng: ${usage}`);
  }
}
