/**
 * Errors that concern a whole table (a contract table or a required column is missing, a table cannot
 * be used): none of the table's rows count, so every command names them. For a missing table the
 * command line adds a hint for the commonest cause — the data are on the right sheet, but not in an
 * Excel table of the contract's name (a plain range, or a table Excel called Tabel1).
 */
import { TABLE_SPECS, normaliseHeader, tableSpec } from "../domain";
import type { Finding } from "../domain";
import type { WorkbookState } from "../workbook/template/upgrade";

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
