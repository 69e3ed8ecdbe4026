/**
 * Reading and validating the overgreb register (docs/rules.md, "Overgreb"): raw rows of Haendelser,
 * Risikovurdering and Situationer in, typed records and findings out, with sheet, row and column.
 *
 * As for the goal register: a row with an error is listed in `leftOut` and takes no part in any
 * figure; it is never altered. Warnings (a situation not on the offer's list, a follow-up date before
 * the episode, a CPR-like text) leave the row in. The tables are optional: a workbook made before the
 * register existed simply has none (one warning, no rows).
 */
import {
  BVC_TOOL,
  CITIZENS,
  DEFAULT_SITUATIONS,
  INCIDENTS,
  INCIDENT_DIRECTIONS,
  NO_DEPARTMENT,
  NO_SITUATION,
  RISK_ASSESSMENTS,
  SHEETS,
  SITUATIONS,
  YES_NO,
} from "../schema";
import type { Citizen, RawWorkbook } from "../types";
import { isProblem, readText } from "../cells";
import { looksLikeCpr } from "../cpr";
import { resolveTable, type ResolvedTable } from "../reader/rawTable";
import { RowReader } from "../reader/rowReader";
import { Sink } from "../reader/sink";
import { prepareTable } from "../reader/tablePrep";
import { duplicateIdReason, idKey } from "../reader/citizens";
import { nameKey } from "../reader/lists";
import { BVC_MAX, bvcRisk } from "./risk";
import type {
  Incident,
  IncidentDirection,
  IncidentReadResult,
  IncidentType,
  InjuryKind,
  RiskAssessment,
  RiskLevel,
  RiskTool,
} from "./types";

/** The citizens an episode or assessment may name: `Borgere` as the goal register read it. */
export interface KnownCitizens {
  readonly citizens: readonly Pick<Citizen, "citizenId" | "department">[];
  /** The sheet Borgere is on, for messages. */
  readonly sheet?: string;
}

interface SituationList {
  readonly usable: boolean;
  readonly byKey: ReadonlyMap<string, string>;
  readonly names: readonly string[];
}

function readSituations(t: ResolvedTable, sink: Sink): SituationList {
  const prep = prepareTable(t, sink, { required: false, whenAbsent: "standardlisten over situationer bruges" });
  if (!prep.usable) {
    const names = [...DEFAULT_SITUATIONS];
    return { usable: true, byKey: new Map(names.map((n) => [nameKey(n), n])), names };
  }
  const r = new RowReader(t, sink);
  const byKey = new Map<string, string>();
  const firstRow = new Map<string, number>();
  const names: string[] = [];
  for (const i of prep.indices) {
    const status = r.begin(i);
    const name = r.label("situation", true);
    if (name !== "") {
      const first = firstRow.get(nameKey(name));
      if (first !== undefined) {
        sink.error(
          status,
          r.col("situation").name,
          `${r.col("situation").name} står allerede i række ${first}. Hver situation må kun stå én gang; slet den ene række.`,
          "duplicate-name",
        );
      } else {
        firstRow.set(nameKey(name), status.row);
      }
    }
    if (sink.settle(status)) {
      byKey.set(nameKey(name), name);
      names.push(name);
    }
  }
  return { usable: byKey.size > 0, byKey, names };
}

const POLICE_TYPES: ReadonlySet<string> = new Set([
  "Fysisk vold",
  "Psykisk vold",
  "Trusler om vold",
  "Seksuel krænkelse",
]);

/** Does the type call for a decision on a police report (violence, threats, sexual offences)? */
export const needsPoliceDecision = (type: IncidentType): boolean => POLICE_TYPES.has(type);

/** The direction that counts as "towards staff" (debriefing, absence, occupational injury). */
export const TOWARDS_STAFF: IncidentDirection = INCIDENT_DIRECTIONS[1];

/**
 * Read the register.
 * @example
 * const { data, findings } = readIncidents(raw, { citizens: readWorkbook(raw).data.citizens });
 * data.incidents[0].row // 2
 */
export function readIncidents(raw: RawWorkbook, known: KnownCitizens): IncidentReadResult {
  const sink = new Sink();
  const input: RawWorkbook = raw !== null && typeof raw === "object" ? raw : {};
  const tIncidents = resolveTable(input, INCIDENTS);
  const tRisk = resolveTable(input, RISK_ASSESSMENTS);
  const tSituations = resolveTable(input, SITUATIONS);
  const citizensSheet = known.sheet ?? SHEETS.citizens;
  const citizenByKey = new Map<string, Pick<Citizen, "citizenId" | "department">>();
  for (const c of known.citizens) if (!citizenByKey.has(idKey(c.citizenId))) citizenByKey.set(idKey(c.citizenId), c);
  // A citizen whose Borgere row is left out for an error in another column still exists in Borgere:
  // episodes about them count (under the department written on that row).
  for (const c of writtenCitizens(input))
    if (!citizenByKey.has(idKey(c.citizenId))) citizenByKey.set(idKey(c.citizenId), c);

  const situations = readSituations(tSituations, sink);
  const incidents = readIncidentRows(tIncidents, sink, citizenByKey, citizensSheet, situations, tSituations.sheet);
  const assessments = readAssessmentRows(tRisk, sink, citizenByKey, citizensSheet);

  return {
    data: {
      incidents,
      assessments,
      situations: situations.names,
      leftOut: sink.leftOut,
      inputRows: {
        incidents: tIncidents.rows.length,
        assessments: tRisk.rows.length,
        situations: tSituations.rows.length,
      },
      present: tIncidents.present,
      sheets: { incidents: tIncidents.sheet, assessments: tRisk.sheet, situations: tSituations.sheet },
    },
    findings: sink.findings,
  };
}

/** Every BorgerID written in Borgere (trimmed, not CPR-like), with the row's Afdeling as written. */
function writtenCitizens(input: RawWorkbook): Array<Pick<Citizen, "citizenId" | "department">> {
  const t = resolveTable(input, CITIZENS);
  const idHeader = t.headerOf.citizenId;
  const departmentHeader = t.headerOf.department;
  if (!t.present || idHeader === undefined) return [];
  const out: Array<Pick<Citizen, "citizenId" | "department">> = [];
  for (const row of t.rows) {
    const id = readText(row[idHeader]);
    if (isProblem(id) || id === "" || looksLikeCpr(row[idHeader])) continue;
    const department = departmentHeader === undefined ? "" : readText(row[departmentHeader]);
    out.push({ citizenId: id, department: isProblem(department) ? "" : department });
  }
  return out;
}

const unknownCitizenReason = (sheet: string): string =>
  `BorgerID findes ikke på arket ${sheet}. Ret BorgerID, opret borgeren dér, eller lad feltet stå tomt.`;

function readIncidentRows(
  t: ResolvedTable,
  sink: Sink,
  citizens: ReadonlyMap<string, Pick<Citizen, "citizenId" | "department">>,
  citizensSheet: string,
  situations: SituationList,
  situationsSheet: string,
): Incident[] {
  const prep = prepareTable(t, sink, { required: false, whenAbsent: "der er ingen episoder at tælle" });
  const r = new RowReader(t, sink);
  const seen = new Map<string, number>();
  const out: Incident[] = [];
  const dateCol = r.col("date").name;
  for (const i of prep.indices) {
    const status = r.begin(i);
    const incidentId = r.id("incidentId", true);
    const date = r.date("date", true);
    const time = r.time("time");
    const direction = r.choice("direction", true) as IncidentDirection | null;
    const type = r.choice("type", true) as IncidentType | null;
    const citizenRaw = r.id("citizenId");
    const departmentText = r.label("department");
    const situationText = r.label("situation");
    const alone = r.choice("alone");
    const injury = r.choice("injury") as InjuryKind | null;
    const absence = r.integer("absence");
    const debriefing = r.date("debriefing");
    const injuryReport = r.date("injuryReport");
    const policeReport = r.date("policeReport");
    const analysed = r.date("analysed");
    r.text("description");
    const learning = r.text("learning");
    const registeredBy = r.text("registeredBy");

    if (incidentId !== null) {
      const key = idKey(incidentId);
      const first = seen.get(key);
      if (first !== undefined)
        sink.error(
          status,
          r.col("incidentId").name,
          duplicateIdReason(r.col("incidentId").name, first),
          "duplicate-id",
        );
      else seen.set(key, status.row);
    }
    let citizen: Pick<Citizen, "citizenId" | "department"> | undefined;
    if (citizenRaw !== null && citizenRaw !== "") {
      citizen = citizens.get(idKey(citizenRaw));
      if (citizen === undefined)
        sink.error(status, r.col("citizenId").name, unknownCitizenReason(citizensSheet), "unknown-citizen");
    }
    let situation = situationText === "" ? NO_SITUATION : situationText;
    if (situationText !== "") {
      const listed = situations.byKey.get(nameKey(situationText));
      if (listed !== undefined) situation = listed;
      else if (status.ok)
        sink.warning(
          status,
          r.col("situation").name,
          `Situationen står ikke på listen på arket ${situationsSheet}. Tilføj den dér, eller ret stavningen; episoden tæller med under det skrevne navn.`,
          "unknown-situation",
        );
    }
    if (date !== null && status.ok) {
      for (const key of ["debriefing", "injuryReport", "policeReport", "analysed"] as const) {
        const d = { debriefing, injuryReport, policeReport, analysed }[key];
        if (d !== null && d < date)
          sink.warning(
            status,
            r.col(key).name,
            `Datoen ligger før episodens ${dateCol}. Ret en af datoerne.`,
            "step-before-episode",
          );
      }
    }
    if (sink.settle(status)) {
      const department =
        departmentText !== ""
          ? departmentText
          : citizen && citizen.department !== ""
            ? citizen.department
            : NO_DEPARTMENT;
      out.push({
        row: status.row,
        incidentId: incidentId as string,
        date: date as number,
        time,
        direction: direction as IncidentDirection,
        type: type as IncidentType,
        citizenId: citizen ? citizen.citizenId : "",
        department,
        situation,
        alone: alone === null ? null : alone === YES_NO[0],
        injury,
        absence,
        debriefing,
        injuryReport,
        policeReport,
        analysed,
        hasLearning: learning !== "",
        registeredBy,
      });
    }
  }
  return out;
}

function readAssessmentRows(
  t: ResolvedTable,
  sink: Sink,
  citizens: ReadonlyMap<string, Pick<Citizen, "citizenId" | "department">>,
  citizensSheet: string,
): RiskAssessment[] {
  const prep = prepareTable(t, sink, { required: false, whenAbsent: "ingen borgere har en risikovurdering" });
  const r = new RowReader(t, sink);
  const seen = new Map<string, number>();
  const out: RiskAssessment[] = [];
  const scoreCol = r.col("score").name;
  for (const i of prep.indices) {
    const status = r.begin(i);
    const assessmentId = r.id("assessmentId", true);
    const citizenRaw = r.id("citizenId", true);
    const date = r.date("date", true);
    const tool = r.choice("tool", true) as RiskTool | null;
    const score = r.number("score");
    const typed = r.choice("risk") as RiskLevel | null;
    const nextDate = r.date("nextDate");
    r.text("agreements");

    if (assessmentId !== null) {
      const key = idKey(assessmentId);
      const first = seen.get(key);
      if (first !== undefined)
        sink.error(
          status,
          r.col("assessmentId").name,
          duplicateIdReason(r.col("assessmentId").name, first),
          "duplicate-id",
        );
      else seen.set(key, status.row);
    }
    let citizen: Pick<Citizen, "citizenId" | "department"> | undefined;
    if (citizenRaw !== null) {
      citizen = citizens.get(idKey(citizenRaw));
      if (citizen === undefined)
        sink.error(status, r.col("citizenId").name, unknownCitizenReason(citizensSheet), "unknown-citizen");
    }
    if (tool === BVC_TOOL && score !== null && (!Number.isInteger(score) || score < 0 || score > BVC_MAX)) {
      sink.error(status, scoreCol, `En BVC-score er et helt tal fra 0 til ${BVC_MAX}.`, "out-of-range");
    }
    if (date !== null && nextDate !== null && nextDate < date && status.ok) {
      sink.warning(
        status,
        r.col("nextDate").name,
        `NæsteVurdering ligger før vurderingens ${r.col("date").name}. Ret en af datoerne.`,
        "next-before-date",
      );
    }
    if (sink.settle(status)) {
      const fromScore = typed === null && tool === BVC_TOOL && score !== null;
      out.push({
        row: status.row,
        assessmentId: assessmentId as string,
        citizenId: (citizen as Pick<Citizen, "citizenId">).citizenId,
        date: date as number,
        tool: tool as RiskTool,
        score,
        risk: fromScore ? bvcRisk(score as number) : typed,
        riskFromScore: fromScore,
        nextDate,
      });
    }
  }
  return out;
}
