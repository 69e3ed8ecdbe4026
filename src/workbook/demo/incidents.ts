/**
 * The demo's overgreb register: 50 invented episodes over the two years before the demo's "today"
 * (21 in 2024, 26 in 2025, 3 in January 2026), risk assessments of the citizens involved, and the
 * default situations. Drawn by its own seeded generator, so the goal data do not change with it.
 *
 * What it shows: most episodes are a citizen against staff during personal care or a demand; a few
 * towards other citizens or outside the offer; some with absence and an occupational-injury report
 * (one not yet reported); the latest episodes still have open steps (debriefing, the
 * arbejdsmiljøgruppe's analysis); two involved citizens have no risk assessment in the last year.
 * Descriptions are short invented texts without names. Pure data: no Office, DOM or Node APIs.
 */
import {
  BVC_TOOL,
  DEFAULT_SITUATIONS,
  INCIDENT_DIRECTIONS,
  INCIDENT_TYPES,
  dayFromYmd,
  tableSpec,
  timeSerial,
} from "../../domain";
import type { CellValue, DayNumber, RawRow, TableName } from "../../domain";
import { seededRandom, type Random } from "./prng";

const INCIDENT_SEED = 20260116;

const DESCRIPTIONS = [
  "Borgeren blev urolig under badet og slog ud efter medarbejderen.",
  "Uenighed om fjernsynet i fællesstuen endte med skub mellem to beboere.",
  "Borgeren råbte og truede med at slå, da aftalen om indkøb blev ændret.",
  "Borgeren kastede en kop efter medarbejderen ved aftensmaden.",
  "Borgeren smadrede en rude ved busstoppestedet efter en aflyst tur.",
  "Borgeren greb fat i medarbejderens arm og holdt fast ved tandbørstning.",
  "Borgeren kom med nedsættende tilråb mod en anden beboer i gangen.",
  "Medarbejderen talte hårdt og truende til borgeren ved vagtskiftet.",
  "Borgeren sparkede ud efter medarbejderen i bilen på vej til aktivitet.",
  "Borgeren rørte en anden beboer på en krænkende måde i fællesrummet.",
];
const LEARNINGS = [
  "Varsl ændringer i dagsplanen i god tid og vis dem på tavlen.",
  "To medarbejdere ved personlig pleje om morgenen.",
  "Giv borgeren et valg mellem to ting i stedet for et nej.",
  "Skærm fællesstuen om aftenen med færre på én gang.",
  "",
];
const AGREEMENTS = [
  "Rolige overgange; fast medarbejder om morgenen.",
  "Trafiklys gennemgås på personalemødet hver måned.",
  "Undgå krav lige efter måltider; tilbyd pause.",
];
const STAFF_INITIALS = ["MH", "JK", "SL", "AB", "HP", "LN", "RT", "NV"];

const DIRECTION_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  [INCIDENT_DIRECTIONS[0], 3],
  [INCIDENT_DIRECTIONS[1], 5],
  [INCIDENT_DIRECTIONS[2], 0.6],
  [INCIDENT_DIRECTIONS[3], 1.2],
];
const TYPE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  [INCIDENT_TYPES[0], 4],
  [INCIDENT_TYPES[1], 2],
  [INCIDENT_TYPES[2], 3],
  [INCIDENT_TYPES[3], 0.4],
  [INCIDENT_TYPES[4], 0.8],
];
const SITUATION_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ["Personlig pleje", 4],
  ["Måltid", 2],
  ["Aktivitet", 1.5],
  ["Vagtskifte", 1.5],
  ["Krav eller afslag", 3],
  ["Transport", 1],
  ["Uden for tilbuddet", 0.5],
  ["Andet", 0.5],
];
/** Hours of the day, weighted towards morning care and the evening. */
const HOUR_WEIGHTS: ReadonlyArray<readonly [number, number]> = Array.from({ length: 24 }, (_, h) => [
  h,
  h < 6 ? 0.3 : h < 10 ? 3 : h < 15 ? 1.5 : h < 21 ? 2.5 : 0.8,
]);

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

export interface DemoIncidentTables {
  readonly Haendelser: RawRow[];
  readonly Risikovurdering: RawRow[];
  readonly Situationer: RawRow[];
}

interface Citizen {
  readonly id: string;
  readonly department: string;
}

/** The demo's register for `citizens` (rows of the demo's Borgere), up to the day before `today`. */
export function demoIncidentTables(citizens: readonly RawRow[], today: DayNumber): DemoIncidentTables {
  const r = seededRandom(INCIDENT_SEED);
  const living: Citizen[] = citizens
    .filter((c) => c.Udskrevet === "" || c.Udskrevet === undefined)
    .map((c) => ({ id: String(c.BorgerID), department: String(c.Afdeling ?? "") }));
  // A handful of citizens account for most episodes, as in practice.
  const involved = living.filter((_, i) => i % 5 === 1).slice(0, 11);
  const weightedCitizens: ReadonlyArray<readonly [Citizen, number]> = involved.map((c, i) => [c, i < 3 ? 4 : 1]);

  // 2024: 21 episodes, 2025: 26 (more towards staff after a new resident moved in), January 2026: 3.
  const dates: DayNumber[] = [];
  const spread = (from: DayNumber, to: DayNumber, n: number): void => {
    for (let i = 0; i < n; i++) dates.push(r.int(from, to));
  };
  spread(dayFromYmd(2024, 1, 1) as DayNumber, dayFromYmd(2024, 12, 31) as DayNumber, 21);
  spread(dayFromYmd(2025, 1, 1) as DayNumber, dayFromYmd(2025, 12, 31) as DayNumber, 26);
  spread(dayFromYmd(2026, 1, 1) as DayNumber, today - 1, 3);
  dates.sort((a, b) => a - b);

  const incidents = dates.map((date, i) => incidentRow(r, i, date, today, weightedCitizens));
  const assessments = riskRows(r, involved, today);
  return {
    Haendelser: keyed("Haendelser", incidents),
    Risikovurdering: keyed("Risikovurdering", assessments),
    Situationer: keyed(
      "Situationer",
      DEFAULT_SITUATIONS.map((situation) => ({ situation })),
    ),
  };
}

function incidentRow(
  r: Random,
  index: number,
  date: DayNumber,
  today: DayNumber,
  citizens: ReadonlyArray<readonly [Citizen, number]>,
): Record<string, CellValue> {
  const direction = r.weighted(DIRECTION_WEIGHTS);
  let type = r.weighted(TYPE_WEIGHTS);
  if (direction === INCIDENT_DIRECTIONS[3] && r.chance(0.6)) type = "Hærværk";
  if (type === "Hærværk" && direction !== INCIDENT_DIRECTIONS[3] && r.chance(0.5)) type = INCIDENT_TYPES[2];
  const citizen = r.chance(0.06) ? null : r.weighted(citizens);
  const towardsStaff = direction === INCIDENT_DIRECTIONS[1];
  const physical = type === INCIDENT_TYPES[0];
  const injury = towardsStaff
    ? physical
      ? r.weighted([["Fysisk", 3], ["Fysisk og psykisk", 2], ["Ingen", 2]] as const)
      : r.weighted([["Psykisk", 2], ["Ingen", 3]] as const)
    : r.weighted([["Ingen", 4], ["Fysisk", 1], ["Psykisk", 1]] as const);
  const absence = towardsStaff && injury !== "Ingen" && r.chance(0.35) ? r.int(1, 6) : 0;
  const age = today - date;
  // Recent episodes still wait for their steps; older ones were followed up (with a few lapses).
  const debriefing = towardsStaff && (age > 14 ? r.chance(0.9) : r.chance(0.3)) ? date + r.int(0, 3) : "";
  const injuryReport = absence > 0 && !(age < 40 && r.chance(0.5)) ? date + r.int(1, 8) : "";
  const needsPolice = type !== "Hærværk" && type !== INCIDENT_TYPES[1];
  const policeReport = needsPolice && (age > 20 ? r.chance(0.85) : r.chance(0.2)) ? date + r.int(1, 10) : "";
  const analysed = age > 75 ? (r.chance(0.92) ? date + r.int(10, 60) : "") : "";
  const hour = r.weighted(HOUR_WEIGHTS);
  const time = r.chance(0.08) ? "" : timeSerial(hour * 60 + 5 * r.int(0, 11));
  const department = citizen === null ? r.pick(["Hus A", "Hus B"]) : r.chance(0.1) ? citizen.department : "";
  return {
    incidentId: `H${pad(index + 1, 4)}`,
    date,
    time,
    direction,
    type,
    citizenId: citizen?.id ?? "",
    department,
    situation: r.chance(0.05) ? "" : r.weighted(SITUATION_WEIGHTS),
    alone: towardsStaff || direction === INCIDENT_DIRECTIONS[2] ? (r.chance(0.25) ? "Ja" : "Nej") : "",
    injury,
    absence,
    debriefing,
    injuryReport,
    policeReport,
    analysed,
    description: r.pick(DESCRIPTIONS),
    learning: analysed === "" ? "" : r.pick(LEARNINGS),
    registeredBy: r.pick(STAFF_INITIALS),
  };
}

/** Assessments about twice a year; the last two citizens have none in the last year. */
function riskRows(r: Random, citizens: readonly Citizen[], today: DayNumber): Array<Record<string, CellValue>> {
  const rows: Array<Record<string, CellValue>> = [];
  const first = dayFromYmd(2023, 11, 1) as DayNumber;
  citizens.forEach((c, ci) => {
    const lapsed = ci >= citizens.length - 2;
    const end = lapsed ? first + 200 : today - 5;
    for (let day = first + r.int(0, 60); day < end; day += r.int(150, 200)) {
      const tool = ci % 3 === 0 ? BVC_TOOL : r.weighted([["Trafiklys", 3], ["Mestringsskema", 1]] as const);
      const score = tool === BVC_TOOL ? r.int(0, 5) : "";
      const risk = tool === BVC_TOOL ? "" : r.weighted([["Lav", 2], ["Moderat", 3], ["Høj", 1]] as const);
      rows.push({ citizenId: c.id, date: day, tool, score, risk, nextDate: day + 182, agreements: r.pick(AGREEMENTS) });
    }
  });
  rows.sort((a, b) => (a.date as number) - (b.date as number));
  return rows.map((row, i) => ({ assessmentId: `R${pad(i + 1, 4)}`, ...row }));
}

/** Records keyed by column key → rows keyed by the Danish headers. */
function keyed(table: TableName, rows: ReadonlyArray<Record<string, CellValue>>): RawRow[] {
  const columns = tableSpec(table).columns;
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, row[c.key] ?? ""])));
}
