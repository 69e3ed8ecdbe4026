/**
 * Data-quality figures of the annual evaluation (DOMAIN.md §5, §8).
 */
import { checkGoal, goalCheckInput, isSmorteComplete } from "../smorte";
import type { EngineIndex } from "../results/engineIndex";
import { goalDueDate, isActiveGoal } from "../results/overdue";
import type { DataQuality, DayNumber, ResultUnit } from "../types";

/**
 * Counts over the active goals (Status Aktiv): how many there are, how many are SMORTE-complete (no
 * error from the SMORTE check), how many are overdue on `yearEnd` (their latest follow-up up to that
 * day, or Startdato, plus their interval lies before it), how many were written with the citizen
 * (Inddraget = Ja); and how many citizens have an active goal but no result unit in the year.
 * `latest` holds, per goal index, the latest follow-up dated on or before `yearEnd` (−1 for none).
 */
export function dataQuality(
  index: EngineIndex,
  units: readonly ResultUnit[],
  latest: Int32Array,
  yearEnd: DayNumber,
): DataQuality {
  const followUps = index.data.followUps;
  const defaultInterval = index.data.settings.interval;
  let activeGoals = 0;
  let smorteComplete = 0;
  let overdueAtYearEnd = 0;
  let involved = 0;
  const withActiveGoal = new Set<string>();
  for (let g = 0; g < index.goals.length; g++) {
    const goal = index.goals[g];
    if (!isActiveGoal(goal)) continue;
    activeGoals++;
    withActiveGoal.add(goal.citizenId);
    if (goal.involved === true) involved++;
    const findings = checkGoal(goalCheckInput(goal, defaultInterval));
    if (isSmorteComplete(findings)) smorteComplete++;
    const at = latest[g];
    const due = goalDueDate(goal, at < 0 ? null : followUps[at].date, defaultInterval);
    if (due !== null && due < yearEnd) overdueAtYearEnd++;
  }
  const withResult = new Set<string>();
  for (const u of units) withResult.add(u.citizenId);
  let citizensWithoutResult = 0;
  for (const id of withActiveGoal) if (!withResult.has(id)) citizensWithoutResult++;
  return { activeGoals, smorteComplete, overdueAtYearEnd, citizensWithoutResult, involved };
}
