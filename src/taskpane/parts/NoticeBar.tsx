import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Notice, StepId } from "../usePane";

/** The result or error of the step's last action; errors say what to do next. */
export function NoticeBar({ notice, step, onDismiss }: { notice: Notice | null; step: StepId; onDismiss: () => void }) {
  if (notice === null || notice.step !== step) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label="Đóng thông báo" onClick={onDismiss}>×</Button>} />
    </MessageBar>
  );
}
