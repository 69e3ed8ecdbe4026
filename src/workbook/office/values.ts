/**
 * Values written through Office.js. `Range.values` parses text like typing does: text starting
 * with "=", "+" or "-" becomes a formula (Office.js documents this), and text that looks like a
 * number or a date becomes one. A cell formatted as text ("@") keeps whatever is written as text,
 * so such text is written into cells given the "@" format first, in the same request.
 *
 * (A leading apostrophe also works in Excel's grid, but whether it is kept literally in a cell that
 * is already formatted as text is not documented for Office.js; the text format is.)
 */
import type { CellValue } from "../../domain";
import type { BlockCell } from "../port";
import { formulaText, isFormulaCell } from "../layout/grid";

const PARSED_AS_INPUT = /^[=+\-@'\t\r]/;
const NUMBER_OR_DATE_LIKE = /^\s*[\d.,:/\s%-]*\d[\d.,:/\s%-]*\s*$/;
const BOOLEAN_LIKE = /^\s*(true|false|sand|falsk)\s*$/i;

/**
 * Would Excel turn this text into something else when written as a value?
 * @example isParsedByExcel("=2+2 gange") // true
 * @example isParsedByExcel("Gå en tur") // false
 */
export const isParsedByExcel = (text: string): boolean =>
  PARSED_AS_INPUT.test(text) || NUMBER_OR_DATE_LIKE.test(text) || BOOLEAN_LIKE.test(text);

/**
 * A value as Office.js should receive it: empty as "", everything else as it is.
 * @example toExcelInput(null) // ""
 */
export function toExcelInput(value: CellValue): string | number | boolean {
  return value === null || value === undefined ? "" : value;
}

/**
 * Must the cell be formatted as text before this value is written, to keep it as typed?
 * @example needsTextFormat("=2+2 gange") // true
 * @example needsTextFormat(12) // false
 */
export const needsTextFormat = (value: unknown): boolean =>
  typeof value === "string" && value !== "" && isParsedByExcel(value);

/** A report cell for `Range.formulas`: formulas with "=", other values as they are. */
export const toExcelFormulaInput = (cell: BlockCell): string | number | boolean =>
  isFormulaCell(cell) ? formulaText(cell) : toExcelInput(cell);

/** Excel's Find treats "*", "?" and "~" as wildcards; escape them to match an id exactly. */
/** Does a cell's `formulas` entry hold a formula (text beginning with "=")? @example isFormulaText("=A1") // true */
export const isFormulaText = (formula: unknown): boolean => typeof formula === "string" && formula.startsWith("=");

export const escapeFindText = (text: string): string => text.replace(/[~*?]/g, (c) => `~${c}`);

/** A value read from `Range.values` as a contract cell value. */
export const fromExcel = (value: unknown): CellValue =>
  value === null || value === undefined ? "" : (value as CellValue);
