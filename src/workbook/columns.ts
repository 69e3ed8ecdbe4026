/**
 * Finding the contract's columns in a table by header name, and turning records (keyed by schema
 * column key) into cells. Shared by every adapter so they agree on what "the column" means.
 */
import { normaliseHeader, tableSpec } from "../domain";
import type { CellValue, ColumnSpec, TableName, TableSpec } from "../domain";
import { missingColumnMessage, unknownKeyMessage } from "./messages";

/**
 * Index of each schema column in `headers` (found by name, trimmed and case-insensitive); columns
 * that are absent are left out.
 * @example columnIndexes(tableSpec("Skala"), ["Værdi", " vurdering "]) // Map { "label" => 1, "value" => 0 }
 */
export function columnIndexes(spec: TableSpec, headers: readonly unknown[]): Map<string, number> {
  const byName = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normaliseHeader(h);
    if (key !== "" && !byName.has(key)) byName.set(key, i);
  });
  const found = new Map<string, number>();
  for (const c of spec.columns) {
    const i = byName.get(normaliseHeader(c.name));
    if (i !== undefined) found.set(c.key, i);
  }
  return found;
}

/** The schema columns that `headers` lacks, in schema order. */
export function missingColumns(spec: TableSpec, headers: readonly unknown[]): ColumnSpec[] {
  const found = columnIndexes(spec, headers);
  return spec.columns.filter((c) => !found.has(c.key));
}

/** The column that identifies a row of a table: its first column (BorgerID, MålID, Metode, Nøgle …). */
export const idColumn = (table: TableName): ColumnSpec => tableSpec(table).columns[0];

/**
 * How ids are compared: trimmed; labels and setting keys also ignore case (like the domain does), and
 * a number id is its text.
 * @example idText(" B01 ", "id") // "B01"
 */
export function idText(value: unknown, type: ColumnSpec["type"]): string {
  if (value === null || value === undefined) return "";
  const text = String(value).trim();
  return type === "id" ? text : text.toLocaleLowerCase("da-DK");
}

/** Is a cell empty as Excel sees it. */
export const isEmptyCell = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** A planned write of one record: which table columns get which values. */
export interface RecordPlan {
  /** The id as compared (see `idText`). */
  readonly id: string;
  /** The id as given, trimmed, for messages (ids are pseudonyms or labels, never names). */
  readonly shownId: string;
  readonly idIndex: number;
  /** Table-relative column index → value, for the keys the caller gave. */
  readonly cells: ReadonlyArray<readonly [number, CellValue]>;
}

/**
 * Map a record onto a table's headers. Throws a Danish error for an unknown key, a missing id, or a
 * non-empty value whose column is missing from the sheet (it would be lost silently otherwise).
 */
export function planRecord(
  table: TableName,
  sheet: string,
  headers: readonly unknown[],
  values: Readonly<Record<string, CellValue>>,
): RecordPlan {
  const spec = tableSpec(table);
  const indexes = columnIndexes(spec, headers);
  const idCol = idColumn(table);
  const idIndex = indexes.get(idCol.key);
  if (idIndex === undefined) throw new Error(missingColumnMessage(sheet, idCol.name));
  const idValue = values[idCol.key];
  if (isEmptyCell(idValue)) {
    throw new Error(`${idCol.name} mangler. Udfyld ${idCol.name}, før rækken gemmes på arket ${sheet}.`);
  }
  const cells: Array<readonly [number, CellValue]> = [];
  for (const [key, value] of Object.entries(values)) {
    const c = spec.columns.find((col) => col.key === key);
    if (!c) throw new Error(unknownKeyMessage(table, key));
    const i = indexes.get(key);
    if (i === undefined) {
      if (isEmptyCell(value)) continue;
      throw new Error(missingColumnMessage(sheet, c.name));
    }
    cells.push([i, value === undefined ? "" : value]);
  }
  return { id: idText(idValue, idCol.type), shownId: String(idValue).trim(), idIndex, cells };
}

/** Where the rows with a given id sit (0-based body indexes). */
export function findIdRows(
  body: ReadonlyArray<readonly unknown[]>,
  idIndex: number,
  id: string,
  type: ColumnSpec["type"],
): number[] {
  const hits: number[] = [];
  for (let r = 0; r < body.length; r++) if (idText(body[r][idIndex], type) === id) hits.push(r);
  return hits;
}

/** A full new row for an insert: the given cells, everything else empty. */
export function newRow(width: number, plan: RecordPlan): CellValue[] {
  const row: CellValue[] = new Array(width).fill("");
  for (const [i, v] of plan.cells) row[i] = v;
  return row;
}

/**
 * The cells to write for a decision: everything given on insert; on update everything but the id
 * itself, so the user's spelling of the id (case, spaces) is kept.
 */
export const cellsToWrite = (
  plan: RecordPlan,
  action: "inserted" | "updated",
): ReadonlyArray<readonly [number, CellValue]> =>
  action === "updated"
    ? plan.cells.filter(([i]) => i !== plan.idIndex)
    : plan.cells.map(([i, v]) =>
        i === plan.idIndex && typeof v === "string" ? ([i, v.trim()] as const) : ([i, v] as const),
      );
