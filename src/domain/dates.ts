/**
 * Calendar dates as Excel serial day numbers (1900 date system), without time zones.
 *
 * Serial 1 is 1900-01-01. Excel keeps Lotus 1-2-3's fictitious 29 February 1900 as serial 60, so
 * from 1900-03-01 (serial 61) on, serial = days since 1899-12-30. Hot loops compare plain numbers.
 */
import type { DayNumber } from "./types";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Serial of 9999-12-31, the last date Excel shows. */
export const MAX_DAY: DayNumber = 2_958_465;
export const FAKE_LEAP_DAY: DayNumber = 60;

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The serial of a calendar date, or null when there is no such date.
 * @example dayFromYmd(2026, 3, 1) // 46082
 */
export function dayFromYmd(year: number, month: number, day: number): DayNumber | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year === 1900 && month === 2 && day === 29) return FAKE_LEAP_DAY;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Before the fictitious leap day Excel's serials are one lower than the day count suggests.
  return serial < 61 ? serial - 1 : serial;
}

/**
 * The calendar date of a serial.
 * @example ymdFromDay(46082) // { year: 2026, month: 3, day: 1 }
 */
export function ymdFromDay(serial: DayNumber): Ymd {
  const whole = Math.floor(serial);
  if (whole === FAKE_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const shifted = whole < FAKE_LEAP_DAY ? whole + 1 : whole;
  const d = new Date((shifted - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** @example yearOfDay(46082) // 2026 */
export const yearOfDay = (serial: DayNumber): number => ymdFromDay(serial).year;

/** First and last day of a year. @example yearBounds(2026) // { first: 46023, last: 46387 } */
export function yearBounds(year: number): { first: DayNumber; last: DayNumber } {
  return { first: dayFromYmd(year, 1, 1) as DayNumber, last: dayFromYmd(year, 12, 31) as DayNumber };
}

/** Is a number a whole serial Excel can show as a date? */
export const isValidDay = (serial: number): boolean => Number.isInteger(serial) && serial >= 1 && serial <= MAX_DAY;

/**
 * The calendar date a JavaScript Date denotes in UTC (as spreadsheet libraries hand over date cells).
 * @example dayFromUtcDate(new Date(Date.UTC(2026, 2, 1))) // 46082
 */
export const dayFromUtcDate = (date: Date): DayNumber | null =>
  Number.isNaN(date.getTime()) ? null : dayFromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());

/** The calendar date a Date denotes on the local clock (today's date for the user). */
export const dayFromLocalDate = (date: Date): DayNumber | null =>
  Number.isNaN(date.getTime()) ? null : dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());

/** Today's date on the local clock. */
export const todayDay = (now: Date = new Date()): DayNumber => dayFromLocalDate(now) as DayNumber;

/** A UTC midnight Date for a serial (for libraries that want Date objects). */
export function utcDateFromDay(serial: DayNumber): Date {
  const { year, month, day } = ymdFromDay(serial);
  return new Date(Date.UTC(year, month - 1, day));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** Danish display form. @example formatDay(46082) // "01-03-2026" */
export function formatDay(serial: DayNumber): string {
  const { year, month, day } = ymdFromDay(serial);
  return `${pad(day)}-${pad(month)}-${pad(year, 4)}`;
}

/** ISO form. @example isoFromDay(46082) // "2026-03-01" */
export function isoFromDay(serial: DayNumber): string {
  const { year, month, day } = ymdFromDay(serial);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/;

/**
 * Read a text date: ISO `2026-03-01`, or day-first `01-03-2026`, `1.3.2026`, `01/03/2026`.
 * Returns null for anything else (including impossible dates such as 31-02-2026).
 * @example parseDateText("1.3.2026") // 46082
 */
export function parseDateText(text: string): DayNumber | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso) return dayFromYmd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(t);
  if (dayFirst) return dayFromYmd(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  return null;
}

/**
 * Read a date cell: a serial (a time of day is dropped), a text date, or a Date object.
 * Returns null for an unreadable value; the caller decides whether empty is allowed.
 */
export function parseDateCell(value: unknown): DayNumber | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    const whole = Math.floor(value);
    return isValidDay(whole) ? whole : null;
  }
  if (typeof value === "string") return parseDateText(value);
  if (value instanceof Date) return dayFromUtcDate(value);
  return null;
}
