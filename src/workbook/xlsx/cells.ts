/**
 * Cell values between ExcelJS and the workbook contract: dates as Excel serial day numbers, formulas
 * as their cached result, rich text as plain text, errors as their "#N/A"-style text.
 */
import { dayFromUtcDate } from "../../domain";
import type { CellValue } from "../../domain";
import type { BlockCell } from "../port";
import { isFormulaCell } from "../layout/grid";

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
  if (value instanceof Date) return dayFromUtcDate(value) ?? "";
  const v = value as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) return readCell(v.result);
  if (Array.isArray(v.richText)) return (v.richText as Array<{ text?: string }>).map((p) => p.text ?? "").join("");
  if (typeof v.error === "string") return v.error;
  if ("text" in v) return readCell(v.text);
  return "";
}

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
