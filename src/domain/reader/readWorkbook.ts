/**
 * Reading the whole workbook: raw rows in, typed records and data findings out (docs/rules.md §1).
 *
 * Every input row ends up in exactly one place: a record list, `leftOut` (it has an error finding, or
 * its table has one), `emptyRows` (reported by one warning per table), or — for `Indstillinger` — it is
 * applied as a setting or has a warning. An error finding on a row ⇔ the row is left out. SMORTE
 * findings are not part of this: see `checkWorkbook`.
 */
import {
  CITIZENS,
  CORE_TABLE_SPECS,
  FOLLOW_UPS,
  GOALS,
  METHODS,
  SCALE,
  SETTINGS,
  TARGET_GROUPS,
  tableSpec,
} from "../schema";
import type { TableName } from "../schema";
import type { RawWorkbook, ReadOptions, ReadResult } from "../types";
import { todayDay } from "../dates";
import { incidentSheets, resolveTable, type TableSheets } from "./rawTable";
import { Sink } from "./sink";
import { prepareTable, type PreparedTable } from "./tablePrep";
import { readMethods, readTargetGroups } from "./lists";
import { readScale } from "./scale";
import { readSettings } from "./settings";
import { readCitizens } from "./citizens";
import { readGoals } from "./goals";
import { readFollowUps } from "./followUps";

/** The tables in the order findings are listed; Skala and Indstillinger share a sheet and a rank. */
const TABLE_ORDER: readonly (readonly TableName[])[] = [
  ["Borgere"],
  ["Maal"],
  ["Opfoelgning"],
  ["Metoder"],
  ["Maalgrupper"],
  ["Skala", "Indstillinger"],
];

/**
 * The rank of each sheet name: the sheet a table is on ranks as the table, whatever the user named it;
 * a contract sheet name not used by any table (a missing table is named on it) ranks as its table.
 */
function sheetRanks(sheets: TableSheets): Map<string, number> {
  const ranks = new Map<string, number>();
  TABLE_ORDER.forEach((tables, rank) => {
    for (const table of tables) if (!ranks.has(sheets[table])) ranks.set(sheets[table], rank);
  });
  TABLE_ORDER.forEach((tables, rank) => {
    for (const table of tables) if (!ranks.has(tableSpec(table).sheet)) ranks.set(tableSpec(table).sheet, rank);
  });
  return ranks;
}

/** Table order (by the sheet each table is on), then table-level before row entries, then by row; stable otherwise. */
function sortBySheetAndRow<T extends { readonly sheet: string; readonly row: number | null }>(
  items: T[],
  ranks: ReadonlyMap<string, number>,
): T[] {
  const rank = (item: T): number => (ranks.get(item.sheet) ?? TABLE_ORDER.length) * 1e9 + (item.row ?? 0);
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
  const sheets: TableSheets = {
    Borgere: resolved.citizens.sheet,
    Maal: resolved.goals.sheet,
    Opfoelgning: resolved.followUps.sheet,
    Metoder: resolved.methods.sheet,
    Maalgrupper: resolved.targetGroups.sheet,
    Skala: resolved.scale.sheet,
    Indstillinger: resolved.settings.sheet,
    ...incidentSheets(input),
  };

  const prep = {
    settings: prepareTable(resolved.settings, sink, { required: false, whenAbsent: "standardindstillingerne bruges" }),
    scale: prepareTable(resolved.scale, sink, { required: false, whenAbsent: "standardskalaen bruges" }),
    methods: prepareTable(resolved.methods, sink, {
      required: false,
      whenAbsent: `metoderne på arket ${sheets.Maal} kontrolleres ikke mod en liste`,
    }),
    targetGroups: prepareTable(resolved.targetGroups, sink, {
      required: false,
      whenAbsent: `målgrupperne på arket ${sheets.Borgere} kontrolleres ikke mod en liste`,
    }),
  };
  const settings = readSettings(resolved.settings, prep.settings, sink);
  const scale = readScale(resolved.scale, prep.scale, sink);
  const { methods, names: methodNames } = readMethods(resolved.methods, prep.methods, sink);
  const { targetGroups, names: targetGroupNames } = readTargetGroups(resolved.targetGroups, prep.targetGroups, sink);

  const citizensPrep = prepareTable(resolved.citizens, sink, { required: true });
  const { citizens, byId: citizenById } = readCitizens(resolved.citizens, citizensPrep, sink, targetGroupNames, sheets);

  const goalsPrep = prepareTable(resolved.goals, sink, {
    required: true,
    unusableDependency: citizensPrep.usable ? null : { table: CITIZENS.table, sheet: sheets.Borgere },
  });
  const { goals, byId: goalById } = readGoals(resolved.goals, goalsPrep, sink, citizenById, methodNames, sheets);

  const followUpsPrep = prepareTable(resolved.followUps, sink, {
    required: true,
    unusableDependency: goalsPrep.usable ? null : { table: GOALS.table, sheet: sheets.Maal },
  });
  const followUps = readFollowUps(resolved.followUps, followUpsPrep, sink, goalById, scale, today, sheets);

  const preps: Partial<Record<TableName, PreparedTable>> = {
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
  for (const spec of CORE_TABLE_SPECS) {
    const prepared = preps[spec.table] as PreparedTable;
    inputRows[spec.table] = prepared.inputRows;
    emptyRows[spec.table] = prepared.emptyRows;
  }

  const ranks = sheetRanks(sheets);
  return {
    data: {
      citizens,
      goals,
      followUps,
      methods,
      targetGroups,
      scale: scale.steps,
      settings,
      leftOut: sortBySheetAndRow(sink.leftOut, ranks),
      inputRows,
      emptyRows,
      today,
      sheets,
    },
    findings: sortBySheetAndRow(sink.findings, ranks),
  };
}
