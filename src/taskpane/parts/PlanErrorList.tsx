import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanError } from "../../core/model";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: "18px" },
});

/**
 * Every problem of a plan file at once, each naming the indicator by STT and name, so it is fixed in
 * one pass. A file that is no plan at all (a workbook, a PDF, broken text) has one message for the
 * whole file, which already says what to choose instead: it is shown alone, not as a list to fix.
 */
export function PlanErrorList({ source, errors }: { source: string; errors: PlanError[] }) {
  const styles = useStyles();
  const whole = errors.length === 1 && errors[0]?.path === "" ? errors[0] : null;
  if (whole !== null) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{source}: không mở được kế hoạch</MessageBarTitle>
          {whole.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {source}: tệp kế hoạch có {errors.length} lỗi
        </MessageBarTitle>
        Sửa các chỗ sau trong tệp rồi mở lại:
        <ul className={styles.list} aria-label="Các lỗi trong tệp kế hoạch">
          {errors.map((e, i) => (
            <li key={i}>{e.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
