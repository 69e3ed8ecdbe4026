/**
 * Resolving one raw table against its schema: which header in the rows is which column (once per
 * table, never per row), which required columns are missing, where the rows sit on the sheet and
 * which rows are empty.
 */
import { INCIDENTS, RISK_ASSESSMENTS, SITUATIONS, normaliseHeader } from "../schema";
import type { ColumnSpec, TableName, TableSpec } from "../schema";
import type { RawRow, RawTable, RawWorkbook } from "../types";
import { isEmptyCell } from "../cells";

/** The sheet each table is on (or, when it is not there, expected on), for messages that name another table's sheet. */
export type TableSheets = Readonly<Record<TableName, string>>;

export interface ResolvedTable {
  readonly spec: TableSpec;
  /**
   * The sheet the table is on, as the adapter found it (`RawTable.sheet`), else the contract's sheet.
   * Every finding and left-out entry about the table's rows names this sheet.
   */
  readonly sheet: string;
  /** Was the table in the input at all? */
  readonly present: boolean;
  readonly rows: readonly RawRow[];
  /** Worksheet row number (as Excel shows it) of data row 0. */
  readonly firstRow: number;
  /** The header text in the rows for each column key; undefined when the column is missing. */
  readonly headerOf: Readonly<Record<string, string | undefined>>;
  readonly missingRequired: readonly ColumnSpec[];
  /** Schema columns whose header appears more than once (the first one is used). */
  readonly doubled: readonly ColumnSpec[];
  /** True when the input for the table was neither a row array nor a table object. */
  readonly malformed: boolean;
}

/**
 * The sheets of the overgreb register's tables as the input names them (else the contract's), for
 * readers of the goal register that only need to name them.
 */
export function incidentSheets(raw: RawWorkbook): Pick<TableSheets, "Haendelser" | "Risikovurdering" | "Situationer"> {
  const sheetOf = (spec: TableSpec): string => {
    const t = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>)[spec.table] : undefined;
    const sheet = t !== null && typeof t === "object" && !Array.isArray(t) ? (t as RawTable).sheet : undefined;
    return typeof sheet === "string" && sheet.trim() !== "" ? sheet : spec.sheet;
  };
  return {
    Haendelser: sheetOf(INCIDENTS),
    Risikovurdering: sheetOf(RISK_ASSESSMENTS),
    Situationer: sheetOf(SITUATIONS),
  };
}

const EMPTY_ROW: RawRow = Object.freeze({}) as RawRow;

const asRow = (value: unknown): RawRow =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as RawRow) : EMPTY_ROW;

/** The header texts of a table: the given list, else every key used by any row, in first-seen order. */
function headerList(rows: readonly RawRow[], given: unknown): string[] {
  if (Array.isArray(given)) return given.map((h) => String(h ?? ""));
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key in row) if (!seen.has(key)) seen.add(key);
  }
  return [...seen];
}

/**
 * Resolve the table `spec.table` of the raw workbook.
 * @example resolveTable({ Borgere: [{ " borgerid ": "B01" }] }, CITIZENS).headerOf.citizenId // " borgerid "
 */
export function resolveTable(raw: RawWorkbook, spec: TableSpec): ResolvedTable {
  const input: unknown =
    raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>)[spec.table] : undefined;
  const present = input !== undefined && input !== null;
  let rows: readonly RawRow[] = [];
  let firstRow = 2;
  let given: unknown;
  let sheet = spec.sheet;
  let malformed = false;
  if (Array.isArray(input)) {
    rows = input.map(asRow);
  } else if (present && typeof input === "object" && Array.isArray((input as RawTable).rows)) {
    const table = input as RawTable;
    rows = table.rows.map(asRow);
    const headerRow = table.headerRow;
    if (typeof headerRow === "number" && Number.isInteger(headerRow) && headerRow >= 1) firstRow = headerRow + 1;
    given = table.headers;
    if (typeof table.sheet === "string" && table.sheet.trim() !== "") sheet = table.sheet;
  } else if (present) {
    malformed = true;
  }

  // Without a header list, the headers are the rows' keys: a table given as no rows has unknown headers.
  const headersKnown = present && !malformed && (Array.isArray(given) || rows.length > 0);
  const byNorm = new Map<string, string>();
  const normCount = new Map<string, number>();
  for (const header of headerList(rows, given)) {
    const norm = normaliseHeader(header);
    if (!byNorm.has(norm)) byNorm.set(norm, header);
    normCount.set(norm, (normCount.get(norm) ?? 0) + 1);
  }
  const headerOf: Record<string, string | undefined> = {};
  const missingRequired: ColumnSpec[] = [];
  const doubled: ColumnSpec[] = [];
  for (const col of spec.columns) {
    const norm = normaliseHeader(col.name);
    headerOf[col.key] = byNorm.get(norm);
    if (headerOf[col.key] === undefined && col.required && headersKnown) missingRequired.push(col);
    if ((normCount.get(norm) ?? 0) > 1) doubled.push(col);
  }
  return { spec, sheet, present, rows, firstRow, headerOf, missingRequired, doubled, malformed };
}

/** The headers of the schema columns present in the table. */
export const presentHeaders = (t: ResolvedTable): string[] =>
  t.spec.columns.map((c) => t.headerOf[c.key]).filter((h): h is string => h !== undefined);

/**
 * Is every schema cell of the row empty? Extra columns do not count: a row with only the user's own
 * columns filled is empty for SMORTE.
 */
export function isEmptyRow(row: RawRow, headers: readonly string[]): boolean {
  for (let i = 0; i < headers.length; i++) if (!isEmptyCell(row[headers[i]])) return false;
  return true;
}
