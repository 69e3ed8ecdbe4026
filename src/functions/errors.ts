/**
 * How the custom functions fail: every problem becomes an Excel error value with a short Danish message,
 * never a JavaScript exception.
 *
 * - `ArgumentError` → `#VALUE!` (a blank required cell, text where a number belongs, an error value
 *   inside a range, ranges of different shapes, a missing column …);
 * - `NoResultError` → `#N/A` (the question has no answer, e.g. a goal without a result in the year).
 *
 * The messages never contain cell contents (they may be free text or identifying): they say which
 * argument, row and column is wrong and what to do.
 */

/** A bad argument: becomes `#VALUE!` with the Danish message. */
export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArgumentError";
  }
}

/** No result for the arguments: becomes `#N/A` with the Danish message. */
export class NoResultError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NoResultError";
  }
}

const GENERIC_MESSAGE = "SMORTE kunne ikke beregne et resultat ud fra argumenterne. Kontrollér argumenterne.";

const isCustomFunctionsError = (e: unknown): e is CustomFunctions.Error =>
  typeof CustomFunctions !== "undefined" && e instanceof CustomFunctions.Error;

/**
 * The Excel error value for anything thrown while a function ran. The domain throws `RangeError`s with
 * Danish messages for values outside their range (e.g. a GAS level of 3); those keep their message.
 * @example toExcelError(new ArgumentError("Argumentet måling er tomt.")).code // "#VALUE!"
 */
export function toExcelError(e: unknown): CustomFunctions.Error {
  if (isCustomFunctionsError(e)) return e;
  if (e instanceof NoResultError) return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, e.message);
  if (e instanceof ArgumentError || e instanceof RangeError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
  }
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, GENERIC_MESSAGE);
}

/**
 * Run a function body so that whatever it throws reaches Excel as an error value.
 * @example guard(() => { throw new NoResultError("Målet har intet resultat i 2026."); }) // throws #N/A
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw toExcelError(e);
  }
}
