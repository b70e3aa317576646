import { describeTarget, explainDirection, DIRECTION_LABELS, formatTarget, parseTarget } from "../../core/vn";
import { parse } from "../args";
import { UserError } from "../io";

const USAGE = 'phuluc target "<chỉ tiêu>" [--unit "<đơn vị>"] [--name "<tên chỉ tiêu>"] [--json]';

/** Shows how a target phrase (or an actual) is read, and which way is better. */
export function targetCommand(argv: string[], out: (text: string) => void): number {
  const { values, positionals } = parse(
    argv,
    { unit: { type: "string" }, name: { type: "string" }, json: { type: "boolean" } },
    USAGE,
  );
  const [phrase, ...extra] = positionals;
  if (phrase === undefined || extra.length > 0) {
    throw new UserError(`cần đúng một chỉ tiêu, đặt trong dấu ngoặc kép (chỉ tiêu bắt đầu bằng "-" thì viết sau "--", các tùy chọn đặt trước "--").\nCách dùng: ${USAGE}`);
  }
  const target = parseTarget(phrase, values.unit ?? null);
  const { direction, reason } = explainDirection({ name: values.name ?? "", target, unit: values.unit ?? null });
  if (values.json) {
    out(JSON.stringify({ ...target, direction }, null, 2));
    return 0;
  }
  const lines = [
    `Chỉ tiêu: "${phrase}"`,
    `Đọc là: ${formatTarget(target)}, tức ${describeTarget(target)}`,
    `Đơn vị: ${target.unit ?? "không có"}`,
    `Chiều đánh giá: ${DIRECTION_LABELS[direction]}; ${reason}`,
    ...(target.warnings.length > 0 ? ["Cảnh báo:", ...target.warnings.map((w) => `  - ${w}`)] : []),
  ];
  out(lines.join("\n"));
  return 0;
}
