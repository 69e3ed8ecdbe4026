/**
 * Which method, target group and department a goal's results belong to.
 */
import { NO_DEPARTMENT, NO_METHOD, NO_TARGET_GROUP } from "../schema";
import type { Citizen, Goal } from "../types";

/**
 * A goal's method: its own `Metode`, else its parent's (a delmål inherits), else "(ingen metode)".
 * `parentOf` finds a goal by `MålID` (e.g. a Map's `get`).
 * @example methodOf(delmaal, (id) => goalsById.get(id)) // "Low Arousal" when the parent has it
 */
export function methodOf(goal: Goal, parentOf: (goalId: string) => Goal | undefined): string {
  const own = goal.method.trim();
  if (own !== "") return own;
  if (goal.parentId !== "") {
    const inherited = parentOf(goal.parentId)?.method.trim() ?? "";
    if (inherited !== "") return inherited;
  }
  return NO_METHOD;
}

/** The citizen's `Målgruppe`, or "(ingen målgruppe)". @example targetGroupOf(citizen) // "Autismespektrum" */
export const targetGroupOf = (citizen: Citizen): string => citizen.targetGroup.trim() || NO_TARGET_GROUP;

/** The citizen's `Afdeling`, or "(ingen afdeling)". @example departmentOf({ …, department: "" }) // "(ingen afdeling)" */
export const departmentOf = (citizen: Citizen): string => citizen.department.trim() || NO_DEPARTMENT;
