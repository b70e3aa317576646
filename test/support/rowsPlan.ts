import { loadPlan, type Plan } from "../../src/core/model";

export interface PlanRow {
  name: string;
  unit: string | null;
  target: string | null;
  /** Milestone targets by year; the plan then runs to `to` with these milestones. */
  milestones?: Record<string, string>;
}

/**
 * A plan of the given rows in one section, loaded (and so validated) as any plan file: for tests
 * about how rows are judged, whatever the seeds hold. Codes are R0001, R0002...
 */
export function planOfRows(rows: readonly PlanRow[], id = "hang-thu"): Plan {
  const code = (i: number) => `R${String(i + 1).padStart(4, "0")}`;
  const milestones = [...new Set(rows.flatMap((r) => Object.keys(r.milestones ?? {})))].map(Number).sort();
  const input = {
    schemaVersion: 1,
    id,
    title: "Kế hoạch phát triển kinh tế - xã hội năm 2025",
    document: { kind: "Kế hoạch", number: "1/KH-UBND", date: "2024-12-20", place: "Tiên Lữ" },
    issuer: { name: "Ủy ban nhân dân huyện Tiên Lữ", level: "huyen", province: "Hưng Yên" },
    period: milestones.length === 0 ? { year: 2025 } : { from: 2021, to: 2030, milestones },
    statedCount: null,
    sections: [
      {
        code: "I",
        title: "Các chỉ tiêu",
        statedCount: null,
        indicators: rows.map((r, i) => ({
          code: code(i),
          stt: String(i + 1),
          name: r.name,
          unit: r.unit,
          target: r.target,
          ...(r.milestones ? { milestones: r.milestones } : {}),
          agency: null,
          source: { quote: `${r.name}: ${r.target ?? ""}` },
        })),
      },
    ],
  };
  const result = loadPlan(JSON.stringify(input));
  if (!result.ok) throw new Error(`Kế hoạch thử không hợp lệ:\n${result.errors.map((e) => `${e.path}: ${e.message}`).join("\n")}`);
  return result.plan;
}
