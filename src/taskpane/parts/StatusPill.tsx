import { makeStyles, tokens } from "@fluentui/react-components";
import { STATUS_COLOURS } from "../../core/annex/styles";
import { STATUS_LABELS, type Status } from "../../core/check";

const useStyles = makeStyles({
  pill: {
    display: "inline-block",
    padding: "0 6px",
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
});

/** The sheet's own colours for a status (the Đánh giá column), so the pane and the sheet agree. */
export function statusColours(status: Status): { backgroundColor: string; color: string } {
  const colours = STATUS_COLOURS.find((c) => c.status === status);
  return colours ? { backgroundColor: `#${colours.fill}`, color: `#${colours.fontColor}` } : { backgroundColor: "#EDEBE9", color: "#3B3A39" };
}

export function StatusPill({ status }: { status: Status }) {
  const styles = useStyles();
  return (
    <span className={styles.pill} style={statusColours(status)}>
      {STATUS_LABELS[status]}
    </span>
  );
}
