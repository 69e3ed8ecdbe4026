/**
 * Where an active goal stands on a reference date, as the overdue list shows it (docs/rules.md §6):
 * a goal is due no later than its `Slutdato`; once its `Slutdato` has passed it is either *ready to
 * close* (it has its final follow-up, on or after `Slutdato`) or *overdue for its final follow-up* —
 * never "a follow-up hundreds of days late".
 */
import type { DayNumber, Goal } from "../types";

export type DueKind =
  /** Status is not Aktiv: nothing is expected. */
  | "inactive"
  /** No start date and no follow-up: no due date can be worked out. */
  | "unknown"
  /** The next follow-up lies on or after the reference date. */
  | "due"
  /** The next follow-up (before Slutdato) lies before the reference date. */
  | "overdue"
  /** Slutdato has passed and the goal has no follow-up on or after it: the final follow-up is missing. */
  | "finalFollowUp"
  /** Slutdato has passed and the final follow-up exists: close the goal (Afsluttet/Opgivet) or move Slutdato. */
  | "readyToClose";

export interface DueState {
  readonly kind: DueKind;
  /** The day the state dates from: the next follow-up's day, or Slutdato once passed; null for inactive/unknown. */
  readonly date: DayNumber | null;
  /** Days from `date` to the reference date when it lies before it (at least 1), else 0. */
  readonly daysPast: number;
}

/**
 * @example
 * // Slutdato 31-07-2025, latest follow-up 01-03-2025, on 15-01-2026: the final follow-up is missing.
 * goalDueState({ status: "Aktiv", startDate: s, endDate: e, interval: 90 }, f, 90, today).kind // "finalFollowUp"
 */
export function goalDueState(
  goal: Pick<Goal, "status" | "startDate" | "endDate" | "interval">,
  latestFollowUpDate: DayNumber | null,
  defaultInterval: number,
  asOf: DayNumber,
): DueState {
  if (goal.status !== "Aktiv") return { kind: "inactive", date: null, daysPast: 0 };
  const end = goal.endDate ?? null;
  if (end !== null && end < asOf) {
    const final = latestFollowUpDate !== null && latestFollowUpDate >= end;
    return { kind: final ? "readyToClose" : "finalFollowUp", date: end, daysPast: asOf - end };
  }
  const from = latestFollowUpDate ?? goal.startDate ?? null;
  if (from === null) return { kind: "unknown", date: null, daysPast: 0 };
  const next = from + (goal.interval ?? defaultInterval);
  const date = (end !== null && end < next ? end : next) as DayNumber;
  return date < asOf ? { kind: "overdue", date, daysPast: asOf - date } : { kind: "due", date, daysPast: 0 };
}

/** Does the state ask staff to act now (a follow-up late, the final one missing, or the goal to close)? */
export const needsAction = (state: DueState): boolean =>
  state.kind === "overdue" || state.kind === "finalFollowUp" || state.kind === "readyToClose";

const URGENCY: Record<DueKind, number> = {
  finalFollowUp: 0,
  overdue: 0,
  readyToClose: 1,
  due: 2,
  unknown: 3,
  inactive: 4,
};

/**
 * Most urgent first: missing follow-ups (final or not) by how long they are late, then goals ready to
 * close (longest ended first), then coming follow-ups soonest first.
 */
export function compareDueStates(a: DueState, b: DueState): number {
  const byKind = URGENCY[a.kind] - URGENCY[b.kind];
  if (byKind !== 0) return byKind;
  return (a.date ?? Number.MAX_SAFE_INTEGER) - (b.date ?? Number.MAX_SAFE_INTEGER);
}
