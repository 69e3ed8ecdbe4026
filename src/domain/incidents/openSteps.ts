/**
 * The handling steps of an episode that are still open (guidance the pane shows, not figures):
 * debriefing for every episode towards staff; an occupational-injury report where there was absence,
 * due 9 days after the first day of absence (taken as the day of the episode, the earliest it can
 * be); a decision on a police report for violence, threats and sexual offences; and the
 * arbejdsmiljøgruppe's analysis of every episode.
 */
import type { DayNumber } from "../types";
import { TOWARDS_STAFF, needsPoliceDecision } from "./readIncidents";
import type { Incident, OpenStep } from "./types";

/** Arbejdstilsynet: report an occupational injury no later than 9 days after the first day of absence. */
export const INJURY_REPORT_DAYS = 9;

export const OPEN_STEP_LABELS = {
  debriefing: "Debriefing",
  injuryReport: "Anmeld arbejdsskade",
  policeReport: "Beslut om politianmeldelse",
  analysis: "Analyse i arbejdsmiljøgruppen",
} as const;

/**
 * The open steps of one episode on `today`, in the order they are usually done.
 * @example openSteps(incident, 46082).map((s) => s.label) // ["Debriefing", "Analyse i arbejdsmiljøgruppen"]
 */
export function openSteps(incident: Incident, today: DayNumber): OpenStep[] {
  const steps: OpenStep[] = [];
  if (incident.direction === TOWARDS_STAFF && incident.debriefing === null) {
    steps.push({ kind: "debriefing", label: OPEN_STEP_LABELS.debriefing, due: null, overdue: false });
  }
  if ((incident.absence ?? 0) >= 1 && incident.injuryReport === null) {
    const due = incident.date + INJURY_REPORT_DAYS;
    steps.push({ kind: "injuryReport", label: OPEN_STEP_LABELS.injuryReport, due, overdue: today > due });
  }
  if (needsPoliceDecision(incident.type) && incident.policeReport === null) {
    steps.push({ kind: "policeReport", label: OPEN_STEP_LABELS.policeReport, due: null, overdue: false });
  }
  if (incident.analysed === null) {
    steps.push({ kind: "analysis", label: OPEN_STEP_LABELS.analysis, due: null, overdue: false });
  }
  return steps;
}

/** Episodes with at least one open step, newest first, each with its steps. */
export function episodesWithOpenSteps(
  incidents: readonly Incident[],
  today: DayNumber,
): Array<{ readonly incident: Incident; readonly steps: OpenStep[] }> {
  return incidents
    .map((incident) => ({ incident, steps: openSteps(incident, today) }))
    .filter((e) => e.steps.length > 0)
    .sort(
      (a, b) =>
        b.incident.date - a.incident.date ||
        (b.incident.time ?? -1) - (a.incident.time ?? -1) ||
        b.incident.row - a.incident.row,
    );
}
