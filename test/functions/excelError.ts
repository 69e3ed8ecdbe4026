/**
 * Test helper: run a custom function and return the Excel error it threw (code and Danish message).
 * Fails the test when the function returns a value or throws anything but a CustomFunctions.Error.
 */
import "../support/customFunctionsGlobal";

export interface ThrownExcelError {
  readonly code: string;
  readonly message: string | undefined;
}

export function excelError(call: () => unknown): ThrownExcelError {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    if (!(e instanceof CustomFunctions.Error)) throw new Error(`expected a CustomFunctions.Error, got ${String(e)}`);
    return { code: e.code, message: e.message };
  }
  throw new Error(`expected an Excel error, got the value ${JSON.stringify(result)}`);
}

/** An omitted optional argument as Excel passes it: null (typed for the optional parameters of functions.ts). */
export const OMITTED = null as unknown as undefined;
