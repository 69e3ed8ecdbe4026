/**
 * Results of one goal and one citizen, for the custom functions and the task pane.
 */
import { cutYear } from "../evaluation/cutOff";
import type { DayNumber, Goal, ResultUnit, WorkbookData } from "../types";
import { resultUnits } from "./units";

/** The data restricted to some goals (and their parents, for the inherited method) and their follow-ups. */
function restrictToGoals(data: WorkbookData, keep: (goal: Goal) => boolean): WorkbookData {
  const kept = data.goals.filter(keep);
  const ids = new Set(kept.map((g) => g.goalId));
  const parents = new Set(kept.map((g) => g.parentId).filter((id) => id !== "" && !ids.has(id)));
  const goals = data.goals.filter((g) => ids.has(g.goalId) || parents.has(g.goalId));
  return { ...data, goals, followUps: data.followUps.filter((f) => ids.has(f.goalId)) };
}

/**
 * The result of one goal in year `year` (its latest counting follow-up dated within the year), as a
 * result unit; null when the goal has no result that year or does not exist. With `asOf` the
 * follow-ups of a running year dated after it do not count, as in `evaluateYear(…, { asOf })`.
 * @example goalResult(data, "M04", 2026)?.value // 0.5
 * @example goalResult(data, "M01", 2026, dayFromYmd(2026, 6, 1))?.value // 0.5 (01-09-2026 is not reached)
 */
export function goalResult(data: WorkbookData, goalId: string, year: number, asOf?: DayNumber): ResultUnit | null {
  const units = resultUnits(
    // The goal's own rows first, so the cut-off only walks its follow-ups.
    cutYear(
      restrictToGoals(data, (g) => g.goalId === goalId),
      year,
      asOf,
    ).data,
    year,
  );
  return units.find((u) => u.goalId === goalId) ?? null;
}

/**
 * A citizen's fulfilment in year `year`: the mean of the citizen's unit values (each goal with a result
 * weighs the same); null when the citizen has no result that year.
 * @example citizenFulfilment(data, "B01", 2026) // 0.5  (M01 = 1, M02 = 0)
 */
export function citizenFulfilment(data: WorkbookData, citizenId: string, year: number): number | null {
  const units = resultUnits(
    restrictToGoals(data, (g) => g.citizenId === citizenId),
    year,
  ).filter((u) => u.citizenId === citizenId);
  if (units.length === 0) return null;
  let sum = 0;
  for (const u of units) sum += u.value;
  return sum / units.length;
}
