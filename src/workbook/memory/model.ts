/**
 * A small in-memory workbook: sheets holding tables (position, headers, rows, column formats and
 * drop-downs) and loose cells (report sheets, the Kvalitetsmodel sheet). It behaves like a workbook
 * where it matters to SMORTE — tables sit anywhere, headers are whatever the user typed, extra
 * columns stay — and tests can seed and inspect it directly.
 */
import type { CellValue, RawRow } from "../../domain";
import { normaliseHeader } from "../../domain";
import type { BlockCell, CellFormat } from "../port";
import type { CellStyle, GridChart, GridPrint, GridValidation } from "../layout/grid";
import type { Validation } from "../template/validation";

export interface MemoryColumn {
  name: string;
  numberFormat?: string;
  validation?: Validation;
}

export interface MemoryTable {
  name: string;
  /** Header row and first column, 1-based. */
  row: number;
  col: number;
  columns: MemoryColumn[];
  /** Body rows, one cell per column: a value, or a formula (a report table's, or a user's). */
  rows: BlockCell[][];
  /** Formats of a report table's columns. */
  formats?: CellFormat[];
}

export interface MemoryCell {
  value: BlockCell;
  format?: CellFormat;
  style?: CellStyle;
}

export interface MemorySheet {
  name: string;
  tables: MemoryTable[];
  /** Loose cells keyed "row,col" (1-based). */
  cells: Map<string, MemoryCell>;
  validations: GridValidation[];
  widths: number[];
  freezeRows: number;
  charts: GridChart[];
  /** The page set-up of a report sheet. */
  print?: GridPrint;
}

export interface MemoryWorkbook {
  sheets: MemorySheet[];
  activeSheet: string | null;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export const newSheet = (name: string): MemorySheet => ({
  name,
  tables: [],
  cells: new Map(),
  validations: [],
  widths: [],
  freezeRows: 0,
  charts: [],
});

export const emptyWorkbook = (): MemoryWorkbook => ({ sheets: [], activeSheet: null });

const same = (a: string, b: string): boolean => normaliseHeader(a) === normaliseHeader(b);

export const findSheet = (wb: MemoryWorkbook, name: string): MemorySheet | undefined =>
  wb.sheets.find((s) => same(s.name, name));

/** A table anywhere in the workbook, by name (case-insensitive, as Excel's table names). */
export function findMemoryTable(
  wb: MemoryWorkbook,
  name: string,
): { sheet: MemorySheet; table: MemoryTable } | undefined {
  for (const sheet of wb.sheets) {
    const table = sheet.tables.find((t) => same(t.name, name));
    if (table) return { sheet, table };
  }
  return undefined;
}

/** Last used column of a sheet (tables and loose cells); 0 when empty. */
export function lastUsedColumn(sheet: MemorySheet): number {
  let last = 0;
  for (const t of sheet.tables) last = Math.max(last, t.col + t.columns.length - 1);
  for (const k of sheet.cells.keys()) last = Math.max(last, Number(k.split(",")[1]));
  return last;
}

/** Is the rectangle free of table cells and non-empty loose cells? */
export function isFree(sheet: MemorySheet, row: number, col: number, rowCount: number, colCount: number): boolean {
  const lastRow = row + rowCount - 1;
  const lastCol = col + colCount - 1;
  for (const t of sheet.tables) {
    const tLastRow = t.row + t.rows.length;
    const tLastCol = t.col + t.columns.length - 1;
    if (t.row <= lastRow && tLastRow >= row && t.col <= lastCol && tLastCol >= col) return false;
  }
  for (const [k, c] of sheet.cells) {
    const [r, cc] = k.split(",").map(Number);
    if (r >= row && r <= lastRow && cc >= col && cc <= lastCol && c.value !== "" && c.value !== null) return false;
  }
  return true;
}

/** How a test describes a seeded table: rows keyed by header text, or explicit headers and rows. */
export interface SeedTable {
  readonly sheet?: string;
  /** Where the header row starts, e.g. "C5" (default A1 or the template place). */
  readonly at?: { readonly row: number; readonly col: number };
  readonly headers?: readonly string[];
  readonly rows: ReadonlyArray<RawRow | readonly CellValue[]>;
}
