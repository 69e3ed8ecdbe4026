/**
 * Co-authoring: before a record is updated, the adapter compares the row's current cells with what
 * the pane read. Where a colleague changed a cell we are about to write (and not to the value we
 * write), nothing is written and a `RecordConflictError` carries both versions, so the pane can show
 * them and let the user choose (read again, or keep the colleague's).
 */
import { tableSpec } from "../domain";
import type { CellValue, TableName } from "../domain";
import { columnIndexes, idColumn } from "./columns";
import type { RecordValues } from "./port";

/** One cell a colleague changed meanwhile. */
export interface ConflictCell {
  readonly key: string;
  /** The Danish column header (for the notice). */
  readonly column: string;
  /** What the pane read before the user edited. */
  readonly was: CellValue;
  /** What is in the sheet now (the colleague's). */
  readonly theirs: CellValue;
  /** What the user wanted to write. */
  readonly mine: CellValue;
}

/** Compare two cells as the sheet holds them: empty is empty, numbers by value, text as typed (trimmed). */
export function sameCell(a: unknown, b: unknown): boolean {
  const empty = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return String(a).trim() === String(b).trim();
}

/**
 * The cells a colleague changed meanwhile, among those `values` writes.
 * @example findConflicts("Maal", ["MålID", "Status"], (i) => ["M01", "Opgivet"][i], { goalId: "M01", status: "Afsluttet" }, { goalId: "M01", status: "Aktiv" })
 * // [{ key: "status", column: "Status", was: "Aktiv", theirs: "Opgivet", mine: "Afsluttet" }]
 */
export function findConflicts(
  table: TableName,
  headers: readonly unknown[],
  current: (columnIndex: number) => CellValue,
  values: RecordValues,
  expected: RecordValues | undefined,
): ConflictCell[] {
  if (!expected) return [];
  const spec = tableSpec(table);
  const indexes = columnIndexes(spec, headers);
  const idKey = idColumn(table).key;
  const out: ConflictCell[] = [];
  for (const [key, mine] of Object.entries(values)) {
    if (key === idKey || !(key in expected)) continue;
    const i = indexes.get(key);
    if (i === undefined) continue;
    const theirs = current(i);
    const was = expected[key];
    if (!sameCell(theirs, was) && !sameCell(theirs, mine)) {
      const c = spec.columns.find((x) => x.key === key);
      out.push({ key, column: c?.name ?? key, was: was ?? "", theirs, mine: mine ?? "" });
    }
  }
  return out;
}

/** A colleague changed the record meanwhile; nothing was written. The message names no free text. */
export class RecordConflictError extends Error {
  readonly table: TableName;
  readonly id: string;
  readonly sheet: string;
  readonly cells: readonly ConflictCell[];

  constructor(table: TableName, id: string, sheet: string, cells: readonly ConflictCell[]) {
    const idName = idColumn(table).name;
    const columns = cells.map((c) => c.column).join(", ");
    super(
      `En kollega har ændret ${idName} ${id} på arket ${sheet}, mens du arbejdede (${cells.length === 1 ? "kolonnen" : "kolonnerne"} ${columns}). ` +
        `Intet er gemt. Se begge udgaver, og vælg "Indlæs igen" for at hente kollegaens udgave og rette den, eller "Behold deres".`,
    );
    this.name = "RecordConflictError";
    this.table = table;
    this.id = id;
    this.sheet = sheet;
    this.cells = cells;
  }
}

/** @example isRecordConflict(error) // true for a RecordConflictError */
export const isRecordConflict = (e: unknown): e is RecordConflictError => e instanceof RecordConflictError;

/**
 * Refusal to write over a formula in a cell (`row`: the worksheet row). In a report sheet's own table
 * the table and the row's place in it are named too. Names the place, never the formula.
 */
export const formulaCellMessage = (
  sheet: string,
  column: string,
  row: number,
  table?: { readonly name: string; readonly row: number },
): string =>
  `Cellen i kolonnen ${column}, ` +
  (table ? `række ${table.row} i tabellen ${table.name} (arkets række ${row})` : `række ${row}`) +
  ` på arket ${sheet} indeholder en formel. SMORTE skriver ikke over formler. ` +
  `Intet er gemt. Ret værdien i arket, eller fjern formlen, og gem igen.`;

/**
 * A filter on the table hides rows, and Excel takes no new row into a filtered table. Nothing was
 * written. The pane offers to clear the filter and save (`UpsertOptions.clearFilter`); the filter is
 * the workbook's, shared with every co-author, so it is never cleared without the user's say.
 */
export class FilteredTableError extends Error {
  readonly code = "FilteredRangeConflict";
  readonly table: TableName;
  readonly sheet: string;

  constructor(table: TableName, sheet: string) {
    super(
      `Tabellen ${table} på arket ${sheet} er filtreret, så Excel kan ikke tilføje en ny række. Intet er gemt. ` +
        `Ryd filteret (Data > Ryd), og gem igen. Filteret gælder alle, der arbejder i arbejdsbogen.`,
    );
    this.name = "FilteredTableError";
    this.table = table;
    this.sheet = sheet;
  }
}

/** @example isFilteredTable(error) // true for a FilteredTableError */
export const isFilteredTable = (e: unknown): e is FilteredTableError => e instanceof FilteredTableError;
