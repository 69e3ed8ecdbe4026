/**
 * A laid-out chart as a DrawingML chart part (`xl/charts/chartN.xml`, a `c:chartSpace`): a clustered
 * bar or column chart, a line chart or a scatter chart, its series referring to the sheet's cells and
 * carrying the values as cache (Excel shows the cache until it recalculates). Elements are written in
 * the order the chart schema's sequences require; Excel refuses a chart part that breaks it.
 */
import { FORMAT_CODES, columnLetters } from "../../layout/grid";
import type { GridChart, GridChartSeries, GridRange } from "../../layout/grid";
import { escapeXml } from "../package/xml";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Series colours (Office's default palette), by series index. */
export const SERIES_COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"] as const;

const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

/** A sheet-qualified absolute reference. @example rangeRef("Årsevaluering 2026", { row: 5, col: 2, rowCount: 3, colCount: 1 }) // "'Årsevaluering 2026'!$B$5:$B$7" */
export function rangeRef(sheet: string, r: GridRange): string {
  const cell = (row: number, col: number): string => `$${columnLetters(col)}$${row}`;
  const first = cell(r.row, r.col);
  const last = cell(r.row + r.rowCount - 1, r.col + r.colCount - 1);
  return `'${sheet.replace(/'/g, "''")}'!${first === last ? first : `${first}:${last}`}`;
}

const num = (n: number): string => String(Number(n.toPrecision(15)));

function numRef(sheet: string, range: GridRange, values: readonly (number | null)[], formatCode: string): string {
  const pts = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${num(v)}</c:v></c:pt>`)).join("");
  return (
    `<c:numRef><c:f>${escapeXml(rangeRef(sheet, range))}</c:f><c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`
  );
}

function strRef(sheet: string, range: GridRange, values: readonly (string | number | null)[]): string {
  const pts = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join("");
  return `<c:strRef><c:f>${escapeXml(rangeRef(sheet, range))}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

/** Categories as numbers (dates, years) when every one is a number, else as text. */
function categoryRef(sheet: string, s: GridChartSeries, dateCategories: boolean): string {
  const allNumbers = s.categoryValues.every((v) => v === null || typeof v === "number");
  if (allNumbers) {
    return numRef(
      sheet,
      s.categories,
      s.categoryValues as (number | null)[],
      dateCategories ? FORMAT_CODES.date : "General",
    );
  }
  return strRef(sheet, s.categories, s.categoryValues);
}

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="da-DK" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

const title = (text: string, size = 1200): string =>
  `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>`;

const solid = (colour: string): string => `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;

function seriesXml(chart: GridChart, sheet: string, s: GridChartSeries, i: number): string {
  const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
  const head =
    `<c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx>${strRef(sheet, { row: s.nameCell.row, col: s.nameCell.col, rowCount: 1, colCount: 1 }, [s.name])}</c:tx>`;
  const valueFormat = chart.percentAxis ? FORMAT_CODES.percent : "General";
  const dates = chart.kind === "line" && s.categoryValues.every((v) => v === null || typeof v === "number");
  switch (chart.kind) {
    case "bar":
    case "column":
      return (
        `<c:ser>${head}<c:spPr>${solid(colour)}</c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat>${categoryRef(sheet, s, false)}</c:cat><c:val>${numRef(sheet, s.values, s.numbers, valueFormat)}</c:val></c:ser>`
      );
    case "line":
      return (
        `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd">${solid(colour)}<a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solid(colour)}</c:spPr></c:marker>` +
        `<c:cat>${categoryRef(sheet, s, dates)}</c:cat><c:val>${numRef(sheet, s.values, s.numbers, valueFormat)}</c:val>` +
        `<c:smooth val="0"/></c:ser>`
      );
    case "scatter": {
      const line = s.line
        ? `<c:spPr><a:ln w="19050">${solid(colour)}<a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
        : `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solid(colour)}</c:spPr></c:marker>`;
      const xs = s.categoryValues.map((v) => (typeof v === "number" ? v : null));
      return (
        `<c:ser>${head}${line}<c:xVal>${numRef(sheet, s.categories, xs, "General")}</c:xVal>` +
        `<c:yVal>${numRef(sheet, s.values, s.numbers, valueFormat)}</c:yVal><c:smooth val="0"/></c:ser>`
      );
    }
  }
}

function scaling(min: number | undefined, max: number | undefined, reversed = false): string {
  return (
    `<c:scaling><c:orientation val="${reversed ? "maxMin" : "minMax"}"/>` +
    `${max !== undefined ? `<c:max val="${num(max)}"/>` : ""}${min !== undefined ? `<c:min val="${num(min)}"/>` : ""}</c:scaling>`
  );
}

const ticks = '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';

function valueAxis(
  chart: GridChart,
  id: number,
  cross: number,
  pos: "l" | "b",
  axisTitle: string | undefined,
  bounds: boolean,
  crosses: "autoZero" | "max",
  crossBetween: "between" | "midCat",
): string {
  const format = bounds && chart.percentAxis ? "0%" : "General";
  return (
    `<c:valAx><c:axId val="${id}"/>${bounds ? scaling(chart.valueMin, chart.valueMax) : scaling(undefined, undefined)}` +
    `<c:delete val="0"/><c:axPos val="${pos}"/>${bounds ? "<c:majorGridlines/>" : ""}` +
    `${axisTitle ? title(axisTitle, 1000) : ""}<c:numFmt formatCode="${format}" sourceLinked="${format === "General" ? 1 : 0}"/>` +
    `${ticks}<c:crossAx val="${cross}"/><c:crosses val="${crosses}"/><c:crossBetween val="${crossBetween}"/></c:valAx>`
  );
}

function categoryAxis(chart: GridChart, pos: "l" | "b", reversed: boolean, dates: boolean): string {
  return (
    `<c:catAx><c:axId val="${CAT_AXIS}"/>${scaling(undefined, undefined, reversed)}<c:delete val="0"/><c:axPos val="${pos}"/>` +
    `${chart.xAxisTitle ? title(chart.xAxisTitle, 1000) : ""}` +
    `${dates ? `<c:numFmt formatCode="${escapeXml(FORMAT_CODES.date)}" sourceLinked="0"/>` : ""}${ticks}` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

function plotArea(chart: GridChart, sheet: string): string {
  const series = chart.series.map((s, i) => seriesXml(chart, sheet, s, i)).join("");
  const axIds = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  switch (chart.kind) {
    case "bar":
      // Categories top to bottom in the table's order; the value axis then sits at the bottom.
      return (
        `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
        `<c:gapWidth val="80"/>${axIds}</c:barChart>` +
        categoryAxis(chart, "l", true, false) +
        valueAxis(chart, VAL_AXIS, CAT_AXIS, "b", chart.yAxisTitle, true, "max", "between")
      );
    case "column":
      return (
        `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
        `<c:gapWidth val="80"/>${axIds}</c:barChart>` +
        categoryAxis(chart, "b", false, false) +
        valueAxis(chart, VAL_AXIS, CAT_AXIS, "l", chart.yAxisTitle, true, "autoZero", "between")
      );
    case "line": {
      const dates = chart.series.every((s) => s.categoryValues.every((v) => v === null || typeof v === "number"));
      return (
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>` +
        categoryAxis(chart, "b", false, dates) +
        valueAxis(chart, VAL_AXIS, CAT_AXIS, "l", chart.yAxisTitle, true, "autoZero", "between")
      );
    }
    case "scatter":
      return (
        `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}${axIds}</c:scatterChart>` +
        valueAxis(chart, CAT_AXIS, VAL_AXIS, "b", chart.xAxisTitle, false, "autoZero", "midCat") +
        valueAxis(chart, VAL_AXIS, CAT_AXIS, "l", chart.yAxisTitle, true, "autoZero", "midCat")
      );
  }
}

/**
 * The chart part of one chart on `sheet`; `date1904` when the workbook counts dates from 1904 (its
 * date cells, and so the chart's cached dates, are in that system).
 * @example chartXml(grid.charts[0], "Årsevaluering 2026") // '<?xml …?><c:chartSpace …><c:chart><c:title>…'
 */
export function chartXml(chart: GridChart, sheet: string, date1904 = false): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>` +
    `<c:date1904 val="${date1904 ? 1 : 0}"/><c:lang val="da-DK"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plotArea(chart, sheet)}</c:plotArea>` +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    "</c:chartSpace>"
  );
}
