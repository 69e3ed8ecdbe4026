/**
 * One citizen's status for the status meeting with the municipality: every goal of the citizen
 * (indsatsmål with their delmål under them), its method, its SMORTE marks, every follow-up dated in
 * the period with its value, the progress over the period (first and latest counting value) and the
 * latest GAS level, plus the citizen's GAS T-score over the goals that have one in the period.
 *
 * The model holds the citizen's name and free texts (goals, notes): it is for the offer and the
 * citizen's municipality only and is never part of the regional export.
 */
import { categoryOf } from "../fulfilment/category";
import type { Category } from "../fulfilment/category";
import { followUpValue } from "../fulfilment/followUpValue";
import { scaleLookup } from "../fulfilment/scale";
import { gasTScore } from "../gas";
import { methodOf } from "../results/attribution";
import { compareDanish } from "../rollup/collate";
import { checkGoal, goalCheckInput, isSmorteComplete, letterStatus } from "../smorte";
import type { DayNumber, Goal, GoalStatus, GoalType, SmorteLetter, WorkbookData } from "../types";

export type LetterState = "ok" | "warning" | "error";

export interface StatusFollowUp {
  readonly followUpId: string;
  readonly date: DayNumber;
  readonly assessment: string;
  readonly measurement: number | null;
  /** The follow-up's value 0..1, or null when it does not count. */
  readonly value: number | null;
  readonly category: Category | null;
  readonly gas: number | null;
  readonly note: string;
  readonly doneBy: string;
}

export interface StatusGoal {
  readonly goalId: string;
  /** "" for an indsatsmål. */
  readonly parentId: string;
  readonly goalType: GoalType;
  readonly text: string;
  readonly successCriterion: string;
  /** The method it counts under (its own, else its parent's, else "(ingen metode)"). */
  readonly method: string;
  readonly startDate: DayNumber | null;
  readonly endDate: DayNumber | null;
  readonly status: GoalStatus;
  readonly responsible: string;
  readonly letters: Readonly<Record<SmorteLetter, LetterState>>;
  readonly smorteComplete: boolean;
  /** Follow-ups dated in the period, oldest first (same date: sheet order). */
  readonly followUps: readonly StatusFollowUp[];
  /** The first and the latest counting value in the period, and the change between them. */
  readonly firstValue: number | null;
  readonly latestValue: number | null;
  readonly change: number | null;
  /** The GAS level of the latest follow-up in the period that has one. */
  readonly latestGas: number | null;
  readonly weight: number;
}

export interface CitizenStatus {
  readonly citizenId: string;
  readonly name: string;
  readonly targetGroup: string;
  readonly department: string;
  readonly contactPerson: string;
  /** The period, inclusive; null = open. */
  readonly from: DayNumber | null;
  readonly to: DayNumber | null;
  /** Indsatsmål in goal-id order, each followed by its delmål (a delmål without its parent stands alone). */
  readonly goals: readonly StatusGoal[];
  /** GAS T-score over the goals with a GAS level in the period (null when none has one). */
  readonly gasT: number | null;
  /** Follow-ups in the period, over all the goals. */
  readonly followUpCount: number;
}

export interface StatusPeriod {
  readonly from?: DayNumber | null;
  readonly to?: DayNumber | null;
}

/**
 * The status of one citizen over a period (both ends included; open when left out).
 * Returns null when the workbook has no citizen with that id.
 * @example citizenStatus(data, "B01", { from: dayFromYmd(2026, 1, 1) })?.goals.map((g) => g.goalId) // ["M01", "M02"]
 */
export function citizenStatus(data: WorkbookData, citizenId: string, period: StatusPeriod = {}): CitizenStatus | null {
  const citizen = data.citizens.find((c) => c.citizenId === citizenId);
  if (!citizen) return null;
  const from = period.from ?? null;
  const to = period.to ?? null;
  const inPeriod = (d: DayNumber): boolean => (from === null || d >= from) && (to === null || d <= to);
  const goals = data.goals.filter((g) => g.citizenId === citizenId);
  const byId = new Map(data.goals.map((g) => [g.goalId, g]));
  const scale = scaleLookup(data.scale);
  const followUpsOf = new Map<string, { f: (typeof data.followUps)[number]; order: number }[]>();
  data.followUps.forEach((f, order) => {
    if (!inPeriod(f.date)) return;
    const list = followUpsOf.get(f.goalId);
    if (list) list.push({ f, order });
    else followUpsOf.set(f.goalId, [{ f, order }]);
  });

  const statusOf = (goal: Goal): StatusGoal => {
    const findings = checkGoal(goalCheckInput(goal, data.settings.interval));
    const followUps = (followUpsOf.get(goal.goalId) ?? [])
      .sort((a, b) => a.f.date - b.f.date || a.order - b.order)
      .map(({ f }): StatusFollowUp => {
        const value = followUpValue(f, goal, scale);
        return {
          followUpId: f.followUpId,
          date: f.date,
          assessment: f.assessment,
          measurement: f.measurement,
          value,
          category: value === null ? null : categoryOf(value),
          gas: f.gas,
          note: f.note,
          doneBy: f.doneBy,
        };
      });
    const counting = followUps.filter((f) => f.value !== null);
    const firstValue = counting.length > 0 ? (counting[0].value as number) : null;
    const latestValue = counting.length > 0 ? (counting[counting.length - 1].value as number) : null;
    const withGas = followUps.filter((f) => f.gas !== null);
    return {
      goalId: goal.goalId,
      parentId: goal.parentId,
      goalType: goal.goalType,
      text: goal.text,
      successCriterion: goal.successCriterion,
      method: methodOf(goal, (id) => byId.get(id)),
      startDate: goal.startDate,
      endDate: goal.endDate,
      status: goal.status,
      responsible: goal.responsible,
      letters: letterStatus(findings),
      smorteComplete: isSmorteComplete(findings),
      followUps,
      firstValue,
      latestValue,
      change: counting.length > 1 ? (latestValue as number) - (firstValue as number) : null,
      latestGas: withGas.length > 0 ? (withGas[withGas.length - 1].gas as number) : null,
      weight: goal.weight,
    };
  };

  const byGoalId = (a: Goal, b: Goal): number => compareDanish(a.goalId, b.goalId);
  const own = new Set(goals.map((g) => g.goalId));
  const tops = goals.filter((g) => g.parentId === "" || !own.has(g.parentId)).sort(byGoalId);
  const ordered: StatusGoal[] = [];
  for (const top of tops) {
    ordered.push(statusOf(top));
    if (top.parentId !== "") continue;
    for (const sub of goals.filter((g) => g.parentId === top.goalId).sort(byGoalId)) ordered.push(statusOf(sub));
  }
  const gasGoals = ordered.filter((g) => g.latestGas !== null);
  const gasT =
    gasGoals.length > 0
      ? gasTScore(
          gasGoals.map((g) => g.latestGas as number),
          gasGoals.map((g) => g.weight),
          data.settings.gasRho,
        )
      : null;
  return {
    citizenId: citizen.citizenId,
    name: citizen.name,
    targetGroup: citizen.targetGroup,
    department: citizen.department,
    contactPerson: citizen.contactPerson,
    from,
    to,
    goals: ordered,
    gasT,
    followUpCount: ordered.reduce((n, g) => n + g.followUps.length, 0),
  };
}
