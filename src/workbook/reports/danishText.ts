/**
 * Danish number and date text for report texts, summaries and command-line messages (the sheet cells
 * themselves hold plain numbers with a number format; these helpers are for running text).
 */
import { formatDay, todayDay } from "../../domain";

/** Group the digits of a whole number the Danish way. @example formatCount(100000) // "100.000" */
export function formatCount(n: number): string {
  const sign = n < 0 ? "-" : "";
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A fraction as a Danish percentage, one decimal. @example formatPercent(0.4567) // "45,7 %" */
export function formatPercent(fraction: number | null, decimals = 1): string {
  if (fraction === null || !Number.isFinite(fraction)) return "–";
  return `${(fraction * 100).toFixed(decimals).replace(".", ",")} %`;
}

/** A number with a decimal comma. @example formatDecimal(47.99197, 1) // "48,0" */
export function formatDecimal(n: number | null, decimals = 1): string {
  if (n === null || !Number.isFinite(n)) return "–";
  return n.toFixed(decimals).replace(".", ",");
}

/** "1 borger" / "3 borgere". @example countNoun(3, "borger", "borgere") // "3 borgere" */
export function countNoun(n: number, singular: string, plural: string): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

/**
 * When a report was made, in Danish local form, from the clock the caller passes in.
 * @example madeAtText(new Date(2026, 0, 15, 9, 5)) // "15-01-2026 kl. 09:05"
 */
export function madeAtText(now: Date): string {
  const day = formatDay(todayDay(now));
  const hh = String(now.getHours()).padStart(2, "0");
  const mm = String(now.getMinutes()).padStart(2, "0");
  return `${day} kl. ${hh}:${mm}`;
}
