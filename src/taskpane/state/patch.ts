/**
 * Apply one written record to the pane's copy of the tables, so the pane shows the change at once
 * instead of waiting for the next read. When anything does not line up (the row the port reports is
 * not where our copy expects it, e.g. a colleague inserted rows), return null: the caller re-reads.
 */
import { normaliseHeader, tableSpec } from "../../domain";
import type { CellValue, RawRow, TableName } from "../../domain";
import type { RecordValues, UpsertResult, WorkbookSnapshot } from "../../workbook/port";

/**
 * @example
 * patchSnapshot(snapshot, "Borgere", { citizenId: "B0003", name: "Ny" }, { action: "inserted", row: 4 })
 * // → a snapshot whose Borgere table has a third data row
 */
export function patchSnapshot(
  snapshot: WorkbookSnapshot,
  table: TableName,
  values: RecordValues,
  result: UpsertResult,
): WorkbookSnapshot | null {
  const current = snapshot.tables[table];
  if (!current) return null;
  const spec = tableSpec(table);
  const headers = current.headers ?? Object.keys(current.rows[0] ?? {});
  const headerOf = new Map(headers.map((h) => [normaliseHeader(h), h]));
  const idColumn = spec.columns[0];
  const idHeader = headerOf.get(normaliseHeader(idColumn.name));
  if (!idHeader) return null;

  const cells: Record<string, CellValue> = {};
  for (const [key, value] of Object.entries(values)) {
    const columnSpec = spec.columns.find((c) => c.key === key);
    const header = columnSpec ? headerOf.get(normaliseHeader(columnSpec.name)) : undefined;
    if (header !== undefined) cells[header] = value ?? "";
  }

  const headerRow = current.headerRow ?? 1;
  const index = result.row - headerRow - 1;
  const rows = current.rows.slice();
  if (result.action === "inserted") {
    if (index !== rows.length) return null;
    const blank: RawRow = Object.fromEntries(headers.map((h) => [h, ""]));
    rows.push({ ...blank, ...cells });
  } else {
    const existing = rows[index];
    if (!existing || String(existing[idHeader] ?? "").trim() !== String(values[idColumn.key] ?? "").trim()) return null;
    rows[index] = { ...existing, ...cells };
  }
  return { tables: { ...snapshot.tables, [table]: { ...current, rows } } };
}
