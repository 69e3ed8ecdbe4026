/**
 * The evaluation's chart in the pane: mean fulfilment per method as horizontal bars (Fluent UI v9
 * charts). The names lie on the vertical axis, where the library shows every category, so at 320 px
 * each bar is named (a horizontal axis drops the labels that do not fit); a long method name is cut
 * with "…" so the bars keep their room (`barNames`). A finished year
 * gives each method two bars, "KRAP 2025" and "KRAP 2024"; a running year only its own. Loaded lazily
 * (see `LazyCharts.tsx`): the chart library is only fetched when the leader's view shows it.
 */
import { HorizontalBarChartWithAxis } from "@fluentui/react-charts";
import type { HorizontalBarChartWithAxisDataPoint } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import { barNames, type MethodBar, type MethodChartProps, yearsText } from "./chartData";

const toPercent = (v: number | null): number => (v === null ? 0 : Math.round(v * 1000) / 10);

/** Pixels per bar: room for one line of label text beside each bar, however many methods there are. */
const rowHeight = 28;
/** The title, the value axis and the legend. */
const frameHeight = 90;

function point(method: string, label: string, value: number | null, year: number, color: string) {
  return {
    y: label,
    x: toPercent(value),
    legend: String(year),
    color,
    xAxisCalloutData: `${method}, ${year}`,
    yAxisCalloutData: value === null ? "intet resultat" : `${toPercent(value)} %`,
  } satisfies HorizontalBarChartWithAxisDataPoint;
}

/** The bars top to bottom in the methods' order; a finished year puts last year under this year. */
function methodPoints(
  bars: readonly MethodBar[],
  year: number,
  compare: boolean,
): HorizontalBarChartWithAxisDataPoint[] {
  const names = barNames(bars.map((b) => b.method));
  return bars.flatMap((b) =>
    compare
      ? [
          point(b.method, `${names.get(b.method)} ${year}`, b.mean, year, tokens.colorBrandBackground),
          point(
            b.method,
            `${names.get(b.method)} ${year - 1}`,
            b.previousMean,
            year - 1,
            tokens.colorPaletteDarkOrangeBackground3,
          ),
        ]
      : [point(b.method, names.get(b.method) ?? b.method, b.mean, year, tokens.colorBrandBackground)],
  );
}

export default function MethodChart({ bars, year, compare }: MethodChartProps) {
  const data = methodPoints(bars, year, compare);
  return (
    <HorizontalBarChartWithAxis
      data={data}
      chartTitle={`Gennemsnitlig målopfyldelse pr. metode, ${yearsText(year, compare)}`}
      xMaxValue={100}
      xAxisTitle="Målopfyldelse (%)"
      // The title also widens the left margin, which the library otherwise measures a little short
      // for its bold axis labels, cutting the first letter of the longest name.
      yAxisTitle="Metode"
      height={frameHeight + rowHeight * data.length}
      // "default" keeps the data's order, first method at the top.
      yAxisCategoryOrder="default"
      showYAxisLables
      hideLabels
      enableReflow
    />
  );
}
