import { useEffect, useMemo, useRef } from "react";
import { Body1, Button, Caption1, Field, Input, makeStyles, ProgressBar, Textarea, tokens } from "@fluentui/react-components";
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
/** Files listed one by one with their "Bỏ"; past this many, the rest are counted. */
const SHOWN_FILES = 200;

const usePickedStyles = makeStyles({
  pickedList: { listStyleType: "none", margin: 0, padding: 0, maxHeight: "180px", overflowY: "auto", border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  pickedItem: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, padding: `0 ${tokens.spacingHorizontalS}` },
  pickedName: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
});

export function ConsolidateStep({ state, actions, fileMode }: { state: PaneState; actions: PaneActions; fileMode: boolean }) {
  const styles = { ...useStepStyles(), ...usePickedStyles() };
  const { files, expectedText, deadlineText, progress, result } = state.consolidation;
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
        của từng chỉ tiêu; kết quả gồm trang «Tổng hợp», «Chi tiết theo đơn vị» và «Tình hình báo cáo».
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
        {files.length > 0 && (
          <ul className={styles.pickedList} aria-label="Các tệp đã chọn">
            {files.slice(0, SHOWN_FILES).map((picked, i) => (
              <li key={`${picked.source}-${i}`} className={styles.pickedItem}>
                <span className={styles.pickedName}>{picked.source}</span>
                <Button size="small" appearance="subtle" disabled={busy} aria-label={`Bỏ tệp ${picked.source}`} onClick={() => act.removeFile(i)}>
                  Bỏ
                </Button>
              </li>
            ))}
            {files.length > SHOWN_FILES && <li className={styles.muted}>… và {files.length - SHOWN_FILES} tệp khác.</li>}
          </ul>
        )}
      </div>
      <Field label="Đơn vị phải báo cáo (không bắt buộc)" hint="Mỗi dòng một tên, ví dụ «Xã Đức Thạnh»; dòng bắt đầu bằng # được bỏ qua. Để trống thì chỉ tổng hợp các đơn vị đã gửi.">
        <Textarea value={expectedText} rows={4} resize="vertical" disabled={busy} onChange={(_, data) => act.setExpectedText(data.value)} />
      </Field>
      <Field label="Hạn nộp báo cáo (không bắt buộc)" hint="Ví dụ 05/11/2024. Để trống thì dùng hạn ghi trong phụ lục đã giao hoặc trong kế hoạch; báo cáo nhận đến hết ngày này là đúng hạn.">
        <Input value={deadlineText} disabled={busy} onChange={(_, data) => act.setDeadlineText(data.value)} />
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
