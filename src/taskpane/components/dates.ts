/**
 * Between the workbook's calendar days (Excel serials) and what the pane shows: Danish text with
 * date-fns' `da` locale, and local `Date` objects for the date picker.
 */
import { format } from "date-fns";
import { da } from "date-fns/locale";
import { dayFromLocalDate, ymdFromDay } from "../../domain";
import type { DayNumber } from "../../domain";

/** A local-midnight Date for a calendar day (the picker works on the local clock). */
export function localDateFromDay(day: DayNumber): Date {
  const { year, month, day: d } = ymdFromDay(day);
  const date = new Date(year, month - 1, d);
  date.setFullYear(year); // years below 100 would otherwise land in the 1900s
  return date;
}

/** The calendar day a local Date denotes. */
export const dayFromPickerDate = (date: Date): DayNumber | null => dayFromLocalDate(date);

/** Short Danish date, as in the sheets. @example showDay(46082) // "01-03-2026" */
export const showDay = (day: DayNumber | null | undefined): string =>
  day === null || day === undefined ? "" : format(localDateFromDay(day), "dd-MM-yyyy", { locale: da });

/** Long Danish date for screen readers and tooltips. @example longDay(46082) // "søndag den 1. marts 2026" */
export const longDay = (day: DayNumber): string =>
  format(localDateFromDay(day), "EEEE 'den' d. MMMM yyyy", { locale: da });

/** "om 3 dage", "i dag", "for 5 dage siden" relative to `today`. */
export function relativeDays(day: DayNumber, today: DayNumber): string {
  const diff = day - today;
  if (diff === 0) return "i dag";
  if (diff === 1) return "i morgen";
  if (diff === -1) return "i går";
  return diff > 0 ? `om ${diff} dage` : `for ${-diff} dage siden`;
}
