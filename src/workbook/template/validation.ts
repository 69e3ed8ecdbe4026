/**
 * Drop-down lists and number rules of the template, independent of any host. Adapters turn a rule
 * into Office.js `DataValidation` or ExcelJS `dataValidations`.
 */
import { tableSpec } from "../../domain";
import type { TableName } from "../../domain";

export type ValidationRule =
  /** A fixed list typed into the rule, e.g. Aktiv/Afsluttet/Opgivet. */
  | { readonly kind: "list"; readonly values: readonly string[] }
  /** The values of a column of another table, e.g. the `Målgruppe` column of `Maalgrupper`. */
  | { readonly kind: "tableList"; readonly table: TableName; readonly columnKey: string }
  | { readonly kind: "whole" | "decimal"; readonly min: number; readonly max: number };

export interface Validation {
  readonly rule: ValidationRule;
  /**
   * "stop" refuses anything else; "warning" warns and lets the user keep the value (used where the
   * list is the offer's own and may lag behind, e.g. a new method not yet on the Metoder sheet).
   */
  readonly style: "stop" | "warning";
  readonly errorTitle: string;
  readonly errorMessage: string;
  /** Input message shown when a cell is selected (at most 255 characters in Excel). */
  readonly prompt?: string;
  /** Title of the input message (at most 32 characters in Excel). */
  readonly promptTitle?: string;
}

/**
 * The list source as a validation formula: a quoted, comma-separated list for fixed values, or an
 * INDIRECT over the table column so the list grows with the table wherever it sits.
 * @example listFormula({ kind: "list", values: ["Ja", "Nej"] }) // "\"Ja,Nej\""
 * @example listFormula({ kind: "tableList", table: "Metoder", columnKey: "method" }) // "INDIRECT(\"Metoder[Metode]\")"
 */
export function listFormula(rule: Extract<ValidationRule, { kind: "list" | "tableList" }>): string {
  if (rule.kind === "list") return `"${rule.values.join(",")}"`;
  const column = tableSpec(rule.table).columns.find((c) => c.key === rule.columnKey);
  if (!column) throw new Error(`Ukendt kolonne ${rule.columnKey} i tabellen ${rule.table}`);
  return `INDIRECT("${rule.table}[${column.name}]")`;
}

const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A fixed drop-down list that refuses other values. */
export const fixedList = (column: string, values: readonly string[], help?: string): Validation => ({
  rule: { kind: "list", values },
  style: "stop",
  errorTitle: truncate(`Ugyldig ${column}`, 32),
  errorMessage: truncate(`Vælg en af værdierne på listen: ${values.join(", ")}.`, 255),
  ...(help ? { prompt: truncate(help, 255), promptTitle: truncate(column, 32) } : {}),
});

/** A drop-down fed by a column of one of the offer's own tables; other values give a warning. */
export const tableList = (
  column: string,
  table: TableName,
  columnKey: string,
  sheet: string,
  help?: string,
): Validation => ({
  rule: { kind: "tableList", table, columnKey },
  style: "warning",
  errorTitle: truncate(`Ukendt ${column}`, 32),
  errorMessage: truncate(
    `Værdien står ikke på listen på arket ${sheet}. Tilføj den dér, eller vælg en værdi fra listen.`,
    255,
  ),
  ...(help ? { prompt: truncate(help, 255), promptTitle: truncate(column, 32) } : {}),
});

/** A whole or decimal number between `min` and `max`. */
export const numberRange = (
  column: string,
  kind: "whole" | "decimal",
  min: number,
  max: number,
  help?: string,
): Validation => ({
  rule: { kind, min, max },
  style: "stop",
  errorTitle: truncate(`Ugyldig ${column}`, 32),
  errorMessage: truncate(
    kind === "whole"
      ? `${column} skal være et helt tal fra ${min} til ${max}.`
      : `${column} skal være et tal fra ${String(min).replace(".", ",")} til ${String(max).replace(".", ",")}.`,
    255,
  ),
  ...(help ? { prompt: truncate(help, 255), promptTitle: truncate(column, 32) } : {}),
});
