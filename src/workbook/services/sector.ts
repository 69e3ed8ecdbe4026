/**
 * The sector's results as one application service for the task pane: the files the user picked,
 * judged (docs/rules.md §9), put together for a year and written as the sheet `Sektor Y` through the
 * port. Free of Node and Office APIs; the command line writes the same sheet into a new workbook.
 */
import { consolidate, refusalText } from "../../domain/sector";
import type { ExportReading, SectorResult } from "../../domain/sector";
import type { SheetContent, WorkbookPort } from "../port";
import { madeAtText } from "../reports/danishText";
import { sectorSheet } from "../reports/sectorSheet";
import type { RunOptions } from "./evaluation";

export interface SectorOptions extends RunOptions {
  /** The sector's suppression threshold (default 5, never below 3). */
  readonly minCount?: number;
}

export interface SectorRun {
  readonly result: SectorResult;
  readonly sheet: SheetContent;
}

/** The run refused because a file was refused or no file is of the year; nothing was written. */
export class SectorRefusedError extends Error {
  constructor(
    message: string,
    readonly lines: readonly string[] = [],
  ) {
    super(message);
    this.name = "SectorRefusedError";
  }
}

/**
 * Put the judged files together for `year` and write `Sektor Y`; refuses (writing nothing) while any
 * file is refused or when no file is of `year`.
 * @example const run = await runSector(port, judgeExports(files), 2026, { now: new Date() }); run.sheet.name // "Sektor 2026"
 */
export async function runSector(
  port: WorkbookPort,
  reading: ExportReading,
  year: number,
  options: SectorOptions,
): Promise<SectorRun> {
  if (reading.refused.length > 0) {
    const n = reading.refused.length;
    throw new SectorRefusedError(
      `${n === 1 ? "1 fil er afvist" : `${n} filer er afvist`}, så intet er skrevet. Ret eller fjern ${n === 1 ? "filen" : "filerne"}, og vælg filerne igen.`,
      reading.refused.map(refusalText),
    );
  }
  const result = consolidate(reading.accepted, year, { minCount: options.minCount });
  if (result.offers.length === 0) {
    throw new SectorRefusedError(`Ingen af filerne gælder ${year}, så intet er skrevet. Vælg et andet år.`);
  }
  const sheet = sectorSheet(result, { madeAt: madeAtText(options.now) });
  options.onProgress?.(`Skriver arket ${sheet.name} …`);
  await port.writeSheet(sheet);
  return { result, sheet };
}
