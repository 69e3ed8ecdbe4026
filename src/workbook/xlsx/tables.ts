/**
 * Excel tables (ListObjects) in an ExcelJS workbook. ExcelJS keeps a loaded table as metadata only
 * (name, ref, columns), so the cells are the truth: we read the header row and body from the cells
 * and keep the table's `ref` in step when we add rows or columns.
 */
import type ExcelJS from "exceljs";
import { normaliseHeader } from "../../domain";
import type { CellValue, RawRow, RawTable } from "../../domain";
import { a1, parseA1 } from "../layout/grid";
import { readCell } from "./cells";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, LIMIT_MESSAGES, PACKAGE_LIMITS, PackageLimitError } from "./package/limits";

/** The part of ExcelJS' table model we use. */
export interface TableModel {
  name: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: Array<{ name: string; filterButton?: boolean; [k: string]: unknown }>;
  [k: string]: unknown;
}

export interface XTable {
  readonly ws: ExcelJS.Worksheet;
  readonly model: TableModel;
  /** Header row and first column (1-based). */
  readonly row: number;
  readonly col: number;
  readonly width: number;
  /** Body rows (without header and totals). */
  readonly bodyRows: number;
}

const modelOf = (t: unknown): TableModel => {
  const x = t as { table?: TableModel; model?: TableModel };
  return (x.table ?? x.model) as TableModel;
};

/** Every table of a worksheet with where it sits. */
export function tablesOfSheet(ws: ExcelJS.Worksheet): XTable[] {
  const list = (ws as unknown as { getTables(): unknown[] }).getTables();
  return list.map((t) => locate(ws, modelOf(t)));
}

function locate(ws: ExcelJS.Worksheet, model: TableModel): XTable {
  const ref = model.tableRef ?? model.ref ?? "A1";
  const r = parseA1(ref);
  if (
    !(r.row >= 1 && r.col >= 1) ||
    r.row + r.rowCount - 1 > EXCEL_MAX_ROWS ||
    r.col + r.colCount - 1 > EXCEL_MAX_COLUMNS
  )
    throw new PackageLimitError(LIMIT_MESSAGES.tableArea(model.name, ws.name));
  const width = Math.max(r.colCount, model.columns.length);
  // A file from Excel often omits headerRowCount (default 1), which ExcelJS reads as "no header".
  // Our tables always have one; confirm from the cells and repair the flag so saving keeps it.
  if (!model.headerRow) {
    const names = model.columns.map((c) => normaliseHeader(c.name));
    const first = Array.from({ length: names.length }, (_, i) =>
      normaliseHeader(readCell(ws.getCell(r.row, r.col + i).value)),
    );
    if (names.length > 0 && names.every((n, i) => n === first[i])) model.headerRow = true;
  }
  const bodyRows = r.rowCount - (model.headerRow === false ? 0 : 1) - (model.totalsRow ? 1 : 0);
  return { ws, model, row: r.row, col: r.col, width, bodyRows: Math.max(0, bodyRows) };
}

/** Every table of the workbook. */
export function allTables(wb: ExcelJS.Workbook): XTable[] {
  return wb.worksheets.flatMap((ws) => tablesOfSheet(ws));
}

/** A table by name, case-insensitively, anywhere in the workbook. */
export function findXTable(wb: ExcelJS.Workbook, name: string): XTable | undefined {
  const key = normaliseHeader(name);
  return allTables(wb).find((t) => normaliseHeader(t.model.name) === key);
}

/** The header texts as the cells show them (the column name where a header cell is empty). */
export function headersOf(t: XTable): string[] {
  const row = t.ws.getRow(t.row);
  return Array.from({ length: t.width }, (_, i) => {
    const text = readCell(row.getCell(t.col + i).value);
    return text === "" ? String(t.model.columns[i]?.name ?? "") : String(text);
  });
}

/**
 * The body rows to read: as declared when the table is within the cell limit; a larger one (a table
 * declared as A1:XFD1048576) only up to the sheet's last stored row, which must be within the limit,
 * as the package reader does (`package/xlsxPackage.ts`).
 */
function rowsToRead(t: XTable): number {
  if (t.bodyRows * t.width <= PACKAGE_LIMITS.tableCells) return t.bodyRows;
  const stored = Math.min(t.bodyRows, Math.max(0, t.ws.rowCount - t.row));
  if (stored * t.width > PACKAGE_LIMITS.tableCells)
    throw new PackageLimitError(LIMIT_MESSAGES.tableCells(t.model.name, t.ws.name));
  return stored;
}

/** Body values, one array per row. */
export function bodyOf(t: XTable, columns?: readonly number[]): CellValue[][] {
  const cols = columns ?? Array.from({ length: t.width }, (_, i) => i);
  const count = rowsToRead(t);
  const out: CellValue[][] = new Array(count);
  for (let r = 0; r < count; r++) {
    // findRow, not getRow: an empty row is not created in the model.
    const row = t.ws.findRow(t.row + 1 + r);
    out[r] = cols.map((c) => (row ? readCell(row.getCell(t.col + c).value) : ""));
  }
  return out;
}

/** Days to add to a date column's serials: plain numbers, and cells ExcelJS handed over as dates. */
export interface DateShift {
  readonly columns: ReadonlySet<number>;
  readonly plain: number;
  readonly formatted: number;
}

/**
 * A table as rows keyed by header text; `shift` moves a 1904 workbook's date columns into the 1900
 * system (ExcelJS converts date-formatted cells itself only when it recognised the flag).
 */
export function rawTableOf(t: XTable, shift?: DateShift): RawTable {
  const headers = headersOf(t);
  const body = bodyOf(t);
  const daysFor = (r: number, c: number): number => {
    if (!shift?.columns.has(c)) return 0;
    const value = t.ws.findRow(t.row + 1 + r)?.getCell(t.col + c).value;
    return typeof value === "number" ? shift.plain : value instanceof Date ? shift.formatted : 0;
  };
  const rows = body.map((values, r) => {
    const row: RawRow = {};
    headers.forEach((h, i) => {
      const days = shift ? daysFor(r, i) : 0;
      row[h] = days !== 0 && typeof values[i] === "number" ? (values[i] as number) + days : values[i];
    });
    return row;
  });
  return { rows, headerRow: t.row, headers };
}

/** Set the table's extent after adding rows or columns (header row included). */
export function resize(t: XTable, bodyRows: number, width: number): void {
  const ref = a1(t.row, t.col, 1 + bodyRows + (t.model.totalsRow ? 1 : 0), width);
  t.model.tableRef = ref;
  if ("ref" in t.model) t.model.ref = a1(t.row, t.col);
  t.model.autoFilterRef = a1(t.row, t.col, 1 + bodyRows, width);
  t.model.headerRow = true;
}

/** Is the rectangle free of values and of other tables? */
export function isRectFree(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  rowCount: number,
  colCount: number,
): boolean {
  for (const t of tablesOfSheet(ws)) {
    const lastRow = t.row + t.bodyRows + (t.model.totalsRow ? 1 : 0);
    const lastCol = t.col + t.width - 1;
    if (t.row <= row + rowCount - 1 && lastRow >= row && t.col <= col + colCount - 1 && lastCol >= col) return false;
  }
  for (let r = row; r < row + rowCount; r++) {
    const wsRow = ws.findRow(r);
    if (!wsRow) continue;
    for (let c = col; c < col + colCount; c++) if (readCell(wsRow.getCell(c).value) !== "") return false;
  }
  return true;
}

/** Last used column of a sheet (values and tables); 0 when empty. */
export function lastUsedColumn(ws: ExcelJS.Worksheet): number {
  let last = ws.actualColumnCount > 0 ? ws.columnCount : 0;
  for (const t of tablesOfSheet(ws)) last = Math.max(last, t.col + t.width - 1);
  return last;
}
