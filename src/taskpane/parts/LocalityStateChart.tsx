import { DonutChart, type ChartDataPoint } from "@fluentui/react-charts";
import { makeStyles } from "@fluentui/react-components";
import type { LocalityState } from "../../core/consolidate";
import { STATE_COLOURS } from "../view/consolidationView";

const useStyles = makeStyles({
  chart: { width: "100%", maxWidth: "420px" },
});

/**
 * The communes by state as a donut (Fluent UI v9's charts, like the check view's verdicts):
 * clicking a segment filters the per-commune table to that state, clicking it again shows every
 * commune. The state buttons beside it do the same for keyboards and screen readers.
 */
export function LocalityStateChart({ counts, onPick }: { counts: { state: LocalityState; label: string; count: number }[]; onPick: (state: LocalityState) => void }) {
  const styles = useStyles();
  if (counts.length === 0) return null;
  const chartData: ChartDataPoint[] = counts.map((entry) => ({
    legend: entry.label,
    data: entry.count,
    color: STATE_COLOURS[entry.state],
    onClick: () => onPick(entry.state),
    xAxisCalloutData: entry.label,
    yAxisCalloutData: `${entry.count} đơn vị`,
  }));
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <div className={styles.chart} data-testid="locality-chart">
      <DonutChart data={{ chartTitle: "Số đơn vị theo tình trạng báo cáo", chartData }} innerRadius={38} height={180} hideLegend valueInsideDonut={total} culture="vi-VN" />
    </div>
  );
}
