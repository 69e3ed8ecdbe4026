/**
 * The goal form's working copy: what the user has typed (numbers still as text), how it becomes the
 * domain's SMORTE-check input, and the record written to the `Mål` sheet.
 */
import type { DayNumber, Goal, GoalCheckInput } from "../../domain";
import type { RecordValues } from "../../workbook/port";
import { numberText, readNumber } from "../components/FormParts";

export interface GoalDraft {
  goalId: string;
  citizenId: string;
  parentId: string;
  goalType: string;
  text: string;
  successCriterion: string;
  achievability: string;
  relevance: string;
  startDate: DayNumber | null;
  endDate: DayNumber | null;
  evaluation: string;
  method: string;
  baseline: string;
  target: string;
  weight: string;
  interval: string;
  involved: "" | "Ja" | "Nej";
  responsible: string;
  status: string;
}

export const draftFromGoal = (g: Goal): GoalDraft => ({
  goalId: g.goalId,
  citizenId: g.citizenId,
  parentId: g.parentId,
  goalType: g.goalType,
  text: g.text,
  successCriterion: g.successCriterion,
  achievability: g.achievability,
  relevance: g.relevance,
  startDate: g.startDate,
  endDate: g.endDate,
  evaluation: g.evaluation,
  method: g.method,
  baseline: numberText(g.baseline),
  target: numberText(g.target),
  weight: String(g.weight),
  interval: g.interval === null ? "" : String(g.interval),
  involved: g.involved === null ? "" : g.involved ? "Ja" : "Nej",
  responsible: g.responsible,
  status: g.status,
});

export const newGoalDraft = (
  goalId: string,
  citizenId: string,
  parentId: string,
  today: DayNumber,
  responsible: string,
): GoalDraft => ({
  goalId,
  citizenId,
  parentId,
  goalType: "Udvikle",
  text: "",
  successCriterion: "",
  achievability: "",
  relevance: "",
  startDate: today,
  endDate: null,
  evaluation: "",
  method: "",
  baseline: "",
  target: "",
  weight: "1",
  interval: "",
  involved: "",
  responsible,
  status: "Aktiv",
});

const numberOrNull = (text: string): number | null => {
  const n = readNumber(text);
  return n === undefined || Number.isNaN(n) ? null : n;
};

/** The date fields whose typed text cannot be read yet (their draft value is the last readable day). */
export type UnreadableDates = NonNullable<GoalCheckInput["unreadable"]>;

/** The domain's check input for what is typed now, including the dates that cannot be read yet. */
export const checkInputOf = (
  d: GoalDraft,
  defaultInterval: number,
  unreadable: UnreadableDates = {},
): GoalCheckInput => ({
  text: d.text,
  successCriterion: d.successCriterion,
  achievability: d.achievability,
  relevance: d.relevance,
  evaluation: d.evaluation,
  startDate: d.startDate,
  endDate: d.endDate,
  baseline: numberOrNull(d.baseline),
  target: numberOrNull(d.target),
  interval: numberOrNull(d.interval),
  defaultInterval,
  unreadable,
});

export interface DraftProblems {
  text?: string;
  startDate?: string;
  baseline?: string;
  target?: string;
  interval?: string;
}

/**
 * What stops a draft from being written to the sheet (not SMORTE findings: those never block).
 * `Mål` and `Startdato` are required columns of the sheet; numbers must be readable.
 */
export function draftProblems(d: GoalDraft): DraftProblems {
  const p: DraftProblems = {};
  if (d.text.trim() === "") p.text = "Skriv målet. Kolonnen Mål skal være udfyldt, før målet kan gemmes.";
  if (d.startDate === null) p.startDate = "Vælg en startdato. Kolonnen Startdato skal være udfyldt.";
  if (Number.isNaN(readNumber(d.baseline) ?? 0)) p.baseline = "Udgangspunkt skal være et tal, fx 2 eller 2,5.";
  if (Number.isNaN(readNumber(d.target) ?? 0)) p.target = "Målværdi skal være et tal, fx 5.";
  const interval = readNumber(d.interval);
  if (interval !== undefined && (!Number.isInteger(interval) || interval < 1 || interval > 3660)) {
    p.interval = "Interval skal være et helt antal dage mellem 1 og 3660, eller tomt.";
  }
  return p;
}

/** The record written to the `Mål` sheet (empty fields as empty cells). */
export function recordOf(d: GoalDraft): RecordValues {
  const num = (text: string): number | "" => {
    const n = readNumber(text);
    return n === undefined || Number.isNaN(n) ? "" : n;
  };
  return {
    goalId: d.goalId.trim(),
    citizenId: d.citizenId,
    parentId: d.parentId,
    goalType: d.goalType,
    text: d.text.trim(),
    successCriterion: d.successCriterion.trim(),
    achievability: d.achievability.trim(),
    relevance: d.relevance.trim(),
    startDate: d.startDate ?? "",
    endDate: d.endDate ?? "",
    evaluation: d.evaluation.trim(),
    method: d.method,
    baseline: num(d.baseline),
    target: num(d.target),
    weight: num(d.weight),
    interval: num(d.interval),
    involved: d.involved,
    responsible: d.responsible.trim(),
    status: d.status,
  };
}
