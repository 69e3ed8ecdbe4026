/**
 * The decision every adapter makes when writing one record by id, once it has the table's headers and
 * id column: update the one row holding the id, insert a new row, or refuse with a Danish message
 * (the id stands twice; a colleague deleted the row we meant to update; a colleague created the id we
 * meant to insert).
 */
import { idColumn } from "./columns";
import type { RecordPlan } from "./columns";
import { alreadyExistsMessage, duplicateIdMessage, vanishedRowMessage } from "./messages";
import type { EditableTable, UpsertOptions } from "./port";

export type UpsertDecision =
  | { readonly action: "updated"; readonly bodyIndex: number }
  | { readonly action: "inserted"; readonly reuseBodyIndex: number | null };

/**
 * Decide where a record goes. `hits` are the body indexes (0-based, top to bottom) whose id equals
 * the record's; `trailingBlank()` gives the body row a new record may fill (see `starterRow`), or
 * null. `headerRow` is the worksheet row of the header, for messages.
 */
export function decideUpsert(
  table: EditableTable,
  sheet: string,
  plan: RecordPlan,
  hits: readonly number[],
  headerRow: number,
  options: UpsertOptions | undefined,
  trailingBlank: () => number | null,
): UpsertDecision {
  const idCol = idColumn(table);
  const mode = options?.mode ?? "upsert";
  const shownId = plan.shownId;
  if (hits.length > 1) {
    throw new Error(
      duplicateIdMessage(
        sheet,
        idCol.name,
        shownId,
        hits.map((h) => headerRow + 1 + h),
      ),
    );
  }
  if (hits.length === 1) {
    if (mode === "insert") throw new Error(alreadyExistsMessage(sheet, idCol.name, shownId, headerRow + 1 + hits[0]));
    return { action: "updated", bodyIndex: hits[0] };
  }
  if (mode === "update") throw new Error(vanishedRowMessage(sheet, idCol.name, shownId));
  return { action: "inserted", reuseBodyIndex: trailingBlank() };
}

/**
 * The blank starter row of an otherwise empty table (a fresh Excel table keeps one blank body
 * row), else null. A new record fills that row instead of leaving a gap above it. A blank row in a
 * table that holds anything else is left alone: it may be where a colleague is about to type, and
 * rows are never reused by position.
 * @example starterRow(1, () => true) // 0
 * @example starterRow(3, () => true) // null
 */
export function starterRow(bodyRows: number, isRowEmpty: (bodyIndex: number) => boolean): number | null {
  return bodyRows === 1 && isRowEmpty(0) ? 0 : null;
}
