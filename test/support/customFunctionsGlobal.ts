/**
 * A faithful stand-in for the `CustomFunctions` global that Excel's custom-functions runtime provides
 * (it does not exist under jest). Same shape as @types/custom-functions-runtime: an `ErrorCode` enum
 * whose values are the Excel error texts, and an `Error` class with `code` and an optional `message`.
 * Import this module for its side effect at the top of a test file.
 */

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError {
  readonly code: string;
  readonly message?: string;
  constructor(code: string, message?: string) {
    if (!Object.values(ErrorCode).includes(code as never)) throw new TypeError(`Unknown error code ${code}`);
    // The runtime shows a message only for #VALUE! and #N/A.
    if (message !== undefined && code !== ErrorCode.invalidValue && code !== ErrorCode.notAvailable) {
      throw new TypeError(`Excel shows no message for ${code}`);
    }
    this.code = code;
    this.message = message;
  }
}

const globalObject = globalThis as unknown as { CustomFunctions?: unknown };
if (globalObject.CustomFunctions === undefined) {
  globalObject.CustomFunctions = { Error: CustomFunctionsError, ErrorCode };
}

export {};
