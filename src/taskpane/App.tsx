import { useState } from "react";
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Select, Subtitle1, Title3 } from "@fluentui/react-components";
import { loadPlan, summarizePlan, type LoadResult } from "../core/model";
import { isMeasurable } from "../core/model/measurable";
import { BUNDLED_SEEDS } from "./bundledSeeds";

export function App({ inExcel }: { inExcel: boolean }) {
  const [result, setResult] = useState<{ source: string; result: LoadResult } | null>(null);

  const chooseSeed = (id: string) => {
    const seed = BUNDLED_SEEDS.find((s) => s.id === id);
    if (seed) setResult({ source: seed.label, result: seed.load() });
  };
  const openFile = async (file: File) => setResult({ source: file.name, result: loadPlan(await file.text()) });

  return (
    <main style={{ padding: 12, display: "flex", flexDirection: "column", gap: 12 }}>
      <Title3 as="h1">Phụ lục - Chỉ tiêu chủ yếu</Title3>
      <Caption1>{inExcel ? "Đang chạy trong Excel." : "Chế độ tệp: đang chạy ngoài Excel."}</Caption1>
      <Field label="Kế hoạch mẫu">
        <Select defaultValue="" onChange={(_, data) => chooseSeed(data.value)}>
          <option value="" disabled>
            Chọn một kế hoạch…
          </option>
          {BUNDLED_SEEDS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Hoặc mở tệp kế hoạch (.plan.json)">
        <input type="file" accept=".json,application/json" onChange={(e) => e.target.files?.[0] && void openFile(e.target.files[0])} />
      </Field>
      {result && <PlanResult source={result.source} result={result.result} />}
    </main>
  );
}

function PlanResult({ source, result }: { source: string; result: LoadResult }) {
  if (!result.ok) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <b>{source}</b>: tệp kế hoạch không hợp lệ ({result.errors.length} lỗi).
          <ul>
            {result.errors.map((e, i) => (
              <li key={i}>
                {e.path === "" ? "" : <code>{e.path}</code>} {e.message}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const summary = summarizePlan(result.plan, isMeasurable);
  return (
    <section aria-label="Tóm tắt kế hoạch">
      <Subtitle1 as="h2">{summary.issuer}</Subtitle1>
      <Body1 as="p">
        Thời kỳ {summary.period}; {summary.indicators} chỉ tiêu
        {summary.statedCount !== null ? ` (văn bản nêu ${summary.statedCount})` : ""}, {summary.figures} số liệu đo được.
      </Body1>
      <ul>
        {summary.sections.map((s, i) => (
          <li key={i}>
            {s.code !== null ? `${s.code}. ` : ""}
            {s.title}: {s.indicators} chỉ tiêu, {s.figures} số liệu
          </li>
        ))}
      </ul>
      <Button appearance="secondary" onClick={() => navigator.clipboard?.writeText(JSON.stringify(result.plan, null, 2))}>
        Sao chép mô hình JSON
      </Button>
    </section>
  );
}
