import { assessCommand } from "./commands/assess";
import { checkCommand } from "./commands/check";
import { consolidateCommand } from "./commands/consolidate";
import { generateCommand } from "./commands/generate";
import { importCommand } from "./commands/import";
import { issueCommunesCommand } from "./commands/issueCommunes";
import { demoCommand } from "./commands/demo";
import { planCommand } from "./commands/plan";
import { reviewCommand } from "./commands/review";
import { targetCommand } from "./commands/target";
import { ExcelLimitError } from "../core/annex/excelLimits";
import { UserError } from "./io";

type Command = (argv: string[], out: (text: string) => void) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  import: { run: importCommand, help: "import <văn-bản.docx|.pdf|.txt|.xlsx> -o <kế-hoạch.plan.json> [--force]   đọc chỉ tiêu từ văn bản kế hoạch" },
  plan: { run: planCommand, help: "plan <tệp.plan.json> [--json]   kiểm tra tệp kế hoạch và in tóm tắt" },
  target: { run: targetCommand, help: 'target "<chỉ tiêu>" [--unit <đơn vị>] [--name <tên>] [--json]   đọc chỉ tiêu thành số liệu' },
  assess: { run: assessCommand, help: "assess <tệp.plan.json> --actuals <số-liệu.json> [--against <năm>] [--json]   đánh giá số liệu thực hiện" },
  generate: { run: generateCommand, help: 'generate <tệp.plan.json> -o <phụ-lục.xlsx> [--period "<tên cột>"] [--keep-from <tệp cũ>]   tạo phụ lục Excel' },
  check: { run: checkCommand, help: "check <phụ-lục.xlsx> [--json] [--write <bản-sao.xlsx>]   kiểm tra số liệu đã nhập" },
  "issue-communes": {
    run: issueCommunesCommand,
    help: "issue-communes <tệp.plan.json> --blank <giao-chỉ-tiêu.xlsx> | --table <bảng-đã-điền.xlsx> --out <thư-mục|tệp.zip> [--deadline <dd/mm/yyyy>] [--period \"<kỳ>\"]   giao chỉ tiêu: phụ lục riêng cho từng xã",
  },
  consolidate: { run: consolidateCommand, help: "consolidate <tệp hoặc thư mục...> -o <tổng-hợp.xlsx> [--expected <danh-sách.txt>] [--json]   tổng hợp phụ lục các đơn vị" },
  review: { run: reviewCommand, help: "review <tệp.plan.json> [--text <văn-bản.docx|.pdf|.txt>] [--json]   rà soát phụ lục: thiếu, trùng, không khớp, khác văn bản" },
  demo: { run: demoCommand, help: "demo                              chạy thử trên các kế hoạch mẫu" },
};

function usage(): string {
  return ["Cách dùng: phuluc <lệnh> [tham số]", "", ...Object.values(COMMANDS).map((c) => `  phuluc ${c.help}`)].join("\n");
}

/** Exit codes: 0 done, 2 the input needs fixing, 1 an unexpected failure. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const out = (text: string) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    process.stderr.write(`phuluc: không có lệnh "${name}".\n${usage()}\n`);
    return 2;
  }
  try {
    return await command.run(rest, out);
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`phuluc ${name}: ${error.message}\n${error.details.map((d) => `  ${d}\n`).join("")}`);
      return 2;
    }
    if (error instanceof ExcelLimitError) {
      process.stderr.write(`phuluc ${name}: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`phuluc ${name}: lỗi không mong đợi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
