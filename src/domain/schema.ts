/**
 * The workbook contract: every sheet, table and column name SMORTE uses, said once.
 *
 * Readers, writers, the template creator, data-validation lists, custom functions and the docs all
 * take their names from here. Pure data: no Office, no DOM, no Node.
 *
 * Column `key`s are the English field names of the typed records in `types.ts`; `name`s are the
 * Danish headers the user sees. Headers are matched case-insensitively, ignoring surrounding spaces.
 */

export type TableName =
  | "Borgere"
  | "Maal"
  | "Opfoelgning"
  | "Metoder"
  | "Maalgrupper"
  | "Skala"
  | "Indstillinger"
  | "Haendelser"
  | "Risikovurdering"
  | "Situationer";

/** How a cell is read. */
export type ColumnType =
  | "id" // text identifier (numbers are read as their text)
  | "text" // free text
  | "label" // a short text from a list (method, target group, scale label …)
  | "date" // Excel serial or day-first text date
  | "time" // time of day: an Excel time (fraction of a day) or text hh:mm / hh.mm
  | "number" // any finite number
  | "integer" // a whole number (range in `min`/`max`)
  | "choice" // one of `allowed` (compared case-insensitively)
  | "any"; // a setting value: read per key

export interface ColumnSpec {
  /** English field name in the typed record. */
  readonly key: string;
  /** The Danish header in the sheet. */
  readonly name: string;
  readonly type: ColumnType;
  readonly required: boolean;
  /** Allowed values for `choice` columns (the first is the default where the cell may be empty). */
  readonly allowed?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  /** One-line Danish help text (shown as the header's input message and in the task pane). */
  readonly help: string;
  /** Column width in Excel character units for the template. */
  readonly width: number;
  /** True for free text that never leaves the workbook (checked for CPR numbers). */
  readonly freeText?: boolean;
  /**
   * Free text that no list or figure of the pane needs: inside Excel it is read only when its record
   * is opened or a report needs it (`readAll({ columns: "lists" })` leaves it out), which keeps the
   * pane's first read small in workbooks with years of notes.
   */
  readonly lazy?: boolean;
}

export interface TableSpec {
  readonly table: TableName;
  readonly sheet: string;
  readonly columns: readonly ColumnSpec[];
}

export const SHEETS = {
  citizens: "Borgere",
  goals: "Mål",
  followUps: "Opfølgning",
  methods: "Metoder",
  targetGroups: "Målgrupper",
  settings: "Indstillinger",
  qualityModel: "Kvalitetsmodel",
  incidents: "Hændelser",
  riskAssessments: "Risikovurdering",
} as const;

/** Sheets written by the annual evaluation and the regional export, for year `year`. */
export const evaluationSheetName = (year: number): string => `Årsevaluering ${year}`;
export const basisSheetName = (year: number): string => `Grundlag ${year}`;
export const regionalSheetName = (year: number): string => `Regional rapport ${year}`;
/** The sector's sheet and its tables. @example sectorSheetName(2026) // "Sektor 2026" */
export const sectorSheetName = (year: number): string => `Sektor ${year}`;
export const sectorTableName = (year: number, part: string): string => `Sektor_${year}_${part}`;

export const GOAL_TYPES = ["Udvikle", "Fastholde", "Begrænse tab"] as const;
export const GOAL_STATUSES = ["Aktiv", "Afsluttet", "Opgivet"] as const;
export const YES_NO = ["Ja", "Nej"] as const;
export const GAS_LEVELS = [-2, -1, 0, 1, 2] as const;

/** The four actor levels of the regional guideline on overgreb, in the order every list shows them. */
export const INCIDENT_DIRECTIONS = [
  "Borger mod borger",
  "Borger mod medarbejder",
  "Medarbejder mod borger",
  "Borger mod omgivelserne",
] as const;
/** The kinds of episode (the most serious one is registered), in the order every list shows them. */
export const INCIDENT_TYPES = ["Fysisk vold", "Psykisk vold", "Trusler om vold", "Seksuel krænkelse", "Hærværk"] as const;
export const INJURY_KINDS = ["Ingen", "Fysisk", "Psykisk", "Fysisk og psykisk"] as const;
export const RISK_TOOLS = ["Trafiklys", "Mestringsskema", "BVC", "Beboer-APV", "Andet"] as const;
export const RISK_LEVELS = ["Lav", "Moderat", "Høj"] as const;
/** The tool whose score (0-6) gives the risk level where Risiko is empty. */
export const BVC_TOOL = "BVC";
/** The offer's starting list of situations (the Situationer table on the Indstillinger sheet). */
export const DEFAULT_SITUATIONS = [
  "Personlig pleje",
  "Måltid",
  "Aktivitet",
  "Vagtskifte",
  "Krav eller afslag",
  "Transport",
  "Uden for tilbuddet",
  "Andet",
] as const;
/** The group of an episode with no situation. */
export const NO_SITUATION = "(ikke angivet)";

export const NO_METHOD = "(ingen metode)";
export const NO_DEPARTMENT = "(ingen afdeling)";
export const NO_TARGET_GROUP = "(ingen målgruppe)";
export const ALL = "(alle)";

const col = (
  key: string,
  name: string,
  type: ColumnType,
  required: boolean,
  help: string,
  width: number,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({ key, name, type, required, help, width, ...extra });

export const CITIZENS: TableSpec = {
  table: "Borgere",
  sheet: SHEETS.citizens,
  columns: [
    col("citizenId", "BorgerID", "id", true, "Lokalt pseudonym, fx B0001. Aldrig et CPR-nummer.", 12),
    col("name", "Navn", "text", false, "Kun til lokal brug; forlader aldrig arbejdsbogen.", 24, { freeText: true }),
    col("targetGroup", "Målgruppe", "label", true, "Borgerens målgruppe fra listen på arket Målgrupper.", 26),
    col("department", "Afdeling", "label", false, "Afdeling eller bo-enhed.", 18),
    col("enrolled", "Indskrevet", "date", false, "Dato for indskrivning (dd-mm-åååå).", 13),
    col("discharged", "Udskrevet", "date", false, "Dato for udskrivning, tom hvis borgeren bor her.", 13),
    col("contactPerson", "Kontaktperson", "text", false, "Borgerens kontaktperson.", 20),
  ],
};

export const GOALS: TableSpec = {
  table: "Maal",
  sheet: SHEETS.goals,
  columns: [
    col("goalId", "MålID", "id", true, "Entydigt id for målet, fx M0001.", 10),
    col("citizenId", "BorgerID", "id", true, "Borgeren målet gælder (BorgerID fra arket Borgere).", 12),
    col("parentId", "Overordnet", "id", false, "Tom for et indsatsmål; MålID for indsatsmålet, hvis dette er et delmål.", 12),
    col("goalType", "Måltype", "choice", false, "Udvikle, Fastholde eller Begrænse tab (tom = Udvikle).", 14, {
      allowed: GOAL_TYPES,
    }),
    col("text", "Mål", "text", true, "S – Specifikt: hvad vil borgeren opnå, konkret?", 40, { freeText: true }),
    col("successCriterion", "Succeskriterium", "text", false, "M – Målbart: hvordan ser vi, at målet er nået (antal, hyppighed, handling)?", 34, { freeText: true }),
    col("achievability", "Opnåelighed", "text", false, "O – Opnåeligt: hvorfor er målet realistisk for borgeren?", 28, { freeText: true }),
    col("relevance", "Relevans", "text", false, "R – Relevant: sammenhæng med borgerens ønsker og handleplanen (§ 141).", 28, { freeText: true }),
    col("startDate", "Startdato", "date", true, "T – Hvornår målet starter (dd-mm-åååå).", 13),
    col("endDate", "Slutdato", "date", false, "T – Hvornår målet skal være nået (dd-mm-åååå).", 13),
    col("evaluation", "Evaluering", "text", false, "E – Hvordan og hvornår målet evalueres.", 28, { freeText: true }),
    col("method", "Metode", "label", false, "Faglig metode fra arket Metoder (tom på et delmål = indsatsmålets).", 24),
    col("baseline", "Udgangspunkt", "number", false, "Målt udgangspunkt (tal), fx antal gange om ugen.", 13),
    col("target", "Målværdi", "number", false, "Den værdi, målet sigter mod (tal). Må gerne være lavere end udgangspunktet.", 12),
    col("weight", "Vægt", "integer", false, "GAS-vægt, helt tal 1-4 (tom = 1).", 8, { min: 1, max: 4 }),
    col("interval", "Interval", "integer", false, "Opfølgningsinterval i dage (tom = standard fra Indstillinger).", 10, { min: 1, max: 3660 }),
    col("involved", "Inddraget", "choice", false, "Var borgeren med til at formulere målet? Ja/Nej.", 11, { allowed: YES_NO }),
    col("responsible", "Ansvarlig", "text", false, "Medarbejder, der er ansvarlig for opfølgning.", 18),
    col("status", "Status", "choice", false, "Aktiv, Afsluttet eller Opgivet (tom = Aktiv).", 12, { allowed: GOAL_STATUSES }),
  ],
};

export const FOLLOW_UPS: TableSpec = {
  table: "Opfoelgning",
  sheet: SHEETS.followUps,
  columns: [
    col("followUpId", "OpfølgningID", "id", true, "Entydigt id for opfølgningen, fx O00001.", 13),
    col("goalId", "MålID", "id", true, "Målet, der følges op på.", 10),
    col("date", "Dato", "date", true, "Dato for opfølgningen (dd-mm-åååå).", 13),
    col("assessment", "Vurdering", "label", false, "Vurdering fra skalaen på arket Indstillinger.", 18),
    col("measurement", "Måling", "number", false, "Målt værdi (tal), når målet har udgangspunkt og målværdi.", 10),
    col("gas", "GAS", "integer", false, "GAS-niveau −2 til +2 (0 = det forventede resultat).", 7, { min: -2, max: 2 }),
    col("note", "Note", "text", false, "Kort note. Skriv aldrig CPR-nummer.", 36, { freeText: true, lazy: true }),
    col("doneBy", "UdførtAf", "text", false, "Medarbejder, der fulgte op.", 16),
  ],
};

export const METHODS: TableSpec = {
  table: "Metoder",
  sheet: SHEETS.methods,
  columns: [
    col("method", "Metode", "label", true, "Metodens navn, som det bruges i kolonnen Metode på arket Mål.", 30),
    col("approach", "Tilgang", "text", false, "Den faglige tilgang, metoden hører til.", 28),
    col("description", "Beskrivelse", "text", false, "Kort beskrivelse af metoden.", 50),
    col("active", "Aktiv", "choice", false, "Ja, hvis metoden bruges i tilbuddet nu.", 8, { allowed: YES_NO }),
  ],
};

export const TARGET_GROUPS: TableSpec = {
  table: "Maalgrupper",
  sheet: SHEETS.targetGroups,
  columns: [
    col("targetGroup", "Målgruppe", "label", true, "Målgruppens navn (Fælles Faglige Begreber).", 34),
    col("description", "Beskrivelse", "text", false, "Kort beskrivelse af målgruppen.", 50),
  ],
};

export const SCALE: TableSpec = {
  table: "Skala",
  sheet: SHEETS.settings,
  columns: [
    col("label", "Vurdering", "label", true, "Navnet på et trin i vurderingsskalaen.", 20),
    col("value", "Værdi", "number", false, "Trinnets værdi mellem 0 og 1; tom = tæller ikke med.", 9, { min: 0, max: 1 }),
  ],
};

export const SETTINGS: TableSpec = {
  table: "Indstillinger",
  sheet: SHEETS.settings,
  columns: [
    col("key", "Nøgle", "label", true, "Indstillingens navn.", 16),
    col("value", "Værdi", "any", false, "Indstillingens værdi.", 28),
  ],
};

/** The situations an offer registers episodes under; beside Skala and Indstillinger on their sheet. */
export const SITUATIONS: TableSpec = {
  table: "Situationer",
  sheet: SHEETS.settings,
  columns: [
    col("situation", "Situation", "label", true, "En situation, episoder kan ske i (listen i kolonnen Situation på arket Hændelser).", 24),
  ],
};

/** The overgreb register: one row per episode of violence, threats or sexual offences. */
export const INCIDENTS: TableSpec = {
  table: "Haendelser",
  sheet: SHEETS.incidents,
  columns: [
    col("incidentId", "HændelseID", "id", true, "Entydigt id for episoden, fx H0001.", 12),
    col("date", "Dato", "date", true, "Dato for episoden (dd-mm-åååå).", 13),
    col("time", "Tidspunkt", "time", false, "Klokkeslæt (tt:mm); tom = ukendt.", 10),
    col("direction", "Retning", "choice", true, "Hvem mod hvem: borger mod borger, mod medarbejder, mod omgivelserne, eller medarbejder mod borger.", 24, {
      allowed: INCIDENT_DIRECTIONS,
    }),
    col("type", "Type", "choice", true, "Den alvorligste form: fysisk vold, psykisk vold, trusler om vold, seksuel krænkelse eller hærværk.", 18, {
      allowed: INCIDENT_TYPES,
    }),
    col("citizenId", "BorgerID", "id", false, "Borgeren, episoden handler om (BorgerID fra arket Borgere); må være tom.", 12),
    col("department", "Afdeling", "label", false, "Afdeling; tom = borgerens afdeling.", 16),
    col("situation", "Situation", "label", false, "Situationen fra listen på arket Indstillinger; tom = ikke angivet.", 20),
    col("alone", "Alene", "choice", false, "Var en medarbejder alene med borgeren? Ja/Nej.", 8, { allowed: YES_NO }),
    col("injury", "Skade", "choice", false, "Ingen, Fysisk, Psykisk eller Fysisk og psykisk.", 16, { allowed: INJURY_KINDS }),
    col("absence", "Fravær", "integer", false, "Hele dages fravær efter episoden (0 eller flere).", 8, { min: 0, max: 3660 }),
    col("debriefing", "Debriefing", "date", false, "Dato for debriefing; tom = ikke holdt endnu.", 13),
    col("injuryReport", "Arbejdsskade", "date", false, "Dato for anmeldelse som arbejdsskade (senest 9 dage efter første fraværsdag).", 13),
    col("policeReport", "Politianmeldelse", "date", false, "Dato for beslutningen om politianmeldelse; tom = ikke besluttet.", 15),
    col("analysed", "Analyseret", "date", false, "Dato for arbejdsmiljøgruppens analyse; tom = ikke analyseret.", 13),
    col("description", "Beskrivelse", "text", false, "Hvad skete der? Forlader aldrig arbejdsbogen. Skriv aldrig CPR-nummer.", 40, { freeText: true, lazy: true }),
    col("learning", "Læring", "text", false, "Hvad lærer vi? Forlader aldrig arbejdsbogen.", 34, { freeText: true }),
    col("registeredBy", "RegistreretAf", "text", false, "Medarbejderen, der registrerede episoden.", 16),
  ],
};

/** Risk assessments per citizen (trafiklys, mestringsskema, Brøset Violence Checklist …). */
export const RISK_ASSESSMENTS: TableSpec = {
  table: "Risikovurdering",
  sheet: SHEETS.riskAssessments,
  columns: [
    col("assessmentId", "VurderingID", "id", true, "Entydigt id for vurderingen, fx R0001.", 12),
    col("citizenId", "BorgerID", "id", true, "Borgeren, der er vurderet (BorgerID fra arket Borgere).", 12),
    col("date", "Dato", "date", true, "Dato for vurderingen (dd-mm-åååå).", 13),
    col("tool", "Redskab", "choice", true, "Trafiklys, Mestringsskema, BVC, Beboer-APV eller Andet.", 16, { allowed: RISK_TOOLS }),
    col("score", "Score", "number", false, "Redskabets score, fx BVC 0-6.", 8),
    col("risk", "Risiko", "choice", false, "Lav, Moderat eller Høj; tom ved BVC = følger scoren.", 10, { allowed: RISK_LEVELS }),
    col("nextDate", "NæsteVurdering", "date", false, "Hvornår borgeren skal vurderes igen (dd-mm-åååå).", 15),
    col("agreements", "Aftaler", "text", false, "Aftaler om at forebygge episoder. Forlader aldrig arbejdsbogen.", 40, { freeText: true, lazy: true }),
  ],
};

/** The tables of the SMORTE goal register, which `readWorkbook` reads. */
export const CORE_TABLE_SPECS: readonly TableSpec[] = [CITIZENS, GOALS, FOLLOW_UPS, METHODS, TARGET_GROUPS, SCALE, SETTINGS];

/** The tables of the overgreb register, which `readIncidents` reads. */
export const INCIDENT_TABLE_SPECS: readonly TableSpec[] = [INCIDENTS, RISK_ASSESSMENTS, SITUATIONS];

/** Every table of the contract, in the order the template creates them. */
export const TABLE_SPECS: readonly TableSpec[] = [...CORE_TABLE_SPECS, SITUATIONS, INCIDENTS, RISK_ASSESSMENTS];

export const tableSpec = (table: TableName): TableSpec => {
  const spec = TABLE_SPECS.find((t) => t.table === table);
  if (!spec) throw new Error(`Ukendt tabel: ${table}`);
  return spec;
};

/** The column of `table` with record field `key`. */
export const column = (table: TableName, key: string): ColumnSpec => {
  const found = tableSpec(table).columns.find((c) => c.key === key);
  if (!found) throw new Error(`Ukendt kolonne ${key} i tabellen ${table}`);
  return found;
};

/** Header comparison used everywhere: trimmed, case-insensitive. */
export const normaliseHeader = (header: unknown): string => String(header ?? "").trim().toLocaleLowerCase("da-DK");

/** Setting keys of the `Indstillinger` table, with defaults and Danish help. */
export const SETTING_KEYS = {
  offerName: { name: "Tilbud", default: "", help: "Tilbuddets navn." },
  offerId: { name: "TilbudsID", default: "", help: "Tilbuddets id i regionens indberetning." },
  region: { name: "Region", default: "", help: "Regionen, der modtager indberetningen." },
  minCount: { name: "MindsteAntal", default: 5, help: "Mindste antal borgere bag et tal i eksporten (aldrig under 3)." },
  gasRho: { name: "GASRho", default: 0.3, help: "Korrelationen ρ i GAS T-scoren (0 ≤ ρ < 1, typisk 0,3)." },
  interval: { name: "Interval", default: 90, help: "Standard opfølgningsinterval i dage." },
} as const;

export const MIN_SUPPRESSION = 3;

/** The default assessment scale. `null` = the label does not count. */
export const DEFAULT_SCALE: ReadonlyArray<{ label: string; value: number | null }> = [
  { label: "Opnået", value: 1 },
  { label: "Delvist opnået", value: 0.5 },
  { label: "Ikke opnået", value: 0 },
  { label: "Ikke vurderet", value: null },
];

export const CATEGORY = { achieved: "Opnået", partial: "Delvist opnået", notAchieved: "Ikke opnået" } as const;

/** Columns of the trin-4 action plan (handleplan). */
export const ACTION_PLAN_COLUMNS = [
  "Fokusområde",
  "Tiltag",
  "Mål for tiltaget",
  "Hvordan og hvornår",
  "Ansvarlig for udførelse",
  "Ansvarlig for opfølgning",
  "Status",
] as const;

/** Excel table name of the action plan on the sheet `Årsevaluering Y`. @example actionPlanTableName(2026) // "Handleplan_2026" */
export const actionPlanTableName = (year: number): string => `Handleplan_${year}`;

/** Excel table names of the report sheets' lists (units counted, rows left out, the regional rows). */
export const basisTableName = (year: number): string => `Grundlag_${year}`;
export const leftOutTableName = (year: number): string => `Udeladte_${year}`;
export const regionalTableName = (year: number): string => `Regional_${year}`;

/** Status drop-down of the action plan (the first is the status of a new, suggested row). */
export const ACTION_PLAN_STATUSES = ["Ikke startet", "I gang", "Gennemført", "Opgivet"] as const;

/** Columns of the regional export, in order. */
export const EXPORT_COLUMNS = [
  "schemaVersion",
  "region",
  "offerId",
  "year",
  "targetGroup",
  "method",
  "citizens",
  "goals",
  "achieved",
  "partial",
  "notAchieved",
  "mean",
  "citizenMean",
  "gasT",
  "gasCitizens",
  "suppressed",
] as const;

/** Sheets of the overgreb analysis: a year, or one quarter of it. @example incidentsSheetName(2026, 1) // "Hændelser 2026 K1" */
export const incidentsSheetName = (year: number, quarter: number | null = null): string =>
  `Hændelser ${year}${quarter === null ? "" : ` K${quarter}`}`;
/** Excel table name of the learning table on the analysis sheet. @example learningTableName(2026, 1) // "Laering_2026_K1" */
export const learningTableName = (year: number, quarter: number | null = null): string =>
  `Laering_${year}${quarter === null ? "" : `_K${quarter}`}`;
/** Columns of the arbejdsmiljøgruppe's learning table. */
export const LEARNING_COLUMNS = ["Læringspunkt", "Tiltag", "Ansvarlig", "Frist", "Status"] as const;

export const QUALITY_JUDGEMENTS = ["Til stede", "Ikke til stede", "Ikke aktuel"] as const;
