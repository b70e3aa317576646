import { DonutChart, type ChartDataPoint } from "@fluentui/react-charts";
import { makeStyles } from "@fluentui/react-components";
import { STATUS_LABELS, STATUSES, type Status } from "../../core/check";
import { statusColours } from "./StatusPill";

const useStyles = makeStyles({
  chart: { width: "100%", maxWidth: "420px" },
});

/**
 * The verdict counts as a donut (Fluent UI v9's own charts), in the sheet's colours; clicking a
 * segment filters the list to that verdict, clicking it again shows everything. The count tiles
 * beside it do the same for keyboards and screen readers.
 */
export function VerdictChart({ counts, onPick }: { counts: Record<Status, number>; onPick: (status: Status) => void }) {
  const styles = useStyles();
  const shown = STATUSES.filter((status) => counts[status] > 0);
  if (shown.length === 0) return null;
  const chartData: ChartDataPoint[] = shown.map((status) => ({
    legend: STATUS_LABELS[status],
    data: counts[status],
    // The sheet's verdict fill is pale; its text colour carries the hue strongly enough for a segment.
    color: statusColours(status).color,
    onClick: () => onPick(status),
    xAxisCalloutData: STATUS_LABELS[status],
    yAxisCalloutData: `${counts[status]} chỉ tiêu`,
  }));
  const total = shown.reduce((sum, status) => sum + counts[status], 0);
  return (
    <div className={styles.chart} data-testid="verdict-chart">
      <DonutChart
        data={{ chartTitle: "Số chỉ tiêu theo đánh giá", chartData }}
        innerRadius={38}
        height={180}
        hideLegend
        valueInsideDonut={total}
        culture="vi-VN"
      />
    </div>
  );
}
