/**
 * What one year's figures rest on, and whether the year is still running: a running year's figures
 * are provisional (foreløbige) and reach only the latest follow-up so far, so they are not compared
 * with a whole year as if complete.
 */
import { yearBounds } from "../dates";
import type { DayNumber, EvaluationModel, WorkbookData } from "../types";

export interface YearBasis {
  readonly year: number;
  /** Citizens with at least one result in the year. */
  readonly citizens: number;
  /** Goals with a result in the year (result units). */
  readonly goals: number;
  /** Usable follow-ups dated in the year (up to `asOf`). */
  readonly followUps: number;
  /** The year has not ended on `asOf`. */
  readonly running: boolean;
  /** For a running year: the latest follow-up date in it up to `asOf` (null: none yet). */
  readonly dataUntil: DayNumber | null;
}

/**
 * @example yearBasis(evaluateYear(data, 2026), data, dayFromYmd(2026, 1, 15))
 * // { year: 2026, citizens: 12, goals: 20, followUps: 25, running: true, dataUntil: <14-01-2026> }
 */
export function yearBasis(model: EvaluationModel, data: WorkbookData, asOf: DayNumber): YearBasis {
  const { first, last } = yearBounds(model.year);
  const until = Math.min(last, asOf);
  let followUps = 0;
  let latest: number | null = null;
  for (const f of data.followUps) {
    if (f.date < first || f.date > until) continue;
    followUps++;
    if (latest === null || f.date > latest) latest = f.date;
  }
  const running = asOf <= last;
  return {
    year: model.year,
    citizens: model.total.citizens,
    goals: model.basis.units,
    followUps,
    running,
    dataUntil: running ? (latest as DayNumber | null) : null,
  };
}
