/**
 * Which columns of a contract table a read fetches, shared by every adapter so they agree.
 *
 * `"all"` — every column of the table, the user's own included (reports, the command line, `check`);
 * `"lists"` — only the schema's columns that the pane's lists and the engine need: no lazy free text
 * (a follow-up's Note, an episode's Beskrivelse, a risk assessment's Aftaler) and none of the user's
 * own columns. Free text is read with its record (`readRecord`) when the record is opened.
 */
import { normaliseHeader, tableSpec } from "../domain";
import type { CellValue, RawRow, TableName } from "../domain";
import { columnIndexes } from "./columns";

/** What a read fetches; the default is `"all"`. */
export type ReadColumns = "all" | "lists";

export interface ReadOptions {
  readonly columns?: ReadColumns;
}

/**
 * Table-relative indexes of the columns to read, ascending.
 * @example columnsToRead("Opfoelgning", ["OpfølgningID", "Note", "Egen"], "lists") // [0]
 */
export function columnsToRead(table: TableName, headers: readonly unknown[], mode: ReadColumns = "all"): number[] {
  if (mode === "all") return headers.map((_, i) => i);
  const spec = tableSpec(table);
  const found = columnIndexes(spec, headers);
  const wanted = spec.columns.filter((c) => !c.lazy && found.has(c.key)).map((c) => found.get(c.key) as number);
  return [...new Set(wanted)].sort((a, b) => a - b);
}

/**
 * Contiguous runs of column indexes, as `[first, width]` (one range per run inside Excel).
 * @example columnRuns([0, 1, 2, 5, 7, 8]) // [[0, 3], [5, 1], [7, 2]]
 */
export function columnRuns(indexes: readonly number[]): Array<readonly [number, number]> {
  const runs: Array<[number, number]> = [];
  for (const i of indexes) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1] += 1;
    else runs.push([i, 1]);
  }
  return runs;
}

/** A row keyed by header text holding only the columns at `indexes`. */
export function rowOfColumns(
  headers: readonly string[],
  cells: (columnIndex: number) => CellValue,
  indexes: readonly number[],
): RawRow {
  const row: RawRow = {};
  for (const i of indexes) {
    const h = headers[i];
    // A repeated header keeps its last column, as whole-table reads always have.
    if (h !== undefined) row[h] = cells(i);
  }
  return row;
}

/** Does this header name a lazy column of the table? */
export function isLazyHeader(table: TableName, header: unknown): boolean {
  const key = normaliseHeader(header);
  return tableSpec(table).columns.some((c) => c.lazy && normaliseHeader(c.name) === key);
}
