/**
 * Risk levels: the Brøset Violence Checklist rule, and a citizen's latest assessment.
 */
import type { DayNumber } from "../types";
import type { RiskAssessment, RiskLevel } from "./types";

/** The highest BVC score (six behaviours, one point each). */
export const BVC_MAX = 6;

/**
 * The risk level a BVC score gives: 0 → Lav, 1-2 → Moderat, 3 or more → Høj.
 * @example bvcRisk(2) // "Moderat"
 */
export function bvcRisk(score: number): RiskLevel {
  if (score <= 0) return "Lav";
  if (score <= 2) return "Moderat";
  return "Høj";
}

/**
 * Each citizen's assessments, oldest first (by date, then row), keyed by the citizen's id in lower case.
 */
export function assessmentsByCitizen(assessments: readonly RiskAssessment[]): Map<string, RiskAssessment[]> {
  const by = new Map<string, RiskAssessment[]>();
  for (const a of assessments) {
    const key = a.citizenId.toLowerCase();
    const list = by.get(key);
    if (list) list.push(a);
    else by.set(key, [a]);
  }
  for (const list of by.values()) list.sort((a, b) => a.date - b.date || a.row - b.row);
  return by;
}

/**
 * The latest assessment dated on or before `day` (the last row of that date wins), or null.
 * @example latestAssessmentOn(list, 46082)?.risk // "Høj"
 */
export function latestAssessmentOn(
  sorted: readonly RiskAssessment[] | undefined,
  day: DayNumber,
): RiskAssessment | null {
  if (!sorted) return null;
  let found: RiskAssessment | null = null;
  for (const a of sorted) {
    if (a.date > day) break;
    found = a;
  }
  return found;
}

/** When the next assessment is due: NæsteVurdering, where it is filled in. */
export const nextDue = (a: RiskAssessment | null): DayNumber | null => (a === null ? null : a.nextDate);

/** Is the next assessment overdue on `today`? */
export const assessmentOverdue = (a: RiskAssessment | null, today: DayNumber): boolean =>
  a !== null && a.nextDate !== null && a.nextDate < today;
