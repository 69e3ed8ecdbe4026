/**
 * Declarative argument readers for the custom functions (the idea of HyperFormula's function
 * plugins: each function's arguments are described once, apart from the computation).
 *
 * An `Arg<T>` knows its Danish parameter name (the same as in functions-da.json), whether it is a
 * range (matrix) and whether it may be omitted, and turns what Excel hands over into a typed value or
 * throws an `ArgumentError` with a short Danish message. Blank means empty cell, `""`, spaces only, or an
 * omitted argument (`null`).
 */
import { parseDateCell } from "../domain";
import { classifyCell, type Cell } from "./cells";
import { ArgumentError } from "./errors";

export interface Arg<T> {
  /** Danish parameter name, as the user sees it in functions-da.json. */
  readonly name: string;
  /** True for a range argument (`any[][]`). */
  readonly matrix: boolean;
  /** True when the argument may be omitted or left blank. */
  readonly optional: boolean;
  /** Read the raw argument; throws `ArgumentError` for anything unusable. */
  read(value: unknown): T;
}

/** The typed values of an argument list. */
export type ArgValues<A extends readonly Arg<unknown>[]> = {
  -readonly [K in keyof A]: A[K] extends Arg<infer T> ? T : never;
};

/**
 * Read every argument of a call.
 * @example readArgs([numberArg("måling")], [3]) // [3]
 */
export function readArgs<const A extends readonly Arg<unknown>[]>(args: A, values: readonly unknown[]): ArgValues<A> {
  return args.map((arg, i) => arg.read(values[i])) as ArgValues<A>;
}

// ----- messages ---------------------------------------------------------------------------------

const q = (name: string): string => `«${name}»`;

/** Where a cell of a range is, for messages: `Cellen i række 2, kolonne 1 af «niveauer»`. */
export const cellPlace = (name: string, row: number, col: number): string =>
  `Cellen i række ${row}, kolonne ${col} af ${q(name)}`;

const blankMessage = (place: string, what: string): string => `${place} er ikke udfyldt. Skriv ${what}.`;
const errorMessage = (place: string, code: string): string =>
  `${place} indeholder fejlværdien ${code}. Ret fejlen i cellen, før SMORTE kan regne.`;
const kindWord = (cell: Cell): string =>
  cell.kind === "text" ? "tekst" : cell.kind === "boolean" ? "en sandhedsværdi" : "en værdi af en anden type";

// ----- scalar cells -----------------------------------------------------------------------------

export interface NumberRule {
  /** Whole numbers only. */
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** What to write, for messages, e.g. "et tal" (default) or "et helt antal dage". */
  readonly what?: string;
}

/**
 * A number from one cell at `place`; null for a blank cell. Text, booleans and error values throw.
 * @example numberCell(3, "«måling»") // 3
 */
export function numberCell(value: unknown, place: string, rule: NumberRule = {}): number | null {
  const cell = classifyCell(value);
  const what = rule.what ?? (rule.integer ? "et helt tal" : "et tal");
  switch (cell.kind) {
    case "blank":
      return null;
    case "number": {
      const n = cell.value;
      if (rule.integer && !Number.isInteger(n))
        throw new ArgumentError(`${place} skal være ${what}, ikke et decimaltal.`);
      if ((rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max)) {
        const range = rule.what ? "" : ` fra ${rule.min ?? "-∞"} til ${rule.max ?? "∞"}`;
        throw new ArgumentError(`${place} skal være ${what}${range}.`);
      }
      return n;
    }
    case "error":
      throw new ArgumentError(errorMessage(place, cell.code));
    default:
      throw new ArgumentError(`${place} skal være ${what}, men er ${kindWord(cell)}.`);
  }
}

/**
 * A text from one cell (numbers become their text, e.g. an id 101 → "101"); "" for a blank cell.
 * Booleans and error values throw.
 */
export function textCell(value: unknown, place: string): string {
  const cell = classifyCell(value);
  switch (cell.kind) {
    case "blank":
      return "";
    case "text":
      return cell.value.trim();
    case "number":
      return String(cell.value);
    case "error":
      throw new ArgumentError(errorMessage(place, cell.code));
    default:
      throw new ArgumentError(`${place} skal være tekst, men er ${kindWord(cell)}.`);
  }
}

/**
 * Excel on Windows and Mac passes an empty cell to a single-value `any` parameter as 0, where Excel
 * on the web passes null (office-js issue #4702), and the function cannot tell which it got. Where 0
 * can never be meant — a date (serial 0 is the non-day 00-01-1900) or one of a goal's texts — it is
 * read as empty. Where 0 is a real value (an assessment, a measurement, GAS) it stays 0; see
 * docs/funktioner.md.
 * @example zeroMeansBlank(0) // null
 * @example zeroMeansBlank(7) // 7
 */
export const zeroMeansBlank = (value: unknown): unknown => (value === 0 ? null : value);

/**
 * A goal's baseline and target as CHECK reads them: both 0 is two empty cells passed by Excel
 * desktop (a goal from 0 to 0 measures nothing); one 0 beside another number is a real 0.
 * @example baselineAndTarget(0, 0) // [null, null]
 * @example baselineAndTarget(0, 5) // [0, 5]
 */
export const baselineAndTarget = (baseline: unknown, target: unknown): [unknown, unknown] =>
  baseline === 0 && target === 0 ? [null, null] : [baseline, target];

/**
 * A calendar date (Excel serial, or a day-first text date such as 01-03-2026); null for a blank cell
 * (and for 0, which is how Excel desktop passes an empty cell).
 * @example dateCell(46082.75, "«startdato»") // 46082 (the time of day is dropped)
 */
export function dateCell(value: unknown, place: string): number | null {
  const cell = classifyCell(zeroMeansBlank(value));
  if (cell.kind === "blank") return null;
  if (cell.kind === "error") throw new ArgumentError(errorMessage(place, cell.code));
  const day = cell.kind === "number" || cell.kind === "text" ? parseDateCell(cell.value) : null;
  if (day === null) throw new ArgumentError(`${place} er ikke en dato. Skriv en dato, fx 01-03-2026.`);
  return day;
}

// ----- argument constructors --------------------------------------------------------------------

const required = <T>(name: string, what: string, read: (value: unknown, place: string) => T | null): Arg<T> => ({
  name,
  matrix: false,
  optional: false,
  read(value) {
    const result = read(value, `Argumentet ${q(name)}`);
    if (result === null) throw new ArgumentError(blankMessage(`Argumentet ${q(name)}`, what));
    return result;
  },
});

/** A required number. @example numberArg("måling").read("") // throws: Argumentet «måling» er ikke udfyldt. Skriv et tal. */
export const numberArg = (name: string, rule: NumberRule = {}): Arg<number> =>
  required(name, rule.what ?? (rule.integer ? "et helt tal" : "et tal"), (v, place) => numberCell(v, place, rule));

/** A required text (a label or an id). */
export const textArg = (name: string, what = "en tekst"): Arg<string> =>
  required(name, what, (v, place) => {
    const text = textCell(v, place);
    return text === "" ? null : text;
  });

/** A required date. */
export const dateArg = (name: string): Arg<number> => required(name, "en dato, fx 01-03-2026", dateCell);

/**
 * A text that may be blank ("" then), e.g. a SMORTE field the check reports as missing. The number 0
 * is read as blank: it is how Excel desktop passes an empty cell, and no goal text is the number 0.
 */
export const freeTextArg = (name: string): Arg<string> => ({
  name,
  matrix: false,
  optional: false,
  read: (value) => textCell(zeroMeansBlank(value), `Argumentet ${q(name)}`),
});

/** A date that may be blank (null then), e.g. an end date the check reports as missing. */
export const blankableDateArg = (name: string): Arg<number | null> => ({
  name,
  matrix: false,
  optional: false,
  read: (value) => dateCell(value, `Argumentet ${q(name)}`),
});

/**
 * An argument that may be omitted or left blank; then `fallback` is used.
 * @example optional(numberArg("rho"), 0.3).read(null) // 0.3
 */
export function optional<T, F>(arg: Arg<T>, fallback: F): Arg<T | F> {
  return {
    name: arg.name,
    matrix: arg.matrix,
    optional: true,
    read(value) {
      if (arg.matrix ? isOmittedRange(value) : classifyCell(value).kind === "blank") return fallback;
      return arg.read(value);
    },
  };
}

/** A label or a number from one cell (the assessment of SMORTE.FULFILMENT). */
export type LabelOrNumber =
  { readonly kind: "label"; readonly label: string } | { readonly kind: "number"; readonly value: number };

export const labelOrNumberArg = (name: string): Arg<LabelOrNumber> =>
  required(name, "en vurdering fra skalaen eller et tal fra 0 til 1", (value, place) => {
    const cell = classifyCell(value);
    if (cell.kind === "blank") return null;
    if (cell.kind === "number") return { kind: "number", value: cell.value };
    if (cell.kind === "text") return { kind: "label", label: cell.value.trim() };
    if (cell.kind === "error") throw new ArgumentError(errorMessage(place, cell.code));
    throw new ArgumentError(`${place} skal være en vurdering eller et tal, men er ${kindWord(cell)}.`);
  });

// ----- ranges -----------------------------------------------------------------------------------

/** A rectangular block of cells, as Excel hands over a range. */
export type Matrix = readonly (readonly unknown[])[];

/** An omitted range argument (null), or a single blank cell. */
function isOmittedRange(value: unknown): boolean {
  if (!Array.isArray(value)) return classifyCell(value).kind === "blank";
  return (
    value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && classifyCell(value[0][0]).kind === "blank"
  );
}

/**
 * A range as a rectangular matrix. A single value counts as a 1×1 range. Ragged or empty input throws.
 * @example toMatrix([[1, 2], [3, 4]], "niveauer") // [[1, 2], [3, 4]]
 */
export function toMatrix(value: unknown, name: string): Matrix {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0 || !value.every((row) => Array.isArray(row))) {
    throw new ArgumentError(`Argumentet ${q(name)} skal være et område af celler.`);
  }
  const width = (value[0] as unknown[]).length;
  if (width === 0 || value.some((row: unknown[]) => row.length !== width)) {
    throw new ArgumentError(`Argumentet ${q(name)} skal være et rektangulært område af celler.`);
  }
  return value as Matrix;
}

/** A range argument read by `read` (which gets the rectangular matrix). */
export const rangeArg = <T>(name: string, read: (matrix: Matrix, name: string) => T): Arg<T> => ({
  name,
  matrix: true,
  optional: false,
  read: (value) => read(toMatrix(value, name), name),
});

/** The cells of a range row by row, with their 1-based position in the range. */
export function* cellsOf(matrix: Matrix): Generator<{ value: unknown; row: number; col: number }> {
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r];
    for (let c = 0; c < row.length; c++) yield { value: row[c], row: r + 1, col: c + 1 };
  }
}

/**
 * The numbers of a range row by row; a blank cell gives null. Text, booleans and error values throw
 * with the cell's place.
 * @example numbersOf([[1, ""], [-1, 2]], "niveauer") // [1, null, -1, 2]
 */
export function numbersOf(matrix: Matrix, name: string, rule: NumberRule = {}): (number | null)[] {
  const out: (number | null)[] = [];
  for (const { value, row, col } of cellsOf(matrix)) out.push(numberCell(value, cellPlace(name, row, col), rule));
  return out;
}

/** The texts of a range row by row; a blank cell gives "". Booleans and error values throw. */
export function textsOf(matrix: Matrix, name: string): string[] {
  const out: string[] = [];
  for (const { value, row, col } of cellsOf(matrix)) out.push(textCell(value, cellPlace(name, row, col)));
  return out;
}

/** Throws unless two ranges have the same number of rows and columns. */
export function requireSameShape(a: Matrix, aName: string, b: Matrix, bName: string): void {
  if (a.length !== b.length || a[0].length !== b[0].length) {
    throw new ArgumentError(
      `${q(bName)} (${b.length}×${b[0].length} celler) skal have samme form som ${q(aName)} (${a.length}×${a[0].length} celler).`,
    );
  }
}

/** One allowed value of a choice argument and the words that name it (compared trimmed, case-insensitively). */
export interface Choice<T> {
  readonly value: T;
  readonly words: readonly string[];
}

/**
 * A required choice among named values.
 * @example choiceArg("gruppering", [{ value: "method", words: ["Metode"] }]).read(" metode ") // "method"
 */
export const choiceArg = <T>(name: string, choices: readonly Choice<T>[]): Arg<T> => {
  const byWord = new Map<string, T>();
  for (const choice of choices)
    for (const word of choice.words) byWord.set(word.trim().toLocaleLowerCase("da-DK"), choice.value);
  const list = choices.map((c) => c.words[0]).join(", ");
  return required(name, `en af ${list}`, (value, place) => {
    const text = textCell(value, place);
    if (text === "") return null;
    const found = byWord.get(text.toLocaleLowerCase("da-DK"));
    if (found === undefined) throw new ArgumentError(`${place} skal være en af ${list}.`);
    return found;
  });
};
