import { Caption1, makeStyles, Spinner, Subtitle1, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** What the pane shows while it waits for Office: it is alive, and what it is waiting for. */
export function Starting() {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-busy="true">
      <Subtitle1 as="h1" className={styles.title}>
        Phụ lục - Chỉ tiêu chủ yếu
      </Subtitle1>
      <Spinner size="small" labelPosition="after" label="Đang kết nối với Excel…" />
      <Caption1 className={styles.muted}>Ngoài Excel, hoặc nếu Excel không trả lời, Phụ lục sẽ mở ở chế độ tệp.</Caption1>
    </main>
  );
}
