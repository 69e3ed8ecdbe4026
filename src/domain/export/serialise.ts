/**
 * Writing the regional export as CSV (RFC 4180) and JSON. Only the columns of `EXPORT_COLUMNS` are
 * ever written, whatever else a row object carries (e.g. `suppressionReason`).
 */
import { EXPORT_COLUMNS } from "../schema";
import { inertText } from "../text/inert";
import type { ExportRow } from "../types";
import { EXPORT_SCHEMA_VERSION } from "./regionalRows";

type ExportColumn = (typeof EXPORT_COLUMNS)[number];

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Make text safe to open in a spreadsheet: text that begins with `=`, `+`, `-`, `@`, tab or carriage
 * return gets a leading apostrophe, so it is shown as text and never run as a formula.
 * @example neutraliseText("=HYPERLINK(\"x\")") // "'=HYPERLINK(\"x\")"
 */
export const neutraliseText = (raw: string): string => {
  const text = inertText(raw);
  return FORMULA_START.test(text) ? `'${text}` : text;
};

/**
 * A number as plain decimal text with a "." decimal point and no exponent.
 * @example plainNumber(0.5) // "0.5"
 * @example plainNumber(1e-7) // "0.0000001"
 */
export function plainNumber(x: number): string {
  if (!Number.isFinite(x)) return "";
  const text = String(x);
  if (!/e/i.test(text)) return text;
  const fixed = x.toFixed(20);
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}

/**
 * A figure as the export carries it: at most 6 decimals (`0.6`, not `0.6000000000000001`), so that the
 * files are stable and readable; 6 decimals keep a fraction exact to a millionth.
 * @example exportNumber(0.1 + 0.5) // 0.6
 */
export const exportNumber = (x: number): number => {
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
};

const csvText = (text: string): string => {
  const safe = neutraliseText(text);
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const csvField = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return plainNumber(value);
  return csvText(String(value));
};

const pick = (row: ExportRow, column: ExportColumn): string | number | null => {
  const value = row[column] as unknown;
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? exportNumber(value) : null;
  return String(value);
};

/**
 * The export as CSV: RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line
 * breaks quoted), UTF-8 byte-order mark first, "." decimals, a header line of `EXPORT_COLUMNS`, empty
 * fields for empty figures, numbers with at most 6 decimals. Formula-like text is neutralised.
 * @example exportToCsv(rows).startsWith("\uFEFFschemaVersion,region,offerId,year,") // true
 */
export function exportToCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(",")];
  for (const row of rows) lines.push(EXPORT_COLUMNS.map((c) => csvField(pick(row, c))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/**
 * The export as JSON text: `{ "schemaVersion": 2, "rows": [...] }`, each row with exactly the fields of
 * `EXPORT_COLUMNS` (empty figures null). Formula-like text is neutralised here too, as the file may be
 * turned into a sheet.
 * @example JSON.parse(exportToJson(rows)).rows[0].targetGroup
 */
export function exportToJson(rows: readonly ExportRow[]): string {
  const out = rows.map((row) => {
    const obj: Record<string, string | number | null> = {};
    for (const c of EXPORT_COLUMNS) {
      const value = pick(row, c);
      obj[c] = typeof value === "string" ? neutraliseText(value) : value;
    }
    return obj;
  });
  return JSON.stringify({ schemaVersion: EXPORT_SCHEMA_VERSION, rows: out }, null, 2);
}
