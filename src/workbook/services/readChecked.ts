/**
 * Read the workbook through the port and check it: the reader's data findings (unreadable cells,
 * unknown references, CPR-looking ids …) and the SMORTE findings of every goal, in sheet order.
 */
import { SHEETS, checkWorkbook, readWorkbook, tableSpec } from "../../domain";
import type { DayNumber, Finding, RawWorkbook, WorkbookData } from "../../domain";
import type { ReadColumns, WorkbookPort } from "../port";

export interface CheckedWorkbook {
  readonly data: WorkbookData;
  /** Every finding: the reader's and the SMORTE check's, sorted by sheet, row and column. */
  readonly findings: readonly Finding[];
  /** The reader's findings only (rows left out, unreadable cells …). */
  readonly dataFindings: readonly Finding[];
  /** The SMORTE findings of the goals. */
  readonly smorteFindings: readonly Finding[];
}

const SHEET_ORDER: readonly string[] = Object.values(SHEETS);
const sheetRank = (sheet: string): number => {
  const i = SHEET_ORDER.indexOf(sheet);
  return i < 0 ? SHEET_ORDER.length : i;
};
/** A finding about a table ranks as the table's contract sheet, even when the user renamed its sheet. */
const findingRank = (f: Finding): number => sheetRank(f.table !== undefined ? tableSpec(f.table).sheet : f.sheet);

/** Findings in the order a user works through them: by sheet, then row (table-wide first), then column. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => findingRank(a.f) - findingRank(b.f) || (a.f.row ?? 0) - (b.f.row ?? 0) || a.i - b.i)
    .map((x) => x.f);
}

/**
 * Read every table of the contract and check it. `columns: "lists"` leaves the lazy free text (a
 * follow-up's note, an episode's description) and the user's own columns unread, for a report that
 * prints none of them; its findings then say nothing about those cells (`check` reads everything).
 * @example const { data, findings } = await readChecked(port, { today: todayDay() });
 */
export async function readChecked(
  port: WorkbookPort,
  options: { readonly today: DayNumber; readonly columns?: ReadColumns },
): Promise<CheckedWorkbook> {
  const snapshot = await port.readAll({ columns: options.columns ?? "all" });
  return checkSnapshot(snapshot.tables as RawWorkbook, options.today);
}

/** The same on tables already read (e.g. rows the command line or a test holds). */
export function checkSnapshot(tables: RawWorkbook, today: DayNumber): CheckedWorkbook {
  const read = readWorkbook(tables, { today });
  const smorte = checkWorkbook(read.data);
  return {
    data: read.data,
    findings: sortFindings([...read.findings, ...smorte]),
    dataFindings: read.findings,
    smorteFindings: smorte,
  };
}
