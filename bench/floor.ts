/**
 * The floor for evaluateYear: a minimal hand-written pass that joins each follow-up to its goal and
 * citizen through Maps and adds its value to a sum and a count per method — nothing else (no year, no
 * inheritance, no categories, no citizens' means, no GAS).
 */
import type { WorkbookData } from "../src/domain/types";

export function floorPass(data: WorkbookData): Map<string, { sum: number; count: number }> {
  const goals = new Map(data.goals.map((g) => [g.goalId, g]));
  const citizens = new Map(data.citizens.map((c) => [c.citizenId, c]));
  const scale = new Map(data.scale.map((s) => [s.label, s.value]));
  const perMethod = new Map<string, { sum: number; count: number }>();
  for (const f of data.followUps) {
    const goal = goals.get(f.goalId);
    if (goal === undefined || !citizens.has(goal.citizenId)) continue;
    const value = scale.get(f.assessment);
    if (value === null || value === undefined) continue;
    let acc = perMethod.get(goal.method);
    if (acc === undefined) perMethod.set(goal.method, (acc = { sum: 0, count: 0 }));
    acc.sum += value;
    acc.count++;
  }
  return perMethod;
}
