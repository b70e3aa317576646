import { Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, ProgressBar, Spinner, Textarea } from "@fluentui/react-components";
import { defaultActualsLabel } from "../../core/annex";
import { dayText } from "../../core/consolidate/timeliness";
import { parseLocalityList } from "../../core/consolidate/localities";
import type { Plan } from "../../core/model";
import { FilePickButton } from "../parts/FilePickButton";
import { NoticeBar } from "../parts/NoticeBar";
import type { AssignActions, AssignState } from "../useAssign";
import type { Busy, Notice } from "../usePane";
import { useStepStyles } from "./stepStyles";

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Communes listed one by one; past this many, the rest are counted. */
const SHOWN = 200;

export interface AssignStepProps {
  plan: Plan | null;
  assign: AssignState;
  act: AssignActions;
  busy: Busy | null;
  notice: Notice | null;
  onDismiss: () => void;
}

/** "Giao chỉ tiêu": the office gives each commune its own targets, then sends each its own annex. */
export function AssignStep({ plan, assign, act, busy, notice, onDismiss }: AssignStepProps) {
  const styles = useStepStyles();
  if (plan === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>Chọn kế hoạch ở bước «Kế hoạch» trước: bảng giao chỉ tiêu có một cột cho mỗi chỉ tiêu của kế hoạch.</MessageBarBody>
      </MessageBar>
    );
  }
  const working = busy !== null;
  const listed = parseLocalityList(assign.communesText).names.length;
  const table = assign.table !== null && assign.table.plan === plan ? assign.table : null;
  const deadline = plan.reportingDeadline;
  return (
    <div className={styles.step}>
      <Body1>
        Giao chỉ tiêu riêng cho từng xã của <b>{plan.issuer.name}</b>: ghi chỉ tiêu của mỗi xã vào bảng giao chỉ tiêu, rồi tạo cho mỗi xã một phụ lục chỉ có chỉ tiêu
        được giao, kỳ báo cáo và hạn nộp. Các xã nhập số liệu vào phụ lục của mình và gửi lại để tổng hợp.
      </Body1>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>1. Bảng giao chỉ tiêu</legend>
        <Caption1>Mỗi xã một dòng, mỗi chỉ tiêu một cột (có STT, tên và đơn vị tính), dòng đầu là chỉ tiêu chung của kế hoạch để đối chiếu. Ô để trống là không giao chỉ tiêu đó cho xã.</Caption1>
        <Field label="Danh sách xã (không bắt buộc)" hint="Mỗi dòng một tên, ví dụ «Xã An Bình»: được ghi sẵn vào bảng. Để trống thì ghi tên xã trong bảng.">
          <Textarea value={assign.communesText} rows={3} resize="vertical" disabled={working} onChange={(_, data) => act.setCommunesText(data.value)} />
        </Field>
        <div className={styles.row}>
          <Button appearance={table === null ? "primary" : "secondary"} disabled={working} icon={busy === "assign-table" ? <Spinner size="tiny" /> : undefined} onClick={() => act.downloadBlank(plan)}>
            Tải bảng giao chỉ tiêu (.xlsx)
          </Button>
          {listed > 0 && <Caption1 className={styles.muted}>{listed} đơn vị cấp xã được ghi sẵn.</Caption1>}
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>2. Bảng đã điền</legend>
        <div className={styles.row}>
          <FilePickButton label="Chọn bảng đã điền…" accept={XLSX_ACCEPT} busy={busy === "assign-read"} disabled={working} onFile={(file) => act.openTable(file, plan)} />
        </div>
        {table === null && assign.problems === null && <Caption1 className={styles.muted}>Chưa chọn bảng. Bảng có thể xoay ngược (mỗi chỉ tiêu một dòng, mỗi xã một cột).</Caption1>}
        {assign.problems !== null && (
          <ul className={styles.notes} aria-label="Lỗi trong bảng giao chỉ tiêu">
            {assign.problems.errors.map((error, i) => (
              <li key={i}>
                <Caption1>{error}</Caption1>
              </li>
            ))}
          </ul>
        )}
        {table !== null && (
          <>
            <Caption1 aria-live="polite">
              {table.file}: chỉ tiêu giao cho {table.reading.communes.length} đơn vị cấp xã, {table.reading.indicators.length} chỉ tiêu
              {table.reading.orientation === "communes-as-columns" ? " (bảng xoay ngược: mỗi xã một cột)" : ""}.
            </Caption1>
            <ul className={styles.notes} aria-label="Các xã được giao chỉ tiêu">
              {table.reading.communes.slice(0, SHOWN).map((commune) => (
                <li key={commune.name}>
                  <Caption1>
                    {commune.name}: {Object.values(commune.targets).filter((t) => t !== null).length} chỉ tiêu được giao
                  </Caption1>
                </li>
              ))}
              {table.reading.communes.length > SHOWN && (
                <li>
                  <Caption1>… và {table.reading.communes.length - SHOWN} đơn vị khác.</Caption1>
                </li>
              )}
            </ul>
            {table.reading.notes.length > 0 && (
              <ul className={styles.notes} aria-label="Lưu ý về bảng giao chỉ tiêu">
                {table.reading.notes.map((note, i) => (
                  <li key={i}>
                    <Caption1 className={styles.muted}>Lưu ý: {note}</Caption1>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>3. Phụ lục cho từng xã</legend>
        <Field label="Kỳ báo cáo (tên cột số liệu)" hint={`Để trống: «${defaultActualsLabel(plan, null)}». Ví dụ khác: «Thực hiện 9 tháng năm 2024».`}>
          <Input value={assign.periodText} placeholder={defaultActualsLabel(plan, null)} disabled={working} onChange={(_, data) => act.setPeriodText(data.value)} />
        </Field>
        <Field label="Hạn nộp báo cáo" hint={deadline === null ? "Ví dụ 05/11/2024. Kế hoạch không ghi hạn nộp: để trống thì phụ lục không có hạn." : `Để trống: ${dayText(deadline)}, theo kế hoạch.`}>
          <Input value={assign.deadlineText} placeholder={deadline === null ? undefined : dayText(deadline)} disabled={working} onChange={(_, data) => act.setDeadlineText(data.value)} />
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" disabled={working || table === null} onClick={() => act.downloadAnnexes(plan)}>
            Tải phụ lục các xã (.zip)
          </Button>
        </div>
        {table === null && <Caption1 className={styles.muted}>Chọn bảng đã điền ở mục 2 trước.</Caption1>}
        {assign.progress !== null && (
          <Field label={`Đang tạo phụ lục ${Math.min(assign.progress.done + 1, assign.progress.total)}/${assign.progress.total}…`} validationState="none">
            <ProgressBar value={assign.progress.done / Math.max(1, assign.progress.total)} thickness="large" />
          </Field>
        )}
      </fieldset>
      <NoticeBar notice={notice} step="assign" onDismiss={onDismiss} />
    </div>
  );
}
