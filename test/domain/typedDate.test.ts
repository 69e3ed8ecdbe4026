/**
 * The task pane's date reader: every short Danish form a person types reads back to the same day,
 * two-digit years land in the documented window around the pane's today, and anything else is
 * refused with the reason (never turned into some other date).
 */
import fc from "fast-check";
import { dayFromYmd, ymdFromDay, type DayNumber } from "../../src/domain";
import { fullYear, readTypedDate, TWO_DIGIT_YEAR_AHEAD } from "../../src/domain/typedDate";

const TODAY = dayFromYmd(2026, 1, 15) as DayNumber;
const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** Days a two-digit year can name from TODAY: 1947 up to 2046. */
const dayArb = fc.integer({ min: dayFromYmd(1947, 1, 1) as number, max: dayFromYmd(2046, 12, 31) as number });

/** The ways staff type a day. */
const FORMS: Record<string, (y: number, m: number, d: number) => string> = {
  "d/m/yy": (y, m, d) => `${d}/${m}/${pad(y % 100)}`,
  "d-m-yy": (y, m, d) => `${d}-${m}-${pad(y % 100)}`,
  "d.m.yy": (y, m, d) => `${d}.${m}.${pad(y % 100)}`,
  ddmmyy: (y, m, d) => `${pad(d)}${pad(m)}${pad(y % 100)}`,
  ddmmyyyy: (y, m, d) => `${pad(d)}${pad(m)}${y}`,
  "d.m.yyyy": (y, m, d) => `${d}.${m}.${y}`,
  "dd-mm-yyyy": (y, m, d) => `${pad(d)}-${pad(m)}-${y}`,
  "dd/mm/yyyy": (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
  "yyyy-mm-dd": (y, m, d) => `${y}-${pad(m)}-${pad(d)}`,
  "with spaces": (y, m, d) => `  ${d} - ${m} - ${y} `,
  "d m yyyy": (y, m, d) => `${d} ${m} ${y}`,
  "d m yy": (y, m, d) => `${d} ${m} ${pad(y % 100)}`,
  "dd mm yyyy": (y, m, d) => `${pad(d)} ${pad(m)} ${y}`,
};

describe("readTypedDate", () => {
  it.each(Object.entries(FORMS))("reads %s back to the day it was written from", (_, write) => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const { year, month, day: d } = ymdFromDay(day);
        expect(readTypedDate(write(year, month, d), TODAY)).toEqual({ ok: true, day });
      }),
    );
  });

  it("reads the examples staff type", () => {
    const march1 = dayFromYmd(2026, 3, 1);
    for (const text of ["1/3/26", "1-3-26", "010326", "1.3.2026", "01-03-2026", "01032026", "1 3 2026", "1 3 26"]) {
      expect(readTypedDate(text, TODAY)).toEqual({ ok: true, day: march1 });
    }
  });

  it("says a day that does not exist does not exist, in every form", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1947, max: 2046 }),
        fc.constantFrom(...Object.values(FORMS)),
        fc.constantFrom([2, 30], [2, 31], [4, 31], [6, 31], [9, 31], [11, 31], [13, 1], [0, 5], [5, 0], [1, 32]),
        (year, write, [month, d]) => {
          expect(readTypedDate(write(year, month, d), TODAY)).toEqual({ ok: false, reason: "no-such-date" });
        },
      ),
    );
  });

  it("refuses text that is not a date form instead of guessing", () => {
    for (const text of [
      "",
      "   ",
      "i morgen",
      "1/3",
      "1/3/2",
      "1/3/202",
      "0103",
      "1032026",
      "01-03-2026x",
      "1//3/26",
      "1 3",
      "1  3  2026",
      "1 3 202",
      "1 - - 3 26",
    ]) {
      expect(readTypedDate(text, TODAY)).toEqual({ ok: false, reason: "unreadable" });
    }
    fc.assert(
      fc.property(
        fc.string().filter((s) => /\p{L}/u.test(s)),
        (text) => {
          expect(readTypedDate(text, TODAY).ok).toBe(false);
        },
      ),
    );
  });

  it("never reads a day other than the one the text names", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(..."0123456789-./ "), { maxLength: 10 }).map((a) => a.join("")),
        (text) => {
          const read = readTypedDate(text, TODAY);
          if (!read.ok) return;
          const { year, month, day } = ymdFromDay(read.day);
          const digits = text.replace(/\D+/g, " ").trim().split(" ").map(Number);
          const compact = text.replace(/\D/g, "");
          expect(digits.length === 3 || compact.length === 6 || compact.length === 8).toBe(true);
          if (digits.length === 3) {
            expect(digits).toContain(month);
            expect(digits).toContain(day);
            expect(digits.some((n) => n === year || n === year % 100)).toBe(true);
          }
        },
      ),
    );
  });
});

describe("fullYear (two-digit years)", () => {
  it("keeps the two digits and lands no more than 20 years ahead and less than 80 back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 9000 }), fc.integer({ min: 0, max: 99 }), (todayYear, yy) => {
        const year = fullYear(yy, todayYear);
        expect(year % 100).toBe(yy);
        expect(year).toBeLessThanOrEqual(todayYear + TWO_DIGIT_YEAR_AHEAD);
        expect(year).toBeGreaterThan(todayYear + TWO_DIGIT_YEAR_AHEAD - 100);
      }),
    );
  });

  it("reads 26 as this year, 46 as twenty years ahead and 47 as the last century from 2026", () => {
    expect([fullYear(26, 2026), fullYear(46, 2026), fullYear(47, 2026), fullYear(0, 2026)]).toEqual([
      2026, 2046, 1947, 2000,
    ]);
  });
});
