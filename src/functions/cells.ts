/**
 * What a custom function receives in one cell, sorted into kinds.
 *
 * Excel hands over numbers, text, booleans, `null` (an omitted optional argument or an empty cell) or
 * `""` (an empty cell in a range). Error values arrive as `CustomFunctions.Error` objects, as
 * Excel.CellValue objects of type "Error", or — through other runtimes — as the error's text
 * ("#N/A", "#VALUE!" …). Data-type values (allowCustomDataForDataTypeAny) arrive as objects with a
 * `basicValue`; their basic value is what counts. Error texts are recognised by the domain's
 * `isExcelError` (English and Danish spellings), exactly as the reader recognises them in tables.
 */
import { isExcelError } from "../domain";

export type Cell =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "other" };

const BLANK: Cell = { kind: "blank" };

const isCustomFunctionsError = (value: object): boolean =>
  typeof CustomFunctions !== "undefined" && value instanceof CustomFunctions.Error;

/**
 * Sort a cell value into its kind. Text of only spaces is blank.
 * @example classifyCell(" ") // { kind: "blank" }
 * @example classifyCell("#N/A") // { kind: "error", code: "#N/A" }
 */
export function classifyCell(value: unknown): Cell {
  switch (typeof value) {
    case "undefined":
      return BLANK;
    case "number":
      return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", code: "#NUM!" };
    case "string": {
      if (value.trim() === "") return BLANK;
      if (isExcelError(value)) return { kind: "error", code: value.trim().toUpperCase() };
      return { kind: "text", value };
    }
    case "boolean":
      return { kind: "boolean", value };
    case "object": {
      if (value === null) return BLANK;
      if (isCustomFunctionsError(value)) return { kind: "error", code: String((value as { code?: unknown }).code) };
      const record = value as { type?: unknown; errorType?: unknown; basicValue?: unknown };
      if (record.type === "Error")
        return { kind: "error", code: String(record.basicValue ?? record.errorType ?? "#VALUE!") };
      if ("basicValue" in record && (typeof record.basicValue !== "object" || record.basicValue === null)) {
        return classifyCell(record.basicValue);
      }
      return { kind: "other" };
    }
    default:
      return { kind: "other" };
  }
}

/** Is the cell empty (nothing, `""`, only spaces, or an omitted argument)? */
export const isBlankCell = (value: unknown): boolean => classifyCell(value).kind === "blank";
