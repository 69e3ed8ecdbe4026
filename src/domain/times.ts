/**
 * Times of day, as minutes after midnight (0..1439), read from what Excel hands over: a time serial
 * (a fraction of a day), a date-time serial (its fraction is used), a Date object (its UTC clock, as
 * spreadsheet libraries hand over time cells; never shifted by a time zone), or text `hh:mm` /
 * `hh.mm` (seconds allowed and dropped). The cell reader is `readTime` in cells.ts. Pure: no Office,
 * DOM or Node.
 */

/** Minutes after midnight. */
export type MinuteOfDay = number;

const SECONDS_PER_DAY = 86_400;

const TIME_TEXT = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

/**
 * The minute of a fraction of a day, rounded to the second first (Excel stores 14:30 as 0.604166…).
 * @example minuteOfFraction(0.6041666666) // 870
 */
export function minuteOfFraction(fraction: number): MinuteOfDay {
  let seconds = Math.round(fraction * SECONDS_PER_DAY);
  if (seconds >= SECONDS_PER_DAY) seconds = SECONDS_PER_DAY - 1;
  return Math.floor(seconds / 60);
}

/**
 * Text `hh:mm` or `hh.mm` (optionally `:ss`), 00:00 to 23:59; null for anything else.
 * @example parseTimeText("7.05") // 425
 */
export function parseTimeText(text: string): MinuteOfDay | null {
  const m = TIME_TEXT.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 23 || min > 59 || s > 59) return null;
  return h * 60 + min;
}

/**
 * The Danish clock text of a minute. @example formatTime(870) // "14:30"
 */
export const formatTime = (minute: MinuteOfDay): string =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** The Excel time serial of a minute (for writing a time cell). @example timeSerial(720) // 0.5 */
export const timeSerial = (minute: MinuteOfDay): number => minute / 1440;
