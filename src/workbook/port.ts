/**
 * The workbook port: everything the task pane, the custom-function host and the command line may ask
 * of a workbook. Three adapters implement it (Office.js inside Excel, .xlsx files in Node, in memory
 * for tests and the browser preview) and pass one shared contract test suite.
 *
 * Records cross the port keyed by the schema's column `key`s (English field names), never by
 * position; the adapters map keys to the Danish headers wherever the user has put those columns.
 */
import type { SheetTableCellChange } from "./sheetTableCell";
import type { TableName } from "../domain/schema";
import type { CellValue, RawRow, RawTable } from "../domain/types";
import type { ReadOptions } from "./readColumns";

export type { ReadColumns, ReadOptions } from "./readColumns";

/** Tables whose rows the pane writes one at a time. */
export type EditableTable =
  | "Borgere"
  | "Maal"
  | "Opfoelgning"
  | "Metoder"
  | "Maalgrupper"
  | "Skala"
  | "Indstillinger"
  | "Haendelser"
  | "Risikovurdering"
  | "Situationer";

/** A record to write, keyed by schema column key (e.g. `{ goalId: "M01", text: "…" }`). */
export type RecordValues = Readonly<Record<string, CellValue>>;

/** Every table of the contract as read, with where it sits; absent tables are missing. */
export interface WorkbookSnapshot {
  readonly tables: Readonly<Partial<Record<TableName, RawTable & { readonly sheet: string }>>>;
}

/** What the template lacks: sheets, tables and required/optional columns. */
export interface TemplateStatus {
  readonly complete: boolean;
  /** Nothing of the contract exists yet (an empty or foreign workbook). */
  readonly empty: boolean;
  readonly missingSheets: readonly string[];
  readonly missingTables: readonly TableName[];
  readonly missingColumns: ReadonlyArray<{ readonly table: TableName; readonly column: string }>;
}

export interface TemplateReport {
  /** Danish lines saying what was added ("Tilføjede kolonnen Vægt i tabellen Maal …"). */
  readonly added: readonly string[];
  /** Danish lines saying what could not be added and what to do (e.g. cells in the way of a new column). */
  readonly problems?: readonly string[];
}

/**
 * What the caller expects of the id: `"insert"` — a new record (fails if a colleague created the id
 * meanwhile); `"update"` — an existing record (fails with a Danish message if its row was deleted
 * meanwhile, never writes elsewhere); `"upsert"` (default) — either.
 */
export interface UpsertOptions {
  readonly mode?: "insert" | "update" | "upsert";
  /**
   * On update: the record's cells as the pane read them (keyed by column key). Before writing, the
   * adapter compares the row's current cells with these; where a colleague changed one meanwhile it
   * writes nothing and throws a `RecordConflictError` (conflict.ts) with both versions.
   */
  readonly expected?: RecordValues;
  /**
   * On insert inside Excel: clear the table's filters first (Excel takes no new row into a filtered
   * table; without this the adapter throws a `FilteredTableError` and writes nothing). The user asks
   * for it; a filter is shared by every co-author. Files and memory have no filters to clear.
   */
  readonly clearFilter?: boolean;
}

/** One contract table as read, with where it sits. */
export type SheetTable = RawTable & {
  readonly sheet: string;
  readonly headerRow: number;
  readonly headers: readonly string[];
};

/** Some body rows of a table, read again after a change (see `WorkbookPort.readRows`). */
export interface TableRows {
  readonly sheet: string;
  readonly headerRow: number;
  readonly headers: readonly string[];
  /** Worksheet row of `rows[0]`. */
  readonly firstRow: number;
  readonly rows: readonly RawRow[];
  /** How many body rows the table has now (a caller whose copy has another count reads the table). */
  readonly bodyRows: number;
}

/** A change the host reported in a contract table (Office: `tables.onChanged`). */
export interface TableChange {
  readonly table: TableName;
  /** `"cells"`: values edited in place (rows given when known); `"rows"`: rows or columns added, deleted or moved. */
  readonly kind: "cells" | "rows";
  /** Worksheet rows the edit touched, when the host says (first and last, inclusive). */
  readonly rows?: { readonly first: number; readonly last: number };
  /** `"local"`: this user (another add-in, typing, our own write); `"remote"`: a co-author. */
  readonly source: "local" | "remote";
}

export interface UpsertResult {
  /** "inserted" when the id was new, "updated" when its row was found and rewritten. */
  readonly action: "inserted" | "updated";
  /** Worksheet row number the record now occupies. */
  readonly row: number;
}

/**
 * A cell of a report block: a value, or a native Excel formula (English function names, `,` as the
 * argument separator, as Office.js `Range.formulas` and ExcelJS expect). Plain text that happens to
 * start with "=" is always written as text, never as a formula.
 */
export interface FormulaCell {
  readonly formula: string;
}
export type BlockCell = CellValue | FormulaCell;

/** Number formats the writers know; adapters map them to Excel/ExcelJS format codes. */
export type CellFormat = "text" | "integer" | "decimal" | "percent" | "date" | "signedPercent";

/** A piece of a report sheet, laid out top to bottom. */
export type Block =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "keyValues";
      readonly rows: ReadonlyArray<readonly [string, BlockCell]>;
      readonly formats?: readonly CellFormat[];
    }
  | {
      readonly kind: "table";
      /** Excel table name (unique in the workbook) when the block should be an Excel table. */
      readonly name?: string;
      readonly headers: readonly string[];
      readonly rows: ReadonlyArray<readonly BlockCell[]>;
      /** One format per column. */
      readonly formats?: readonly CellFormat[];
      /** Drop-down lists per column header, e.g. the action plan's Status. */
      readonly lists?: Readonly<Record<string, readonly string[]>>;
      /** Wrap long text in the body cells so rows grow to fit (e.g. the action plan's texts). */
      readonly wrap?: boolean;
    }
  | { readonly kind: "blank" };

/** The kinds of chart a report sheet can carry; each writer draws all four alike. */
export type ChartKind = "bar" | "column" | "line" | "scatter";

/**
 * One series of a chart. Columns are 0-based positions within a table block's columns.
 * For bar, column and line charts the categories are the chart's `categoriesColumn`; for a scatter
 * chart `xColumn` holds the x values of this series.
 */
export interface ChartSeriesSpec {
  /** The series name shown in the legend. */
  readonly name: string;
  /** Column of the values (y values for a scatter chart). */
  readonly valuesColumn: number;
  /** Scatter only: column of the x values. */
  readonly xColumn?: number;
  /** Index in `blocks` of the table that holds this series, when it is not the chart's `dataBlock`. */
  readonly dataBlock?: number;
  /** Scatter only: draw the points joined by a line (limits, a sector line) instead of markers. */
  readonly line?: boolean;
}

/**
 * The one chart description that the report builders produce and every writer draws (DrawingML
 * chart parts in .xlsx files, Excel's chart API inside Excel). A chart over a table without rows is
 * not drawn.
 * @example { kind: "bar", title: "Målopfyldelse pr. metode", dataBlock: 7 } // first column = categories, the others = series
 */
export interface ChartSpec {
  /** Default "bar" (a clustered horizontal bar chart). */
  readonly kind?: ChartKind;
  readonly title: string;
  /** Index of the table block in `blocks` that holds the chart's data. */
  readonly dataBlock: number;
  /** Column of the categories for bar/column/line charts; default 0. */
  readonly categoriesColumn?: number;
  /** The series; default: every column after the categories, named by its header. */
  readonly series?: readonly ChartSeriesSpec[];
  readonly xAxisTitle?: string;
  readonly yAxisTitle?: string;
  /** Value-axis bounds, e.g. 0 and 1 for fractions shown as percentages. */
  readonly valueMin?: number;
  readonly valueMax?: number;
  /** Show the value axis as percentages (the values are fractions 0..1). */
  readonly percentAxis?: boolean;
}

/**
 * How a report sheet prints: always A4, one page wide, orientation by its width, with a footer naming
 * the offer, the sheet, the page and when the sheet was made.
 */
export interface PrintSpec {
  /** The offer's name (`Tilbud`) for the footer. */
  readonly offer?: string;
  /** When the sheet was made, as shown in its header (e.g. "15-01-2027 kl. 10:30"). */
  readonly madeAt?: string;
  /** Index in `blocks` of the table whose header row is repeated on every page; default: the title row. */
  readonly headerBlock?: number;
}

export interface SheetContent {
  readonly name: string;
  readonly blocks: readonly Block[];
  /** The sheet's charts, each beside its data table (the blocks after it start below it), in this order. */
  readonly charts?: readonly ChartSpec[];
  /** Column widths in character units, first column first. */
  readonly widths?: readonly number[];
  /** Footer facts and repeated rows for printing (every report sheet is set up for A4 regardless). */
  readonly print?: PrintSpec;
}

/** What the user does in the sheets, for the task pane (Office adapter; others may never call). */
export interface WorkbookEvents {
  /** The user selected a cell in a data row of Borgere, Maal or Opfoelgning: the record's id. */
  onSelectRecord(handler: (table: "Borgere" | "Maal" | "Opfoelgning", id: string) => void): () => void;
  /**
   * Something in a contract table changed (edited, rows added or deleted). `change` says what, or is
   * null when the host cannot tell (a table the adapter did not know): read everything again.
   * Our own writes through this port are not reported. Callers coalesce bursts.
   */
  onTablesChanged(handler: (change: TableChange | null) => void): () => void;
}

export interface WorkbookPort {
  /**
   * Read every table of the contract. Inside Excel in pages below Office's payload limits, so the
   * round trips grow with the bytes read, never with the rows. `{ columns: "lists" }` reads only what
   * the pane's lists and the engine need (see readColumns.ts).
   */
  readAll(options?: ReadOptions): Promise<WorkbookSnapshot>;
  /** Read one contract table (null when the workbook lacks it). */
  readTable(table: TableName, options?: ReadOptions): Promise<SheetTable | null>;
  /**
   * Read the body rows on worksheet rows `first`..`last` of a table (clipped to its body), e.g. after
   * a colleague edited them. Null when the workbook lacks the table.
   */
  readRows(table: TableName, first: number, last: number, options?: ReadOptions): Promise<TableRows | null>;
  /** Every column of the one record with this id (free text included), or null when no row has it. */
  readRecord(table: TableName, id: string): Promise<RawRow | null>;
  /**
   * One schema column's cells at some worksheet rows of a table, keyed by row (rows outside the body
   * are left out): the lazy free text a report prints, e.g. the notes of one citizen's follow-ups.
   * Inside Excel in pages by bytes, each run of adjacent rows one range. Null when the workbook lacks
   * the table or the column.
   */
  readColumnAt(table: TableName, key: string, rows: readonly number[]): Promise<ReadonlyMap<number, CellValue> | null>;
  /** What of the contract is missing, without changing anything. */
  inspectTemplate(): Promise<TemplateStatus>;
  /** Create the SMORTE workbook, or add what is missing; never changes or moves the user's data. */
  ensureTemplate(): Promise<TemplateReport>;
  /**
   * Insert or update one record by its id column (the table's first required id column). The row is
   * located by id at write time; a row that vanished meanwhile is a Danish error, never a write elsewhere.
   */
  upsert(table: EditableTable, values: RecordValues, options?: UpsertOptions): Promise<UpsertResult>;
  /** Read the data rows of a table block previously written on a sheet (e.g. the leader's action plan). */
  readSheetTable(sheet: string, tableName: string): Promise<RawTable | null>;
  /**
   * Write one cell of a row of a report sheet's own table (e.g. the action plan's Status), and only
   * that cell, after checking that the row still holds what the pane read (`change.was`); a row a
   * colleague changed meanwhile is a `SheetRowConflictError`, a cell holding a formula is refused with
   * a Danish error naming its place, and in both cases nothing is written (sheetTableCell.ts).
   */
  updateSheetTableCell(sheet: string, tableName: string, change: SheetTableCellChange): Promise<void>;
  /** Write (replace) a whole report sheet. */
  writeSheet(content: SheetContent): Promise<void>;
  /** Bring a sheet to the front. */
  activateSheet(sheet: string): Promise<void>;
  /** Sheet events, where the host has them. */
  readonly events?: WorkbookEvents;
}
