/**
 * A realistic, deterministic sample SMORTE workbook for `npm run demo`, the browser preview and tests.
 *
 * Decision: the demo lives at a fixed reference date, 15 January 2026 ("today" in the demo), so it
 * covers the three years 2023-2025, the latest full year is 2025, and the output is the same on every
 * run and machine whatever the real clock says. A seeded generator (mulberry32) draws everything.
 *
 * What it holds: about 60 citizens (pseudonyms B0001…, invented first names in Navn only) in four
 * target groups and three departments; indsatsmål and delmål under common methods, with Danish goal
 * texts of mixed SMORTE quality (complete, a part missing, vague, phrased as something to avoid);
 * follow-ups every one to three months with scale assessments, measurements against a baseline and a
 * target, GAS levels on some goals; some goals neglected for a while (overdue), some closed or given up,
 * goals whose Slutdato passed months ago closed or extended as staff do (a few recent ones wait), and
 * goals no one has followed up on for a year given up. The methods
 * develop differently over the years (one improves, one falls in the last year, one has too few
 * citizens), so the evaluation has remarks and action-plan suggestions to show.
 *
 * A few rows carry the errors staff really make — a date that cannot be read, a follow-up for a goal
 * that does not exist, an assessment that is not on the scale — so the evaluation's left-out list is shown.
 * Pure data: no Office, DOM or Node APIs (the task pane's preview uses it too).
 */
import { dayFromYmd, formatDay, tableSpec, yearOfDay } from "../../domain";
import type { CellValue, DayNumber, RawRow, TableName } from "../../domain";
import { DEFAULT_METHODS, DEFAULT_SCALE_ROWS, DEFAULT_SETTING_ROWS, DEFAULT_TARGET_GROUPS } from "../template/defaults";
import { AVOIDING_GOALS, GOOD_GOALS, NOTES, VAGUE_GOALS, type GoalText } from "./goalTexts";
import { seededRandom, type Random } from "./prng";
import { demoIncidentTables } from "./incidents";

/** The demo's "today". */
export const DEMO_REFERENCE_DAY: DayNumber = dayFromYmd(2026, 1, 15) as DayNumber;
export const DEMO_SEED = 20260115;

export const DEMO_OFFER = { name: "Bostedet Lærkebo (demo)", offerId: "DEMO-001", region: "Region Nordjylland" } as const;
export const DEMO_DEPARTMENTS = ["Hus A", "Hus B", "Skovbo"] as const;

/** The deliberate errors, so tests and the demo summary can point at them. */
export const DEMO_ERRORS = {
  badDateText: "31-13-2025",
  unknownGoalId: "M9999",
  unknownAssessment: "Godt på vej",
} as const;

export interface DemoOptions {
  /** The demo's "today"; default 15 January 2026. The latest full year is the year before. */
  readonly referenceDay?: DayNumber;
  readonly seed?: number;
  readonly citizens?: number;
}

export interface DemoWorkbook {
  readonly referenceDay: DayNumber;
  /** The latest full year before the reference day: the year the demo evaluates. */
  readonly year: number;
  /** Every contract table's rows keyed by the Danish headers, as a workbook holds them. */
  readonly tables: Readonly<Record<TableName, RawRow[]>>;
}

const FIRST_NAMES = [
  "Asta", "Bjarke", "Cille", "Dennis", "Emilie", "Frode", "Gry", "Henning", "Ida", "Jens", "Karla", "Lasse",
  "Maja", "Niels", "Olivia", "Palle", "Rikke", "Søren", "Tove", "Ulrik", "Vibeke", "William", "Yrsa", "Zenia",
  "Aksel", "Birthe", "Carsten", "Ditte", "Erik", "Freja", "Gustav", "Hanne", "Ib", "Jytte", "Kasper", "Lone",
];
const STAFF = ["Mette", "Jonas", "Sofie", "Ali", "Hanne", "Peter", "Line", "Rasmus", "Nadia", "Thomas"];

/** Which methods each target group's goals use, with relative weights. */
const METHODS_BY_GROUP: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  Udviklingshæmning: [
    ["Low Arousal", 4],
    ["TEACCH", 3],
    ["KRAP", 2],
    ["Marte Meo", 0.6],
  ],
  Autismespektrum: [
    ["TEACCH", 4],
    ["Low Arousal", 3],
    ["KRAP", 2],
  ],
  "Erhvervet hjerneskade": [
    ["Neuropædagogik", 5],
    ["KRAP", 2],
  ],
  "Psykiske vanskeligheder": [
    ["Recovery-orienteret praksis", 4],
    ["Mentaliseringsbaseret pædagogik", 3],
    ["KRAP", 1],
  ],
};
const TARGET_GROUP_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ["Udviklingshæmning", 22],
  ["Autismespektrum", 18],
  ["Erhvervet hjerneskade", 12],
  ["Psykiske vanskeligheder", 8],
];

/**
 * How a method's goals develop per follow-up in the first, middle and last year (added to the
 * general drift): Low Arousal improves, KRAP and Recovery fall in the last year, the rest hold.
 */
const METHOD_TREND: Readonly<Record<string, readonly [number, number, number]>> = {
  "Low Arousal": [0.0, 0.02, 0.06],
  KRAP: [0.04, 0.06, -0.07],
  TEACCH: [0.03, 0.03, 0.03],
  Neuropædagogik: [0.0, 0.02, 0.05],
  "Recovery-orienteret praksis": [0.05, 0.04, -0.03],
  "Mentaliseringsbaseret pædagogik": [0.02, 0.02, 0.02],
  "Marte Meo": [0.03, 0.03, 0.03],
  "": [0.0, 0.0, 0.0],
};

interface DemoGoal {
  order: number;
  goalId: string;
  citizenId: string;
  parent: DemoGoal | null;
  goalType: string;
  texts: GoalText;
  start: DayNumber;
  end: DayNumber | null;
  method: string;
  measure: { baseline: number; target: number } | null;
  weight: number | "";
  interval: number | "";
  involved: string;
  responsible: string;
  status: string;
  gas: boolean;
}

interface DemoFollowUp {
  goal: DemoGoal;
  date: DayNumber;
  dateCell: CellValue;
  assessment: string;
  measurement: number | "";
  gas: number | "";
  note: string;
  doneBy: string;
  goalIdOverride?: string;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const day = (y: number, m: number, d: number): DayNumber => dayFromYmd(y, m, d) as DayNumber;

/** A goal text of mixed SMORTE quality: complete, one part missing, vague, or phrased as avoiding. */
function goalTextOf(r: Random): { texts: GoalText; noEnd: boolean; longSpan: boolean } {
  const kind = r.weighted([
    ["good", 0.6],
    ["partial", 0.2],
    ["vague", 0.12],
    ["avoiding", 0.08],
  ] as const);
  if (kind === "vague") return { texts: r.pick(VAGUE_GOALS), noEnd: r.chance(0.5), longSpan: false };
  if (kind === "avoiding") return { texts: r.pick(AVOIDING_GOALS), noEnd: false, longSpan: false };
  const good = r.pick(GOOD_GOALS);
  if (kind === "good") return { texts: good, noEnd: false, longSpan: false };
  const missing = r.pick(["achievability", "relevance", "evaluation", "end", "span"] as const);
  if (missing === "end") return { texts: good, noEnd: true, longSpan: false };
  if (missing === "span") return { texts: good, noEnd: false, longSpan: true };
  return { texts: { ...good, [missing]: "" }, noEnd: false, longSpan: false };
}

const SUB_GOAL_TEXTS = {
  criterion: "Lykkes mindst 3 gange om ugen.",
  achievability: "Et lille trin, som borgeren næsten kan i dag.",
  relevance: "Et skridt mod borgerens indsatsmål.",
  evaluation: "Evalueres sammen med indsatsmålet.",
};

/**
 * Generate the demo workbook.
 * @example const demo = demoWorkbook(); demo.year // 2025; demo.tables.Borgere.length // 60
 */
export function demoWorkbook(options: DemoOptions = {}): DemoWorkbook {
  const referenceDay = options.referenceDay ?? DEMO_REFERENCE_DAY;
  const r = seededRandom(options.seed ?? DEMO_SEED);
  const citizenCount = options.citizens ?? 60;
  const year = yearOfDay(referenceDay) - 1;
  const firstYear = year - 2;
  const periodStart = day(firstYear, 1, 1);
  const trendOf = (method: string, serial: DayNumber): number => {
    const t = METHOD_TREND[method] ?? METHOD_TREND[""];
    const index = clamp(yearOfDay(serial) - firstYear, 0, 2);
    return t[index];
  };

  const citizens: RawRow[] = [];
  const goals: DemoGoal[] = [];
  const followUps: DemoFollowUp[] = [];
  let order = 0;

  for (let i = 1; i <= citizenCount; i++) {
    const citizenId = `B${pad(i, 4)}`;
    const targetGroup = r.weighted(TARGET_GROUP_WEIGHTS);
    const department = r.chance(0.03) ? "" : r.weighted([["Hus A", 38], ["Hus B", 35], ["Skovbo", 25]] as const);
    const newcomer = r.chance(0.15);
    const enrolled = newcomer
      ? periodStart + r.int(0, 2 * 365 + 240)
      : day(r.int(2012, firstYear - 1), r.int(1, 12), r.int(1, 28));
    const discharged = !newcomer && r.chance(0.08) ? day(r.int(firstYear + 1, year), r.int(2, 11), r.int(1, 28)) : null;
    const contact = r.pick(STAFF);
    citizens.push({
      BorgerID: citizenId,
      Navn: r.pick(FIRST_NAMES),
      Målgruppe: targetGroup,
      Afdeling: department,
      Indskrevet: enrolled,
      Udskrevet: discharged ?? "",
      Kontaktperson: contact,
    });
    const citizenDrift = r.normal(0.02);
    const windowStart = Math.max(enrolled, periodStart - 90);
    const windowEnd = Math.min(discharged ?? referenceDay, referenceDay);
    const tracks = r.weighted([[1, 45], [2, 40], [3, 15]] as const);
    for (let track = 0; track < tracks; track++) {
      let t = windowStart + r.int(0, 150);
      while (t < windowEnd - 30) {
        const text = goalTextOf(r);
        const duration = r.int(240, 600);
        // Planned end within a year; some goals run on past it (extended), a few are planned too long.
        const plannedEnd = t + (text.longSpan ? r.int(450, 700) : r.int(150, 360));
        const measure = text.texts.measure ? { ...text.texts.measure } : null;
        const gas = r.chance(0.35);
        const methodOwn = r.chance(0.05) ? "" : r.weighted(METHODS_BY_GROUP[targetGroup]);
        const goal: DemoGoal = {
          order: order++,
          goalId: "",
          citizenId,
          parent: null,
          goalType:
            targetGroup === "Erhvervet hjerneskade" && r.chance(0.3)
              ? "Begrænse tab"
              : r.weighted([["Udvikle", 75], ["Fastholde", 20], ["", 5]] as const),
          texts: text.texts,
          start: t,
          end: text.noEnd ? null : plannedEnd,
          method: methodOwn,
          measure,
          weight: gas ? r.weighted<number | "">([["", 5], [1, 1], [2, 3], [3, 1]]) : "",
          interval: r.weighted<number | "">([["", 4], [30, 2], [60, 2], [90, 2]]),
          involved: r.weighted([["Ja", 70], ["Nej", 20], ["", 10]] as const),
          responsible: r.chance(0.8) ? contact : r.pick(STAFF),
          status: "Aktiv",
          gas,
        };
        goals.push(goal);
        const stopped = duration + t;
        const lastDay = Math.min(stopped, windowEnd - 1);
        followUpsFor(goal, lastDay, citizenDrift);
        // Sub-goals: steps of a good goal, their own results, mostly inheriting the method.
        if (text.texts.steps && r.chance(0.55)) {
          const stepCount = r.int(1, text.texts.steps.length);
          for (let s = 0; s < stepCount; s++) {
            const subStart = t + r.int(0, 45);
            const sub: DemoGoal = {
              ...goal,
              order: order++,
              parent: goal,
              texts: { ...SUB_GOAL_TEXTS, text: text.texts.steps[s], measure: undefined },
              start: subStart,
              end: goal.end === null ? subStart + 180 : Math.min(goal.end, subStart + r.int(120, 300)),
              method: r.chance(0.85) ? "" : goal.method,
              measure: null,
              gas: goal.gas && r.chance(0.7),
              weight: goal.gas ? r.weighted<number | "">([["", 2], [1, 1], [2, 2]]) : "",
            };
            goals.push(sub);
            followUpsFor(sub, Math.min(sub.end ?? lastDay, lastDay), citizenDrift);
          }
        }
        if (stopped >= windowEnd) {
          goal.status = discharged !== null && windowEnd === discharged ? "Afsluttet" : "Aktiv";
        } else {
          goal.status = r.weighted([["Afsluttet", 70], ["Opgivet", 10], ["Aktiv", 20]] as const);
        }
        for (const g of goals) if (g.parent === goal) g.status = goal.status;
        t = stopped + r.int(0, 90);
      }
    }
  }

  function followUpsFor(goal: DemoGoal, lastDay: number, citizenDrift: number): void {
    const effective = goal.interval === "" ? 90 : goal.interval;
    let level = clamp(0.12 + r.next() * 0.3, 0, 1);
    const neglectedFrom = r.chance(0.12) ? goal.start + r.int(60, 400) : Infinity;
    let d = goal.start + Math.round(effective * (0.5 + r.next() * 0.6));
    const method = goal.method || goal.parent?.method || "";
    while (d <= lastDay && d < neglectedFrom) {
      if (d < periodStart) {
        // The demo's records begin with its first year; earlier progress only sets the level.
        level = clamp(level + 0.05 + r.normal(0.09), 0, 1);
        d += Math.round(effective * (0.75 + r.next() * 0.5));
        continue;
      }
      level = clamp(level + 0.05 + trendOf(method, d) + citizenDrift + r.normal(0.09), 0, 1);
      const notAssessed = r.chance(0.04);
      let assessment = "";
      let measurement: number | "" = "";
      if (goal.measure && !notAssessed) {
        const { baseline, target } = goal.measure;
        measurement = Math.round(baseline + level * (target - baseline));
      } else {
        assessment = notAssessed
          ? "Ikke vurderet"
          : level >= 0.8
            ? "Opnået"
            : level >= 0.3
              ? "Delvist opnået"
              : "Ikke opnået";
      }
      const gasLevel = goal.gas && r.chance(0.85) ? clamp(Math.round(level * 4 - 2 + r.normal(0.4)), -2, 2) : "";
      followUps.push({
        goal,
        date: d,
        dateCell: r.chance(0.02) ? formatDay(d) : d, // now and then typed as text
        assessment,
        measurement,
        gas: gasLevel,
        note: r.pick(NOTES),
        doneBy: r.chance(0.7) ? goal.responsible : r.pick(STAFF),
      });
      d += Math.round(effective * (0.75 + r.next() * 0.5));
    }
  }

  keepGoalsUpToDate(goals, followUps, referenceDay);

  // Ids in the order staff would have created the goals: by start date (a parent before its steps).
  const sortedGoals = [...goals].sort((a, b) => a.start - b.start || a.order - b.order);
  const parentFirst: DemoGoal[] = [];
  const placed = new Set<DemoGoal>();
  const place = (g: DemoGoal): void => {
    if (placed.has(g)) return;
    if (g.parent) place(g.parent);
    placed.add(g);
    parentFirst.push(g);
  };
  sortedGoals.forEach(place);
  parentFirst.forEach((g, i) => (g.goalId = `M${pad(i + 1, 4)}`));

  followUps.sort((a, b) => a.date - b.date || a.goal.order - b.goal.order);
  injectErrors(followUps, year, r);

  return {
    referenceDay,
    year,
    tables: {
      Borgere: citizens,
      Maal: parentFirst.map(goalRow),
      Opfoelgning: followUps.map((f, i) => followUpRow(f, i)),
      Metoder: keyedRows("Metoder", DEFAULT_METHODS),
      Maalgrupper: keyedRows("Maalgrupper", DEFAULT_TARGET_GROUPS),
      Skala: keyedRows("Skala", DEFAULT_SCALE_ROWS),
      ...demoIncidentTables(citizens, referenceDay),
      Indstillinger: keyedRows(
        "Indstillinger",
        DEFAULT_SETTING_ROWS.map((s) =>
          s.key === "Tilbud"
            ? { ...s, value: DEMO_OFFER.name }
            : s.key === "TilbudsID"
              ? { ...s, value: DEMO_OFFER.offerId }
              : s.key === "Region"
                ? { ...s, value: DEMO_OFFER.region }
                : s,
        ),
      ),
    },
  };
}

/** How long after Slutdato staff get round to closing or extending a goal, in the demo. */
const UPKEEP_GRACE_DAYS = 60;
/** Staff extend a goal they still work on by half a year at a time. */
const EXTENSION_DAYS = 182;
/** A goal no one has followed up on for a year is given up (Opgivet) at the next annual review. */
const GIVEN_UP_AFTER_DAYS = 365;

/**
 * What staff do with an active goal whose Slutdato passed more than two months ago (DOMAIN rule: such
 * a goal is closed or its Slutdato moved): an indsatsmål still followed up in the last half-year is
 * extended by half a year at a time; anything else (a delmål, a goal no longer worked on) is closed as
 * Afsluttet. An active goal no one has followed up on (or, without follow-ups, started) for more than a
 * year is given up as Opgivet, with its delmål. Goals that ended recently are left as they are, so the
 * overdue list shows a few goals waiting for their final follow-up or to be closed, and a few late
 * follow-ups, as a real offer's does. Draws nothing at random, so the rest of the demo stays as it was.
 */
function keepGoalsUpToDate(goals: DemoGoal[], followUps: readonly DemoFollowUp[], referenceDay: DayNumber): void {
  const latest = new Map<DemoGoal, number>();
  for (const f of followUps) latest.set(f.goal, Math.max(latest.get(f.goal) ?? -Infinity, f.date));
  const limit = referenceDay - UPKEEP_GRACE_DAYS;
  for (const goal of goals) {
    if (goal.status !== "Aktiv") continue;
    if (goal.parent !== null && goal.parent.status === "Opgivet") {
      goal.status = "Opgivet";
      continue;
    }
    if (goal.end !== null && goal.end < limit) {
      const workedOn = (latest.get(goal) ?? -Infinity) >= referenceDay - EXTENSION_DAYS;
      if (goal.parent === null && workedOn) {
        let end: number = goal.end;
        while (end < limit) end += EXTENSION_DAYS;
        goal.end = end as DayNumber;
      } else {
        goal.status = "Afsluttet";
      }
    }
    if (goal.status === "Aktiv" && (latest.get(goal) ?? goal.start) < referenceDay - GIVEN_UP_AFTER_DAYS) {
      goal.status = "Opgivet";
    }
  }
}

/** Three follow-ups in the evaluated year get the typical errors (each leaves its row out). */
function injectErrors(followUps: DemoFollowUp[], year: number, r: Random): void {
  const inYear = followUps
    .map((f, i) => [f, i] as const)
    .filter(([f]) => yearOfDay(f.date) === year && f.assessment !== "")
    .map(([, i]) => i);
  const pickIndex = (): number => {
    const at = r.int(0, inYear.length - 1);
    const [index] = inYear.splice(at, 1);
    return index;
  };
  followUps[pickIndex()].dateCell = DEMO_ERRORS.badDateText;
  followUps[pickIndex()].assessment = DEMO_ERRORS.unknownAssessment;
  followUps[pickIndex()].goalIdOverride = DEMO_ERRORS.unknownGoalId;
}

function goalRow(g: DemoGoal): RawRow {
  return {
    MålID: g.goalId,
    BorgerID: g.citizenId,
    Overordnet: g.parent ? g.parent.goalId : "",
    Måltype: g.goalType,
    Mål: g.texts.text,
    Succeskriterium: g.texts.criterion,
    Opnåelighed: g.texts.achievability,
    Relevans: g.texts.relevance,
    Startdato: g.start,
    Slutdato: g.end ?? "",
    Evaluering: g.texts.evaluation,
    Metode: g.method,
    Udgangspunkt: g.measure ? g.measure.baseline : "",
    Målværdi: g.measure ? g.measure.target : "",
    Vægt: g.weight,
    Interval: g.interval,
    Inddraget: g.involved,
    Ansvarlig: g.responsible,
    Status: g.status,
  };
}

function followUpRow(f: DemoFollowUp, index: number): RawRow {
  return {
    OpfølgningID: `O${pad(index + 1, 5)}`,
    MålID: f.goalIdOverride ?? f.goal.goalId,
    Dato: f.dateCell,
    Vurdering: f.assessment,
    Måling: f.measurement,
    GAS: f.gas,
    Note: f.note,
    UdførtAf: f.doneBy,
  };
}

/** Rows keyed by column key → rows keyed by the table's Danish headers. */
function keyedRows(table: TableName, rows: ReadonlyArray<Record<string, CellValue>>): RawRow[] {
  const columns = tableSpec(table).columns;
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, row[c.key] ?? ""])));
}
