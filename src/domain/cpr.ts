/**
 * Spotting values that look like Danish CPR numbers (DDMMYY-SSSS), so they can be refused as
 * `BorgerID` and flagged in free text. Nothing here ever returns or logs the number itself.
 *
 * A CPR number is six digits that form a valid date DDMMYY, followed by four digits. The century
 * is not known from the number alone, so DDMMYY is valid when the date exists in some century
 * (29 February in any year divisible by four, 00 included: 2000 was a leap year). The modulus-11
 * check is NOT required: numbers issued since 2007 do not satisfy it.
 */

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Do the six digits at `start` of `digits` form a date DDMMYY in some century?
 * @example isCprDate("290200", 0) // true (2000-02-29)
 */
export function isCprDate(digits: string, start = 0): boolean {
  const d = (digits.charCodeAt(start) - 48) * 10 + (digits.charCodeAt(start + 1) - 48);
  const m = (digits.charCodeAt(start + 2) - 48) * 10 + (digits.charCodeAt(start + 3) - 48);
  const y = (digits.charCodeAt(start + 4) - 48) * 10 + (digits.charCodeAt(start + 5) - 48);
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  if (m === 2 && d === 29) return y % 4 === 0;
  return d <= DAYS_IN_MONTH[m - 1];
}

/** A whole id cell that is a CPR number: DDMMYY-SSSS, DDMMYY SSSS or DDMMYYSSSS (also with an en dash). */
const CPR_ID = /^(\d{6})[-\u2013 ]?\d{4}$/;

/**
 * Does an id cell look like a CPR number? Text `DDMMYY-SSSS`, `DDMMYY SSSS` or `DDMMYYSSSS`; or a number
 * of ten digits, or of nine digits (a CPR number of someone born on day 1-9 of a month, whose leading
 * zero Excel dropped when the cell held a number), whose first six digits form a date.
 * @example looksLikeCpr("010190-1234") // true
 * @example looksLikeCpr(101901234)     // true (0101901234 with its leading zero lost)
 * @example looksLikeCpr("B0001")       // false
 */
export function looksLikeCpr(value: unknown): boolean {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 100_000_000 || value > 9_999_999_999) return false;
    return isCprDate(String(value).padStart(10, "0"));
  }
  if (typeof value !== "string") return false;
  const t = value.trim();
  if (t.length < 10 || t.length > 11) return false;
  const m = CPR_ID.exec(t);
  return m !== null && isCprDate(m[1]);
}

/** DDMMYY, an optional dash, en dash or space, and SSSS, not inside a longer run of digits. */
const CPR_IN_TEXT = /(?<!\d)(\d{6})[-\u2013 ]?\d{4}(?!\d)/g;
const SIX_DIGITS = /\d{6}/;

/**
 * Does free text contain something that looks like a CPR number, anywhere? The number must stand on
 * its own (no digit right before or after it) and its first six digits must form a date.
 * @example containsCpr("Ring til mor, cpr 010190-1234") // true
 * @example containsCpr("Gik 3 ture i uge 12") // false
 */
export function containsCpr(text: string): boolean {
  if (typeof text !== "string" || text.length < 10 || !SIX_DIGITS.test(text)) return false;
  CPR_IN_TEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CPR_IN_TEXT.exec(text)) !== null) {
    if (isCprDate(m[1])) {
      CPR_IN_TEXT.lastIndex = 0;
      return true;
    }
    // Try again one digit further on: "1301901234" fails as a date, but a later run might not.
    CPR_IN_TEXT.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * Does a cell hold something CPR-like, as a whole id or anywhere in its text? Used on every text cell
 * that can reach a sheet, an export or a message (ids, labels, the offer's settings).
 * @example holdsCpr("Autisme 190989-5555") // true
 * @example holdsCpr(101901234)             // true
 */
export const holdsCpr = (value: unknown): boolean =>
  looksLikeCpr(value) || (typeof value === "string" && containsCpr(value));

/** The finding on a label or setting that holds something CPR-like; it never repeats the value. */
export const CPR_IN_LABEL =
  "Feltet ser ud til at indeholde et CPR-nummer. Ret det til et navn uden CPR-nummer: CPR-numre må ikke stå i arbejdsbogen, og rækken tæller ikke med, før det er rettet.";

/**
 * The keys of a record whose values hold something CPR-like (`holdsCpr`), in the record's order.
 * Never returns the values themselves.
 * @example fieldsWithCpr({ goalId: "M01", text: "Ring 010190-1234", note: "ok" }) // ["text"]
 */
export function fieldsWithCpr(record: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(record).filter((key) => holdsCpr(record[key]));
}
