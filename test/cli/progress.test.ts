import { stages } from "../../src/cli/progress";

test("long runs say on stderr what they are doing and how long it took; short runs stay silent", () => {
  const written: string[] = [];
  const original = process.stderr.write;
  process.stderr.write = ((chunk: string) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    const quiet = stages(false);
    quiet.stage("Đang tạo phụ lục 12 chỉ tiêu");
    quiet.done("Đã tạo phụ lục");
    expect(written).toEqual([]);
    const loud = stages(true);
    loud.stage("Đang tạo phụ lục 100.000 chỉ tiêu");
    loud.done("Đã tạo phụ lục");
  } finally {
    process.stderr.write = original;
  }
  expect(written[0]).toBe("Đang tạo phụ lục 100.000 chỉ tiêu…\n");
  expect(written[1]).toMatch(/^Đã tạo phụ lục trong [\d,]+ giây\.\n$/);
});
