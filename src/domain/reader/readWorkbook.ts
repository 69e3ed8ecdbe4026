/**
 * Reading the whole workbook: raw rows in, typed records and data findings out (DOMAIN.md §3).
 *
 * Every input row ends up in exactly one place: a record list, `leftOut` (it has an error finding, or
 * its table has one), `emptyRows` (reported by one warning per table), or — for `Indstillinger` — it is
 * applied as a setting or has a warning. An error finding on a row ⇔ the row is left out. SMORTE
 * findings are not part of this: see `checkWorkbook`.
 */
import { CITIZENS, FOLLOW_UPS, GOALS, METHODS, SCALE, SETTINGS, SHEETS, TABLE_SPECS, TARGET_GROUPS } from "../schema";
import type { TableName } from "../schema";
import type { RawWorkbook, ReadOptions, ReadResult } from "../types";
import { todayDay } from "../dates";
import { resolveTable } from "./rawTable";
import { Sink } from "./sink";
import { prepareTable, type PreparedTable } from "./tablePrep";
import { readMethods, readTargetGroups } from "./lists";
import { readScale } from "./scale";
import { readSettings } from "./settings";
import { readCitizens } from "./citizens";
import { readGoals } from "./goals";
import { readFollowUps } from "./followUps";

const SHEET_ORDER = [
  SHEETS.citizens,
  SHEETS.goals,
  SHEETS.followUps,
  SHEETS.methods,
  SHEETS.targetGroups,
  SHEETS.settings,
];

/** Sheet order, then table-level before row entries, then by row; stable otherwise. */
function sortBySheetAndRow<T extends { readonly sheet: string; readonly row: number | null }>(items: T[]): T[] {
  const rank = (item: T): number => {
    const s = SHEET_ORDER.indexOf(item.sheet as (typeof SHEET_ORDER)[number]);
    return (s < 0 ? SHEET_ORDER.length : s) * 1e9 + (item.row ?? 0);
  };
  return items
    .map((item, i) => ({ item, i, k: rank(item) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.item);
}

/**
 * Read and validate the raw workbook.
 * @example
 * const { data, findings } = readWorkbook({ Borgere: [{ BorgerID: "B01", Målgruppe: "Autismespektrum" }] });
 * data.citizens[0].row // 2 (header on worksheet row 1)
 */
export function readWorkbook(raw: RawWorkbook, options: ReadOptions = {}): ReadResult {
  const sink = new Sink();
  const today = typeof options.today === "number" && Number.isFinite(options.today) ? options.today : todayDay();
  const input: RawWorkbook = raw !== null && typeof raw === "object" ? raw : {};

  const resolved = {
    citizens: resolveTable(input, CITIZENS),
    goals: resolveTable(input, GOALS),
    followUps: resolveTable(input, FOLLOW_UPS),
    methods: resolveTable(input, METHODS),
    targetGroups: resolveTable(input, TARGET_GROUPS),
    scale: resolveTable(input, SCALE),
    settings: resolveTable(input, SETTINGS),
  };

  const prep = {
    settings: prepareTable(resolved.settings, sink, { required: false, whenAbsent: "standardindstillingerne bruges" }),
    scale: prepareTable(resolved.scale, sink, { required: false, whenAbsent: "standardskalaen bruges" }),
    methods: prepareTable(resolved.methods, sink, {
      required: false,
      whenAbsent: "metoderne på arket Mål kontrolleres ikke mod en liste",
    }),
    targetGroups: prepareTable(resolved.targetGroups, sink, {
      required: false,
      whenAbsent: "målgrupperne på arket Borgere kontrolleres ikke mod en liste",
    }),
  };
  const settings = readSettings(resolved.settings, prep.settings, sink);
  const scale = readScale(resolved.scale, prep.scale, sink);
  const { methods, names: methodNames } = readMethods(resolved.methods, prep.methods, sink);
  const { targetGroups, names: targetGroupNames } = readTargetGroups(resolved.targetGroups, prep.targetGroups, sink);

  const citizensPrep = prepareTable(resolved.citizens, sink, { required: true });
  const { citizens, byId: citizenById } = readCitizens(resolved.citizens, citizensPrep, sink, targetGroupNames);

  const goalsPrep = prepareTable(resolved.goals, sink, {
    required: true,
    unusableDependency: citizensPrep.usable ? null : CITIZENS,
  });
  const { goals, byId: goalById } = readGoals(resolved.goals, goalsPrep, sink, citizenById, methodNames);

  const followUpsPrep = prepareTable(resolved.followUps, sink, {
    required: true,
    unusableDependency: goalsPrep.usable ? null : GOALS,
  });
  const followUps = readFollowUps(resolved.followUps, followUpsPrep, sink, goalById, scale, today);

  const preps: Record<TableName, PreparedTable> = {
    Borgere: citizensPrep,
    Maal: goalsPrep,
    Opfoelgning: followUpsPrep,
    Metoder: prep.methods,
    Maalgrupper: prep.targetGroups,
    Skala: prep.scale,
    Indstillinger: prep.settings,
  };
  const inputRows: Partial<Record<TableName, number>> = {};
  const emptyRows: Partial<Record<TableName, readonly number[]>> = {};
  for (const spec of TABLE_SPECS) {
    inputRows[spec.table] = preps[spec.table].inputRows;
    emptyRows[spec.table] = preps[spec.table].emptyRows;
  }

  return {
    data: {
      citizens,
      goals,
      followUps,
      methods,
      targetGroups,
      scale: scale.steps,
      settings,
      leftOut: sortBySheetAndRow(sink.leftOut),
      inputRows,
      emptyRows,
      today,
    },
    findings: sortBySheetAndRow(sink.findings),
  };
}
