/**
 * A laid-out sheet: cells at worksheet positions with styles and formats, tables, drop-downs and a
 * chart. Report sheets (blocks) and the Kvalitetsmodel sheet become a grid; every adapter renders a
 * grid the same way, so all three agree on where things are.
 */
import type { CellValue } from "../../domain";
import type { BlockCell, CellFormat, ChartKind, FormulaCell } from "../port";
import type { Validation } from "../template/validation";

export type CellStyle = "title" | "heading" | "header" | "key" | "note";

/** One cell; `row` and `col` are 1-based worksheet positions. */
export interface GridCell {
  readonly row: number;
  readonly col: number;
  readonly value: BlockCell;
  readonly format?: CellFormat;
  readonly style?: CellStyle;
}

/** A table block: header row at `row`, body below. Named tables become Excel tables. */
export interface GridTable {
  readonly name?: string;
  readonly row: number;
  readonly col: number;
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<readonly BlockCell[]>;
  readonly formats?: readonly CellFormat[];
  /** Wrap long text in the body cells (rows grow to fit). */
  readonly wrap?: boolean;
}

/** A validation on a rectangle (1-based, inclusive counts). */
export interface GridValidation {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
  readonly validation: Validation;
}

/** A rectangle of cells (1-based, inclusive counts). */
export interface GridRange {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

/**
 * One series of a laid-out chart: where its name, categories (or x values) and values are, with the
 * values as written, so a writer can store them as the chart's cache.
 */
export interface GridChartSeries {
  readonly name: string;
  /** The header cell that holds the name. */
  readonly nameCell: { readonly row: number; readonly col: number };
  /** Bar, column and line charts: the category labels. Scatter: the x values. */
  readonly categories: GridRange;
  readonly categoryValues: readonly (string | number | null)[];
  readonly values: GridRange;
  readonly numbers: readonly (number | null)[];
  /** Scatter only: the points joined by a line, without markers. */
  readonly line?: boolean;
}

/** A chart as placed on a sheet: what to draw (from the port's `ChartSpec`) and where. */
export interface GridChart {
  readonly kind: ChartKind;
  readonly title: string;
  readonly series: readonly GridChartSeries[];
  readonly xAxisTitle?: string;
  readonly yAxisTitle?: string;
  readonly valueMin?: number;
  readonly valueMax?: number;
  readonly percentAxis?: boolean;
  /** The cell whose top-left corner the chart starts at. */
  readonly anchor: { readonly row: number; readonly col: number };
  /** Size in points, whatever the heights of the rows it lies over. */
  readonly width: number;
  readonly height: number;
}

/** Page set-up for printing a report sheet on A4. */
export interface GridPrint {
  readonly orientation: "portrait" | "landscape";
  /** Rows repeated at the top of every printed page (1-based, inclusive). */
  readonly repeatRows?: { readonly from: number; readonly to: number };
  /** The footer: the offer, the sheet, the page number and when the sheet was made. */
  readonly footer: { readonly offer: string; readonly sheet: string; readonly madeAt: string };
}

export interface SheetGrid {
  readonly name: string;
  readonly cells: readonly GridCell[];
  readonly tables: readonly GridTable[];
  readonly validations: readonly GridValidation[];
  /** Column widths in character units, column A first. */
  readonly widths: readonly number[];
  /** The sheet's charts, in the order of the sheet content's `charts`. */
  readonly charts?: readonly GridChart[];
  readonly freezeRows?: number;
  readonly print?: GridPrint;
}

/** Excel format codes of the report formats; Excel shows `.`/`,` by the user's locale. */
export const FORMAT_CODES: Readonly<Record<CellFormat, string>> = {
  text: "@",
  integer: "0",
  decimal: "0.0",
  percent: "0.0%",
  date: "dd-mm-yyyy",
  signedPercent: "+0.0%;-0.0%;0.0%",
};

export const isFormulaCell = (v: unknown): v is FormulaCell =>
  typeof v === "object" && v !== null && typeof (v as FormulaCell).formula === "string";

/** The formula text with exactly one leading "=". @example formulaText({ formula: "SUM(A1:A3)" }) // "=SUM(A1:A3)" */
export const formulaText = (cell: FormulaCell): string =>
  cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;

/** A cell as plain value: the formula text for formula cells (for inspection and size estimates). */
export const plainValue = (cell: BlockCell): CellValue => (isFormulaCell(cell) ? formulaText(cell) : cell);

/** Size of a grid: last used row and column (0 when empty). */
export function gridExtent(grid: SheetGrid): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const c of grid.cells) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  for (const t of grid.tables) {
    rows = Math.max(rows, t.row + t.rows.length);
    cols = Math.max(cols, t.col + t.headers.length - 1);
  }
  return { rows, cols };
}

/** Column letters of a 1-based column. @example columnLetters(28) // "AB" */
export function columnLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a cell or rectangle. @example a1(2, 3, 4, 2) // "C2:D5" */
export function a1(row: number, col: number, rowCount = 1, colCount = 1): string {
  const first = `${columnLetters(col)}${row}`;
  if (rowCount === 1 && colCount === 1) return first;
  return `${first}:${columnLetters(col + colCount - 1)}${row + rowCount - 1}`;
}

/** Parse an A1 address (optionally sheet-qualified) into 1-based row/col and size. */
export function parseA1(address: string): { row: number; col: number; rowCount: number; colCount: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const parts = local.replace(/\$/g, "").split(":");
  const cell = (p: string): { row: number; col: number } => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(p);
    if (!m) throw new Error(`Ugyldig celleadresse: ${address}`);
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]), col };
  };
  const a = cell(parts[0]);
  const b = parts[1] ? cell(parts[1]) : a;
  return { row: a.row, col: a.col, rowCount: b.row - a.row + 1, colCount: b.col - a.col + 1 };
}
