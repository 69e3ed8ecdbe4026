/**
 * The evaluation's chart in the pane: mean fulfilment per method, this year beside last year, as
 * grouped bars (Fluent UI v9 charts). Loaded lazily (see `LazyCharts.tsx`): the chart library is
 * only fetched when the leader's view shows it.
 */
import { GroupedVerticalBarChart } from "@fluentui/react-charts";
import type { GroupedVerticalBarChartData } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { MethodBar } from "./chartData";

const toPercent = (v: number | null): number => (v === null ? 0 : Math.round(v * 1000) / 10);

export default function MethodChart({ bars, year }: { bars: readonly MethodBar[]; year: number }) {
  const data: GroupedVerticalBarChartData[] = bars.map((b) => ({
    name: b.method,
    series: [
      {
        key: `${b.method}-${year}`,
        data: toPercent(b.mean),
        legend: String(year),
        color: tokens.colorBrandBackground,
        yAxisCalloutData: b.mean === null ? "intet resultat" : `${toPercent(b.mean)} %`,
      },
      {
        key: `${b.method}-${year - 1}`,
        data: toPercent(b.previousMean),
        legend: String(year - 1),
        color: tokens.colorPaletteDarkOrangeBackground3,
        yAxisCalloutData: b.previousMean === null ? "intet resultat" : `${toPercent(b.previousMean)} %`,
      },
    ],
  }));
  return (
    <GroupedVerticalBarChart
      data={data}
      chartTitle={`Gennemsnitlig målopfyldelse pr. metode, ${year} og ${year - 1}`}
      yMaxValue={100}
      yAxisTitle="Målopfyldelse (%)"
      height={260}
      wrapXAxisLables
      enableReflow
    />
  );
}
