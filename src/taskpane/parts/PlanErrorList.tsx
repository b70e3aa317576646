import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanError } from "../../core/model";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: "18px" },
});

/** Every problem of a plan file at once, each naming the indicator by STT and name, so it is fixed in one pass. */
export function PlanErrorList({ source, errors }: { source: string; errors: PlanError[] }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {source}: tệp kế hoạch không hợp lệ ({errors.length} lỗi)
        </MessageBarTitle>
        Sửa các chỗ sau trong tệp rồi mở lại:
        <ul className={styles.list} aria-label="Các lỗi trong tệp kế hoạch">
          {errors.map((e, i) => (
            <li key={i}>
              {e.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
