/**
 * The overgreb register as application services, used by the task pane and the command line: read
 * the register beside the citizens, analyse a year or a quarter, and write `Hændelser Y` (or
 * `Hændelser Y K1` …) through the port, keeping the learning table the arbejdsmiljøgruppe has typed.
 * Free of Node and Office APIs.
 */
import { incidentsSheetName, learningTableName, readWorkbook, todayDay } from "../../domain";
import { analyseIncidents, readIncidents } from "../../domain/incidents";
import type { DayNumber, Finding, RawWorkbook } from "../../domain";
import type { IncidentAnalysis, IncidentData, Period } from "../../domain/incidents";
import type { SheetContent, WorkbookPort } from "../port";
import { madeAtText } from "../reports/danishText";
import { incidentsSheet, learningPeriod } from "../reports/incidentsSheet";
import { planFromTable } from "../reports/actionPlan";
import { LEARNING_COLUMNS } from "../../domain";

export interface IncidentRegister {
  readonly data: IncidentData;
  /** The register's findings (its rows only), in reading order. */
  readonly findings: readonly Finding[];
  /** The offer's name from Indstillinger. */
  readonly offerName: string;
}

/**
 * Read the register from tables already read: the citizens (and the offer's name) come from the goal
 * register's reader, so an episode's BorgerID is checked against the same Borgere.
 */
export function registerOf(tables: RawWorkbook, today: DayNumber): IncidentRegister {
  const goals = readWorkbook(tables, { today });
  const read = readIncidents(tables, { citizens: goals.data.citizens, sheet: goals.data.sheets?.Borgere });
  return { data: read.data, findings: read.findings, offerName: goals.data.settings.offerName };
}

/** Read the register through the port. */
export async function readRegister(port: WorkbookPort, today: DayNumber): Promise<IncidentRegister> {
  const snapshot = await port.readAll();
  return registerOf(snapshot.tables as RawWorkbook, today);
}

export interface IncidentsRun {
  readonly analysis: IncidentAnalysis;
  readonly findings: readonly Finding[];
  readonly sheet: SheetContent;
  /** How many rows of the learning table were kept from the sheet. */
  readonly keptLearning: number;
}

/**
 * Analyse `period` and write its sheet (re-running replaces it and keeps the learning table).
 * @example
 * const run = await runIncidents(port, { year: 2026, quarter: 1 }, { now: new Date() });
 * run.analysis.total.count // 12
 */
export async function runIncidents(
  port: WorkbookPort,
  period: Period,
  options: { readonly now: Date; readonly onProgress?: (message: string) => void },
): Promise<IncidentsRun> {
  const progress = options.onProgress ?? (() => undefined);
  progress("Læser registret …");
  const register = await readRegister(port, todayDay(options.now));
  const analysis = analyseIncidents(register.data, period);
  const name = incidentsSheetName(period.year, period.quarter);
  const earlier = learningPeriod(period);
  const keptLearning = await port.readSheetTable(name, learningTableName(period.year, period.quarter));
  const previousLearning = await port.readSheetTable(
    incidentsSheetName(earlier.year, earlier.quarter),
    learningTableName(earlier.year, earlier.quarter),
  );
  const sheet = incidentsSheet(analysis, {
    madeAt: madeAtText(options.now),
    offerName: register.offerName,
    keptLearning,
    previousLearning,
  });
  progress(`Skriver arket ${name} …`);
  await port.writeSheet(sheet);
  return {
    analysis,
    findings: register.findings,
    sheet,
    keptLearning: planFromTable(keptLearning, LEARNING_COLUMNS).rows.length,
  };
}
