import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { describeSheetEdit, type AnnexReading } from "../../core/annex";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: "18px" },
});

/**
 * Names, units, targets and agencies the officer changed in the annex sheet itself (core's
 * sheetEdits), listed by STT and name; the check already judges by them, and "Đưa vào kế hoạch"
 * records them in the annex's plan.
 */
export function SheetEditsNotice({ annex, busy, onApply }: { annex: AnnexReading | null; busy: boolean; onApply: () => void }) {
  const styles = useStyles();
  const edits = annex !== null && annex.ok ? (annex.edits ?? []) : [];
  if (edits.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-label="Thay đổi trên trang phụ lục">
      <MessageBarBody>
        <MessageBarTitle>Trên trang phụ lục có {edits.length} ô đã sửa so với kế hoạch</MessageBarTitle>
        <ul className={styles.list}>
          {edits.map((edit, i) => (
            <li key={i}>{describeSheetEdit(edit)}</li>
          ))}
        </ul>
        Kiểm tra số liệu đang đánh giá theo các ô đã sửa. «Đưa vào kế hoạch» lưu các thay đổi vào kế hoạch của phụ lục: phụ lục được tạo lại với số liệu đã nhập, trang cũ giữ lại làm bản trước.
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" disabled={busy} onClick={onApply}>
          Đưa vào kế hoạch
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
