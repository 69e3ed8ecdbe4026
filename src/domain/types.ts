/**
 * Typed records and result models of the SMORTE domain. Pure types: no Office, no DOM, no Node.
 */
import type { TableName } from "./schema";

/** A cell value as Excel hands it over (`Range.values`): empty cells are `""` (or `null`). */
export type CellValue = string | number | boolean | null | undefined;

/** One table row keyed by header text, as the adapter read it. */
export type RawRow = Record<string, CellValue>;

/**
 * One table as the adapter read it. `headerRow` is the worksheet row number (1-based, as Excel shows
 * it) of the header; data row i (0-based) is worksheet row `headerRow + 1 + i`. Default header row 1.
 * `headers` lists the header cells in sheet order (default: the keys of the rows). `sheet` is the
 * name of the worksheet the table is on, as the adapter found it (default: the contract's sheet for
 * the table); findings about the table's rows name it, so a renamed sheet is named as the user sees it.
 */
export interface RawTable {
  readonly rows: readonly RawRow[];
  readonly headerRow?: number;
  readonly headers?: readonly string[];
  readonly sheet?: string;
}

/** Input of `readWorkbook`: each table of the contract, as rows or as a `RawTable`. */
export type RawWorkbook = Partial<Record<TableName, readonly RawRow[] | RawTable>>;

/**
 * A calendar date as a whole Excel serial number in the 1900 date system (1 = 1900-01-01,
 * 60 = the fictitious 1900-02-29, 61 = 1900-03-01, 46082 = 2026-03-01). Never a time-zone shifted Date.
 */
export type DayNumber = number;

export type Severity = "error" | "warning";

export interface Finding {
  readonly severity: Severity;
  /**
   * The sheet the finding is on, as the workbook names it: the contract's name (e.g. "Opfølgning"),
   * or the name a user gave the sheet that holds the table. A missing table names the expected sheet.
   */
  readonly sheet: string;
  /** Worksheet row number as Excel shows it; null for a finding about a whole table. */
  readonly row: number | null;
  /** The Danish column header; null when the finding is about the whole row or table. */
  readonly column: string | null;
  /** Danish message: what is wrong and what to do. Never contains a name, CPR number or free text. */
  readonly message: string;
  /** The SMORTE letter a goal-check finding belongs to. */
  readonly letter?: SmorteLetter;
  /** Stable machine code of the rule, e.g. "cpr-in-id", "unknown-goal". */
  readonly code?: string;
  /** The table the finding is about (tells `Skala` and `Indstillinger` apart on their shared sheet). */
  readonly table?: TableName;
}

export type SmorteLetter = "S" | "M" | "O" | "R" | "T" | "E";

export type GoalType = "Udvikle" | "Fastholde" | "Begrænse tab";
export type GoalStatus = "Aktiv" | "Afsluttet" | "Opgivet";

export interface Citizen {
  readonly row: number;
  readonly citizenId: string;
  readonly name: string;
  readonly targetGroup: string;
  readonly department: string;
  readonly enrolled: DayNumber | null;
  readonly discharged: DayNumber | null;
  readonly contactPerson: string;
}

export interface Goal {
  readonly row: number;
  readonly goalId: string;
  readonly citizenId: string;
  /** Empty string for an indsatsmål. */
  readonly parentId: string;
  readonly goalType: GoalType;
  readonly text: string;
  readonly successCriterion: string;
  readonly achievability: string;
  readonly relevance: string;
  readonly startDate: DayNumber | null;
  readonly endDate: DayNumber | null;
  readonly evaluation: string;
  /** The goal's own method as written; "" when empty (a delmål then inherits its parent's). */
  readonly method: string;
  readonly baseline: number | null;
  readonly target: number | null;
  /** GAS weight 1..4; 1 when empty. */
  readonly weight: number;
  /** Follow-up interval in days as written; null when empty (the setting applies). */
  readonly interval: number | null;
  /** Ja → true, Nej → false, empty → null. */
  readonly involved: boolean | null;
  readonly responsible: string;
  readonly status: GoalStatus;
}

export interface FollowUp {
  readonly row: number;
  readonly followUpId: string;
  readonly goalId: string;
  readonly date: DayNumber;
  /** The label as written (trimmed); "" when empty. */
  readonly assessment: string;
  readonly measurement: number | null;
  /** GAS level −2..2, or null. */
  readonly gas: number | null;
  readonly note: string;
  readonly doneBy: string;
}

export interface Method {
  readonly row: number;
  readonly method: string;
  readonly approach: string;
  readonly description: string;
  readonly active: boolean | null;
}

export interface TargetGroup {
  readonly row: number;
  readonly targetGroup: string;
  readonly description: string;
}

export interface ScaleStep {
  readonly label: string;
  /** 0..1, or null for a label that does not count (e.g. "Ikke vurderet"). */
  readonly value: number | null;
  /** Worksheet row of the step in the `Skala` table; absent for the default scale. */
  readonly row?: number;
}

export interface Settings {
  readonly offerName: string;
  readonly offerId: string;
  readonly region: string;
  /** Suppression threshold, never below 3. */
  readonly minCount: number;
  readonly gasRho: number;
  /** Default follow-up interval in days. */
  readonly interval: number;
}

/** A row that takes no part in any figure, and why. */
export interface LeftOutRow {
  readonly sheet: string;
  readonly row: number;
  readonly column: string | null;
  readonly reason: string;
}

/**
 * The workbook as the domain sees it after reading. Every input row is either in one of the record
 * lists or in `leftOut` (with an error finding), never both, never neither.
 */
export interface WorkbookData {
  readonly citizens: readonly Citizen[];
  readonly goals: readonly Goal[];
  readonly followUps: readonly FollowUp[];
  readonly methods: readonly Method[];
  readonly targetGroups: readonly TargetGroup[];
  readonly scale: readonly ScaleStep[];
  readonly settings: Settings;
  readonly leftOut: readonly LeftOutRow[];
  /** How many data rows each table had in the input. */
  readonly inputRows: Readonly<Partial<Record<TableName, number>>>;
  /**
   * Worksheet rows skipped because every contract cell was empty (reported by one warning per table).
   * Records + leftOut + emptyRows = inputRows for every table but Indstillinger, whose rows are settings.
   */
  readonly emptyRows?: Readonly<Partial<Record<TableName, readonly number[]>>>;
  /** The reference date the reader used for "after today" warnings. */
  readonly today: DayNumber;
  /**
   * The sheet each table was read from, as the workbook names it (a user may have renamed it). A
   * table not listed is on its contract sheet (`tableSpec(table).sheet`).
   */
  readonly sheets?: Readonly<Partial<Record<TableName, string>>>;
}

export interface ReadResult {
  readonly data: WorkbookData;
  readonly findings: readonly Finding[];
}

export interface ReadOptions {
  /** Reference date for "follow-up after today" warnings; default: today's calendar date. */
  readonly today?: DayNumber;
}

/** Roll-up figures of one group in year Y (docs/rules.md §6). Empty figures are null. */
export interface GroupFigures {
  readonly group: string;
  readonly citizens: number;
  readonly goals: number;
  readonly achieved: number;
  readonly partial: number;
  readonly notAchieved: number;
  readonly mean: number | null;
  readonly citizenMean: number | null;
  readonly gasT: number | null;
  /** How many of the group's citizens have a GAS T-score (the weight of `gasT` when groups are put together). */
  readonly gasCitizens: number;
  readonly previousMean: number | null;
  readonly change: number | null;
}

export interface CrossFigures extends Omit<GroupFigures, "group"> {
  readonly targetGroup: string;
  readonly method: string;
}

export interface DataQuality {
  readonly activeGoals: number;
  readonly smorteComplete: number;
  /** Active goals whose follow-up is overdue on `overdueOn`. */
  readonly overdueAtYearEnd: number;
  readonly citizensWithoutResult: number;
  readonly involved: number;
  /** The day the overdue count is taken: 31 December, or for a running year the evaluation's `asOf`. */
  readonly overdueOn: DayNumber;
}

/** One counted result unit: a goal with its own result in the year (the `Grundlag` sheet). */
export interface ResultUnit {
  readonly goalId: string;
  readonly citizenId: string;
  readonly targetGroup: string;
  readonly department: string;
  readonly method: string;
  readonly value: number;
  readonly category: "Opnået" | "Delvist opnået" | "Ikke opnået";
  readonly date: DayNumber;
  readonly followUpId: string;
  /** GAS level of the goal's latest follow-up in the year that has one (counting or not). */
  readonly gas: number | null;
  readonly weight: number;
}

export type RemarkKind = "too-few" | "falling";

export interface Remark {
  readonly dimension: "method" | "targetGroup";
  readonly group: string;
  readonly kind: RemarkKind;
  /** Plain Danish text, e.g. "For få data: 2 borgere (mindst 5)." */
  readonly text: string;
}

export interface ActionPlanRow {
  readonly focusArea: string;
  readonly action: string;
  readonly actionGoal: string;
  readonly howAndWhen: string;
  readonly responsibleForAction: string;
  readonly responsibleForFollowUp: string;
  readonly status: string;
}

/** The annual evaluation model (docs/rules.md §6, "The annual evaluation"), `schemaVersion` 1. */
export interface EvaluationModel {
  readonly schemaVersion: 1;
  readonly year: number;
  readonly offer: { readonly name: string; readonly offerId: string; readonly region: string };
  readonly basis: {
    readonly citizens: number;
    readonly goals: number;
    readonly followUps: number;
    readonly units: number;
    readonly leftOut: readonly LeftOutRow[];
    /** Of `leftOut`, the last ones: follow-ups dated after `asOf` in a running year (0 otherwise). */
    readonly notYet: number;
  };
  readonly byMethod: readonly GroupFigures[];
  readonly byTargetGroup: readonly GroupFigures[];
  readonly byDepartment: readonly GroupFigures[];
  readonly total: GroupFigures;
  readonly targetGroupByMethod: readonly CrossFigures[];
  readonly dataQuality: DataQuality;
  /** Remarks for groups with too few citizens or a falling mean. */
  readonly remarks: readonly Remark[];
  /** Suggested action-plan rows: one per method whose mean fell or that has too little data. */
  readonly suggestedActions: readonly ActionPlanRow[];
  /** Every counted unit, for the `Grundlag` sheet. */
  readonly units: readonly ResultUnit[];
}

/** One row of the regional export (docs/rules.md §7). */
export interface ExportRow {
  readonly schemaVersion: number;
  readonly region: string;
  readonly offerId: string;
  readonly year: number;
  readonly targetGroup: string;
  readonly method: string;
  readonly citizens: number | null;
  readonly goals: number | null;
  readonly achieved: number | null;
  readonly partial: number | null;
  readonly notAchieved: number | null;
  readonly mean: number | null;
  readonly citizenMean: number | null;
  readonly gasT: number | null;
  /** How many of the row's citizens have a GAS T-score (schemaVersion 2; null when suppressed). */
  readonly gasCitizens: number | null;
  readonly suppressed: 0 | 1;
  /** Why the row is suppressed (Danish), for the leader's preview; never exported. */
  readonly suppressionReason?: string;
}
