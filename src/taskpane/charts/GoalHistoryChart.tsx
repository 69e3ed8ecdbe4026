/**
 * A goal's history in the pane: the value of each follow-up over time (0-100 %) and, where GAS levels
 * were given, a second chart of them (−2 to +2). Loaded lazily with the chart library.
 */
import { LineChart } from "@fluentui/react-charts";
import type { ChartProps } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import { dayFromPickerDate, localDateFromDay, showDay } from "../components/dates";
import { gasText } from "../components/FormParts";
import type { HistoryPoint } from "./chartData";

export default function GoalHistoryChart({ goalId, points }: { goalId: string; points: readonly HistoryPoint[] }) {
  const values = points.filter((p) => p.value !== null);
  const gas = points.filter((p) => p.gas !== null);
  const valueData: ChartProps = {
    chartTitle: `Målopfyldelse for ${goalId} over tid`,
    lineChartData: [
      {
        legend: "Værdi (%)",
        color: tokens.colorBrandBackground,
        data: values.map((p) => ({
          x: localDateFromDay(p.date),
          y: Math.round((p.value as number) * 1000) / 10,
          xAxisCalloutData: showDay(p.date),
        })),
      },
    ],
  };
  const gasData: ChartProps = {
    chartTitle: `GAS for ${goalId} over tid`,
    lineChartData: [
      {
        legend: "GAS",
        color: tokens.colorPaletteDarkOrangeBackground3,
        data: gas.map((p) => ({
          x: localDateFromDay(p.date),
          y: p.gas as number,
          xAxisCalloutData: showDay(p.date),
          yAxisCalloutData: gasText(p.gas as number),
        })),
      },
    ],
  };
  return (
    <>
      {values.length > 0 ? (
        <LineChart
          data={valueData}
          yMinValue={0}
          yMaxValue={100}
          height={200}
          customDateTimeFormatter={(d) => showDay(dayFromPickerDate(d))}
          enableReflow
        />
      ) : null}
      {gas.length > 0 ? (
        <LineChart
          data={gasData}
          yMinValue={-2}
          yMaxValue={2}
          yAxisTickFormat={(level: number) => gasText(level)}
          height={160}
          customDateTimeFormatter={(d) => showDay(dayFromPickerDate(d))}
          enableReflow
        />
      ) : null}
    </>
  );
}
