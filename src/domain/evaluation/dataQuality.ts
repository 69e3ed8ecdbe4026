/**
 * Data-quality figures of the annual evaluation (docs/rules.md §6, "The annual evaluation").
 */
import { goalCheckInput, isGoalComplete } from "../smorte";
import type { EngineIndex } from "../results/engineIndex";
import { goalDueState } from "../results/dueState";
import { isActiveGoal } from "../results/overdue";
import type { YearScan } from "../results/yearScan";
import type { DataQuality, DayNumber } from "../types";

/**
 * Counts over the active goals (Status Aktiv): how many there are, how many are SMORTE-complete (no
 * error from the SMORTE check), how many are overdue on `yearEnd` (their latest follow-up up to that
 * day, or Startdato, plus their interval — never later than Slutdato — lies before it; a goal past
 * Slutdato with its final follow-up is ready to close, not overdue), how many were written with the citizen
 * (Inddraget = Ja); and how many citizens have an active goal but no result unit in the year
 * (`year`: the scan of the evaluated year).
 * `latest` holds, per goal index, the latest follow-up dated on or before `onDay` (−1 for none); overdue goals are counted on `onDay` (31 December, or a running year's cut-off day).
 */
export function dataQuality(index: EngineIndex, year: YearScan, latest: Int32Array, onDay: DayNumber): DataQuality {
  const followUps = index.data.followUps;
  const defaultInterval = index.data.settings.interval;
  let activeGoals = 0;
  let smorteComplete = 0;
  let overdueAtYearEnd = 0;
  let involved = 0;
  const hasActiveGoal = new Uint8Array(index.citizenCount);
  const hasResult = new Uint8Array(index.citizenCount);
  for (let g = 0; g < index.goals.length; g++) {
    const goal = index.goals[g];
    if (year.resultFollowUp[g] >= 0) hasResult[index.goalCitizenNo[g]] = 1;
    if (!isActiveGoal(goal)) continue;
    activeGoals++;
    hasActiveGoal[index.goalCitizenNo[g]] = 1;
    if (goal.involved === true) involved++;
    if (isGoalComplete(goalCheckInput(goal, defaultInterval))) smorteComplete++;
    const at = latest[g];
    const due = goalDueState(goal, at < 0 ? null : followUps[at].date, defaultInterval, onDay);
    if (due.kind === "overdue" || due.kind === "finalFollowUp") overdueAtYearEnd++;
  }
  let citizensWithoutResult = 0;
  for (let c = 0; c < index.citizenCount; c++)
    if (hasActiveGoal[c] === 1 && hasResult[c] === 0) citizensWithoutResult++;
  return { activeGoals, smorteComplete, overdueAtYearEnd, citizensWithoutResult, involved, overdueOn: onDay };
}
