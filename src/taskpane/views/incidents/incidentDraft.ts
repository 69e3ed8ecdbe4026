/**
 * The quick registration of an episode as a draft: what the form starts with (today, the time now,
 * the citizen and department from the citizen), what is wrong with it, and the record it writes.
 * Pure, so the rules are tested without rendering the form.
 */
import {
  INCIDENT_DIRECTIONS,
  INCIDENT_TYPES,
  containsCpr,
  formatTime,
  looksLikeCpr,
  parseTimeText,
  timeSerial,
} from "../../../domain";
import type { Citizen, DayNumber } from "../../../domain";
import type { Incident } from "../../../domain/incidents";
import type { RecordValues } from "../../../workbook/port";

export interface IncidentDraft {
  incidentId: string;
  date: DayNumber | null;
  time: string;
  direction: string;
  type: string;
  citizenId: string;
  department: string;
  situation: string;
  alone: string;
  injury: string;
  absence: string;
  description: string;
  registeredBy: string;
  debriefing: DayNumber | null;
  injuryReport: DayNumber | null;
  policeReport: DayNumber | null;
  analysed: DayNumber | null;
  learning: string;
}

/** A new episode: today, the time now, the citizen and the citizen's department. */
export function newIncidentDraft(incidentId: string, today: DayNumber, now: Date, citizen?: Citizen): IncidentDraft {
  return {
    incidentId,
    date: today,
    time: formatTime(now.getHours() * 60 + now.getMinutes()),
    direction: "",
    type: "",
    citizenId: citizen?.citizenId ?? "",
    department: citizen?.department ?? "",
    situation: "",
    alone: "",
    injury: "",
    absence: "",
    description: "",
    registeredBy: "",
    debriefing: null,
    injuryReport: null,
    policeReport: null,
    analysed: null,
    learning: "",
  };
}

/** An episode as read, for editing. Beskrivelse and Læring are re-read from the row by the form. */
export function incidentDraftOf(
  i: Incident,
  texts: { description: string; learning: string; department: string },
): IncidentDraft {
  return {
    incidentId: i.incidentId,
    date: i.date,
    time: i.time === null ? "" : formatTime(i.time),
    direction: i.direction,
    type: i.type,
    citizenId: i.citizenId,
    department: texts.department,
    situation: i.situation === "(ikke angivet)" ? "" : i.situation,
    alone: i.alone === null ? "" : i.alone ? "Ja" : "Nej",
    injury: i.injury ?? "",
    absence: i.absence === null ? "" : String(i.absence),
    description: texts.description,
    registeredBy: i.registeredBy,
    debriefing: i.debriefing,
    injuryReport: i.injuryReport,
    policeReport: i.policeReport,
    analysed: i.analysed,
    learning: texts.learning,
  };
}

export type IncidentProblems = Partial<Record<keyof IncidentDraft, string>>;

/** The Danish names of the fields the pane writes, for CPR messages. */
const TEXT_FIELDS: ReadonlyArray<readonly [keyof IncidentDraft, string]> = [
  ["incidentId", "HændelseID"],
  ["department", "Afdeling"],
  ["situation", "Situation"],
  ["description", "Beskrivelse"],
  ["learning", "Læring"],
  ["registeredBy", "RegistreretAf"],
];

export const cprMessage = (field: string): string =>
  `${field} ser ud til at indeholde et CPR-nummer. Fjern det: CPR-numre må ikke stå i arbejdsbogen.`;

/**
 * What is wrong with the draft. CPR-like text is always an error (it blocks saving); the required
 * choices only once the user has tried to save.
 */
export function incidentProblems(
  d: IncidentDraft,
  attempted: boolean,
  takenIds: ReadonlySet<string>,
  isNew: boolean,
): IncidentProblems {
  const p: IncidentProblems = {};
  for (const [key, name] of TEXT_FIELDS) {
    const value = String(d[key] ?? "");
    if (containsCpr(value) || (key === "incidentId" && looksLikeCpr(value))) p[key] = cprMessage(name);
  }
  const id = d.incidentId.trim();
  if (!p.incidentId && isNew && id && takenIds.has(id.toLocaleUpperCase("da-DK"))) {
    p.incidentId = `HændelseID ${id} findes allerede på arket Hændelser. Vælg et andet.`;
  }
  if (!p.incidentId && attempted && !id) p.incidentId = "Skriv et HændelseID, fx H0001.";
  if (d.time.trim() !== "" && parseTimeText(d.time) === null)
    p.time = "Skriv tidspunktet som tt:mm, fx 14:30, eller lad feltet stå tomt.";
  if (attempted && d.date === null) p.date = "Vælg datoen for episoden.";
  if (attempted && !(INCIDENT_DIRECTIONS as readonly string[]).includes(d.direction))
    p.direction = "Vælg hvem mod hvem.";
  if (attempted && !(INCIDENT_TYPES as readonly string[]).includes(d.type)) p.type = "Vælg typen af episode.";
  if (d.absence.trim() !== "" && !/^\d+$/.test(d.absence.trim())) p.absence = "Fravær er hele dage: 0 eller flere.";
  return p;
}

/** Does the draft have a problem that blocks saving? */
export const blocksSaving = (p: IncidentProblems): boolean => Object.values(p).some(Boolean);

/** The record the form writes (keys of the schema's Haendelser columns). */
export function incidentRecord(d: IncidentDraft): RecordValues {
  const minute = d.time.trim() === "" ? null : parseTimeText(d.time);
  return {
    incidentId: d.incidentId.trim(),
    date: d.date ?? "",
    time: minute === null ? "" : timeSerial(minute),
    direction: d.direction,
    type: d.type,
    citizenId: d.citizenId.trim(),
    department: d.department.trim(),
    situation: d.situation.trim(),
    alone: d.alone,
    injury: d.injury,
    absence: d.absence.trim() === "" ? "" : Number(d.absence.trim()),
    debriefing: d.debriefing ?? "",
    injuryReport: d.injuryReport ?? "",
    policeReport: d.policeReport ?? "",
    analysed: d.analysed ?? "",
    description: d.description.trim(),
    learning: d.learning.trim(),
    registeredBy: d.registeredBy.trim(),
  };
}
