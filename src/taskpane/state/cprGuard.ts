/**
 * The last check before the pane writes a record: nothing that looks like a CPR number may reach the
 * workbook from the pane, in any field of any table (names, goal texts, notes, episode descriptions,
 * ids). The forms mark such a field while the user types; this guard makes sure no path around the
 * forms writes one. The message names the fields by their column names and never repeats the value.
 */
import { fieldsWithCpr, tableSpec } from "../../domain";
import type { TableName } from "../../domain";
import type { RecordValues } from "../../workbook/port";

/** The Danish names of the fields of `values` that hold something CPR-like (empty: none). */
export function cprFieldNames(table: TableName, values: RecordValues): string[] {
  const columns = tableSpec(table).columns;
  return fieldsWithCpr(values).map((key) => columns.find((c) => c.key === key)?.name ?? key);
}

const list = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} og ${names[names.length - 1]}`;

/**
 * Why `values` may not be written, or null when they may.
 * @example cprRefusal("Opfoelgning", { followUpId: "O1", note: "cpr 010190-1234" })
 * // "Feltet Note ser ud til at indeholde et CPR-nummer. Fjern det, og gem igen: CPR-numre må ikke stå i arbejdsbogen."
 */
export function cprRefusal(table: TableName, values: RecordValues): string | null {
  const names = cprFieldNames(table, values);
  if (names.length === 0) return null;
  const what = names.length === 1 ? `Feltet ${names[0]}` : `Felterne ${list(names)}`;
  const it = names.length === 1 ? "det" : "dem";
  return `${what} ser ud til at indeholde et CPR-nummer. Fjern ${it}, og gem igen: CPR-numre må ikke stå i arbejdsbogen.`;
}

/** The error the store throws instead of writing (its message is what the form shows). */
export class CprRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CprRefused";
  }
}
