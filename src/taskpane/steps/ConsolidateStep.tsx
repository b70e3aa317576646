import { useEffect, useMemo, useRef } from "react";
import { Body1, Button, Caption1, Field, ProgressBar, Textarea } from "@fluentui/react-components";
import { FilePickButton } from "../parts/FilePickButton";
import { FilesPickButton } from "../parts/FilesPickButton";
import { nothingFocused } from "../parts/focus";
import { NoticeBar } from "../parts/NoticeBar";
import type { ConsolidationProgress } from "../useConsolidation";
import type { PaneActions, PaneState } from "../usePane";
import { expectedList, expectedSentence } from "../view/expectedList";
import { ConsolidationResultView } from "./ConsolidationResultView";
import { useStepStyles } from "./stepStyles";

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const LIST_ACCEPT = ".txt,.csv,text/plain,text/csv";

export function ConsolidateStep({ state, actions, fileMode }: { state: PaneState; actions: PaneActions; fileMode: boolean }) {
  const styles = useStepStyles();
  const { files, expectedText, progress, result } = state.consolidation;
  const act = actions.consolidation;
  const busy = state.busy !== null;
  const list = useMemo(() => expectedList(expectedText), [expectedText]);
  const stop = useRef<HTMLButtonElement>(null);
  const reading = progress?.stage === "read";
  useEffect(() => {
    // "Tổng hợp" is disabled while reading, which drops the keyboard's focus: "Dừng" takes it.
    if (reading && nothingFocused()) stop.current?.focus();
  }, [reading]);

  return (
    <div className={styles.step}>
      <Body1>
        Tổng hợp phụ lục các đơn vị gửi về: chọn các tệp phụ lục đã nhập số liệu (.xlsx do Phụ lục tạo, cùng một mẫu). Số liệu được cộng theo cách tổng hợp
        của từng chỉ tiêu; kết quả gồm trang «Tổng hợp» và «Tình hình báo cáo».
      </Body1>
      <div className={styles.group}>
        <div className={styles.row}>
          <FilesPickButton label="Chọn tệp…" accept={XLSX_ACCEPT} appearance={files.length === 0 ? "primary" : "secondary"} disabled={busy} onFiles={(f) => act.addFiles(f, false)} />
          <FilesPickButton label="Chọn thư mục…" directory disabled={busy} onFiles={(f) => act.addFiles(f, true)} />
          {files.length > 0 && (
            <Button appearance="subtle" disabled={busy} onClick={act.clearFiles}>
              Bỏ chọn tất cả
            </Button>
          )}
        </div>
        <Caption1 className={styles.muted} aria-live="polite">
          {files.length === 0 ? "Chưa chọn tệp nào. Có thể chọn nhiều lần: tệp được thêm vào danh sách." : `Đã chọn ${files.length} tệp.`}
        </Caption1>
      </div>
      <Field label="Đơn vị phải báo cáo (không bắt buộc)" hint="Mỗi dòng một tên, ví dụ «Xã Đức Thạnh»; dòng bắt đầu bằng # được bỏ qua. Để trống thì chỉ tổng hợp các đơn vị đã gửi.">
        <Textarea value={expectedText} rows={4} resize="vertical" disabled={busy} onChange={(_, data) => act.setExpectedText(data.value)} />
      </Field>
      <div className={styles.row}>
        <FilePickButton label="Mở danh sách (.txt)…" accept={LIST_ACCEPT} busy={state.busy === "list-file"} disabled={busy} onFile={act.openExpectedFile} />
        <Caption1 className={styles.muted}>{expectedSentence(list)}</Caption1>
      </div>
      <div className={styles.row}>
        {/* No spinner here: the progress bar below says how far the reading is. */}
        <Button appearance="primary" disabled={busy || files.length === 0} onClick={act.run}>
          {result === null ? "Tổng hợp" : "Tổng hợp lại"}
        </Button>
        {progress !== null && progress.stage === "read" && (
          <Button ref={stop} onClick={act.cancel} aria-label="Dừng đọc tệp">
            Dừng
          </Button>
        )}
      </div>
      {progress !== null && <Progress progress={progress} />}
      <NoticeBar notice={state.notice} step="consolidate" onDismiss={actions.dismissNotice} />
      {result !== null && state.busy !== "consolidate" && <ConsolidationResultView result={result} state={state} actions={actions} fileMode={fileMode} />}
    </div>
  );
}

function Progress({ progress }: { progress: ConsolidationProgress }) {
  const text = progress.stage === "read" ? `Đang đọc tệp ${progress.reading}/${progress.total}…` : "Đang tổng hợp…";
  const value = progress.stage === "read" ? (progress.reading - 1) / progress.total : 1;
  return (
    <Field label={text} validationState="none">
      <ProgressBar value={value} thickness="large" aria-valuetext={text} />
    </Field>
  );
}
