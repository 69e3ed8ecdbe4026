/**
 * The action plan (handleplan, trin 4 of the PDSA loop) on the sheet `Årsevaluering Y`.
 *
 * The plan is the leader's text. Re-running the evaluation must never lose it: the caller reads the
 * table back (`port.readSheetTable`) before the sheet is replaced, and `mergeActionPlan` keeps every
 * row the leader has, in the leader's order and with any extra columns the leader added, and adds the
 * engine's suggested rows only for focus areas the plan does not already have.
 */
import { ACTION_PLAN_COLUMNS, ACTION_PLAN_STATUSES, normaliseHeader } from "../../domain";
import type { ActionPlanRow, CellValue, RawTable } from "../../domain";
import type { BlockCell } from "../port";

/** The record field behind each action-plan column, in `ACTION_PLAN_COLUMNS` order. */
export const ACTION_PLAN_FIELDS: ReadonlyArray<keyof ActionPlanRow> = [
  "focusArea",
  "action",
  "actionGoal",
  "howAndWhen",
  "responsibleForAction",
  "responsibleForFollowUp",
  "status",
];

export interface PlanTable {
  /** Column headers: the trin-4 columns first, then any columns the leader added. */
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<readonly BlockCell[]>;
}

export interface MergedPlan extends PlanTable {
  /** How many of the rows are the leader's own (kept from the sheet). */
  readonly kept: number;
  /** How many suggested rows were added. */
  readonly added: number;
}

const isEmptyCell = (v: CellValue): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * The rows of a table read back from a sheet, keeping its headers; rows with no content are dropped.
 * `columns` are the table's own columns (the action plan's by default; the incidents sheet's learning
 * table passes its own), put first; columns the leader added follow.
 */
export function planFromTable(
  table: RawTable | null | undefined,
  columns: readonly string[] = ACTION_PLAN_COLUMNS,
): PlanTable {
  if (!table) return { headers: [...columns], rows: [] };
  const readHeaders = table.headers ?? (table.rows[0] ? Object.keys(table.rows[0]) : []);
  const standard = new Set(columns.map(normaliseHeader));
  const extra = readHeaders.filter((h) => !standard.has(normaliseHeader(h)) && normaliseHeader(h) !== "");
  const headers = [...columns, ...extra];
  const rows: BlockCell[][] = [];
  for (const raw of table.rows) {
    const byHeader = new Map<string, CellValue>();
    for (const [key, value] of Object.entries(raw)) byHeader.set(normaliseHeader(key), value);
    const cells = headers.map((h) => byHeader.get(normaliseHeader(h)) ?? null);
    if (cells.every(isEmptyCell)) continue;
    rows.push(cells);
  }
  return { headers, rows };
}

/** A suggested row as cells under `ACTION_PLAN_COLUMNS` (a new row starts as "Ikke startet"). */
export function suggestionCells(row: ActionPlanRow): BlockCell[] {
  return ACTION_PLAN_FIELDS.map((field) =>
    field === "status" && row.status.trim() === "" ? ACTION_PLAN_STATUSES[0] : row[field],
  );
}

/**
 * Keep the leader's plan and add suggestions for focus areas not already in it.
 * @example
 * mergeActionPlan(null, [{ focusArea: "KRAP", … }]) // one row: the suggestion
 * mergeActionPlan(readBack, suggestions)             // the leader's rows, then new focus areas only
 */
export function mergeActionPlan(kept: RawTable | null | undefined, suggestions: readonly ActionPlanRow[]): MergedPlan {
  const plan = planFromTable(kept);
  const focusIndex = 0;
  const present = new Set(plan.rows.map((r) => normaliseHeader(r[focusIndex])));
  const rows: BlockCell[][] = plan.rows.map((r) => [...r]);
  let added = 0;
  for (const suggestion of suggestions) {
    const focus = normaliseHeader(suggestion.focusArea);
    if (present.has(focus)) continue;
    present.add(focus);
    const cells = suggestionCells(suggestion);
    while (cells.length < plan.headers.length) cells.push(null);
    rows.push(cells);
    added += 1;
  }
  return { headers: plan.headers, rows, kept: plan.rows.length, added };
}
