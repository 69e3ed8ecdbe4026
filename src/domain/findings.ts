/**
 * Building findings with Danish messages that say where: sheet, row (as Excel shows it) and column.
 */
import type { TableName } from "./schema";
import type { Finding, Severity, SmorteLetter } from "./types";

/**
 * The Danish location prefix of a message.
 * @example locationText("Opfølgning", 9, "Dato") // "Opfølgning, række 9, kolonne Dato"
 * @example locationText("Mål", null, null)       // "Mål"
 */
export function locationText(sheet: string, row: number | null, column: string | null): string {
  let text = sheet;
  if (row !== null) text += `, række ${row}`;
  if (column !== null) text += `, kolonne ${column}`;
  return text;
}

/**
 * A finding whose message starts with its location, so it can be shown on its own.
 * @example findingAt("error", "Opfølgning", 9, "Dato", "Datoen kan ikke læses.").message
 * // "Opfølgning, række 9, kolonne Dato: Datoen kan ikke læses."
 */
export function findingAt(
  severity: Severity,
  sheet: string,
  row: number | null,
  column: string | null,
  reason: string,
  code?: string,
  letter?: SmorteLetter,
  table?: TableName,
): Finding {
  const finding: Finding = {
    severity,
    sheet,
    row,
    column,
    message: `${locationText(sheet, row, column)}: ${reason}`,
    ...(code !== undefined ? { code } : {}),
    ...(letter !== undefined ? { letter } : {}),
    ...(table !== undefined ? { table } : {}),
  };
  return finding;
}

/** Does any finding have severity error? @example hasErrors([]) // false */
export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === "error");
