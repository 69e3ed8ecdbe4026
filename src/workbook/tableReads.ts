/**
 * The partial reads of the port (`readTable`, `readRows`, `readRecord`) on a table already held whole
 * (the memory and .xlsx adapters hold every cell; the Office adapter reads only what is asked).
 */
import { tableSpec } from "../domain";
import type { CellValue, RawRow, TableName } from "../domain";
import { columnIndexes, idColumn, idText } from "./columns";
import type { SheetTable, TableRows } from "./port";
import { columnsToRead, rowOfColumns } from "./readColumns";
import type { ReadOptions } from "./readColumns";

/** The table with only the columns `options` asks for. */
export function selectColumns(table: TableName, t: SheetTable, options?: ReadOptions): SheetTable {
  const mode = options?.columns ?? "all";
  if (mode === "all") return t;
  const indexes = columnsToRead(table, t.headers, mode);
  const rows = t.rows.map((r) => rowOfColumns(t.headers, (i) => r[t.headers[i]] ?? "", indexes));
  return { ...t, rows };
}

/** Body rows on worksheet rows `first`..`last`, clipped to the body. */
export function rowsOf(table: TableName, t: SheetTable, first: number, last: number, options?: ReadOptions): TableRows {
  const selected = selectColumns(table, t, options);
  const from = Math.max(first, t.headerRow + 1);
  const to = Math.min(last, t.headerRow + t.rows.length);
  return {
    sheet: t.sheet,
    headerRow: t.headerRow,
    headers: t.headers,
    firstRow: from,
    rows: to >= from ? selected.rows.slice(from - t.headerRow - 1, to - t.headerRow) : [],
    bodyRows: t.rows.length,
  };
}

/** Index (0-based, in the body) of the first row whose id is `id`, or -1. */
export function bodyIndexOfId(
  table: TableName,
  headers: readonly string[],
  ids: readonly unknown[],
  id: string,
): number {
  const type = idColumn(table).type;
  const wanted = idText(id, type);
  if (wanted === "") return -1;
  return ids.findIndex((v) => idText(v, type) === wanted);
}

/** The whole row of the record with this id. */
export function recordOf(table: TableName, t: SheetTable, id: string): RawRow | null {
  const idIndex = columnIndexes(tableSpec(table), t.headers).get(idColumn(table).key);
  if (idIndex === undefined) return null;
  const idHeader = t.headers[idIndex];
  const i = bodyIndexOfId(
    table,
    t.headers,
    t.rows.map((r) => r[idHeader]),
    id,
  );
  return i < 0 ? null : { ...t.rows[i] };
}

/** One schema column's cells at worksheet rows `rows` (those inside the body), keyed by row; null without the column. */
export function cellsAt(
  table: TableName,
  t: SheetTable,
  key: string,
  rows: readonly number[],
): ReadonlyMap<number, CellValue> | null {
  const index = columnIndexes(tableSpec(table), t.headers).get(key);
  if (index === undefined) return null;
  const header = t.headers[index];
  const out = new Map<number, CellValue>();
  for (const row of rows) {
    const r = t.rows[row - t.headerRow - 1];
    if (row > t.headerRow && r) out.set(row, r[header] ?? "");
  }
  return out;
}
