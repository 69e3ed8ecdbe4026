/**
 * Typed records and result models of the overgreb register (docs/rules.md, "Overgreb"). Pure types:
 * no Office, no DOM, no Node, and nothing of the regional export.
 */
import type { DayNumber, Finding, LeftOutRow } from "../types";
import type { MinuteOfDay } from "../times";
import type { INCIDENT_DIRECTIONS, INCIDENT_TYPES, INJURY_KINDS, RISK_LEVELS, RISK_TOOLS } from "../schema";

export type IncidentDirection = (typeof INCIDENT_DIRECTIONS)[number];
export type IncidentType = (typeof INCIDENT_TYPES)[number];
export type InjuryKind = (typeof INJURY_KINDS)[number];
export type RiskTool = (typeof RISK_TOOLS)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** One episode as read from `Haendelser`. Free text (Beskrivelse, Læring) is not carried: it never leaves the sheet. */
export interface Incident {
  /** Worksheet row as Excel shows it. */
  readonly row: number;
  readonly incidentId: string;
  readonly date: DayNumber;
  /** Minutes after midnight; null = unknown. */
  readonly time: MinuteOfDay | null;
  readonly direction: IncidentDirection;
  readonly type: IncidentType;
  /** The citizen's id as `Borgere` spells it; "" when the episode names no citizen. */
  readonly citizenId: string;
  /** The department the episode counts under: its own, else the citizen's, else "(ingen afdeling)". */
  readonly department: string;
  /** The situation as the offer's list spells it; "(ikke angivet)" when empty. */
  readonly situation: string;
  /** Was a staff member alone with the citizen? null = not filled in. */
  readonly alone: boolean | null;
  readonly injury: InjuryKind | null;
  /** Whole days of absence; null = not filled in (counts as no absence). */
  readonly absence: number | null;
  readonly debriefing: DayNumber | null;
  readonly injuryReport: DayNumber | null;
  readonly policeReport: DayNumber | null;
  readonly analysed: DayNumber | null;
  /** Did the row have text in Læring (the text itself stays in the sheet)? */
  readonly hasLearning: boolean;
  readonly registeredBy: string;
}

/** One risk assessment as read from `Risikovurdering`. Aftaler is not carried: it never leaves the sheet. */
export interface RiskAssessment {
  readonly row: number;
  readonly assessmentId: string;
  readonly citizenId: string;
  readonly date: DayNumber;
  readonly tool: RiskTool;
  readonly score: number | null;
  /** The level as typed, else (BVC) as the score gives it; null when neither says. */
  readonly risk: RiskLevel | null;
  /** True when `risk` came from the BVC score rather than the Risiko cell. */
  readonly riskFromScore: boolean;
  readonly nextDate: DayNumber | null;
}

/** The register as the domain sees it after reading. Every input row is a record or in `leftOut`. */
export interface IncidentData {
  readonly incidents: readonly Incident[];
  readonly assessments: readonly RiskAssessment[];
  /** The offer's situations, in the list's order and spelling (the defaults when the table is absent). */
  readonly situations: readonly string[];
  /** Rows of Haendelser, Risikovurdering and Situationer that take no part in any figure. */
  readonly leftOut: readonly LeftOutRow[];
  /** Data rows of each table in the input (0 for an absent table). */
  readonly inputRows: { readonly incidents: number; readonly assessments: number; readonly situations: number };
  /** Is the Haendelser table in the workbook at all? */
  readonly present: boolean;
  /** The sheet each table was read from, as the workbook names it. */
  readonly sheets: { readonly incidents: string; readonly assessments: string; readonly situations: string };
}

export interface IncidentReadResult {
  readonly data: IncidentData;
  readonly findings: readonly Finding[];
}

/** A year, or one quarter (1-4) of it. */
export interface Period {
  readonly year: number;
  readonly quarter: number | null;
}

/** A count in the period beside the same period one year earlier. */
export interface Compared {
  readonly count: number;
  readonly previous: number;
  readonly change: number;
}

export interface GroupCompared extends Compared {
  readonly group: string;
}

export type TimeBand = "00-06" | "06-12" | "12-18" | "18-24" | "ukendt";

export interface HandlingFigures {
  /** Episodes `Borger mod medarbejder`. */
  readonly towardsStaff: number;
  /** Of those, with Debriefing filled. */
  readonly debriefed: number;
  /** Episodes with Fravær ≥ 1. */
  readonly withAbsence: number;
  /** Of those, with Arbejdsskade filled. */
  readonly injuryReported: number;
  /** Episodes with Analyseret filled. */
  readonly analysed: number;
  /** Episodes with Alene = Ja. */
  readonly alone: number;
}

/** One citizen's line in the per-citizen list (for the offer's own sheet and pane only, never JSON). */
export interface CitizenIncidents {
  readonly citizenId: string;
  readonly count: number;
  readonly previous: number;
  readonly latestEpisode: DayNumber;
  /** The latest risk assessment up to the citizen's latest episode in the period, if any. */
  readonly latestAssessment: RiskAssessment | null;
  /** No risk assessment dated in the 365 days up to and including the latest episode. */
  readonly withoutRiskAssessment: boolean;
}

/** The analysis of a year or a quarter (docs/rules.md, "The analysis"). */
export interface IncidentAnalysis {
  readonly period: Period;
  /** First and last day of the period and of the same period a year earlier. */
  readonly bounds: { readonly first: DayNumber; readonly last: DayNumber };
  readonly previousBounds: { readonly first: DayNumber; readonly last: DayNumber };
  readonly basis: { readonly incidents: number; readonly assessments: number; readonly leftOut: readonly LeftOutRow[] };
  readonly total: Compared;
  readonly byDirection: readonly GroupCompared[];
  readonly byType: readonly GroupCompared[];
  readonly directionByType: ReadonlyArray<{
    readonly direction: string;
    readonly type: string;
    readonly count: number;
  }>;
  readonly byDepartment: readonly GroupCompared[];
  readonly bySituation: readonly GroupCompared[];
  /** 12 counts, January first (for a quarter, the other months are 0). */
  readonly byMonth: readonly number[];
  /** The same months one year earlier (for the sheet's chart; not in the JSON). */
  readonly byMonthPrevious: readonly number[];
  /** 7 counts, Monday first. */
  readonly byWeekday: readonly number[];
  readonly byTimeOfDay: ReadonlyArray<{ readonly band: TimeBand; readonly count: number }>;
  readonly handling: HandlingFigures;
  readonly citizens: { readonly involved: number; readonly withoutRiskAssessment: number };
  /** Per citizen, most episodes first (the offer's own sheet and pane only). */
  readonly perCitizen: readonly CitizenIncidents[];
}

/** An open handling step of an episode (guidance for the pane, not a figure). */
export type OpenStepKind = "debriefing" | "injuryReport" | "policeReport" | "analysis";

export interface OpenStep {
  readonly kind: OpenStepKind;
  /** Danish label, e.g. "Debriefing". */
  readonly label: string;
  /** The deadline, where there is one (the occupational-injury report). */
  readonly due: DayNumber | null;
  /** The deadline has passed (today is after it). */
  readonly overdue: boolean;
}
