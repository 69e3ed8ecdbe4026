/**
 * The regional export as one application service, used by the task pane and the command line:
 * the export rows (with suppression), the CSV and JSON texts, and the `Regional rapport Y` sheet.
 * Free of Node and Office APIs: saving the files is the caller's job.
 */
import {
  assertNoCprInExport,
  effectiveMinCount,
  evaluateYear,
  exportSettingsProblem,
  ExportRefusedError,
  exportToCsv,
  exportToJson,
  todayDay,
  regionalExportRows,
} from "../../domain";
import type { EvaluationModel, ExportRow, Finding } from "../../domain";
import type { SheetContent, WorkbookPort } from "../port";
import { madeAtText } from "../reports/danishText";
import { regionalSheet } from "../reports/regionalSheet";
import { readChecked } from "./readChecked";
import type { RunOptions } from "./evaluation";

export interface ExportRun {
  readonly rows: readonly ExportRow[];
  /** RFC 4180 CSV, UTF-8 with BOM, `.` decimals. */
  readonly csv: string;
  readonly json: string;
  readonly sheet: SheetContent;
  readonly model: EvaluationModel;
  readonly findings: readonly Finding[];
  /** The suppression threshold used (MindsteAntal, never below 3). */
  readonly minCount: number;
  /** Suggested file names for the downloads. */
  readonly fileNames: { readonly csv: string; readonly json: string };
}

export interface ExportOptions extends RunOptions {
  /** Write the `Regional rapport Y` sheet through the port (default true); false = preview only. */
  readonly writeSheet?: boolean;
}

/** @example exportFileNames(2025) // { csv: "regional-2025.csv", json: "regional-2025.json" } */
export const exportFileNames = (year: number): { csv: string; json: string } => ({
  csv: `regional-${year}.csv`,
  json: `regional-${year}.json`,
});

/**
 * Prepare (and by default write) the regional export of `year`.
 * @example
 * const run = await runExport(port, 2025, { now: new Date(), writeSheet: false }); // preview
 * run.rows.filter((r) => r.suppressed === 1) // what will be hidden, and `suppressionReason` says why
 */
export async function runExport(port: WorkbookPort, year: number, options: ExportOptions): Promise<ExportRun> {
  const progress = options.onProgress ?? (() => undefined);
  progress("Læser arbejdsbogen …");
  const today = todayDay(options.now);
  const checked = await readChecked(port, { today });
  const refusal = exportSettingsProblem(checked.data.settings);
  if (refusal !== null) throw new ExportRefusedError(refusal);
  progress(`Beregner den regionale eksport for ${year} …`);
  const model = evaluateYear(checked.data, year, { asOf: today });
  const rows = regionalExportRows(model, checked.data.settings);
  assertNoCprInExport(rows);
  const minCount = effectiveMinCount(checked.data.settings.minCount);
  const sheet = regionalSheet(rows, {
    year,
    minCount,
    offer: checked.data.settings.offerName,
    madeAt: madeAtText(options.now),
  });
  if (options.writeSheet ?? true) {
    progress(`Skriver arket ${sheet.name} …`);
    await port.writeSheet(sheet);
  }
  return {
    rows,
    csv: exportToCsv(rows),
    json: exportToJson(rows),
    sheet,
    model,
    findings: checked.findings,
    minCount,
    fileNames: exportFileNames(year),
  };
}
