/**
 * The overgreb register's rules: reading and validating episodes and risk assessments, the BVC rule,
 * the open handling steps of an episode, and the analysis of a year or a quarter. Knows nothing of the
 * regional export, of Excel or of files.
 */
export * from "./types";
export { readIncidents, needsPoliceDecision, TOWARDS_STAFF, type KnownCitizens } from "./readIncidents";
export { bvcRisk, BVC_MAX, assessmentsByCitizen, latestAssessmentOn, nextDue, assessmentOverdue } from "./risk";
export { openSteps, episodesWithOpenSteps, INJURY_REPORT_DAYS, OPEN_STEP_LABELS } from "./openSteps";
export { analyseIncidents, RISK_ASSESSMENT_WINDOW_DAYS } from "./analysis";
export {
  periodBounds,
  previousPeriod,
  isQuarter,
  weekdayIndex,
  monthIndex,
  timeBandIndex,
  periodText,
  periodMonths,
  TIME_BANDS,
  MONTH_NAMES,
  WEEKDAY_NAMES,
} from "./period";
export { incidentsToJson, incidentsToJsonValue } from "./toJson";
