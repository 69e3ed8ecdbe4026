/**
 * Result units: every goal with its own result in a year, attributed to method, target group and
 * department (docs/rules.md §6).
 */
import { categoryOf } from "../fulfilment/category";
import type { ResultUnit, WorkbookData } from "../types";
import { indexWorkbook, type EngineIndex } from "./engineIndex";
import { scanFollowUps, type YearScan } from "./yearScan";

/** The result units of one scanned year, in the goals' sheet order. */
export function unitsFromScan(index: EngineIndex, scan: YearScan): ResultUnit[] {
  const units: ResultUnit[] = [];
  const followUps = index.data.followUps;
  const { resultFollowUp, value, gasFollowUp } = scan;
  for (let g = 0; g < index.goals.length; g++) {
    const f = resultFollowUp[g];
    if (f < 0) continue;
    const goal = index.goals[g];
    const followUp = followUps[f];
    const gasAt = gasFollowUp[g];
    units.push({
      goalId: goal.goalId,
      citizenId: goal.citizenId,
      targetGroup: index.goalTargetGroup[g],
      department: index.goalDepartment[g],
      method: index.goalMethod[g],
      value: value[g],
      category: categoryOf(value[g]),
      date: followUp.date,
      followUpId: followUp.followUpId,
      gas: gasAt < 0 ? null : followUps[gasAt].gas,
      weight: goal.weight,
    });
  }
  return units;
}

/**
 * Every result unit of year `year`: each goal (indsatsmål or delmål) whose latest counting follow-up
 * dated within the year gives it a value. The unit carries the goal's method (own, else the parent's,
 * else "(ingen metode)"), the citizen's target group and department, the GAS level of the goal's
 * latest follow-up in the year that has one, and the goal's GAS weight.
 * @example resultUnits(data, 2026).map((u) => [u.goalId, u.value]) // [["M01", 1], ["M02", 0], …]
 */
export function resultUnits(data: WorkbookData, year: number): ResultUnit[] {
  const index = indexWorkbook(data);
  return unitsFromScan(index, scanFollowUps(index, [year]).years[0]);
}
