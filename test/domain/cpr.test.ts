import fc from "fast-check";
import { containsCpr, isCprDate, looksLikeCpr } from "../../src/domain/cpr";

const pad = (n: number, w: number): string => String(n).padStart(w, "0");
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A valid DDMMYY in some century, with four more digits. */
const cprParts = fc
  .record({
    month: fc.integer({ min: 1, max: 12 }),
    yy: fc.integer({ min: 0, max: 99 }),
    serial: fc.integer({ min: 0, max: 9999 }),
  })
  .chain(({ month, yy, serial }) => {
    const max = month === 2 ? (yy % 4 === 0 ? 29 : 28) : DAYS[month - 1];
    return fc
      .integer({ min: 1, max })
      .map((day) => ({ ddmmyy: pad(day, 2) + pad(month, 2) + pad(yy, 2), serial: pad(serial, 4) }));
  });

describe("a BorgerID that looks like a CPR number", () => {
  test.each([
    ["010190-1234"],
    ["0101901234"],
    ["010190 1234"],
    [" 311299-0000 "],
    ["290200-1234"],
    ["010190\u20131234"],
  ])("%j looks like a CPR number", (v) => {
    expect(looksLikeCpr(v)).toBe(true);
  });
  test("a 10-digit number whose first six digits form a date", () => {
    expect(looksLikeCpr(3112991234)).toBe(true);
  });
  test("a 9-digit number is a CPR number whose leading zero Excel dropped (born day 1-9)", () => {
    expect(looksLikeCpr(101901234)).toBe(true);
  });
  test("numbers issued since 2007 without a modulus-11 check digit are still caught", () => {
    // 010190-1235: the weighted sum 0*4+1*3+0*2+1*7+9*6+0*5+1*4+2*3+3*2+5*1 = 85 is not divisible by 11.
    expect(looksLikeCpr("010190-1235")).toBe(true);
  });
  test.each([
    ["B0001"],
    ["M01"],
    ["320190-1234"],
    ["011390-1234"],
    ["290201-1234"],
    ["0101901234567"],
    ["01019-1234"],
    [12345],
    [true],
    [null],
  ])("%j is not a CPR number", (v) => {
    expect(looksLikeCpr(v)).toBe(false);
  });
  test("29 February counts only in years divisible by four (00 included: 2000)", () => {
    expect(isCprDate("290200")).toBe(true);
    expect(isCprDate("290204")).toBe(true);
    expect(isCprDate("290201")).toBe(false);
  });

  test("property: every DDMMYY-SSSS with a valid date is caught, with or without the dash", () => {
    fc.assert(
      fc.property(cprParts, ({ ddmmyy, serial }) => {
        expect(looksLikeCpr(`${ddmmyy}-${serial}`)).toBe(true);
        expect(looksLikeCpr(`${ddmmyy}${serial}`)).toBe(true);
        expect(looksLikeCpr(Number(`${ddmmyy}${serial}`))).toBe(true);
      }),
    );
  });
  test("property: a month above 12 is never a CPR number", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 13, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (d, m, y) => {
          expect(looksLikeCpr(`${pad(d, 2)}${pad(m, 2)}${pad(y, 2)}-1234`)).toBe(false);
        },
      ),
    );
  });
  test("property: pseudonyms with a letter are never CPR numbers", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-ZÆØÅ][0-9]{1,10}$/), (id) => {
        expect(looksLikeCpr(id)).toBe(false);
      }),
    );
  });
});

describe("CPR numbers in free text", () => {
  test.each([
    ["Ring til mor, cpr 010190-1234"],
    ["cpr:0101901234."],
    ["Borgerens nr. er 010190 1234 ifølge kommunen"],
    ["(311299-0000)"],
  ])("%j contains a CPR number", (text) => {
    expect(containsCpr(text)).toBe(true);
  });
  test.each([
    ["Gik 3 ture i uge 12"],
    ["Telefon 12 34 56 78"],
    ["Konto 12345678901234"],
    ["Dato 01-01-2026, kl. 10"],
    ["321390-1234"],
    [""],
  ])("%j does not", (text) => {
    expect(containsCpr(text)).toBe(false);
  });
  test("a candidate with an impossible date does not hide a real one later in the text", () => {
    expect(containsCpr("Sag 321390-1234, cpr 010190-1234")).toBe(true);
  });
  test("property: a CPR number anywhere in text, set off by non-digits, is found", () => {
    fc.assert(
      fc.property(
        fc.string(),
        cprParts,
        fc.constantFrom("-", " ", ""),
        fc.string(),
        (before, { ddmmyy, serial }, sep, after) => {
          expect(containsCpr(`${before} ${ddmmyy}${sep}${serial} ${after}`)).toBe(true);
        },
      ),
    );
  });
  test("property: text without six digits in a row never contains a CPR number", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const noLongDigits = s.replace(/\d{6,}/g, "");
        if (!/\d{6}/.test(noLongDigits)) expect(containsCpr(noLongDigits)).toBe(false);
      }),
    );
  });
});
