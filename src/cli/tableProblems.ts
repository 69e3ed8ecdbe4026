/**
 * Errors that concern a whole table (a contract table or a required column is missing, a table cannot
 * be used): none of the table's rows count, so every command names them. For a missing table the
 * command line adds a hint for the commonest cause — the data are on the right sheet, but not in an
 * Excel table of the contract's name (a plain range, or a table Excel called Tabel1). Rows typed below
 * a table, outside it, are warned about too: they take no part in anything.
 */
import { TABLE_SPECS, findingAt, normaliseHeader, tableSpec } from "../domain";
import type { Finding } from "../domain";
import type { WorkbookState } from "../workbook/template/upgrade";
import type { RowsBelowTable } from "../workbook/xlsx/adapter";

/** An error about a whole table rather than a row or a goal's SMORTE part. */
export const isTableError = (f: Finding): boolean => f.severity === "error" && f.row === null && f.letter === undefined;

const CONTRACT_TABLES = new Set(TABLE_SPECS.map((t) => normaliseHeader(t.table)));
const RENAME = "Tabeldesign › Tabelnavn";

/**
 * Hints for the findings about a missing table, keyed by finding.
 * @example
 * missingTableHints(findings, await book.workbookState()).get(borgereMissing)
 * // "Tip: På arket Borgere står en Excel-tabel med navnet Tabel1. Er det den, så giv den navnet Borgere (Tabeldesign › Tabelnavn)."
 */
export function missingTableHints(findings: readonly Finding[], state: WorkbookState): Map<Finding, string> {
  const hints = new Map<Finding, string>();
  for (const f of findings) {
    if (f.code !== "table-missing" || !f.table) continue;
    const { table, sheet } = tableSpec(f.table);
    const sheetName = state.sheets.find((s) => normaliseHeader(s) === normaliseHeader(sheet));
    if (sheetName === undefined) continue;
    const onSheet = state.tables.filter((t) => normaliseHeader(t.sheet) === normaliseHeader(sheetName));
    const others = onSheet.filter((t) => !CONTRACT_TABLES.has(normaliseHeader(t.name)));
    if (others.length > 0) {
      const names = others.map((t) => t.name).join(", ");
      hints.set(
        f,
        `Tip: På arket ${sheetName} står ${others.length === 1 ? "en Excel-tabel med navnet" : "Excel-tabellerne"} ` +
          `${names}. ${others.length === 1 ? "Er det den" : "Er det en af dem"}, så giv den navnet ${table} (${RENAME}).`,
      );
    } else if (onSheet.length === 0 && (state.lastUsedColumn[sheetName] ?? 0) > 0) {
      hints.set(
        f,
        `Tip: Arket ${sheetName} har data, men ikke i en Excel-tabel. Markér dataene med overskrifterne, ` +
          `vælg Indsæt › Tabel, og giv tabellen navnet ${table} (${RENAME}).`,
      );
    }
  }
  return hints;
}

/** The hints of a workbook's findings; the workbook is looked at only when a table is missing. */
export async function hintsFor(
  findings: readonly Finding[],
  book: { workbookState(): Promise<WorkbookState> },
): Promise<Map<Finding, string>> {
  if (!findings.some((f) => f.code === "table-missing")) return new Map();
  return missingTableHints(findings, await book.workbookState());
}

/**
 * Lines for stderr when `evaluate` or `export` run on a workbook with errors about whole tables: the
 * files are still written, but the figures lack those tables' rows.
 */
export function tableErrorLines(findings: readonly Finding[], hints: ReadonlyMap<Finding, string>): string[] {
  const errors = findings.filter(isTableError);
  if (errors.length === 0) return [];
  return [
    "Advarsel: Arbejdsbogen har fejl, der gælder hele tabeller, så ingen af deres rækker tæller med i tallene:",
    ...errors.flatMap((f) => [`  ${f.message}`, ...(hints.has(f) ? [`  ${hints.get(f) as string}`] : [])]),
    "Ret fejlene i Excel, og kør kommandoen igen (check viser alle fejl).",
  ];
}

/** Row numbers with ranges: [4, 5, 6, 9] → "4-6, 9". */
function rowRanges(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(i === j ? String(rows[i]) : `${rows[i]}-${rows[j]}`);
    i = j + 1;
  }
  return parts.length > 10 ? `${parts.slice(0, 10).join(", ")} …` : parts.join(", ");
}

/**
 * Warnings for rows with values below a contract table that belong to no table. The finding's row is
 * the first such row; the message names them all.
 * @example rowsBelowFindings([{ table: "Opfoelgning", sheet: "Opfølgning", rows: [4, 5] }])[0].message
 * // "Opfølgning, række 4: Række 4-5 står under tabellen Opfoelgning, men hører ikke til den, …"
 */
export function rowsBelowFindings(list: readonly RowsBelowTable[]): Finding[] {
  return list.map(({ table, sheet, rows }) => {
    const one = rows.length === 1;
    return findingAt(
      "warning",
      sheet,
      rows[0],
      null,
      `${one ? "Rækken" : `Række ${rowRanges(rows)} (${rows.length} rækker)`} står under tabellen ${table}, ` +
        `men hører ikke til den, så ${one ? "den" : "de"} tæller ikke med. Skal ${one ? "den" : "de"} med, så træk ` +
        `i tabellens nederste højre hjørne, til tabellen også dækker ${one ? "rækken" : "rækkerne"}.`,
      "rows-below-table",
      undefined,
      table,
    );
  });
}
