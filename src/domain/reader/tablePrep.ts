/**
 * Table-level reading: a missing table, a missing required column, a doubled column, empty rows, and a
 * table that cannot be used because a table it refers to cannot be read. Decides which rows the
 * per-table readers read.
 */
import type { ResolvedTable } from "./rawTable";
import { isEmptyRow, presentHeaders } from "./rawTable";
import type { Sink } from "./sink";

export interface PreparedTable {
  /** Data rows (0-based) to read as records. */
  readonly indices: readonly number[];
  /** Worksheet row numbers of the empty rows that were skipped. */
  readonly emptyRows: readonly number[];
  /** False when the table is absent or cannot be used (its rows are all left out). */
  readonly usable: boolean;
  /** How many data rows the table had in the input. */
  readonly inputRows: number;
}

/**
 * Short Danish list of row numbers with ranges: [5, 7, 8, 9] → "5, 7-9".
 * @example rowList([5, 7, 8, 9]) // "5, 7-9"
 */
export function rowList(rows: readonly number[], maxParts = 10): string {
  const parts: string[] = [];
  let i = 0;
  while (i < rows.length && parts.length < maxParts) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(i === j ? String(rows[i]) : `${rows[i]}-${rows[j]}`);
    i = j + 1;
  }
  return i < rows.length ? `${parts.join(", ")} …` : parts.join(", ");
}

export interface PrepareOptions {
  /** Is the table required (Borgere, Maal, Opfoelgning)? A missing required table is an error. */
  readonly required: boolean;
  /** Danish text of what a missing optional table means, e.g. "standardskalaen bruges". */
  readonly whenAbsent?: string;
  /** A table this one refers to that cannot be read, if any, with the sheet it is on (or expected on). */
  readonly unusableDependency?: { readonly table: string; readonly sheet: string } | null;
}

export function prepareTable(t: ResolvedTable, sink: Sink, options: PrepareOptions): PreparedTable {
  const { table } = t.spec;
  // The sheet the table is on; a table that is not there is looked for on its contract sheet.
  const sheet = t.present && !t.malformed ? t.sheet : t.spec.sheet;
  if (!t.present || t.malformed) {
    if (t.malformed) {
      sink.tableFinding(
        "error",
        sheet,
        null,
        `Tabellen ${table} kunne ikke læses. Kontrollér, at den er en Excel-tabel med overskrifter.`,
        "table-unreadable",
        table,
      );
    } else if (options.required) {
      sink.tableFinding(
        "error",
        sheet,
        null,
        `Tabellen ${table} findes ikke i arbejdsbogen. Opret den igen med SMORTE-skabelonen (arket ${sheet}).`,
        "table-missing",
        table,
      );
    } else {
      sink.tableFinding(
        "warning",
        sheet,
        null,
        `Tabellen ${table} findes ikke i arbejdsbogen; ${options.whenAbsent ?? "den springes over"}.`,
        "table-missing",
        table,
      );
    }
    return { indices: [], emptyRows: [], usable: false, inputRows: t.rows.length };
  }

  for (const col of t.doubled) {
    sink.tableFinding(
      "warning",
      sheet,
      col.name,
      `Kolonnen ${col.name} står flere gange i tabellen ${table}; kun den første bruges. Omdøb eller slet de andre.`,
      "column-doubled",
      table,
    );
  }

  let blocked: string | null = null;
  let blockedColumn: string | null = null;
  for (const col of t.missingRequired) {
    const reason = `Kolonnen ${col.name} mangler i tabellen ${table} på arket ${sheet}. Tilføj kolonnen med netop den overskrift; indtil da bruges ingen af tabellens rækker.`;
    sink.tableFinding("error", sheet, col.name, reason, "column-missing", table);
    if (blocked === null) {
      blocked = reason;
      blockedColumn = col.name;
    }
  }
  let dependencyBlocked = false;
  if (blocked === null && options.unusableDependency) {
    blocked = `Rækkerne kan ikke bruges, fordi tabellen ${options.unusableDependency.table} på arket ${options.unusableDependency.sheet} ikke kan bruges (se fejlen dér).`;
    dependencyBlocked = true;
  }

  const headers = presentHeaders(t);
  const indices: number[] = [];
  const emptyRows: number[] = [];
  for (let i = 0; i < t.rows.length; i++) {
    const rowNumber = t.firstRow + i;
    if (isEmptyRow(t.rows[i], headers)) emptyRows.push(rowNumber);
    else if (blocked !== null) sink.leaveOut(sheet, rowNumber, blockedColumn, blocked);
    else indices.push(i);
  }
  if (dependencyBlocked && indices.length + emptyRows.length < t.rows.length) {
    sink.tableFinding("error", sheet, null, blocked as string, "dependency-unusable", table);
  }
  if (emptyRows.length > 0) {
    const n = emptyRows.length;
    sink.tableFinding(
      "warning",
      sheet,
      null,
      n === t.rows.length
        ? // Excel keeps one empty row in a table without data, and it cannot be deleted.
          `Tabellen ${table} har endnu ingen data (${n === 1 ? "række" : "rækkerne"} ${rowList(emptyRows)} er tom${n === 1 ? "" : "me"}).`
        : `${n === 1 ? "1 tom række springes" : `${n} tomme rækker springes`} over (række ${rowList(emptyRows)}). Slet dem, hvis de ikke skal bruges.`,
      "empty-rows",
      table,
    );
  }
  return { indices, emptyRows, usable: blocked === null, inputRows: t.rows.length };
}
