/**
 * Laying out a sheet's charts: each `ChartSpec` is resolved against the table blocks as they were
 * placed, into cell ranges for its series' names, categories (or x values) and values, with the
 * values themselves for the writers' caches. The block layout puts each chart beside its data table
 * (one empty column between) and starts the next blocks below it. A chart whose tables have no rows,
 * or whose series have no number at all, is left out: there is nothing to draw.
 */
import type { Block, BlockCell, ChartSeriesSpec, ChartSpec } from "../port";
import type { GridChart, GridChartSeries, GridTable } from "./grid";
import { isFormulaCell } from "./grid";

/** A chart's size in points (about 8 default columns by 18 default rows). */
export const CHART_WIDTH = 384;
export const CHART_HEIGHT = 270;
/** The chart's width in column-width characters (a character is about 5.25 points). */
export const CHART_WIDTH_CHARS = Math.ceil(CHART_WIDTH / 5.25);

const asNumber = (v: BlockCell): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const asCategory = (v: BlockCell): string | number | null => {
  if (v === null || v === undefined || isFormulaCell(v)) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return String(v);
};

function defaultSeries(spec: ChartSpec, table: Pick<GridTable, "headers">): ChartSeriesSpec[] {
  const cat = spec.categoriesColumn ?? 0;
  return table.headers
    .map((h, i) => ({ name: h, valuesColumn: i, ...(spec.kind === "scatter" ? { xColumn: cat } : {}) }))
    .filter((s) => s.valuesColumn !== cat);
}

function resolveSeries(
  sheet: string,
  spec: ChartSpec,
  s: ChartSeriesSpec,
  tableOfBlock: ReadonlyMap<number, GridTable>,
): GridChartSeries | null {
  const block = s.dataBlock ?? spec.dataBlock;
  const t = tableOfBlock.get(block);
  if (!t) throw new Error(`Diagrammet "${spec.title}" på arket ${sheet} peger ikke på en tabel.`);
  const catCol = spec.kind === "scatter" ? (s.xColumn ?? spec.categoriesColumn ?? 0) : (spec.categoriesColumn ?? 0);
  if (s.valuesColumn >= t.headers.length || catCol >= t.headers.length) {
    throw new Error(`Diagrammet "${spec.title}" på arket ${sheet} peger på en kolonne, tabellen ikke har.`);
  }
  if (t.rows.length === 0) return null;
  const count = t.rows.length;
  return {
    name: s.name,
    nameCell: { row: t.row, col: t.col + s.valuesColumn },
    categories: { row: t.row + 1, col: t.col + catCol, rowCount: count, colCount: 1 },
    categoryValues: t.rows.map((r) => asCategory(r[catCol] ?? null)),
    values: { row: t.row + 1, col: t.col + s.valuesColumn, rowCount: count, colCount: 1 },
    numbers: t.rows.map((r) => asNumber(r[s.valuesColumn] ?? null)),
    ...(s.line ? { line: true } : {}),
  };
}

/** Whether a chart has anything to draw: a series over a table with rows and at least one number. */
export function chartHasData(spec: ChartSpec, blocks: readonly Block[]): boolean {
  const main = blocks[spec.dataBlock];
  if (!main || main.kind !== "table") return false;
  const series = spec.series ?? defaultSeries(spec, { headers: main.headers } as GridTable);
  return series.some((s) => {
    const b = blocks[s.dataBlock ?? spec.dataBlock];
    return b?.kind === "table" && b.rows.some((r) => typeof r[s.valuesColumn] === "number");
  });
}

/** Rows of the default height a chart covers: blocks after its data table start below it. */
export const CHART_ROWS = Math.ceil(CHART_HEIGHT / 15);

/**
 * The charts of a sheet at the cells the block layout chose for them (charts without data are
 * expected to be left out by the caller, see `chartHasData`).
 * @example layoutCharts("R", [{ title: "Pr. metode", dataBlock: 2 }], tables, [{ row: 5, col: 5 }])[0].anchor // { row: 5, col: 5 }
 */
export function layoutCharts(
  sheet: string,
  specs: readonly ChartSpec[],
  tableOfBlock: ReadonlyMap<number, GridTable>,
  anchors: readonly { readonly row: number; readonly col: number }[],
): GridChart[] {
  const out: GridChart[] = [];
  specs.forEach((spec, i) => {
    const main = tableOfBlock.get(spec.dataBlock);
    if (!main) throw new Error(`Diagrammet "${spec.title}" på arket ${sheet} peger ikke på en tabel.`);
    const wanted = spec.series ?? defaultSeries(spec, main);
    const series = wanted
      .map((s) => resolveSeries(sheet, spec, s, tableOfBlock))
      .filter((s): s is GridChartSeries => s !== null);
    if (series.length === 0 || !series.some((s) => s.numbers.some((n) => n !== null))) return;
    out.push({
      kind: spec.kind ?? "bar",
      title: spec.title,
      series,
      ...(spec.xAxisTitle ? { xAxisTitle: spec.xAxisTitle } : {}),
      ...(spec.yAxisTitle ? { yAxisTitle: spec.yAxisTitle } : {}),
      ...(spec.valueMin !== undefined ? { valueMin: spec.valueMin } : {}),
      ...(spec.valueMax !== undefined ? { valueMax: spec.valueMax } : {}),
      ...(spec.percentAxis ? { percentAxis: true } : {}),
      anchor: anchors[i],
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
    });
  });
  return out;
}
