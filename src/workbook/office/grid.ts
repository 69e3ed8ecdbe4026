/**
 * Writing a laid-out sheet through Office.js: the cells as whole 2-D arrays in row chunks that stay
 * below the 5 MB request limit of Excel on the web, each with calculation suspended until its sync;
 * then formats, tables, drop-downs, widths, frozen rows, the charts and the page set-up in one last
 * request.
 */
import { FORMAT_CODES, a1, gridExtent } from "../layout/grid";
import type { SheetGrid } from "../layout/grid";
import type { Validation } from "../template/validation";
import { listFormula } from "../template/validation";
import { drawCharts } from "./charts";
import { setUpPage } from "./pageSetup";
import { needsTextFormat, toExcelFormulaInput } from "./values";

/** A sheet-qualified address. @example sheetAddress("Mål", "A1:B2") // "'Mål'!A1:B2" */
export const sheetAddress = (sheet: string, local: string): string => `'${sheet.replace(/'/g, "''")}'!${local}`;

/** Excel's column width is in points; a character of the default font is about 7 pixels. */
export const pointsFromCharacters = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/** An Office.js data-validation rule and its messages. */
export function officeValidation(v: Validation): {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
} {
  const r = v.rule;
  let rule: Excel.DataValidationRule;
  if (r.kind === "list") rule = { list: { inCellDropDown: true, source: r.values.join(",") } };
  else if (r.kind === "tableList") rule = { list: { inCellDropDown: true, source: `=${listFormula(r)}` } };
  else {
    const basic = { formula1: r.min, formula2: r.max, operator: "Between" as Excel.DataValidationOperator };
    rule = r.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
  }
  return {
    rule,
    errorAlert: {
      showAlert: true,
      style: v.style === "stop" ? "Stop" : "Warning",
      title: v.errorTitle,
      message: v.errorMessage,
    },
    ...(v.prompt ? { prompt: { showPrompt: true, title: v.promptTitle ?? "", message: v.prompt } } : {}),
  };
}

/** Apply a validation to a range. */
export function setValidation(range: Excel.Range, v: Validation): void {
  const o = officeValidation(v);
  range.dataValidation.clear();
  range.dataValidation.rule = o.rule;
  range.dataValidation.errorAlert = o.errorAlert;
  if (o.prompt) range.dataValidation.prompt = o.prompt;
}

type Input = string | number | boolean;

/** The grid as whole arrays of inputs and number formats (rows × columns, from A1). */
export function gridMatrices(grid: SheetGrid): { values: Input[][]; formats: string[][] } {
  const { rows, cols } = gridExtent(grid);
  const values: Input[][] = Array.from({ length: rows }, () => new Array<Input>(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  for (const c of grid.cells) {
    values[c.row - 1][c.col - 1] = toExcelFormulaInput(c.value);
    if (c.format) formats[c.row - 1][c.col - 1] = FORMAT_CODES[c.format];
    if (needsTextFormat(c.value)) formats[c.row - 1][c.col - 1] = "@";
  }
  for (const t of grid.tables) {
    t.headers.forEach((h, i) => {
      values[t.row - 1][t.col - 1 + i] = toExcelFormulaInput(h);
      if (needsTextFormat(h)) formats[t.row - 1][t.col - 1 + i] = "@";
    });
    t.rows.forEach((r, ri) =>
      r.forEach((v, ci) => {
        values[t.row + ri][t.col - 1 + ci] = toExcelFormulaInput(v);
        const f = t.formats?.[ci];
        if (f) formats[t.row + ri][t.col - 1 + ci] = FORMAT_CODES[f];
        if (needsTextFormat(v)) formats[t.row + ri][t.col - 1 + ci] = "@";
      }),
    );
  }
  return { values, formats };
}

/** Room in each chunk's request for its range, its two writes and calculation's suspension. */
const CHUNK_ENVELOPE_BYTES = 2_000;

/**
 * Split rows into chunks whose request (values and formats as JSON, and the envelope) stays below `maxBytes`.
 * @example chunkRows([[1],[2],[3]], [["General"],["General"],["General"]], 30) // [[0, 1], [1, 2], [2, 3]]
 */
export function chunkRows(
  values: readonly unknown[][],
  formats: readonly unknown[][],
  maxBytes: number,
): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  const budget = Math.max(1, maxBytes - CHUNK_ENVELOPE_BYTES);
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < values.length; r++) {
    const size = JSON.stringify(values[r]).length + JSON.stringify(formats[r]).length + 2;
    if (r > start && bytes + size > budget) {
      chunks.push([start, r]);
      start = r;
      bytes = 0;
    }
    bytes += size;
  }
  if (values.length > start) chunks.push([start, values.length]);
  return chunks;
}

/** Write a grid onto an (empty) worksheet. */
export async function writeGrid(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheetName: string,
  grid: SheetGrid,
  maxBytes: number,
): Promise<void> {
  const { values, formats } = gridMatrices(grid);
  const cols = values[0]?.length ?? 0;
  const chunks = cols === 0 ? [] : chunkRows(values, formats, maxBytes);
  for (const [from, to] of chunks) {
    const range = ws.getRangeByIndexes(from, 0, to - from, cols);
    range.numberFormat = formats.slice(from, to);
    range.formulas = values.slice(from, to);
    context.application.suspendApiCalculationUntilNextSync();
    // One request per chunk is the point: together they would pass Excel on the web's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  for (const c of grid.cells) {
    if (!c.style) continue;
    const font = ws.getRangeByIndexes(c.row - 1, c.col - 1, 1, 1).format.font;
    font.bold = c.style !== "note";
    if (c.style === "title") font.size = 16;
    if (c.style === "heading") font.size = 12;
  }
  for (const t of grid.tables) {
    const address = sheetAddress(sheetName, a1(t.row, t.col, 1 + t.rows.length, t.headers.length));
    if (t.name) {
      const table = ws.tables.add(address, true);
      table.name = t.name;
    } else {
      ws.getRangeByIndexes(t.row - 1, t.col - 1, 1, t.headers.length).format.font.bold = true;
    }
  }
  for (const v of grid.validations) {
    setValidation(ws.getRangeByIndexes(v.row - 1, v.col - 1, v.rowCount, v.colCount), v.validation);
  }
  grid.widths.forEach((w, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = pointsFromCharacters(w);
  });
  for (const c of grid.cells) {
    if ((grid.widths[c.col - 1] ?? 0) >= 50 && typeof c.value === "string" && c.value.length > 60) {
      ws.getRangeByIndexes(c.row - 1, c.col - 1, 1, 1).format.wrapText = true;
    }
  }
  if (grid.freezeRows) ws.freezePanes.freezeRows(grid.freezeRows);
  drawCharts(ws, grid.charts ?? []);
  setUpPage(ws, grid);
  context.application.suspendApiCalculationUntilNextSync();
  await context.sync();
}
