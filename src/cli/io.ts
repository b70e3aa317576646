import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadPlan, type Plan, type PlanError } from "../core/model";

/** Thrown for problems the user can fix (a missing file, an invalid plan); exit code 2. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** Where the project's bundled seed plans live, relative to the compiled CLI. */
export const SEEDS_DIR = resolve(__dirname, "..", "..", "..", "seeds");

export function readText(file: string): string {
  return readBytes(file).toString("utf8");
}

/** Input files are only ever read. */
export function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UserError(`${file}: không tìm thấy tệp. Kiểm tra lại đường dẫn.`);
    if (code === "EISDIR") throw new UserError(`${file}: đây là thư mục, cần một tệp.`);
    throw new UserError(`${file}: không đọc được tệp (${code ?? String(error)}).`);
  }
}

/** Writes a result file, or a UserError saying why it cannot be written there. */
export function writeOutput(file: string, data: Uint8Array | string): void {
  try {
    writeFileSync(file, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UserError(`${file}: thư mục ${dirname(file)} không có. Tạo thư mục đó trước, hoặc chọn nơi ghi khác.`);
    if (code === "ENOTDIR") throw new UserError(`${file}: một phần của đường dẫn là tệp, không phải thư mục. Chọn nơi ghi khác.`);
    if (code === "EISDIR") throw new UserError(`${file}: đây là thư mục; cần tên một tệp, ví dụ ${file.replace(/[\\/]+$/, "")}/ket-qua.xlsx.`);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new UserError(`${file}: không có quyền ghi vào đây. Chọn thư mục khác.`);
    if (code === "ENAMETOOLONG") throw new UserError(`${file}: tên hoặc đường dẫn quá dài. Chọn tên ngắn hơn.`);
    if (code === "ENOSPC") throw new UserError(`${file}: ổ đĩa đã đầy. Giải phóng chỗ trống rồi chạy lại.`);
    throw new UserError(`${file}: không ghi được tệp (${code ?? String(error)}).`);
  }
}

export function planErrorLines(file: string, errors: PlanError[]): string[] {
  // The message names the indicator by its STT and name; the field's path is for programs, not people.
  return errors.map((e) => `${file}: ${e.message}`);
}

export function readPlanFile(file: string): Plan {
  const result = loadPlan(readText(file));
  if (!result.ok) {
    throw new UserError(
      `${file}: tệp kế hoạch không hợp lệ (${result.errors.length} lỗi). Sửa các lỗi dưới đây rồi chạy lại:`,
      planErrorLines(file, result.errors),
    );
  }
  return result.plan;
}
