/**
 * Writing one cell of a report sheet's own table (the action plan's Status): the adapters locate the
 * row by its place in the table as the pane read it, compare the whole row with what the pane read,
 * and write only the one cell. Where a colleague changed the row meanwhile (or rows moved), or the
 * cell holds a formula someone put there, nothing is written and a Danish error says so; the messages
 * name no cell contents.
 */
import { normaliseHeader } from "../domain";
import type { CellValue, RawRow } from "../domain";
import { formulaCellMessage, sameCell } from "./conflict";

/** One cell to write in a report table's row. */
export interface SheetTableCellChange {
  /** The row's place in the table body as read (0 = the first row under the header). */
  readonly row: number;
  /** The row as the pane read it, keyed by header. */
  readonly was: RawRow;
  /** The header of the column to write. */
  readonly column: string;
  readonly value: CellValue;
}

/** A colleague changed the row (or the table) meanwhile; nothing was written. */
export class SheetRowConflictError extends Error {
  constructor(sheet: string, tableName: string, row: number) {
    super(
      `En kollega har ændret række ${row + 1} i tabellen ${tableName} på arket ${sheet}, mens du arbejdede. ` +
        `Intet er gemt. Læs tabellen igen, og ret den derefter.`,
    );
    this.name = "SheetRowConflictError";
  }
}

/** The table's row as it is now, where the adapter found it. */
export interface CurrentTableRow {
  /** One value per header, as the pane reads them (a formula cell as the adapter reads its value). */
  readonly values: readonly CellValue[];
  /** Per header: does the cell hold a formula? */
  readonly formulas: readonly boolean[];
  /** Worksheet row number of the row (1-based, as Excel shows it). */
  readonly sheetRow: number;
}

export const missingSheetTableMessage = (sheet: string, tableName: string): string =>
  `Tabellen ${tableName} findes ikke på arket ${sheet}. Intet er gemt. Opret arket igen, og prøv igen.`;

/**
 * The column index to write, after checking that the current row still is the row the pane read and
 * that the cell to write holds no formula. Throws `SheetRowConflictError` when the row changed, or a
 * Danish error when the column is unknown or the cell holds a formula.
 * @example checkedColumn("Årsevaluering 2026", "Handleplan_2026", ["Tiltag", "Status"], { values: ["Mere træning", "Ikke startet"], formulas: [false, false], sheetRow: 28 }, change) // 1
 */
export function checkedColumn(
  sheet: string,
  tableName: string,
  headers: readonly string[],
  current: CurrentTableRow | null,
  change: SheetTableCellChange,
): number {
  const column = headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(change.column));
  if (column < 0) {
    throw new Error(`Tabellen ${tableName} på arket ${sheet} har ingen kolonne ${change.column}. Intet er gemt.`);
  }
  if (current === null) throw new SheetRowConflictError(sheet, tableName, change.row);
  const wasKeys = Object.keys(change.was);
  for (const key of wasKeys) {
    const i = headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(key));
    if (i < 0 || !sameCell(current.values[i] ?? "", change.was[key] ?? "")) {
      throw new SheetRowConflictError(sheet, tableName, change.row);
    }
  }
  if (current.formulas[column]) {
    throw new Error(
      formulaCellMessage(sheet, headers[column], current.sheetRow, { name: tableName, row: change.row + 1 }),
    );
  }
  return column;
}
