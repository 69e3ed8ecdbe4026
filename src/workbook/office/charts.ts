/**
 * Drawing a sheet's laid-out charts with Excel's chart API, from the same description the .xlsx
 * writer draws as DrawingML: the same kinds (clustered bar, clustered column, line with markers,
 * scatter with markers or dashed lines without markers), series over the same cells, titles, axis titles and bounds,
 * legend at the bottom, at the same cell and
 * of the same size in points. Everything is queued on the caller's batch: no sync.
 * Needs ExcelApi 1.7 (series by range) and 1.8 (axis number format).
 */
import { a1 } from "../layout/grid";
import type { GridChart, GridRange } from "../layout/grid";

const CHART_TYPES: Readonly<Record<GridChart["kind"], string>> = {
  bar: "BarClustered",
  column: "ColumnClustered",
  line: "LineMarkers",
  scatter: "XYScatter",
};

const rangeOf = (ws: Excel.Worksheet, r: GridRange): Excel.Range =>
  ws.getRangeByIndexes(r.row - 1, r.col - 1, r.rowCount, r.colCount);

/** Queue the charts of a grid onto its worksheet. */
export function drawCharts(ws: Excel.Worksheet, charts: readonly GridChart[]): void {
  for (const ch of charts) {
    const [first, ...rest] = ch.series;
    const chart = ws.charts.add(
      CHART_TYPES[ch.kind] as Excel.ChartType,
      rangeOf(ws, first.values),
      "Columns" as Excel.ChartSeriesBy,
    );
    chart.title.text = ch.title;
    chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
    const series = [chart.series.getItemAt(0), ...rest.map((s) => chart.series.add(s.name))];
    ch.series.forEach((s, i) => {
      const target = series[i];
      target.name = s.name;
      if (i > 0) target.setValues(rangeOf(ws, s.values));
      target.setXAxisValues(rangeOf(ws, s.categories));
      if (ch.kind === "scatter" && s.line) {
        target.chartType = "XYScatterLinesNoMarkers" as Excel.ChartType;
        target.markerStyle = "None" as Excel.ChartMarkerStyle;
        target.format.line.lineStyle = "Dash" as Excel.ChartLineStyle;
      }
    });
    const value = chart.axes.valueAxis;
    if (ch.valueMin !== undefined) value.minimum = ch.valueMin;
    if (ch.valueMax !== undefined) value.maximum = ch.valueMax;
    if (ch.percentAxis) value.numberFormat = "0%";
    if (ch.yAxisTitle) value.title.text = ch.yAxisTitle;
    if (ch.xAxisTitle) chart.axes.categoryAxis.title.text = ch.xAxisTitle;
    // Bar charts list the categories top to bottom in the table's order, as the file does.
    // The value axis then crosses at the last category, so it stays at the bottom as in the file.
    if (ch.kind === "bar") {
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.axes.categoryAxis.position = "Maximum" as Excel.ChartAxisPosition;
    }
    chart.setPosition(a1(ch.anchor.row, ch.anchor.col));
    chart.width = ch.width;
    chart.height = ch.height;
  }
}
