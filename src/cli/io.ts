import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Workbook } from "../core/annex/sheet";
import { renderWorkbookToFile } from "../hosts/xlsx/renderToFile";
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
    throw writeProblem(file, error);
  }
}

/**
 * Writes a workbook row by row (the streaming writer: a plan of 100,000 indicators is written at a
 * fraction of the in-memory writer's memory) into a temporary file beside `file`, renamed into place
 * once complete: a failure never leaves half a workbook under the name the user asked for.
 */
export async function writeWorkbookOutput(file: string, workbook: Workbook): Promise<void> {
  const partial = join(dirname(file), `.${basename(file)}.${process.pid}.dang-ghi`);
  try {
    await renderWorkbookToFile(workbook, partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    // Node's system errors (they carry a code); not `instanceof Error`, which fails across realms.
    if (typeof error === "object" && error !== null && typeof Reflect.get(error, "code") === "string") throw writeProblem(file, error);
    throw error;
  }
}

function writeProblem(file: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new UserError(`${file}: thư mục ${dirname(file)} không có. Tạo thư mục đó trước, hoặc chọn nơi ghi khác.`);
  if (code === "ENOTDIR") return new UserError(`${file}: một phần của đường dẫn là tệp, không phải thư mục. Chọn nơi ghi khác.`);
  if (code === "EISDIR") return new UserError(`${file}: đây là thư mục; cần tên một tệp, ví dụ ${file.replace(/[\\/]+$/, "")}/ket-qua.xlsx.`);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return new UserError(`${file}: không có quyền ghi vào đây. Chọn thư mục khác.`);
  if (code === "ENAMETOOLONG") return new UserError(`${file}: tên hoặc đường dẫn quá dài. Chọn tên ngắn hơn.`);
  if (code === "ENOSPC") return new UserError(`${file}: ổ đĩa đã đầy. Giải phóng chỗ trống rồi chạy lại.`);
  return new UserError(`${file}: không ghi được tệp (${code ?? String(error)}).`);
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
