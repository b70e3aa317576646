import { Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { summarizePlan, type Plan } from "../../core/model";
import { isMeasurable } from "../../core/model/measurable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  sections: { margin: 0, paddingLeft: "18px" },
});

export function PlanSummaryView({ plan, source }: { plan: Plan; source: string }) {
  const styles = useStyles();
  const summary = summarizePlan(plan, isMeasurable);
  return (
    <section className={styles.root} aria-label="Tóm tắt kế hoạch">
      <Caption1>Kế hoạch đang dùng: {source}</Caption1>
      <Subtitle2 as="h2">{summary.issuer}</Subtitle2>
      <Body1>{summary.title}</Body1>
      <Body1>
        Thời kỳ {summary.period}; {summary.indicators} chỉ tiêu
        {summary.statedCount !== null ? ` (văn bản nêu ${summary.statedCount})` : ""}, {summary.figures} số liệu đo được.
      </Body1>
      <ul className={styles.sections}>
        {summary.sections.map((s, i) => (
          <li key={i}>
            <Caption1>
              {s.code !== null ? `${s.code}. ` : ""}
              {s.title}: {s.indicators} chỉ tiêu, {s.figures} số liệu
            </Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
