/**
 * The pane's charts, loaded on demand: the chart library (`@fluentui/react-charts`, with d3) arrives
 * in a chunk of its own the first time the leader's view or a goal's history shows a chart, never
 * with the start-up entry or the staff views. Each chart comes with its table alternative, which is
 * there at once; while the chunk loads, or if it cannot load, the pane says so in words.
 */
import { Caption1 } from "@fluentui/react-components";
import { Component, lazy, Suspense, type ReactNode } from "react";
import { type HistoryPoint, type MethodChartProps, yearsText } from "./chartData";
import { HistoryTable, MethodTable } from "./ChartTables";

const MethodChart = lazy(() => import(/* webpackChunkName: "charts" */ "./MethodChart"));
const GoalHistoryChart = lazy(() => import(/* webpackChunkName: "charts" */ "./GoalHistoryChart"));

class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  render() {
    return this.state.failed ? (
      <Caption1>Diagrammet kunne ikke vises. Tallene står i listen ovenfor.</Caption1>
    ) : (
      this.props.children
    );
  }
}

const Loading = () => <Caption1>Indlæser diagram …</Caption1>;

/**
 * The evaluation's per-method bars: this year beside last year when `compare` (a finished year), or
 * this year alone (a running year, which is not set beside a whole one).
 */
export function MethodChartPanel({ bars, year, compare }: MethodChartProps) {
  if (bars.length === 0) return null;
  return (
    <figure style={{ margin: 0 }} aria-label={`Diagram: målopfyldelse pr. metode ${yearsText(year, compare)}`}>
      <MethodTable bars={bars} year={year} compare={compare} />
      <ChartBoundary>
        <Suspense fallback={<Loading />}>
          <MethodChart bars={bars} year={year} compare={compare} />
        </Suspense>
      </ChartBoundary>
    </figure>
  );
}

/** A goal's follow-ups over time (value, and GAS where present). */
export function GoalHistoryPanel({ goalId, points }: { goalId: string; points: readonly HistoryPoint[] }) {
  if (points.length === 0) return <Caption1>Målet har ingen opfølgninger endnu.</Caption1>;
  return (
    <figure style={{ margin: 0 }} aria-label={`Diagram: opfølgninger på ${goalId} over tid`}>
      <HistoryTable goalId={goalId} points={points} />
      <ChartBoundary>
        <Suspense fallback={<Loading />}>
          <GoalHistoryChart goalId={goalId} points={points} />
        </Suspense>
      </ChartBoundary>
    </figure>
  );
}
