/**
 * The joins every computation needs, built once per workbook: goals by id, each goal's citizen and
 * attribution, and each follow-up's goal. Plain arrays indexed by goal position, so the hot loops
 * over follow-ups do no Map lookups and create no objects.
 */
import { scaleLookup, type ScaleLookup } from "../fulfilment/scale";
import type { Citizen, Goal, WorkbookData } from "../types";
import { departmentOf, methodOf, targetGroupOf } from "./attribution";

export interface EngineIndex {
  readonly data: WorkbookData;
  /** Goals whose citizen exists, in sheet order; a goal's position here is its "goal index". */
  readonly goals: readonly Goal[];
  readonly goalIndexById: ReadonlyMap<string, number>;
  readonly goalCitizen: readonly Citizen[];
  readonly goalMethod: readonly string[];
  readonly goalTargetGroup: readonly string[];
  readonly goalDepartment: readonly string[];
  /** For each follow-up of `data.followUps` (same order): its goal index, or −1 when its goal is unknown. */
  readonly followUpGoal: Int32Array;
  readonly scale: ScaleLookup;
}

/**
 * Build the joins of a workbook. Rows the reader left out are not in `data`; should a goal's citizen or
 * a follow-up's goal still be missing, that goal or follow-up simply takes no part (first id wins on a
 * duplicate).
 * @example const index = indexWorkbook(data); index.goalMethod[index.goalIndexById.get("M02")!] // "Low Arousal"
 */
export function indexWorkbook(data: WorkbookData): EngineIndex {
  const citizensById = new Map<string, Citizen>();
  for (const c of data.citizens) if (!citizensById.has(c.citizenId)) citizensById.set(c.citizenId, c);

  const allGoalsById = new Map<string, Goal>();
  for (const g of data.goals) if (!allGoalsById.has(g.goalId)) allGoalsById.set(g.goalId, g);
  const parentOf = (id: string): Goal | undefined => allGoalsById.get(id);

  const goals: Goal[] = [];
  const goalIndexById = new Map<string, number>();
  const goalCitizen: Citizen[] = [];
  const goalMethod: string[] = [];
  const goalTargetGroup: string[] = [];
  const goalDepartment: string[] = [];
  for (const goal of allGoalsById.values()) {
    const citizen = citizensById.get(goal.citizenId);
    if (citizen === undefined) continue;
    goalIndexById.set(goal.goalId, goals.length);
    goals.push(goal);
    goalCitizen.push(citizen);
    goalMethod.push(methodOf(goal, parentOf));
    goalTargetGroup.push(targetGroupOf(citizen));
    goalDepartment.push(departmentOf(citizen));
  }

  const followUps = data.followUps;
  const followUpGoal = new Int32Array(followUps.length);
  for (let i = 0; i < followUps.length; i++) followUpGoal[i] = goalIndexById.get(followUps[i].goalId) ?? -1;

  return {
    data,
    goals,
    goalIndexById,
    goalCitizen,
    goalMethod,
    goalTargetGroup,
    goalDepartment,
    followUpGoal,
    scale: scaleLookup(data.scale),
  };
}
