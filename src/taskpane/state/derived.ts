/**
 * Look-ups the views need again and again (citizen by id, a citizen's goals, a goal's follow-ups,
 * each goal's latest follow-up and due date), built once per read of the workbook. Nothing here
 * decides a rule of the domain: values and due dates come from the domain's `goalSummary`.
 */
import { useMemo } from "react";
import { goalSummary } from "../../domain";
import type { Citizen, DayNumber, FollowUp, Goal, GoalSummary, WorkbookData } from "../../domain";
import { usePaneState, useStore } from "./context";

export interface Derived {
  readonly citizenById: ReadonlyMap<string, Citizen>;
  readonly goalById: ReadonlyMap<string, Goal>;
  /** A citizen's goals in sheet order. */
  readonly goalsByCitizen: ReadonlyMap<string, readonly Goal[]>;
  /** A goal's follow-ups, newest first (same date: the later row first). */
  readonly followUpsByGoal: ReadonlyMap<string, readonly FollowUp[]>;
  readonly followUpById: ReadonlyMap<string, FollowUp>;
  readonly summaryByGoal: ReadonlyMap<string, GoalSummary>;
  /** Distinct non-empty `Ansvarlig` names, sorted (Danish). */
  readonly responsibles: readonly string[];
  /** Distinct non-empty departments, sorted (Danish). */
  readonly departments: readonly string[];
  readonly today: DayNumber;
}

const collator = new Intl.Collator("da-DK", { sensitivity: "base", numeric: true });
export const compareDa = (a: string, b: string): number => collator.compare(a, b);

const distinctSorted = (values: Iterable<string>): string[] =>
  [...new Set([...values].map((v) => v.trim()).filter((v) => v !== ""))].sort(compareDa);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Build the look-ups for one read of the workbook.
 * @example buildDerived(data, 46100).goalsByCitizen.get("B01") // [M01, M02]
 */
export function buildDerived(data: WorkbookData, today: DayNumber): Derived {
  const citizenById = new Map(data.citizens.map((c) => [c.citizenId, c]));
  const goalById = new Map(data.goals.map((g) => [g.goalId, g]));
  const goalsByCitizen = new Map<string, Goal[]>();
  for (const goal of data.goals) push(goalsByCitizen, goal.citizenId, goal);
  const followUpsByGoal = new Map<string, FollowUp[]>();
  for (const followUp of data.followUps) push(followUpsByGoal, followUp.goalId, followUp);
  for (const list of followUpsByGoal.values()) list.sort((a, b) => b.date - a.date || b.row - a.row);
  const followUpById = new Map(data.followUps.map((f) => [f.followUpId, f]));
  const summaryByGoal = new Map(goalSummary(data, today).map((s) => [s.goalId, s]));
  return {
    citizenById,
    goalById,
    goalsByCitizen,
    followUpsByGoal,
    followUpById,
    summaryByGoal,
    responsibles: distinctSorted(data.goals.map((g) => g.responsible)),
    departments: distinctSorted(data.citizens.map((c) => c.department)),
    today,
  };
}

/** The look-ups for the current read, rebuilt only when the workbook was read again. */
export function useDerived(): Derived {
  const store = useStore();
  const { data, version } = usePaneState();
  return useMemo(
    () => buildDerived(data as WorkbookData, store.todayDay()),
    // `version` changes exactly when `data` does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version, store],
  );
}
