/**
 * When a goal's next follow-up is due, and which active goals are overdue (docs/rules.md §6).
 */
import { followUpValue } from "../fulfilment/followUpValue";
import type { DayNumber, Goal, WorkbookData } from "../types";
import { goalDueState, needsAction, type DueState } from "./dueState";
import { indexWorkbook, type EngineIndex } from "./engineIndex";
import { scanFollowUps } from "./yearScan";

/**
 * The day the next follow-up of a goal is due: its latest follow-up (or, with none, its `Startdato`)
 * plus its `Interval` (empty: the default interval). Null when there is neither a follow-up nor a start.
 * @example goalDueDate({ startDate: 46082, interval: null }, null, 90) // 46172
 */
export function goalDueDate(
  goal: Pick<Goal, "startDate" | "interval">,
  latestFollowUpDate: DayNumber | null,
  defaultInterval: number,
): DayNumber | null {
  const from = latestFollowUpDate ?? goal.startDate;
  if (from === null || from === undefined) return null;
  return from + (goal.interval ?? defaultInterval);
}

/** Is the goal one whose follow-ups are still expected? (Status Aktiv; the reader makes empty Aktiv.) */
export const isActiveGoal = (goal: Pick<Goal, "status">): boolean => goal.status === "Aktiv";

export interface OverdueGoal {
  readonly goalId: string;
  readonly citizenId: string;
  readonly dueDate: DayNumber;
  /** Whole days from the due date to the reference date (at least 1). */
  readonly daysOverdue: number;
}

export interface GoalSummary {
  readonly goalId: string;
  readonly citizenId: string;
  readonly method: string;
  readonly status: Goal["status"];
  /** The latest follow-up dated on or before the reference date, if any. */
  readonly latestFollowUpId: string | null;
  readonly latestDate: DayNumber | null;
  /** The value of that follow-up (null when it does not count). */
  readonly latestValue: number | null;
  /**
   * When the next follow-up is due, never later than Slutdato (once Slutdato has passed: Slutdato);
   * null for a goal that is not active or has no date to count from.
   */
  readonly dueDate: DayNumber | null;
  /** Days past the due date on the reference date; 0 when not overdue. */
  readonly daysOverdue: number;
  /** A follow-up is missing: late, or the final one after Slutdato (a goal ready to close is not overdue). */
  readonly overdue: boolean;
  /** Where the goal stands (due, overdue, final follow-up missing, ready to close …). */
  readonly due: DueState;
  /** Staff should act now: overdue, or ready to close. */
  readonly needsAction: boolean;
}

/** Summaries of every goal of an index on `asOf` (shared by `goalSummary`, `overdueGoals` and the evaluation). */
export function summariseGoals(index: EngineIndex, asOf: DayNumber): GoalSummary[] {
  const { latest } = scanFollowUps(index, [], asOf);
  const followUps = index.data.followUps;
  const defaultInterval = index.data.settings.interval;
  return index.goals.map((goal, g) => {
    const at = (latest as Int32Array)[g];
    const followUp = at < 0 ? null : followUps[at];
    const due = goalDueState(goal, followUp?.date ?? null, defaultInterval, asOf);
    const overdue = due.kind === "overdue" || due.kind === "finalFollowUp";
    return {
      goalId: goal.goalId,
      citizenId: goal.citizenId,
      method: index.goalMethod[g],
      status: goal.status,
      latestFollowUpId: followUp?.followUpId ?? null,
      latestDate: followUp?.date ?? null,
      latestValue: followUp === null ? null : followUpValue(followUp, goal, index.scale),
      dueDate: due.date,
      daysOverdue: overdue ? due.daysPast : 0,
      overdue,
      due,
      needsAction: needsAction(due),
    };
  });
}

/**
 * Per goal on the reference date `asOf`: the latest follow-up dated on or before `asOf`, its value, when
 * the next follow-up is due and how many days it is overdue (what the task pane shows beside a goal).
 * Follow-ups dated after `asOf` are not yet looked at.
 * @example goalSummary(data, todayDay()).filter((s) => s.overdue)
 */
export function goalSummary(data: WorkbookData, asOf: DayNumber): GoalSummary[] {
  return summariseGoals(indexWorkbook(data), asOf);
}

/**
 * The active goals that are overdue on `asOf`: the latest follow-up (or `Startdato` if none) plus the
 * goal's interval, or its `Slutdato` when that comes first, lies before `asOf` (a goal past `Slutdato`
 * with its final follow-up is ready to close, not overdue). Most overdue first; on a tie, in sheet order.
 * @example overdueGoals(data, dayFromYmd(2026, 12, 31)!) // [{ goalId: "M02", dueDate: …, daysOverdue: 145 }, …]
 */
export function overdueGoals(data: WorkbookData, asOf: DayNumber): OverdueGoal[] {
  return summariseGoals(indexWorkbook(data), asOf)
    .filter((s) => s.overdue)
    .map((s) => ({
      goalId: s.goalId,
      citizenId: s.citizenId,
      dueDate: s.dueDate as DayNumber,
      daysOverdue: s.daysOverdue,
    }))
    .sort((a, b) => a.dueDate - b.dueDate);
}
