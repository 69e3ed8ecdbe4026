/**
 * All roll-ups of one evaluated year at once, straight from the follow-up scan: the units of Y and Y−1
 * as columns with whole-number ids (from the engine index), rolled up per method, target group,
 * department, target group × method and for the whole offer by the one roll-up core.
 */
import type { EngineIndex } from "../results/engineIndex";
import type { YearScan } from "../results/yearScan";
import { ALL } from "../schema";
import type { CrossFigures, GroupFigures } from "../types";
import { compareDanish } from "./collate";
import {
  citizenOrder,
  emptyFigures,
  gasColumnValue,
  rollupColumns,
  type PreviousColumns,
  type UnitColumns,
} from "./rollupCore";

export interface YearRollups {
  readonly byMethod: GroupFigures[];
  readonly byTargetGroup: GroupFigures[];
  readonly byDepartment: GroupFigures[];
  readonly total: GroupFigures;
  readonly targetGroupByMethod: CrossFigures[];
}

/** The goals with a result in a scanned year, and their values and GAS levels as columns. */
function columnsOf(index: EngineIndex, scan: YearScan): { goal: Int32Array; units: UnitColumns } {
  const goalCount = index.goals.length;
  const followUps = index.data.followUps;
  let n = 0;
  for (let g = 0; g < goalCount; g++) if (scan.resultFollowUp[g] >= 0) n++;
  const goal = new Int32Array(n);
  const citizen = new Int32Array(n);
  const value = new Float64Array(n);
  const gas = new Float64Array(n);
  const weight = new Float64Array(n);
  let i = 0;
  for (let g = 0; g < goalCount; g++) {
    if (scan.resultFollowUp[g] < 0) continue;
    const at = scan.gasFollowUp[g];
    const w = index.goals[g].weight;
    goal[i] = g;
    citizen[i] = index.goalCitizenNo[g];
    value[i] = scan.value[g];
    gas[i] = at < 0 ? Number.NaN : gasColumnValue(followUps[at].gas, w);
    weight[i] = w;
    i++;
  }
  return { goal, units: { length: n, citizenCount: index.citizenCount, citizen, value, gas, weight } };
}

const groupsOf = (goal: Int32Array, idOfGoal: (g: number) => number): Int32Array => {
  const out = new Int32Array(goal.length);
  for (let i = 0; i < goal.length; i++) out[i] = idOfGoal(goal[i]);
  return out;
};

/**
 * Roll up year Y (`current`) beside Y−1 (`previous`) in every grouping of the annual evaluation.
 * @example rollupYear(index, scan.years[0], scan.years[1], 0.3).byMethod
 */
export function rollupYear(index: EngineIndex, current: YearScan, previous: YearScan, rho: number): YearRollups {
  const now = columnsOf(index, current);
  const before = columnsOf(index, previous);
  const order = citizenOrder(now.units);
  const rollup = (idOfGoal: (g: number) => number, names: readonly string[]): GroupFigures[] => {
    const prev: PreviousColumns = {
      length: before.units.length,
      group: groupsOf(before.goal, idOfGoal),
      value: before.units.value,
    };
    return rollupColumns(now.units, order, groupsOf(now.goal, idOfGoal), names, prev, rho);
  };

  const { goalMethodId, goalTargetGroupId, goalDepartmentId, methodNames, targetGroupNames } = index;
  const methodCount = methodNames.length;
  const crossNames: string[] = [];
  for (const tg of targetGroupNames) for (const m of methodNames) crossNames.push(`${tg}\u0000${m}`);
  const cross = rollup((g) => goalTargetGroupId[g] * methodCount + goalMethodId[g], crossNames)
    .map(({ group, ...figures }): CrossFigures => {
      const at = group.indexOf("\u0000");
      return { targetGroup: group.slice(0, at), method: group.slice(at + 1), ...figures };
    })
    .sort((a, b) => compareDanish(a.targetGroup, b.targetGroup) || compareDanish(a.method, b.method));
  const [total] = rollup(() => 0, [ALL]);

  return {
    byMethod: rollup((g) => goalMethodId[g], methodNames),
    byTargetGroup: rollup((g) => goalTargetGroupId[g], targetGroupNames),
    byDepartment: rollup((g) => goalDepartmentId[g], index.departmentNames),
    total: total ?? emptyFigures(ALL),
    targetGroupByMethod: cross,
  };
}
