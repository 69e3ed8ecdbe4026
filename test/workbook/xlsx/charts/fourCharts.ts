/**
 * A report sheet with one chart of each kind, the way the report builders describe them: a bar chart
 * of fulfilment per method (this year beside last year, as fractions on a percentage axis), a column
 * chart of episodes per month, a line chart of a goal's follow-ups over time (dates), and a scatter
 * funnel: offers as markers and the sector line and limits as lines over another table.
 */
import type { SheetContent } from "../../../../src/workbook/port";

export const FOUR_CHARTS: SheetContent = {
  name: "Diagrammer 2026",
  blocks: [
    { kind: "title", text: "Diagrammer" },
    {
      kind: "table",
      headers: ["Metode", "Gennemsnit 2026", "Gennemsnit 2025"],
      rows: [
        ["KRAP", 0.5, 1],
        ["Low Arousal", 0.5, null],
      ],
      formats: ["text", "percent", "percent"],
    },
    {
      kind: "table",
      headers: ["Måned", "2026", "2025"],
      rows: [
        ["jan", 3, 1],
        ["feb", 0, 2],
        ["mar", 4, 2],
      ],
    },
    {
      kind: "table",
      name: "Opf_M01",
      headers: ["Dato", "Værdi"],
      rows: [
        [46082, 0.5],
        [46266, 1],
      ],
      formats: ["date", "percent"],
    },
    {
      kind: "table",
      headers: ["Tilbud", "Borgere", "Gennemsnit"],
      rows: [
        ["A", 12, 0.61],
        ["B", 30, 0.48],
        ["C", 7, 0.8],
      ],
    },
    {
      kind: "table",
      headers: ["Borgere", "Sektoren", "Nedre grænse", "Øvre grænse"],
      rows: [
        [5, 0.55, 0.2, 0.9],
        [20, 0.55, 0.38, 0.72],
        [40, 0.55, 0.43, 0.67],
      ],
    },
  ],
  charts: [
    {
      kind: "bar",
      title: "Målopfyldelse pr. metode",
      dataBlock: 1,
      percentAxis: true,
      valueMin: 0,
      valueMax: 1,
    },
    { kind: "column", title: "Hændelser pr. måned", dataBlock: 2, yAxisTitle: "Hændelser" },
    { kind: "line", title: "M01 over tid", dataBlock: 3, percentAxis: true, valueMin: 0, valueMax: 1 },
    {
      kind: "scatter",
      title: "Tragt: borgervægtet gennemsnit",
      dataBlock: 4,
      xAxisTitle: "Borgere",
      yAxisTitle: "Gennemsnit",
      series: [
        { name: "Tilbud", xColumn: 1, valuesColumn: 2 },
        { name: "Sektoren", xColumn: 0, valuesColumn: 1, dataBlock: 5, line: true },
        { name: "Nedre grænse", xColumn: 0, valuesColumn: 2, dataBlock: 5, line: true },
        { name: "Øvre grænse", xColumn: 0, valuesColumn: 3, dataBlock: 5, line: true },
      ],
    },
  ],
};
