/**
 * A deterministic generator of realistic raw workbooks (rows keyed by the Danish headers, as an adapter
 * hands them to `readWorkbook`) for the benchmarks. Same seed, same workbook.
 */
import { column, DEFAULT_SCALE, SETTING_KEYS, type TableName } from "../src/domain/schema";
import { dayFromYmd, formatDay } from "../src/domain/dates";
import type { CellValue, RawRow, RawWorkbook } from "../src/domain/types";

/** mulberry32: a small, fast, seeded PRNG giving numbers in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  readonly citizens: number;
  readonly goals: number;
  readonly followUps: number;
  readonly seed?: number;
}

export const TARGET_GROUPS = [
  "Udviklingshæmning",
  "Autismespektrum",
  "Sindslidelse",
  "Erhvervet hjerneskade",
  "Misbrug og sindslidelse",
];
export const METHODS = [
  "Low Arousal",
  "KRAP",
  "Marte Meo",
  "TEACCH",
  "Neuropædagogik",
  "Recovery",
  "Mentaliseringsbaseret",
  "Motiverende samtale",
];
const DEPARTMENTS = ["Hus Nord", "Hus Syd", "Hus Øst", "Hus Vest", "Skovvang", ""];
const STAFF = ["Kim", "Lise", "Ahmed", "Mette", "Jonas", "Sara"];

const GOAL_TEXTS: ReadonlyArray<readonly [string, string]> = [
  ["Smører selv sin madpakke om morgenen på hverdage.", "Smører madpakken selv mindst 4 ud af 5 hverdage."],
  ["Går selv til træning i klubben hver tirsdag.", "Møder op til træning mindst 3 tirsdage om måneden."],
  ["Handler selv ind i den lokale butik med en indkøbsliste.", "Antal selvstændige indkøbsture om ugen."],
  ["Deltager i fællesspisningen i huset om torsdagen.", "Spiser med mindst 2 torsdage om måneden."],
  ["Tager selv bussen til værkstedet.", "Tager bussen alene 3 gange om ugen."],
  ["Rydder selv op på værelset om søndagen.", "Værelset er ryddet 3 af 4 søndage."],
  ["Bliver bedre til at have det godt.", ""],
  ["Undgår at råbe ad personalet om aftenen.", "Færre episoder om ugen."],
];
const EVALUATIONS = [
  "Kontaktpersonen evaluerer med borgeren hver 3. måned på statusmødet.",
  "Evalueres ved opfølgningen hver måned ud fra registreringerne.",
  "",
];

type Row = Record<string, CellValue>;

/** The Danish header of a column (from the one schema). */
const h = (table: TableName, key: string): string => column(table, key).name;

/**
 * Generate a workbook: citizens spread over five target groups and six departments; goals in blocks
 * per citizen (every tenth goal or so a delmål that mostly inherits its parent's method); follow-ups
 * on random goals over 2025-2026 with scale labels, measurements on goals with a baseline, GAS levels
 * on half of them, and one in ten dates written as day-first text.
 * @example generateRawWorkbook({ citizens: 2000, goals: 20000, followUps: 100000 })
 */
export function generateRawWorkbook(options: GenerateOptions): RawWorkbook {
  const rnd = prng(options.seed ?? 20260101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const int = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
  const start2024 = dayFromYmd(2024, 1, 1) as number;
  const start2025 = dayFromYmd(2025, 1, 1) as number;

  const C = (key: string): string => h("Borgere", key);
  const citizens: Row[] = [];
  for (let i = 0; i < options.citizens; i++) {
    citizens.push({
      [C("citizenId")]: `B${String(i + 1).padStart(5, "0")}`,
      [C("name")]: `Borger ${i + 1}`,
      [C("targetGroup")]: pick(TARGET_GROUPS),
      [C("department")]: pick(DEPARTMENTS),
      [C("enrolled")]: start2024 - int(0, 3000),
      [C("discharged")]: "",
      [C("contactPerson")]: pick(STAFF),
    });
  }

  const G = (key: string): string => h("Maal", key);
  const goals: Row[] = [];
  const hasProgress: boolean[] = [];
  const perCitizen = Math.max(1, Math.round(options.goals / Math.max(1, options.citizens)));
  let blockStart = 0;
  for (let i = 0; i < options.goals; i++) {
    const owner = Math.min(Math.floor(i / perCitizen), options.citizens - 1);
    const k = i - owner * perCitizen;
    if (k === 0) blockStart = i;
    const isSub = k >= Math.ceil(perCitizen * 0.7) && k > 0;
    const progress = !isSub && rnd() < 0.2;
    hasProgress.push(progress);
    const [text, criterion] = pick(GOAL_TEXTS);
    const startDate = start2024 + int(0, 600);
    const status = rnd();
    goals.push({
      [G("goalId")]: `M${String(i + 1).padStart(6, "0")}`,
      [G("citizenId")]: citizens[owner][C("citizenId")],
      [G("parentId")]: isSub ? `M${String(blockStart + 1).padStart(6, "0")}` : "",
      [G("goalType")]: pick(["Udvikle", "Udvikle", "Fastholde", "", "Begrænse tab"]),
      [G("text")]: text,
      [G("successCriterion")]: criterion,
      [G("achievability")]: rnd() < 0.9 ? "Borgeren har klaret lignende før med støtte." : "",
      [G("relevance")]: rnd() < 0.9 ? "Borgerens eget ønske; følger indsatsformålet i § 141-handleplanen." : "",
      [G("startDate")]: startDate,
      [G("endDate")]: rnd() < 0.95 ? startDate + int(90, 400) : "",
      [G("evaluation")]: pick(EVALUATIONS),
      [G("method")]: isSub ? (rnd() < 0.7 ? "" : pick(METHODS)) : rnd() < 0.05 ? "" : pick(METHODS),
      [G("baseline")]: progress ? int(0, 3) : "",
      [G("target")]: progress ? int(5, 10) : "",
      [G("weight")]: rnd() < 0.5 ? "" : int(1, 4),
      [G("interval")]: pick(["", "", 30, 60, 90]),
      [G("involved")]: pick(["Ja", "Ja", "Nej", ""]),
      [G("responsible")]: pick(STAFF),
      [G("status")]: status < 0.8 ? "Aktiv" : status < 0.95 ? "Afsluttet" : "Opgivet",
    });
  }

  const F = (key: string): string => h("Opfoelgning", key);
  const labels = DEFAULT_SCALE.map((s) => s.label);
  const followUps: Row[] = [];
  for (let i = 0; i < options.followUps; i++) {
    const g = options.goals === 0 ? 0 : Math.floor(rnd() * options.goals);
    const date = start2025 + int(0, 729);
    const measured = hasProgress[g] && rnd() < 0.8;
    followUps.push({
      [F("followUpId")]: `O${String(i + 1).padStart(7, "0")}`,
      [F("goalId")]: goals[g]?.[G("goalId")] ?? "M000001",
      [F("date")]: rnd() < 0.1 ? formatDay(date) : date,
      [F("assessment")]: measured ? "" : rnd() < 0.1 ? labels[3] : labels[Math.floor(rnd() * 3)],
      [F("measurement")]: measured ? int(0, 10) : "",
      [F("gas")]: rnd() < 0.5 ? int(-2, 2) : "",
      [F("note")]: rnd() < 0.3 ? "Kort note om forløbet." : "",
      [F("doneBy")]: pick(STAFF),
    });
  }

  const S = (key: string): string => h("Skala", key);
  const K = (key: string): string => h("Indstillinger", key);
  const settings: Row[] = [
    { [K("key")]: SETTING_KEYS.offerName.name, [K("value")]: "Bostedet Benchmark" },
    { [K("key")]: SETTING_KEYS.offerId.name, [K("value")]: "T-9999" },
    { [K("key")]: SETTING_KEYS.region.name, [K("value")]: "Region Nordjylland" },
    { [K("key")]: SETTING_KEYS.minCount.name, [K("value")]: 5 },
    { [K("key")]: SETTING_KEYS.gasRho.name, [K("value")]: 0.3 },
    { [K("key")]: SETTING_KEYS.interval.name, [K("value")]: 90 },
  ];
  return {
    Borgere: citizens as RawRow[],
    Maal: goals as RawRow[],
    Opfoelgning: followUps as RawRow[],
    Metoder: METHODS.map((m) => ({ [h("Metoder", "method")]: m, [h("Metoder", "active")]: "Ja" })),
    Maalgrupper: TARGET_GROUPS.map((t) => ({ [h("Maalgrupper", "targetGroup")]: t })),
    Skala: DEFAULT_SCALE.map((s) => ({ [S("label")]: s.label, [S("value")]: s.value ?? "" })),
    Indstillinger: settings,
  };
}

/** How many cells the raw workbook holds (rows × columns, per table). */
export function cellCount(raw: RawWorkbook): number {
  let cells = 0;
  for (const table of Object.values(raw)) {
    const rows = (Array.isArray(table) ? table : (table as { rows: readonly RawRow[] }).rows) as readonly RawRow[];
    for (const row of rows) cells += Object.keys(row).length;
  }
  return cells;
}
