/**
 * The state behind the fake Excel: sheets with cells, tables, validations, charts and freeze panes.
 * Tests seed it, act as "another user" between syncs (insert, sort, delete rows) and inspect it.
 */
import { a1, parseA1 } from "../../../src/workbook/layout/grid";

export type Scalar = string | number | boolean;

/** `TableChangedEventArgs` as Excel fills it. */
export interface FakeTableChange {
  type: "TableChanged";
  tableId: string;
  worksheetId: string;
  address: string;
  changeType:
    | "RangeEdited"
    | "RowInserted"
    | "RowDeleted"
    | "ColumnInserted"
    | "ColumnDeleted"
    | "CellInserted"
    | "CellDeleted"
    | "Unknown";
  source: "Local" | "Remote";
}

export interface FakeCell {
  /** What `values` returns: a number, text or boolean ("" when empty). */
  value: Scalar;
  /** The formula text when the cell holds a formula. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fontSize?: number;
  wrap?: boolean;
}

export interface TableState {
  name: string;
  sheet: SheetState;
  /** Header row and first column (1-based), rows including the header. */
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
  showTotals: boolean;
  /** Excel's id of the table (see `newTableId`). */
  id?: string;
  /** Worksheet rows a filter on the table hides (`filterTable`); empty or absent when nothing is filtered. */
  hiddenRows?: Set<number>;
}

export interface FakeValidation {
  address: string;
  rule: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface ChartSeriesState {
  name?: string;
  /** Address of the values (the chart's source for the first series). */
  values?: string;
  xValues?: string;
  chartType?: string;
  markerStyle?: string;
  lineStyle?: string;
}

export interface ChartState {
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position?: string;
  width?: number;
  height?: number;
  series: ChartSeriesState[];
  legendPosition?: string;
  /** Writes to the value and category axes, by property ("valueAxis.minimum": 0, …). */
  axes: Record<string, unknown>;
}

/** What was set on a sheet's page layout, by property ("orientation": "Portrait", "printTitleRows": "$1:$1", …). */
export type PageLayoutState = Record<string, unknown>;

export interface SheetState {
  name: string;
  cells: Map<string, FakeCell>;
  validations: FakeValidation[];
  charts: ChartState[];
  widths: Map<number, number>;
  rowHeights?: Map<number, number>;
  pageLayout?: PageLayoutState;
  frozenRows: number;
  /** Excel's id of the sheet: stable through renames. */
  id?: string;
  /** The sheet is protected (Gennemse > Beskyt ark): writing into it fails with AccessDenied. */
  protected?: boolean;
}

const key = (row: number, col: number): string => `${row},${col}`;

export class FakeWorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  activeSheet: string | null = null;
  /** The user is typing in a cell (Excel's cell-edit mode). */
  cellEditMode = false;
  /** The workbook counts dates from 1904 (Excel's option "Use 1904 date system"). */
  date1904 = false;
  private nextTableId = 1;
  private nextSheetId = 1;
  /** A table id as Excel gives it: stable while the table lives, whatever it is renamed to. */
  newTableId(): string {
    return `{T${this.nextTableId++}}`;
  }
  /** Listeners the proxies register (selection and table changes). */
  selectionListeners: Array<{
    /** null: the worksheet collection's handler (every sheet). */
    sheet: SheetState | null;
    handler: (e: { address: string; worksheetId: string }) => Promise<unknown> | void;
  }> = [];
  tableChangeListeners: Array<(e: FakeTableChange) => Promise<unknown> | void> = [];

  /** A sheet by name (case-insensitive) or by id, as `worksheets.getItem` finds it. */
  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name);
  }

  addSheet(name: string): SheetState {
    if (this.sheet(name)) throw fakeError("ItemAlreadyExists", `Arket ${name} findes allerede`);
    const s: SheetState = {
      name,
      cells: new Map(),
      validations: [],
      charts: [],
      widths: new Map(),
      frozenRows: 0,
      id: `{S${this.nextSheetId++}}`,
    };
    this.sheets.push(s);
    return s;
  }

  removeSheet(s: SheetState): void {
    this.sheets = this.sheets.filter((x) => x !== s);
    this.tables = this.tables.filter((t) => t.sheet !== s);
  }

  table(name: string): TableState | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  cell(s: SheetState, row: number, col: number): FakeCell {
    return s.cells.get(key(row, col)) ?? { value: "" };
  }

  setCell(s: SheetState, row: number, col: number, cell: FakeCell): void {
    const old = s.cells.get(key(row, col));
    s.cells.set(key(row, col), { ...old, ...cell, ...(cell.formula === undefined ? { formula: undefined } : {}) });
  }

  /** Plain values of a rectangle. */
  values(s: SheetState, row: number, col: number, rowCount: number, colCount: number): Scalar[][] {
    return Array.from({ length: rowCount }, (_, r) =>
      Array.from({ length: colCount }, (_, c) => this.cell(s, row + r, col + c).value),
    );
  }

  // ---- what a colleague does in the sheet -------------------------------------------------

  /**
   * A user turns on the table's totals row (Table Design > Total Row): a row below the body with
   * `cells` (formulas such as `=SUBTOTAL(103,[MålID])` by table column; value shown as given).
   */
  addTotalsRow(tableName: string, cells: ReadonlyArray<FakeCell | null>): void {
    const t = this.table(tableName) as TableState;
    const at = t.row + t.rowCount;
    this.shiftDown(t, at, 1);
    cells.forEach((c, i) => this.setCell(t.sheet, at, t.col + i, c ?? { value: "" }));
    t.rowCount += 1;
    t.showTotals = true;
  }

  /**
   * A user filters the table by one column (the header's drop-down): body rows whose value fails
   * `keep` are hidden. Their cells stay as they are; Excel only hides the worksheet rows.
   */
  filterTable(tableName: string, header: string, keep: (value: Scalar) => boolean): void {
    const t = this.table(tableName) as TableState;
    const headers = this.values(t.sheet, t.row, t.col, 1, t.colCount)[0].map(String);
    const c = headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
    const body = t.rowCount - 1 - (t.showTotals ? 1 : 0);
    const hidden = new Set<number>();
    for (let r = t.row + 1; r <= t.row + body; r++) if (!keep(this.cell(t.sheet, r, t.col + c).value)) hidden.add(r);
    t.hiddenRows = hidden;
  }

  /** The table whose filter hides rows inside `rows` (first..last worksheet rows) on sheet `s`, if any. */
  filteredTableIn(s: SheetState, first: number, last: number, col: number, lastCol: number): TableState | undefined {
    return this.tables.find(
      (t) =>
        t.sheet === s &&
        (t.hiddenRows?.size ?? 0) > 0 &&
        col <= t.col + t.colCount - 1 &&
        lastCol >= t.col &&
        [...(t.hiddenRows as Set<number>)].some((r) => r >= first && r <= last),
    );
  }

  /** Seed a table with headers and rows (values as Excel would hold them). */
  addTable(
    sheetName: string,
    name: string,
    at: string,
    headers: readonly string[],
    rows: ReadonlyArray<readonly Scalar[]>,
  ): TableState {
    const s = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const { row, col } = parseA1(at);
    headers.forEach((h, c) => this.setCell(s, row, col + c, { value: h }));
    const body = rows.length > 0 ? rows : [headers.map(() => "")];
    body.forEach((r, ri) => r.forEach((v, c) => this.setCell(s, row + 1 + ri, col + c, { value: v })));
    const t: TableState = {
      name,
      sheet: s,
      row,
      col,
      rowCount: 1 + body.length,
      colCount: headers.length,
      showTotals: false,
      id: this.newTableId(),
    };
    this.tables.push(t);
    return t;
  }

  /** Insert whole worksheet rows at `atRow`, shifting everything below down (tables grow if the row is inside them). */
  insertSheetRows(sheetName: string, atRow: number, count = 1): void {
    const s = this.sheet(sheetName) as SheetState;
    const moved = new Map<string, FakeCell>();
    for (const [k, c] of s.cells) {
      const [r, col] = k.split(",").map(Number);
      moved.set(r >= atRow ? key(r + count, col) : k, c);
    }
    s.cells = moved;
    for (const t of this.tables.filter((x) => x.sheet === s)) {
      if (t.row >= atRow) t.row += count;
      else if (atRow <= t.row + t.rowCount - 1) t.rowCount += count;
    }
  }

  /** A colleague adds a row to a table's body at `bodyIndex` with these values (by table column). */
  insertTableRow(tableName: string, bodyIndex: number, values: readonly Scalar[]): void {
    const t = this.table(tableName) as TableState;
    this.shiftDown(t, t.row + 1 + bodyIndex, 1);
    t.rowCount += 1;
    values.forEach((v, c) => this.setCell(t.sheet, t.row + 1 + bodyIndex, t.col + c, { value: v }));
  }

  /** A colleague deletes a table row (cells below move up within the table's columns). */
  deleteTableRow(tableName: string, bodyIndex: number): void {
    const t = this.table(tableName) as TableState;
    const s = t.sheet;
    const last = maxRow(s);
    for (let r = t.row + 1 + bodyIndex; r <= last; r++) {
      for (let c = t.col; c < t.col + t.colCount; c++) {
        const below = s.cells.get(key(r + 1, c));
        if (below) s.cells.set(key(r, c), below);
        else s.cells.delete(key(r, c));
      }
    }
    t.rowCount -= 1;
  }

  /** A colleague sorts a table's body by one column (text comparison; descending if asked). */
  sortTable(tableName: string, header: string, descending = false): void {
    const t = this.table(tableName) as TableState;
    const headers = this.values(t.sheet, t.row, t.col, 1, t.colCount)[0].map(String);
    const c = headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
    const bodyCount = t.rowCount - 1 - (t.showTotals ? 1 : 0);
    const rows = Array.from({ length: bodyCount }, (_, i) =>
      Array.from({ length: t.colCount }, (_, j) => this.cell(t.sheet, t.row + 1 + i, t.col + j)),
    );
    rows.sort((a, b) => String(a[c].value).localeCompare(String(b[c].value)) * (descending ? -1 : 1));
    rows.forEach((r, i) => r.forEach((cell, j) => t.sheet.cells.set(key(t.row + 1 + i, t.col + j), cell)));
  }

  /** Move cells below `fromRow` in the table's columns down by `count` (Excel's insert within a table). */
  shiftDown(t: TableState, fromRow: number, count: number): void {
    const s = t.sheet;
    for (let r = maxRow(s); r >= fromRow; r--) {
      for (let c = t.col; c < t.col + t.colCount; c++) {
        const cell = s.cells.get(key(r, c));
        if (cell) s.cells.set(key(r + count, c), cell);
        else s.cells.delete(key(r + count, c));
        s.cells.delete(key(r, c));
      }
    }
    if (t.hiddenRows) t.hiddenRows = new Set([...t.hiddenRows].map((r) => (r >= fromRow ? r + count : r)));
  }

  /** Address of a rectangle with its sheet, as Excel writes it. */
  address(s: SheetState, row: number, col: number, rowCount: number, colCount: number): string {
    const name = /^[A-Za-z0-9_]+$/.test(s.name) ? s.name : `'${s.name.replace(/'/g, "''")}'`;
    return `${name}!${a1(row, col, rowCount, colCount)}`;
  }
}

/** Excel's refusal of an operation a table's filter is in the way of. */
export const filteredRangeConflict = (): Error =>
  fakeError("FilteredRangeConflict", "The attempted operation causes a conflict with a filtered range.");

/** Excel's refusal to change a protected sheet. */
export function assertWritable(s: SheetState): void {
  if (s.protected)
    throw fakeError("AccessDenied", "The cell or chart you're trying to change is protected and therefore read-only.");
}

export const maxRow = (s: SheetState): number => {
  let m = 0;
  for (const k of s.cells.keys()) m = Math.max(m, Number(k.split(",")[0]));
  return m;
};

export const maxCol = (s: SheetState): number => {
  let m = 0;
  for (const [k, c] of s.cells) if (c.value !== "" || c.formula) m = Math.max(m, Number(k.split(",")[1]));
  return m;
};

/** An error shaped like OfficeExtension.Error. */
export function fakeError(code: string, message: string): Error & { code: string } {
  const e = new Error(message) as Error & { code: string; name: string };
  e.code = code;
  e.name = "RichApi.Error";
  return e;
}
