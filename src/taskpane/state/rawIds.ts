/**
 * Every id written in a table's id column, including rows the domain could not use: a proposal for a
 * new id must not collide with a broken row either.
 */
import { normaliseHeader, tableSpec } from "../../domain";
import type { TableName } from "../../domain";
import type { WorkbookSnapshot } from "../../workbook/port";

/** @example rawIds(snapshot, "Borgere") // ["B0001", "B0002", …] */
export function rawIds(snapshot: WorkbookSnapshot | null, table: TableName): string[] {
  const current = snapshot?.tables[table];
  if (!current || current.rows.length === 0) return [];
  const idName = normaliseHeader(tableSpec(table).columns[0].name);
  const headers = current.headers ?? Object.keys(current.rows[0]);
  const header = headers.find((h) => normaliseHeader(h) === idName);
  if (header === undefined) return [];
  const ids: string[] = [];
  for (const row of current.rows) {
    const value = row[header];
    if (value !== null && value !== undefined && String(value).trim() !== "") ids.push(String(value).trim());
  }
  return ids;
}
