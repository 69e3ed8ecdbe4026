/**
 * Reading a date as staff type it in the task pane: day first, with the short forms used every day
 * (1/3/26, 1-3-26, 1 3 26, 010326, 1.3.2026, 01-03-2026) besides ISO 2026-03-01. The workbook's cells are
 * read by the stricter `parseDateText`; this reader is only for what a person types into a form.
 *
 * Two-digit years are read in a window around the pane's today: the year is the one ending in those
 * two digits that lies at most 20 years after today's year and less than 80 years before it. With
 * today in 2026, 26 is 2026, 46 is 2046 and 47 is 1947.
 */
import { dayFromYmd, yearOfDay } from "./dates";
import type { DayNumber } from "./types";

/** How far after today's year a two-digit year may reach. */
export const TWO_DIGIT_YEAR_AHEAD = 20;

export type TypedDate =
  | { readonly ok: true; readonly day: DayNumber }
  /** `unreadable`: not a date form at all; `no-such-date`: a date form naming a day that does not exist (31-02). */
  | { readonly ok: false; readonly reason: "unreadable" | "no-such-date" };

/** The full year a two-digit year means, seen from `todayYear`. @example fullYear(26, 2026) // 2026 */
export function fullYear(twoDigits: number, todayYear: number): number {
  const latest = todayYear + TWO_DIGIT_YEAR_AHEAD;
  const candidate = Math.floor(latest / 100) * 100 + twoDigits;
  return candidate > latest ? candidate - 100 : candidate;
}

/** "-", "/" or "." (spaces around it allowed), or one space on its own: 1-3-26, 1 / 3 / 26, 1 3 26. */
const SEP = String.raw`(?:\s*[-./]\s*| )`;
const SEPARATED = new RegExp(String.raw`^(\d{1,2})${SEP}(\d{1,2})${SEP}(\d{2}|\d{4})$`);
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Read what a user typed in a date field, relative to the pane's `today` (for two-digit years).
 * @example readTypedDate("1/3/26", today) // { ok: true, day: 46082 }
 * @example readTypedDate("31-02-2026", today) // { ok: false, reason: "no-such-date" }
 */
export function readTypedDate(text: string, today: DayNumber): TypedDate {
  const t = text.trim();
  const iso = ISO.exec(t);
  const parts = iso
    ? { year: iso[1], month: iso[2], day: iso[3] }
    : ((m) => (m ? { day: m[1], month: m[2], year: m[3] } : null))(SEPARATED.exec(t) ?? DIGITS_ONLY.exec(t));
  if (!parts) return { ok: false, reason: "unreadable" };
  const year = parts.year.length === 2 ? fullYear(Number(parts.year), yearOfDay(today)) : Number(parts.year);
  const day = dayFromYmd(year, Number(parts.month), Number(parts.day));
  return day === null ? { ok: false, reason: "no-such-date" } : { ok: true, day };
}
