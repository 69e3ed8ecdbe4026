/**
 * Reading one cell per column type of the schema, as Excel hands the value over (`Range.values`).
 *
 * Every reader returns either the typed value (`null` or `""` for an empty cell) or a `CellProblem`
 * with a Danish reason. A reason never repeats the cell's value (it could be a name or a CPR number).
 * The readers never throw, whatever they are given.
 *
 * Decisions:
 * - empty = `""`, `null`, `undefined` or a string of only white space;
 * - Excel error values (`#N/A`, `#VALUE!` …, also the Danish `#I/T`, `#VÆRDI!` …) are problems, never text;
 * - TRUE/FALSE is a problem in text, id, number, integer and date columns; in a Ja/Nej column it reads
 *   as Ja/Nej;
 * - numbers given as text: optional sign, digits and at most one decimal separator, which may be `,`
 *   (Danish) or `.` (English): "3", "2,5", "2.5", "-1", "−2" (Unicode minus). Thousands separators are not
 *   read ("1.000" is 1, "1.000,5" is a problem), because they cannot be told apart from decimals;
 * - ids and text: numbers become their text (`1001` → "1001"); the text is trimmed;
 * - choices: compared trimmed and case-insensitively; the schema's spelling is returned.
 */
import type { ColumnSpec } from "./schema";
import type { DayNumber } from "./types";
import { dayFromUtcDate, isValidDay, parseDateText } from "./dates";
import { minuteOfFraction, parseTimeText } from "./times";
import type { MinuteOfDay } from "./times";

export type CellProblemCode =
  | "excel-error"
  | "boolean"
  | "not-a-number"
  | "not-whole"
  | "out-of-range"
  | "not-a-date"
  | "not-allowed"
  | "not-a-time"
  | "unreadable";

/** Why a cell could not be read. `reason` is Danish and never contains the cell's value. */
export class CellProblem {
  constructor(
    readonly code: CellProblemCode,
    readonly reason: string,
  ) {}
}

/** @example isProblem(readNumber("abc")) // true */
export const isProblem = (value: unknown): value is CellProblem => value instanceof CellProblem;

const EXCEL_ERRORS = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
  "#TIMEOUT!",
  // Danish Excel's spellings of the same errors.
  "#I/T",
  "#VÆRDI!",
  "#REFERENCE!",
  "#DIVISION/0!",
  "#NAVN?",
  "#NUL!",
  "#SPILD!",
  "#BEREGN!",
  "#FELT!",
]);

/**
 * Is the value an Excel error value such as `#N/A`?
 * @example isExcelError("#DIV/0!") // true
 */
export function isExcelError(value: unknown): boolean {
  if (typeof value !== "string" || value.length < 3 || value.length > 16) return false;
  const t = value.trim();
  return t.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(t.toUpperCase());
}

/**
 * Is the cell empty: `""`, `null`, `undefined` or only white space?
 * @example isEmptyCell("  ") // true
 */
export function isEmptyCell(value: unknown): boolean {
  if (value === "" || value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  return false;
}

const EXCEL_ERROR = new CellProblem(
  "excel-error",
  "Cellen indeholder en Excel-fejlværdi (fx #I/T eller #VÆRDI!). Ret formlen, eller skriv værdien direkte i cellen.",
);
const UNREADABLE = new CellProblem("unreadable", "Cellens indhold kan ikke læses. Skriv værdien direkte i cellen.");
const BOOLEAN_IN_TEXT = new CellProblem("boolean", "Cellen indeholder SAND/FALSK, men skal indeholde tekst.");
const BOOLEAN_IN_NUMBER = new CellProblem("boolean", "Cellen indeholder SAND/FALSK, men skal indeholde et tal.");
const BOOLEAN_IN_DATE = new CellProblem("boolean", "Cellen indeholder SAND/FALSK, men skal indeholde en dato.");
const NOT_A_NUMBER = new CellProblem("not-a-number", "Cellen skal indeholde et tal, fx 3 eller 2,5.");
const NOT_A_DATE = new CellProblem(
  "not-a-date",
  "Datoen kan ikke læses. Skriv den som dd-mm-åååå (fx 01-03-2026) eller vælg en dato i Excel.",
);

/** The problem of a value that is neither empty, text, a number nor a boolean (e.g. an object). */
const problemOfOdd = (value: unknown): CellProblem => (isExcelError(value) ? EXCEL_ERROR : UNREADABLE);

/** Text form of a number as an id or text: whole numbers without decimals, others as JavaScript writes them. */
const textOfNumber = (n: number): string => String(n);

/**
 * A text cell: trimmed text, numbers as their text, `""` when empty.
 * @example readText("  Går selv i Netto ") // "Går selv i Netto"
 */
export function readText(value: unknown): string | CellProblem {
  if (typeof value === "string") {
    if (value.length > 0 && value.length <= 16 && isExcelError(value)) return EXCEL_ERROR;
    return value.trim();
  }
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? textOfNumber(value) : NOT_A_NUMBER;
  if (typeof value === "boolean") return BOOLEAN_IN_TEXT;
  return problemOfOdd(value);
}

/**
 * An identifier cell (BorgerID, MålID …): like text; a number becomes its text.
 * @example readId(1001) // "1001"
 */
export const readId: (value: unknown) => string | CellProblem = readText;

const NUMBER_TEXT = /^[+\-\u2212]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * A number written as text, Danish or English decimal separator; null when it is not one.
 * @example parseNumberText("2,5") // 2.5
 */
export function parseNumberText(text: string): number | null {
  const t = text.trim();
  if (!NUMBER_TEXT.test(t)) return null;
  const n = Number(t.replace("\u2212", "-").replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

/**
 * A number cell: a finite number, or a number written as text; null when empty.
 * @example readNumber("2,5") // 2.5
 */
export function readNumber(value: unknown): number | null | CellProblem {
  if (typeof value === "number") return Number.isFinite(value) ? value : NOT_A_NUMBER;
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") {
    const t = value.trim();
    if (t === "") return null;
    const n = parseNumberText(t);
    if (n !== null) return n;
    return isExcelError(t) ? EXCEL_ERROR : NOT_A_NUMBER;
  }
  if (typeof value === "boolean") return BOOLEAN_IN_NUMBER;
  return problemOfOdd(value);
}

const rangeText = (min?: number, max?: number): string => {
  if (min !== undefined && max !== undefined) return ` mellem ${formatNumber(min)} og ${formatNumber(max)}`;
  if (min !== undefined) return ` på mindst ${formatNumber(min)}`;
  if (max !== undefined) return ` på højst ${formatNumber(max)}`;
  return "";
};

/** Danish number form for messages: decimal comma, Unicode minus. @example formatNumber(-2.5) // "−2,5" */
export const formatNumber = (n: number): string => String(n).replace("-", "\u2212").replace(".", ",");

/**
 * A whole-number cell within `[min, max]`; null when empty. `2.0` and "2" are whole.
 * @example readInteger(3, 1, 4) // 3
 */
export function readInteger(value: unknown, min?: number, max?: number): number | null | CellProblem {
  const n = readNumber(value);
  if (n === null || isProblem(n)) return n;
  if (!Number.isInteger(n))
    return new CellProblem("not-whole", `Cellen skal indeholde et helt tal${rangeText(min, max)}.`);
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    return new CellProblem("out-of-range", `Tallet skal være et helt tal${rangeText(min, max)}.`);
  }
  return n;
}

/**
 * A number cell within `[min, max]` (not necessarily whole); null when empty.
 * @example readNumberInRange(0.5, 0, 1) // 0.5
 */
export function readNumberInRange(value: unknown, min?: number, max?: number): number | null | CellProblem {
  const n = readNumber(value);
  if (n === null || isProblem(n)) return n;
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    return new CellProblem("out-of-range", `Tallet skal ligge${rangeText(min, max)}.`);
  }
  return n;
}

/**
 * A choice cell: one of `allowed`, compared trimmed and case-insensitively, returned in the
 * schema's spelling; null when empty. In a Ja/Nej column TRUE reads as "Ja" and FALSE as "Nej".
 * @example readChoice(" begrænse TAB ", ["Udvikle", "Fastholde", "Begrænse tab"]) // "Begrænse tab"
 */
export function readChoice(value: unknown, allowed: readonly string[]): string | null | CellProblem {
  if (typeof value === "boolean") {
    const yes = allowed.find((a) => a.toLowerCase() === "ja");
    const no = allowed.find((a) => a.toLowerCase() === "nej");
    if (yes !== undefined && no !== undefined) return value ? yes : no;
    return new CellProblem("boolean", `Cellen indeholder SAND/FALSK, men skal være en af: ${allowed.join(", ")}.`);
  }
  const text = readText(value);
  if (isProblem(text)) return text;
  if (text === "") return null;
  const lower = text.toLowerCase();
  for (const a of allowed) if (a.toLowerCase() === lower) return a;
  return new CellProblem("not-allowed", `Værdien skal være en af: ${allowed.join(", ")}.`);
}

/**
 * A date cell: an Excel serial (a time of day is dropped), a day-first text date or ISO date, or a
 * Date object (its UTC calendar date); null when empty.
 * @example readDate("01-03-2026") // 46082
 */
export function readDate(value: unknown): DayNumber | null | CellProblem {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return NOT_A_DATE;
    const whole = Math.floor(value);
    return isValidDay(whole) ? whole : NOT_A_DATE;
  }
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") {
    const t = value.trim();
    if (t === "") return null;
    const day = parseDateText(t);
    if (day !== null) return day;
    return isExcelError(t) ? EXCEL_ERROR : NOT_A_DATE;
  }
  if (typeof value === "boolean") return BOOLEAN_IN_DATE;
  if (value instanceof Date) return dayFromUtcDate(value) ?? NOT_A_DATE;
  return problemOfOdd(value);
}

const NOT_A_TIME = new CellProblem(
  "not-a-time",
  "Tidspunktet kan ikke læses. Skriv det som tt:mm (fx 14:30), eller lad cellen stå tom, hvis det er ukendt.",
);
const BOOLEAN_IN_TIME = new CellProblem("boolean", "Cellen indeholder SAND/FALSK, men skal indeholde et tidspunkt.");

/**
 * A time-of-day cell; null when empty.
 * @example readTime(0.5)       // 720
 * @example readTime(46082.75)  // 1080 (the time of a date-time)
 * @example readTime("14:30")   // 870
 */
export function readTime(value: unknown): MinuteOfDay | null | CellProblem {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return NOT_A_TIME;
    return minuteOfFraction(value - Math.floor(value));
  }
  if (typeof value === "string") {
    const t = value.trim();
    if (t === "") return null;
    const minute = parseTimeText(t);
    if (minute !== null) return minute;
    return isExcelError(t) ? EXCEL_ERROR : NOT_A_TIME;
  }
  if (typeof value === "boolean") return BOOLEAN_IN_TIME;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return NOT_A_TIME;
    return value.getUTCHours() * 60 + value.getUTCMinutes();
  }
  return NOT_A_TIME;
}

/** A cell read for its column: the value (null/"" when empty) or the problem. */
export type CellRead = string | number | null | CellProblem;

/**
 * Read a cell for its schema column: `id`/`text`/`label` → string ("" when empty); `number` → number
 * (with the column's range, if any); `integer` → whole number in range; `choice` → the allowed spelling;
 * `date` → day number; `any` → a trimmed string or a finite number.
 * @example readCell("2,5", column("Maal", "baseline")) // 2.5
 */
export function readCell(value: unknown, spec: ColumnSpec): CellRead {
  switch (spec.type) {
    case "id":
    case "text":
    case "label":
      return readText(value);
    case "number":
      return spec.min === undefined && spec.max === undefined
        ? readNumber(value)
        : readNumberInRange(value, spec.min, spec.max);
    case "integer":
      return readInteger(value, spec.min, spec.max);
    case "choice":
      return readChoice(value, spec.allowed ?? []);
    case "date":
      return readDate(value);
    case "time":
      return readTime(value);
    case "any":
      if (typeof value === "number") return Number.isFinite(value) ? value : NOT_A_NUMBER;
      if (typeof value === "boolean") return BOOLEAN_IN_TEXT;
      return readText(value);
  }
}
