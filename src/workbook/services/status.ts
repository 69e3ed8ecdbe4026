/**
 * A citizen's status report as one application service, used by the task pane and the command line:
 * read the workbook, build the citizen's status over the period and write the sheet `Status ID`
 * through the port. The report holds names and free text; no export ever includes it. Free of Node
 * and Office APIs.
 */
import { todayDay } from "../../domain";
import type { DayNumber } from "../../domain";
import { citizenStatus } from "../../domain/status";
import type { CitizenStatus } from "../../domain/status";
import type { SheetContent, WorkbookPort } from "../port";
import { madeAtText } from "../reports/danishText";
import { statusSheet } from "../reports/statusSheet";
import { readChecked } from "./readChecked";
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
  const { data } = await readChecked(port, { today });
  const to = options.to === undefined ? today : options.to;
  const status = citizenStatus(data, citizenId, { from: options.from ?? null, to });
  if (!status) {
    throw new Error(
      `Borgeren ${citizenId} findes ikke på arket Borgere (eller rækken har en fejl, se check). Ret BorgerID og prøv igen.`,
    );
  }
  const sheet = statusSheet(status, { offer: data.settings.offerName, madeAt: madeAtText(options.now) });
  progress(`Skriver arket ${sheet.name} …`);
  await port.writeSheet(sheet);
  return { status, sheet };
}
