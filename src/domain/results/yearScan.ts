/**
 * One pass over the follow-ups that finds, per goal and year, the result follow-up (the latest that
 * counts), the GAS follow-up (the latest with a GAS level, counting or not) and, optionally, the latest
 * follow-up of any kind up to a reference date.
 */
import { yearBounds } from "../dates";
import { followUpValue } from "../fulfilment/followUpValue";
import type { DayNumber, FollowUp } from "../types";
import type { EngineIndex } from "./engineIndex";

/** Per goal index: which follow-up gives the goal's result and GAS level in one year. */
export interface YearScan {
  readonly year: number;
  readonly first: DayNumber;
  readonly last: DayNumber;
  /** Index into `data.followUps` of the result follow-up, or −1 (no result in the year). */
  readonly resultFollowUp: Int32Array;
  /** The result value where `resultFollowUp` ≥ 0. */
  readonly value: Float64Array;
  /** Index into `data.followUps` of the latest follow-up in the year with a GAS level, or −1. */
  readonly gasFollowUp: Int32Array;
}

export interface ScanResult {
  readonly years: readonly YearScan[];
  /** Per goal index: the latest follow-up dated on or before `latestAsOf`, or −1 (when asked for). */
  readonly latest: Int32Array | null;
}

const NONE = -1;

/** Is follow-up `candidate` later than `current` (by date, then row, then list position)? */
function isLater(followUps: readonly FollowUp[], candidate: number, current: number): boolean {
  if (current === NONE) return true;
  const a = followUps[candidate];
  const b = followUps[current];
  return a.date > b.date || (a.date === b.date && a.row >= b.row);
}

/**
 * Scan the follow-ups once for the given years. "Latest" is by `Dato`; on the same date the later row
 * wins (then the later position in the list). Follow-ups of unknown goals are skipped.
 * @example const { years: [y2026, y2025] } = scanFollowUps(index, [2026, 2025]);
 */
export function scanFollowUps(
  index: EngineIndex,
  years: readonly number[],
  latestAsOf: DayNumber | null = null,
): ScanResult {
  const goalCount = index.goals.length;
  const scans = years.map((year) => {
    if (!Number.isInteger(year) || year < 1900 || year > 9999) {
      throw new RangeError(`Året skal være et helt tal fra 1900 til 9999; fik ${String(year)}.`);
    }
    const { first, last } = yearBounds(year);
    return {
      year,
      first,
      last,
      resultFollowUp: new Int32Array(goalCount).fill(NONE),
      value: new Float64Array(goalCount),
      gasFollowUp: new Int32Array(goalCount).fill(NONE),
    };
  });
  const latest = latestAsOf === null ? null : new Int32Array(goalCount).fill(NONE);
  const asOf = latestAsOf ?? 0;
  const followUps = index.data.followUps;
  const goals = index.goals;
  const followUpGoal = index.followUpGoal;
  const scale = index.scale;
  const scanCount = scans.length;

  for (let i = 0; i < followUps.length; i++) {
    const g = followUpGoal[i];
    if (g === NONE) continue;
    const fu = followUps[i];
    const day = fu.date;
    if (latest !== null && day <= asOf && isLater(followUps, i, latest[g])) latest[g] = i;
    for (let s = 0; s < scanCount; s++) {
      const scan = scans[s];
      if (day < scan.first || day > scan.last) continue;
      if (fu.gas !== null && fu.gas !== undefined && isLater(followUps, i, scan.gasFollowUp[g]))
        scan.gasFollowUp[g] = i;
      if (isLater(followUps, i, scan.resultFollowUp[g])) {
        const value = followUpValue(fu, goals[g], scale);
        if (value !== null) {
          scan.resultFollowUp[g] = i;
          scan.value[g] = value;
        }
      }
      break;
    }
  }
  return { years: scans, latest };
}
