/**
 * Ranges that hold a whole table WITH its header row (e.g. `Maal[#Alle]`), turned into the raw rows
 * the domain's reader takes. Columns are found by header name exactly as the workbook layer finds
 * them (trimmed, case-insensitive); columns the contract does not know are left out, so an error in a
 * user's own extra column does not stop the figures.
 */
import {
  normaliseHeader,
  tableSpec,
  type CellValue,
  type ColumnSpec,
  type RawRow,
  type RawTable,
  type TableName,
} from "../domain";
import { toMatrix, type Arg, type Matrix } from "./args";
import { classifyCell } from "./cells";
import { ArgumentError } from "./errors";

const q = (name: string): string => `«${name}»`;

/** A table read from a range: its rows keyed by the contract's header names, and the columns found. */
export interface RangeTable extends RawTable {
  readonly rows: RawRow[];
  readonly headers: string[];
  /** Record keys (`ColumnSpec.key`) of the contract columns the range has. */
  readonly keys: ReadonlySet<string>;
}

/** The contract's columns of `table` found in a header row: column position → column. */
function matchHeader(header: readonly unknown[], table: TableName, argName: string): Map<number, ColumnSpec> {
  const byName = new Map(tableSpec(table).columns.map((c) => [normaliseHeader(c.name), c] as const));
  const found = new Map<number, ColumnSpec>();
  const seen = new Set<string>();
  header.forEach((cell, i) => {
    const kind = classifyCell(cell).kind;
    if (kind !== "text") return;
    const spec = byName.get(normaliseHeader(cell));
    if (spec === undefined) return;
    if (seen.has(spec.key)) {
      throw new ArgumentError(
        `Overskriften ${spec.name} står to gange i ${q(argName)}. Giv kolonnerne forskellige navne.`,
      );
    }
    seen.add(spec.key);
    found.set(i, spec);
  });
  return found;
}

/** A cell of a table as the reader takes it; error values and other odd values throw with their place. */
function rawCell(value: unknown, argName: string, row: number, column: string): CellValue {
  const cell = classifyCell(value);
  switch (cell.kind) {
    case "blank":
      return "";
    case "number":
    case "boolean":
      return cell.value;
    case "text":
      return typeof value === "string" ? value : cell.value;
    case "error":
      throw new ArgumentError(
        `${q(argName)} har fejlværdien ${cell.code} i række ${row}, kolonnen ${column}. Ret fejlen i cellen, før SMORTE kan regne.`,
      );
    default:
      throw new ArgumentError(`${q(argName)} har en værdi, SMORTE ikke kan læse, i række ${row}, kolonnen ${column}.`);
  }
}

/**
 * Read a range whose first row is the header of `table`. `needs` are the record keys of the columns
 * the computation cannot do without: a missing one throws a Danish message that names it. Trailing
 * rows with nothing in any contract column are dropped (a range reaching below the table).
 * Row numbers in messages count the header as row 1 of the range.
 * @example
 * tableFromRange([["MålID", "Dato"], ["M01", 46082]], "opfølgning", "Opfoelgning", ["goalId", "date"]).rows
 * // [{ MålID: "M01", Dato: 46082 }]
 */
export function tableFromRange(
  value: unknown,
  argName: string,
  table: TableName,
  needs: readonly string[],
): RangeTable {
  const matrix: Matrix = toMatrix(value, argName);
  const columns = matchHeader(matrix[0], table, argName);
  const keys = new Set([...columns.values()].map((c) => c.key));
  const spec = tableSpec(table);
  const missing = needs
    .filter((key) => !keys.has(key))
    .map((key) => spec.columns.find((c) => c.key === key)?.name ?? key);
  if (missing.length > 0) {
    const list = missing.join(", ");
    throw new ArgumentError(
      `${q(argName)} mangler ${missing.length === 1 ? "kolonnen" : "kolonnerne"} ${list}. ` +
        `Tag tabellens overskriftsrække med, fx ${spec.table}[#Alle].`,
    );
  }
  const entries = [...columns.entries()];
  const rows: RawRow[] = [];
  let lastFilled = -1;
  for (let r = 1; r < matrix.length; r++) {
    const source = matrix[r];
    const row: RawRow = {};
    let filled = false;
    for (const [at, column] of entries) {
      const cell = rawCell(source[at], argName, r + 1, column.name);
      if (cell !== "") filled = true;
      row[column.name] = cell;
    }
    rows.push(row);
    if (filled) lastFilled = rows.length - 1;
  }
  rows.length = lastFilled + 1;
  return { rows, headerRow: 1, headers: entries.map(([, c]) => c.name), keys };
}

/**
 * A table argument: a range with its header row, read as `table`; `needs` are the record keys of the
 * columns the function cannot do without.
 */
export const tableArg = (name: string, table: TableName, needs: readonly string[]): Arg<RangeTable> => ({
  name,
  matrix: true,
  optional: false,
  read: (value) => tableFromRange(value, name, table, needs),
});
