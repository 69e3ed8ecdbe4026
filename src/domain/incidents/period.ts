/**
 * The calendar of the analysis: a year or a quarter as day numbers, the month and weekday of a date,
 * and the time-of-day bands. Plain arithmetic on Excel serials: no Date objects in the hot loop, no
 * time zones.
 */
import { dayFromYmd, ymdFromDay } from "../dates";
import type { DayNumber } from "../types";
import type { MinuteOfDay } from "../times";
import type { Period, TimeBand } from "./types";

/**
 * First and last day of a year or a quarter.
 * @example periodBounds({ year: 2026, quarter: 2 }) // { first: 46113 (01-04-2026), last: 46203 (30-06-2026) }
 */
export function periodBounds(period: Period): { first: DayNumber; last: DayNumber } {
  const { year, quarter } = period;
  const firstMonth = quarter === null ? 1 : 3 * (quarter - 1) + 1;
  const lastMonth = quarter === null ? 12 : firstMonth + 2;
  const first = dayFromYmd(year, firstMonth, 1) as DayNumber;
  const next = lastMonth === 12 ? dayFromYmd(year + 1, 1, 1) : dayFromYmd(year, lastMonth + 1, 1);
  return { first, last: (next as DayNumber) - 1 };
}

/** The same period one year earlier. @example previousPeriod({ year: 2026, quarter: 1 }) // { year: 2025, quarter: 1 } */
export const previousPeriod = (period: Period): Period => ({ year: period.year - 1, quarter: period.quarter });

/** Is the quarter a whole number 1-4 (or null for the whole year)? */
export const isQuarter = (q: unknown): q is number | null =>
  q === null || (typeof q === "number" && Number.isInteger(q) && q >= 1 && q <= 4);

/**
 * The weekday of a date, Monday = 0 … Sunday = 6. Serial 61 (01-03-1900) was a Thursday; from there
 * on, serials count days, so the weekday is a remainder.
 * @example weekdayIndex(46082) // 6 (Sunday 01-03-2026)
 */
export const weekdayIndex = (day: DayNumber): number => (((day + 5) % 7) + 7) % 7;

/** Month 0-11 of a date. @example monthIndex(46082) // 2 (March) */
export const monthIndex = (day: DayNumber): number => ymdFromDay(day).month - 1;

/**
 * The month (0-11) of every day of a year, indexed by day − `first` (a lookup table, so a loop over
 * many episodes builds no Date objects).
 * @example const t = monthTable(2026); t.month[46082 - t.first] // 2 (1 March)
 */
export function monthTable(year: number): { first: DayNumber; month: Uint8Array } {
  const first = dayFromYmd(year, 1, 1) as DayNumber;
  const next = dayFromYmd(year + 1, 1, 1) as DayNumber;
  const month = new Uint8Array(next - first);
  for (let m = 1; m <= 12; m++) {
    const from = (dayFromYmd(year, m, 1) as DayNumber) - first;
    const to = (m === 12 ? next : (dayFromYmd(year, m + 1, 1) as DayNumber)) - first;
    month.fill(m - 1, from, to);
  }
  return { first, month };
}

/** The time bands in the order the analysis lists them. */
export const TIME_BANDS: readonly TimeBand[] = ["00-06", "06-12", "12-18", "18-24", "ukendt"];

/**
 * The band index of a time of day: [0, 6), [6, 12), [12, 18), [18, 24) hours; 4 = unknown.
 * @example timeBandIndex(6 * 60) // 1
 */
export const timeBandIndex = (minute: MinuteOfDay | null): number =>
  minute === null ? 4 : Math.min(3, Math.floor(minute / 360));

/** Danish month names, for the sheet and the pane. */
export const MONTH_NAMES = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
] as const;

export const WEEKDAY_NAMES = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"] as const;

/** The period as Danish text. @example periodText({ year: 2026, quarter: 1 }) // "1. kvartal 2026" */
export const periodText = (period: Period): string =>
  period.quarter === null ? String(period.year) : `${period.quarter}. kvartal ${period.year}`;

/** The months (0-11) of a period. @example periodMonths({ year: 2026, quarter: 2 }) // [3, 4, 5] */
export const periodMonths = (period: Period): number[] =>
  period.quarter === null
    ? Array.from({ length: 12 }, (_, i) => i)
    : [0, 1, 2].map((i) => 3 * (period.quarter! - 1) + i);
