/**
 * Received files for consolidation tests without touching disk: an annex as the core lays it out,
 * with entries typed in, read back as a host would read its cells.
 */
import { annexLayout, annexOptions, hasFormula, type AnnexEntry, type AnnexOptionsInput, type ReadSheet, type Sheet, type Workbook } from "../../../src/core/annex";
import { readReceived, type ReceivedFile } from "../../../src/core/consolidate";
import { loadPlan, type Plan, type PlanInput } from "../../../src/core/model";
import { withTargets } from "../../../src/core/model/withTargets";

/** What a host reads from a described sheet: values, a formula's cached result, number formats. */
export function asRead(workbook: Workbook): ReadSheet[] {
  return workbook.sheets.map((sheet: Sheet) => ({
    name: sheet.name,
    rows: sheet.rows.map((row) =>
      row.cells.map((cell) => (cell ? { value: hasFormula(cell) ? (cell.result ?? null) : (cell.value ?? null), numFmt: workbook.styles[cell.style ?? ""]?.numFmt ?? null } : null)),
    ),
  }));
}

export type Typed = number | string | { value: number; numFmt: string } | null;

/** A commune's annex of `plan` with its own targets and what its officer typed, as received. */
export function received(source: string, plan: Plan, options: AnnexOptionsInput, typed: Record<string, Typed> = {}, targets: Record<string, string | null> = {}): ReceivedFile {
  const own = withTargets(plan, targets);
  if (!own.ok) throw new Error(`unknown codes ${own.unknown.join(", ")}`);
  const entries = new Map<string, AnnexEntry>();
  for (const [code, value] of Object.entries(typed)) {
    if (value === null) continue;
    entries.set(code, typeof value === "object" ? { actual: { value: value.value, numFmt: value.numFmt }, note: null } : { actual: { value }, note: null });
  }
  const { workbook } = annexLayout({ plan: own.plan, options: annexOptions(options), entries });
  return readReceived(source, asRead(workbook));
}

export function plan(input: Partial<PlanInput> & { sections: PlanInput["sections"] }): Plan {
  const loaded = loadPlan(
    JSON.stringify({
      schemaVersion: 1,
      id: "xa-mau-2025",
      title: "Kế hoạch phát triển kinh tế - xã hội năm 2025",
      document: { kind: "Kế hoạch", number: null, date: "2025-01", place: null },
      issuer: { name: "Ủy ban nhân dân huyện Mẫu", level: "huyen", province: null },
      period: { year: 2025 },
      ...input,
    }),
  );
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return loaded.plan;
}

const row = (code: string, name: string, unit: string | null, target: string | null, extra: Record<string, unknown> = {}) => ({
  code,
  stt: code.replace("CT", ""),
  name,
  unit,
  target,
  source: { quote: `${name} ${target ?? ""}` },
  ...extra,
});

/** A small commune plan with one indicator of each way of consolidating. */
export function smallPlan(): Plan {
  return plan({
    sections: [
      {
        code: "I",
        title: "Kinh tế",
        indicators: [
          row("CT01", "Giá trị sản xuất nông nghiệp", "triệu đồng", "50.000 triệu đồng"),
          row("CT02", "Sản lượng lương thực", "tấn", "từ 4.000 tấn trở lên"),
          row("CT03", "Thu nhập bình quân đầu người", "triệu đồng/người/năm", "60 triệu đồng/người/năm", { aggregate: { kind: "weighted", weight: "CT05" } }),
        ],
      },
      {
        code: "II",
        title: "Xã hội",
        indicators: [
          row("CT04", "Tổng số hộ", "hộ", "2.000 hộ"),
          row("CT05", "Dân số trung bình", "người", "7.000 người"),
          row("CT06", "Số hộ nghèo", "hộ", "không quá 60 hộ"),
          row("CT07", "Tỷ lệ hộ nghèo", "%", "dưới 3%", { aggregate: { kind: "ratio", numerator: "CT06", denominator: "CT04" } }),
          row("CT08", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", "dưới 8%"),
          row("CT09", "Giữ vững an ninh chính trị, trật tự an toàn xã hội", null, "Giữ vững ổn định"),
        ],
      },
    ],
  });
}

/** A fixture commune (test/support/communes.ts) as received, without writing its workbook. */
export function receivedCommune(commune: { name: string; file: string; targets: Record<string, string>; entries: Map<string, AnnexEntry> }, template: Plan, period: string): ReceivedFile {
  const own = withTargets(template, commune.targets);
  if (!own.ok) throw new Error(`unknown codes ${own.unknown.join(", ")}`);
  const { workbook } = annexLayout({ plan: own.plan, options: annexOptions({ locality: commune.name, actualsLabel: period }), entries: commune.entries });
  return readReceived(commune.file, asRead(workbook));
}
