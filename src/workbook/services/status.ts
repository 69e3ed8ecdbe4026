/**
 * A citizen's status report as one application service, used by the task pane and the command line:
 * read the workbook, build the citizen's status over the period and write the sheet `Status ID`
 * through the port. The report holds names and free text; no export ever includes it. Free of Node
 * and Office APIs.
 *
 * The workbook is read without its lazy free text (`"lists"`); the report prints the notes of this
 * one citizen's follow-ups only, so just those cells are read (`readColumnAt`), then the status is
 * built again with them: inside Excel at 100,000 follow-ups that is one small read instead of 30 MB.
 */
import { tableSpec, todayDay } from "../../domain";
import type { DayNumber, RawRow, RawWorkbook, WorkbookData } from "../../domain";
import { columnIndexes } from "../columns";
import { citizenStatus } from "../../domain/status";
import type { CitizenStatus } from "../../domain/status";
import type { SheetContent, WorkbookPort, WorkbookSnapshot } from "../port";
import { madeAtText } from "../reports/danishText";
import { statusSheet } from "../reports/statusSheet";
import { checkSnapshot } from "./readChecked";
import type { RunOptions } from "./evaluation";

export interface StatusOptions extends RunOptions {
  /** The period, both ends included; without `to`, up to and including today. */
  readonly from?: DayNumber | null;
  readonly to?: DayNumber | null;
}

export interface StatusRun {
  readonly status: CitizenStatus;
  readonly sheet: SheetContent;
}

/**
 * Build and write the status report of `citizenId`. Throws a Danish message when the workbook has
 * no such citizen (or the row with that citizen has an error, so it takes part in nothing).
 * @example const run = await runStatus(port, "B0001", { now: new Date(), from: dayFromYmd(2026, 1, 1) });
 */
export async function runStatus(port: WorkbookPort, citizenId: string, options: StatusOptions): Promise<StatusRun> {
  const progress = options.onProgress ?? (() => undefined);
  progress("Læser arbejdsbogen …");
  const today = todayDay(options.now);
  const snapshot = await port.readAll({ columns: "lists" });
  const period = { from: options.from ?? null, to: options.to === undefined ? today : options.to };
  const lists = checkSnapshot(snapshot.tables as RawWorkbook, today).data;
  const first = citizenStatus(lists, citizenId, period);
  const tables = first ? await withNotes(port, snapshot.tables, lists, first) : null;
  const data: WorkbookData | null = tables ? checkSnapshot(tables as RawWorkbook, today).data : null;
  const status = data ? citizenStatus(data, citizenId, period) : null;
  if (!status) {
    throw new Error(
      `Borgeren ${citizenId} findes ikke på arket Borgere (eller rækken har en fejl, se check). Ret BorgerID og prøv igen.`,
    );
  }
  const sheet = statusSheet(status, {
    offer: (data as WorkbookData).settings.offerName,
    madeAt: madeAtText(options.now),
  });
  progress(`Skriver arket ${sheet.name} …`);
  await port.writeSheet(sheet);
  return { status, sheet };
}

type Tables = WorkbookSnapshot["tables"];

/** The tables with the notes of the status's follow-ups read in (the only free text it prints that the lists leave out). */
async function withNotes(
  port: WorkbookPort,
  tables: Tables,
  lists: WorkbookData,
  status: CitizenStatus,
): Promise<Tables> {
  const t = tables.Opfoelgning;
  const headers = t?.headers;
  if (!t || !headers || t.headerRow === undefined) return tables;
  const index = columnIndexes(tableSpec("Opfoelgning"), headers).get("note");
  if (index === undefined) return tables;
  const goals = new Set(status.goals.map((g) => g.goalId));
  const shown = new Set(status.goals.flatMap((g) => g.followUps.map((f) => f.followUpId)));
  const rows = lists.followUps.filter((f) => goals.has(f.goalId) && shown.has(f.followUpId)).map((f) => f.row);
  if (rows.length === 0) return tables;
  const headerRow = t.headerRow;
  const notes = await port.readColumnAt("Opfoelgning", "note", rows);
  if (!notes) return tables;
  const noteHeader = headers[index];
  const patched: RawRow[] = t.rows.map((r, i) => {
    const note = notes.get(headerRow + 1 + i);
    return note === undefined ? r : { ...r, [noteHeader]: note };
  });
  return { ...tables, Opfoelgning: { ...t, rows: patched } };
}
