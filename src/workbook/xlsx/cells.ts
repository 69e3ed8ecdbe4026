/**
 * Cell values between ExcelJS and the workbook contract: dates as Excel serial day numbers, formulas
 * as their cached result, rich text as plain text, errors as their "#N/A"-style text.
 */
import { dayFromUtcDate } from "../../domain";
import type { CellValue } from "../../domain";
import type { BlockCell } from "../port";
import { isFormulaCell } from "../layout/grid";

const MS_PER_DAY = 86_400_000;

/**
 * The Excel serial of a date cell ExcelJS handed over as a UTC Date, as Excel itself holds it (and as
 * Office.js hands it over): the calendar date's serial plus the time of day as a fraction; a
 * time-only cell, which ExcelJS dates 30-12-1899, is just the fraction (0 ≤ t < 1). Date columns use
 * the whole day, time columns the fraction.
 * @example serialOfDate(new Date(Date.UTC(1899, 11, 30, 14, 30))) // 0.604166…
 * @example serialOfDate(new Date(Date.UTC(2026, 2, 1, 18, 0))) // 46082.75
 */
export function serialOfDate(date: Date): CellValue {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return "";
  const fraction = (((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_DAY;
  if (date.getUTCFullYear() === 1899 && date.getUTCMonth() === 11 && date.getUTCDate() === 30) return fraction;
  const day = dayFromUtcDate(date);
  if (day === null) return "";
  return fraction === 0 ? day : day + fraction;
}

/**
 * A contract cell value from what ExcelJS hands over.
 * @example readCell(new Date(Date.UTC(2026, 2, 1))) // 46082
 * @example readCell({ richText: [{ text: "Hus " }, { text: "A" }] }) // "Hus A"
 */
export function readCell(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return String(value);
  }
  if (value instanceof Date) return serialOfDate(value);
  const v = value as Record<string, unknown>;
  if (holdsFormula(v)) return readCell(v.result);
  if (Array.isArray(v.richText)) return (v.richText as Array<{ text?: string }>).map((p) => p.text ?? "").join("");
  if (typeof v.error === "string") return v.error;
  if ("text" in v) return readCell(v.text);
  return "";
}

/**
 * Does what ExcelJS hands over hold a formula (own, shared or array)?
 * @example holdsFormula({ formula: "SUM(A1:A3)", result: 6 }) // true
 */
export const holdsFormula = (value: unknown): boolean =>
  typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);

/**
 * What to store in an ExcelJS cell: formulas without the leading "=" (ExcelJS' convention); plain
 * strings always as strings, so text beginning with "=" is never a formula.
 */
export function writeCell(value: BlockCell): unknown {
  if (isFormulaCell(value)) return { formula: value.formula.replace(/^=/, "") };
  if (value === undefined || value === null || value === "") return null;
  return value;
}

/** Text that a spreadsheet would turn into a formula or a number if typed in: kept as text ("@"). */
export const looksLikeInput = (value: unknown): boolean => typeof value === "string" && /^[=+\-@]/.test(value);
