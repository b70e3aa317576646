import { useState } from "react";
import { Body1, Button, Caption1, Checkbox, Field, Input, Textarea, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Spinner } from "@fluentui/react-components";
import type { GenerationMode } from "../../core/annex";
import { annexTitle, attachedTo, defaultActualsLabel, documentDateText, readDocumentDate } from "../../core/annex";
import { readExceedMargin, type Plan } from "../../core/model";
import { marginText } from "../../core/check";
import { formatNumber } from "../../core/vn";
import { NoticeBar } from "../parts/NoticeBar";
import type { PaneActions, PaneState } from "../usePane";
import { INITIAL_FORM, milestoneChoices, MODE_LABELS, shownActualsLabel, type AnnexForm } from "../view/annexForm";
import { useStepStyles } from "./stepStyles";

const NONE = "";

export function GenerateStep({ state, actions, fileMode, onNext }: { state: PaneState; actions: PaneActions; fileMode: boolean; onNext: () => void }) {
  const styles = useStepStyles();
  const [form, setForm] = useState<AnnexForm>(INITIAL_FORM);
  const current = state.plan;
  if (current === null) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>Chọn kế hoạch ở bước «Kế hoạch» trước.</MessageBarBody>
      </MessageBar>
    );
  }
  const plan = current.plan;
  const milestones = milestoneChoices(plan);
  const busy = state.busy !== null;
  const generating = state.busy === "generate";
  const issuing = state.busy === "issue";
  const where = fileMode ? "Tệp đang mở" : "Sổ làm việc";
  // An annex that has the cùng kỳ column keeps it (its entries are the officer's).
  const chosen = { ...form, lastYear: form.lastYear || state.annex?.options.lastYear === true };
  return (
    <div className={styles.step}>
      <Body1>
        Phụ lục I của <b>{plan.issuer.name}</b> theo mẫu Nghị định 30/2020.
      </Body1>
      <HeadingFields plan={plan} disabled={busy} onChange={actions.setHeading} />
      <Field label="Tên cột số liệu thực hiện" hint={`Mặc định: «${defaultActualsLabel(plan, form.against)}». Ví dụ khác: «Thực hiện 6 tháng đầu năm».`}>
        <Input
          value={shownActualsLabel(plan, form)}
          disabled={busy}
          onChange={(_, data) => setForm({ ...form, actualsLabel: data.value })}
        />
      </Field>
      {milestones.length > 0 && (
        <Field label="Đánh giá theo">
          <RadioGroup
            value={form.against ?? NONE}
            disabled={busy}
            onChange={(_, data) => setForm({ ...form, against: data.value === NONE ? null : data.value })}
          >
            {milestones.map((m) => (
              <Radio key={m.value ?? NONE} value={m.value ?? NONE} label={m.label} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <MarginField plan={plan} disabled={busy} onChange={actions.setExceedMargin} />
      <Field hint="Cột nhập số cùng kỳ năm trước, đặt trước cột số liệu thực hiện; % so với cùng kỳ tự tính. Khi cập nhật, phụ lục đã có cột này giữ cột và số liệu đã nhập.">
        <Checkbox
          checked={form.lastYear || state.annex?.options.lastYear === true}
          disabled={busy || state.annex?.options.lastYear === true}
          label="So với cùng kỳ: thêm cột «Thực hiện cùng kỳ năm trước» và «% so với cùng kỳ»"
          onChange={(_, data) => setForm({ ...form, lastYear: data.checked === true })}
        />
      </Field>
      <Field label="Đơn vị báo cáo (không bắt buộc)" hint="Xã, phường hoặc đặc khu có số liệu trong bản này, ghi dưới tiêu đề; dùng khi tổng hợp.">
        <Input value={form.locality} disabled={busy} onChange={(_, data) => setForm({ ...form, locality: data.value })} />
      </Field>
      {state.annex !== null && (
        <Field label={`${where} đã có phụ lục (trang «${state.annex.sheetName}»)`}>
          <RadioGroup value={form.mode} disabled={busy} onChange={(_, data) => setForm({ ...form, mode: data.value as GenerationMode })}>
            {(Object.keys(MODE_LABELS) as GenerationMode[]).map((mode) => (
              <Radio key={mode} value={mode} label={MODE_LABELS[mode]} />
            ))}
          </RadioGroup>
        </Field>
      )}
      <div className={styles.row}>
        <Button appearance={state.outcome === null ? "primary" : "secondary"} disabled={busy} icon={generating ? <Spinner size="tiny" /> : undefined} onClick={() => actions.generate(chosen)}>
          {generating ? "Đang tạo phụ lục…" : "Tạo phụ lục"}
        </Button>
        <Button disabled={busy} icon={issuing ? <Spinner size="tiny" /> : undefined} onClick={() => actions.issue(chosen)}>
          {issuing ? "Đang tạo bản để ban hành…" : "Bản để ban hành"}
        </Button>
      </div>
      <Caption1 className={styles.muted}>
        Bản làm việc tô màu ô cần nhập và ghi «(gợi ý)» sau cơ quan chủ trì văn bản không nêu. Bản để ban hành là cùng bảng đó, chữ đen trên nền trắng, để in và trình ký;
        chỉ tạo được khi mọi cơ quan gợi ý đã được xác nhận.
      </Caption1>
      <NoticeBar notice={state.notice} step="generate" onDismiss={actions.dismissNotice} />
      {state.outcome !== null && !generating && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Đã tạo phụ lục ở trang «{state.outcome.sheetName}».</MessageBarTitle>
            {state.outcome.notes.length > 0 && (
              <ul className={styles.notes}>
                {state.outcome.notes.map((note, i) => (
                  <li key={i}>{note}</li>
                ))}
              </ul>
            )}
            {fileMode ? " Tải tệp về, nhập số liệu vào cột thực hiện, rồi mở lại tệp ở bước «Kiểm tra số liệu»." : " Nhập số liệu vào cột thực hiện; kết quả ở bước «Kiểm tra số liệu»."}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.outcome !== null && !generating && !fileMode && (
        <div className={styles.row}>
          <Button appearance="primary" onClick={onNext}>
            Tiếp: Kiểm tra số liệu
          </Button>
        </div>
      )}
      {state.outcome !== null && state.outcome.skipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Phiên bản Excel này chưa hỗ trợ, phụ lục bỏ qua:</MessageBarTitle>
            <ul className={styles.notes}>
              {state.outcome.skipped.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {fileMode && state.outcome !== null && state.annexFile !== null && (
        <div className={styles.group}>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={actions.downloadAnnex}>
              Tải tệp phụ lục (.xlsx)
            </Button>
          </div>
          <Caption1 className={styles.muted}>{state.annexFile}</Caption1>
        </div>
      )}
    </div>
  );
}

/** The ngưỡng Vượt, typed as officers type a percentage ("5", "2,5", "5%"); kept in the plan and the annex. */
function MarginField({ plan, disabled, onChange }: { plan: Plan; disabled: boolean; onChange: PaneActions["setExceedMargin"] }) {
  const [text, setText] = useState(formatNumber(plan.exceedMargin, { maxDecimals: 2 }));
  const read = readExceedMargin(text);
  return (
    <Field
      label="Ngưỡng Vượt (% trên kế hoạch)"
      hint={read.ok ? `${marginText(read.value)} Lưu trong phụ lục; công thức của trang tính dùng ngưỡng này.` : undefined}
      validationState={read.ok ? "none" : "error"}
      validationMessage={read.ok ? undefined : read.error}
    >
      <Input
        value={text}
        disabled={disabled}
        inputMode="decimal"
        contentAfter="%"
        onChange={(_, data) => {
          setText(data.value);
          const typed = readExceedMargin(data.value);
          if (typed.ok) onChange(typed.value);
        }}
      />
    </Field>
  );
}

/** The lines above the table, as the document prints them; blank parts print as dots. */
function HeadingFields({ plan, disabled, onChange }: { plan: Plan; disabled: boolean; onChange: PaneActions["setHeading"] }) {
  const styles = useStepStyles();
  const [dateText, setDateText] = useState(documentDateText(plan.document.date));
  const date = readDocumentDate(dateText);
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Tiêu đề phụ lục (in đúng như văn bản)</legend>
      <div className={styles.row}>
        <Field label="Số văn bản" hint="Ví dụ 230/KH-UBND; để trống thì in dấu chấm.">
          <Input value={plan.document.number ?? ""} disabled={disabled} onChange={(_, data) => onChange({ number: data.value })} />
        </Field>
        <Field
          label="Ngày ban hành"
          hint="Ngày/tháng/năm, ví dụ 19/01/2024; chưa có ngày thì ghi 01/2024 hoặc 2024."
          validationState={date === undefined ? "error" : "none"}
          validationMessage={date === undefined ? "Ngày này không đọc được: ghi dạng 19/01/2024, 01/2024 hoặc 2024." : undefined}
        >
          <Input
            value={dateText}
            disabled={disabled}
            onChange={(_, data) => {
              setDateText(data.value);
              const read = readDocumentDate(data.value);
              if (read !== undefined) onChange({ date: read });
            }}
          />
        </Field>
      </div>
      <Field label="Tên phụ lục" hint="Để trống thì dùng tên ngắn theo năm kế hoạch.">
        <Textarea value={annexTitle(plan)} disabled={disabled} resize="vertical" onChange={(_, data) => onChange({ title: data.value })} />
      </Field>
      <Field label="Dòng «Kèm theo»" hint="Ghép từ loại văn bản, số, ngày và cơ quan ban hành; sửa nếu văn bản in khác. Để trống thì ghép lại.">
        <Textarea value={attachedTo(plan)} disabled={disabled} resize="vertical" onChange={(_, data) => onChange({ attachedTo: data.value })} />
      </Field>
    </fieldset>
  );
}
