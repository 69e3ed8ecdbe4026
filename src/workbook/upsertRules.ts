/**
 * The decision every adapter makes when writing one record by id, once it has the table's headers and
 * id column: update the one row holding the id, insert a new row, or refuse with a Danish message
 * (the id stands twice; a colleague deleted the row we meant to update; a colleague created the id we
 * meant to insert).
 */
import type { CellValue } from "../domain";
import { findIdRows, idColumn, isEmptyCell } from "./columns";
import type { RecordPlan } from "./columns";
import { alreadyExistsMessage, duplicateIdMessage, vanishedRowMessage } from "./messages";
import type { EditableTable, UpsertOptions } from "./port";

export type UpsertDecision =
  | { readonly action: "updated"; readonly bodyIndex: number }
  | { readonly action: "inserted"; readonly reuseBodyIndex: number | null };

/**
 * Decide where a record goes. `idCells` is the id column of the body (one value per row, top to
 * bottom); `isRowEmpty(i)` tells whether body row i is entirely empty (a fresh table's blank row).
 * `headerRow` is the worksheet row of the header, for messages.
 */
export function decideUpsert(
  table: EditableTable,
  sheet: string,
  plan: RecordPlan,
  idCells: readonly CellValue[],
  headerRow: number,
  options: UpsertOptions | undefined,
  isRowEmpty: (bodyIndex: number) => boolean,
): UpsertDecision {
  const idCol = idColumn(table);
  const hits = findIdRows(
    idCells.map((v) => [v]),
    0,
    plan.id,
    idCol.type,
  );
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
  // A fresh Excel table keeps one blank row; fill trailing blank rows before growing the table.
  let reuse: number | null = null;
  for (let i = idCells.length - 1; i >= 0; i--) {
    if (!isEmptyCell(idCells[i]) || !isRowEmpty(i)) break;
    reuse = i;
  }
  return { action: "inserted", reuseBodyIndex: reuse };
}
