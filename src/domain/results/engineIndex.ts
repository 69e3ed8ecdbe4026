/**
 * The joins every computation needs, built once per workbook: goals by id, each goal's citizen and
 * attribution (as names and as dense whole-number ids), and each follow-up's goal. Plain arrays indexed
 * by goal position, so the hot loops over follow-ups and units do no map lookups and create no objects.
 */
import { scaleLookup, type ScaleLookup } from "../fulfilment/scale";
import { Interner } from "../rollup/rollupCore";
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
  /** Distinct citizens (first of a duplicated id), numbered 0 … citizenCount − 1. */
  readonly citizenCount: number;
  /** Per goal index: its citizen's number, method id, target-group id and department id. */
  readonly goalCitizenNo: Int32Array;
  readonly goalMethodId: Int32Array;
  readonly goalTargetGroupId: Int32Array;
  readonly goalDepartmentId: Int32Array;
  /** Names of the ids above. */
  readonly methodNames: readonly string[];
  readonly targetGroupNames: readonly string[];
  readonly departmentNames: readonly string[];
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
  const citizenNo = new Map<string, number>();
  const citizens: Citizen[] = [];
  const targetGroups = new Interner();
  const departments = new Interner();
  const citizenTargetGroup: number[] = [];
  const citizenDepartment: number[] = [];
  for (const c of data.citizens) {
    if (citizenNo.has(c.citizenId)) continue;
    citizenNo.set(c.citizenId, citizens.length);
    citizens.push(c);
    citizenTargetGroup.push(targetGroups.id(targetGroupOf(c)));
    citizenDepartment.push(departments.id(departmentOf(c)));
  }

  const allGoals = data.goals;
  const positionById = new Map<string, number>();
  for (let p = 0; p < allGoals.length; p++)
    if (!positionById.has(allGoals[p].goalId)) positionById.set(allGoals[p].goalId, p);
  const parentOf = (id: string): Goal | undefined => {
    const p = positionById.get(id);
    return p === undefined ? undefined : allGoals[p];
  };

  const methods = new Interner();
  const goals: Goal[] = [];
  const goalIndexById = new Map<string, number>();
  const goalCitizen: Citizen[] = [];
  const goalMethod: string[] = [];
  const goalTargetGroup: string[] = [];
  const goalDepartment: string[] = [];
  const goalCitizenNo = new Int32Array(allGoals.length);
  const goalMethodId = new Int32Array(allGoals.length);
  const goalTargetGroupId = new Int32Array(allGoals.length);
  const goalDepartmentId = new Int32Array(allGoals.length);
  /** Goal index of each position in data.goals, or −1. */
  const indexOfPosition = new Int32Array(allGoals.length).fill(-1);
  for (let p = 0; p < allGoals.length; p++) {
    const goal = allGoals[p];
    if (positionById.get(goal.goalId) !== p) continue;
    const no = citizenNo.get(goal.citizenId);
    if (no === undefined) continue;
    const g = goals.length;
    indexOfPosition[p] = g;
    goalIndexById.set(goal.goalId, g);
    goals.push(goal);
    goalCitizen.push(citizens[no]);
    const method = methodOf(goal, parentOf);
    goalMethod.push(method);
    goalMethodId[g] = methods.id(method);
    goalCitizenNo[g] = no;
    goalTargetGroupId[g] = citizenTargetGroup[no];
    goalDepartmentId[g] = citizenDepartment[no];
    goalTargetGroup.push(targetGroups.names[citizenTargetGroup[no]]);
    goalDepartment.push(departments.names[citizenDepartment[no]]);
  }

  const followUps = data.followUps;
  const followUpGoal = new Int32Array(followUps.length);
  for (let i = 0; i < followUps.length; i++) {
    const p = positionById.get(followUps[i].goalId);
    followUpGoal[i] = p === undefined ? -1 : indexOfPosition[p];
  }

  const count = goals.length;
  return {
    data,
    goals,
    goalIndexById,
    goalCitizen,
    goalMethod,
    goalTargetGroup,
    goalDepartment,
    citizenCount: citizens.length,
    goalCitizenNo: goalCitizenNo.subarray(0, count),
    goalMethodId: goalMethodId.subarray(0, count),
    goalTargetGroupId: goalTargetGroupId.subarray(0, count),
    goalDepartmentId: goalDepartmentId.subarray(0, count),
    methodNames: methods.names,
    targetGroupNames: targetGroups.names,
    departmentNames: departments.names,
    followUpGoal,
    scale: scaleLookup(data.scale),
  };
}
