import { useState } from "react";
import { Button, Caption1, Divider, Field, MessageBar, MessageBarBody, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Plan } from "../../core/model";
import { savePlanFile } from "../downloadPlan";
import { FilePickButton } from "../parts/FilePickButton";
import type { ImportEditor } from "../useImportEditor";
import { PlanEditorView } from "./PlanEditorView";
import { useStepStyles } from "./stepStyles";

const DOCUMENT_ACCEPT = ".docx,.pdf,.txt,.xlsx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  footer: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * "Nhập kế hoạch từ văn bản": a plan's document (.docx, PDF, .txt, an annex .xlsx) or pasted text
 * becomes an editable draft; "Dùng kế hoạch này" makes the checked draft the pane's plan.
 */
export function ImportPlan({ editor, busy, onUse }: { editor: ImportEditor; busy: boolean; onUse: (plan: Plan, source: string) => void }) {
  const styles = useStepStyles();
  const own = useStyles();
  const [pasted, setPasted] = useState("");
  const [pasting, setPasting] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const plan = editor.check?.plan ?? null;
  return (
    <section className={styles.group} aria-label="Nhập kế hoạch từ văn bản">
      <Subtitle2 as="h2">Nhập kế hoạch từ văn bản</Subtitle2>
      <Caption1 className={styles.muted}>Chọn văn bản kế hoạch (Word .docx, PDF, .txt, hoặc bảng phụ lục .xlsx), hoặc dán nội dung; các chỉ tiêu đọc được hiện ra để sửa trước khi dùng.</Caption1>
      <div className={styles.row}>
        <FilePickButton label="Chọn văn bản…" accept={DOCUMENT_ACCEPT} busy={editor.reading} disabled={busy || editor.reading} onFile={(file) => editor.readFile(file)} />
        <Button disabled={busy} aria-expanded={pasting} onClick={() => setPasting(!pasting)}>
          Dán văn bản
        </Button>
      </div>
      {pasting && (
        <div className={styles.group}>
          <Field label="Nội dung kế hoạch">
            <Textarea value={pasted} rows={6} resize="vertical" onChange={(_, data) => setPasted(data.value)} />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={() => editor.readPasted(pasted)}>
              Đọc văn bản
            </Button>
          </div>
        </div>
      )}
      {editor.problem !== null && (
        <MessageBar intent={editor.state === null ? "error" : "warning"} layout="multiline">
          <MessageBarBody>{editor.problem}</MessageBarBody>
        </MessageBar>
      )}
      {editor.state !== null && (
        <>
          <Divider />
          <Caption1>Đọc từ: {editor.source}</Caption1>
          <PlanEditorView state={editor.state} check={editor.check} dispatch={editor.dispatch} />
          {saved !== null && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>Đã tải tệp kế hoạch {saved}: mở lại tệp này ở bước Kế hoạch («Mở tệp kế hoạch…») khi cần.</MessageBarBody>
            </MessageBar>
          )}
          <div className={own.footer}>
            <Button appearance="primary" disabled={plan === null || busy} onClick={() => plan !== null && onUse(plan, editor.source ?? "Văn bản")}>
              Dùng kế hoạch này
            </Button>
            <Button disabled={plan === null} onClick={() => plan !== null && setSaved(savePlanFile(plan))}>
              Tải tệp kế hoạch
            </Button>
            <Button appearance="subtle" onClick={() => editor.close()}>
              Bỏ
            </Button>
            {plan === null && <Caption1 className={styles.muted}>Sửa các lỗi (viền đỏ) trước khi dùng.</Caption1>}
          </div>
        </>
      )}
    </section>
  );
}
