/**
 * What the pane shows about a goal, assembled from the domain: its SMORTE letter states, its
 * effective method, and its latest follow-up in words.
 */
import { categoryOf, checkGoal, goalCheckInput, letterStatus, methodOf, NO_METHOD } from "../../domain";
import type { FollowUp, Goal, GoalFinding, GoalSummary, SmorteLetter, WorkbookData } from "../../domain";
import type { Derived } from "./derived";

export type LetterStates = Record<SmorteLetter, "ok" | "warning" | "error">;

/** The SMORTE findings and letter states of a goal as it stands in the workbook. */
export function goalCheck(goal: Goal, data: WorkbookData): { findings: GoalFinding[]; letters: LetterStates } {
  const findings = checkGoal(goalCheckInput(goal, data.settings.interval));
  return { findings, letters: letterStatus(findings) };
}

/** The method a goal counts under (its own, else its parent's), and whether it was inherited. */
export function effectiveMethod(goal: Goal, derived: Derived): { method: string; inherited: boolean } {
  const method = methodOf(goal, (id) => derived.goalById.get(id));
  return { method, inherited: goal.method.trim() === "" && method !== NO_METHOD };
}

/** "Delvist opnået (50 %)", "tæller ikke (Ikke vurderet)" or "" for a follow-up's value. */
export function valueWords(value: number | null, followUp: FollowUp | undefined): string {
  if (value === null) {
    const label = followUp?.assessment ?? "";
    return label ? `tæller ikke (${label})` : "tæller ikke";
  }
  const pct = Math.round(value * 100).toLocaleString("da-DK");
  return `${categoryOf(value)} (${pct} %)`;
}

/** The goal's summary (latest follow-up, due date), if the domain produced one. */
export const summaryOf = (goal: Goal, derived: Derived): GoalSummary | undefined =>
  derived.summaryByGoal.get(goal.goalId);
