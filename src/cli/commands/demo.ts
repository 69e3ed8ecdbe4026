/**
 * `demo [--out DIR]`: write the sample workbook, evaluate its latest full year, export it and analyse
 * its overgreb register for that year, all into DIR (default `demo/`), then say where the files are
 * with a short Danish summary.
 *
 * The demo lives at a fixed date (15 January 2026, 09:00): its figures, JSON and CSV are the same on
 * every run, whatever the real clock says.
 */
import path from "node:path";
import { formatDay, utcDateFromDay } from "../../domain";
import { DEMO_REFERENCE_DAY, demoWorkbook } from "../../workbook/demo";
import { fillWithDemo } from "../../workbook/demo/fill";
import { formatCount } from "../../workbook/reports/danishText";
import { XlsxWorkbookAdapter } from "../../workbook/xlsx/adapter";
import { assertOutputs, ensureFolder, saveBook } from "../files";
import { EXIT, type CliIo } from "../io";
import { evaluateBook, evaluationSummary } from "./evaluate";
import { exportBook, exportSummary } from "./export";
import { incidentsBook, incidentsSummary } from "./incidents";

/** The demo's clock: its reference date at 09:00 local time. */
export function demoClock(): Date {
  const d = utcDateFromDay(DEMO_REFERENCE_DAY);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 9, 0);
}

export interface DemoFiles {
  readonly workbook: string;
  readonly evaluation: string;
  readonly evaluationJson: string;
  readonly csv: string;
  readonly json: string;
  readonly incidents: string;
  readonly incidentsJson: string;
}

/** The files `demo` writes into `dir` for year `year`. */
export const demoFiles = (dir: string, year: number): DemoFiles => ({
  workbook: path.join(dir, "smorte-demo.xlsx"),
  evaluation: path.join(dir, `aarsevaluering-${year}.xlsx`),
  evaluationJson: path.join(dir, `aarsevaluering-${year}.json`),
  csv: path.join(dir, `regional-${year}.csv`),
  json: path.join(dir, `regional-${year}.json`),
  incidents: path.join(dir, `haendelser-${year}.xlsx`),
  incidentsJson: path.join(dir, `haendelser-${year}.json`),
});

export async function demoCommand(dir: string, io: CliIo): Promise<number> {
  await ensureFolder(dir);
  const demo = demoWorkbook();
  const now = demoClock();
  const files = demoFiles(dir, demo.year);
  // No two of the demo's files may be one file (a link left in the folder), checked before any is written.
  await assertOutputs(
    Object.values(files).map((file) => ({ option: path.basename(file), file })),
    [],
  );
  io.err(`Laver eksempel-arbejdsbogen (opdigtede data, dato ${formatDay(demo.referenceDay)}) …`);
  const book = new XlsxWorkbookAdapter();
  await fillWithDemo(book, demo, (m) => io.err(m));
  await saveBook(book, files.workbook);
  const evaluation = await evaluateBook(
    { file: files.workbook, year: demo.year, out: files.evaluation, json: files.evaluationJson },
    io,
    now,
  );
  const exported = await exportBook(
    { file: files.workbook, year: demo.year, out: files.csv, json: files.json },
    io,
    now,
  );
  const incidents = await incidentsBook(
    { file: files.workbook, year: demo.year, quarter: null, out: files.incidents, json: files.incidentsJson },
    io,
    now,
  );

  io.out(`Eksemplet er skrevet i ${dir}${path.sep}:`);
  io.out(
    `  ${files.workbook}  – eksempel-arbejdsbogen (${formatCount(demo.tables.Borgere.length)} borgere, ${formatCount(demo.tables.Maal.length)} mål, ${formatCount(demo.tables.Opfoelgning.length)} opfølgninger; opdigtede data)`,
  );
  io.out(`  ${files.evaluation}  – kopi med arkene Årsevaluering ${demo.year} og Grundlag ${demo.year}`);
  io.out(`  ${files.evaluationJson}  – årsevalueringens tal som JSON`);
  io.out(`  ${files.csv}  – regional eksport (CSV)`);
  io.out(`  ${files.json}  – regional eksport (JSON)`);
  io.out(`  ${files.incidents}  – kopi med arket Hændelser ${demo.year}: analysen af episoder med vold og overgreb`);
  io.out(`  ${files.incidentsJson}  – analysens tal som JSON`);
  io.out("");
  for (const line of evaluationSummary(evaluation.model)) io.out(line);
  io.out(exportSummary(exported, demo.year));
  for (const line of incidentsSummary(incidents.analysis)) io.out(line);
  io.out("");
  io.out(`Åbn ${files.evaluation} i Excel eller LibreOffice for at se årsevalueringen.`);
  return EXIT.ok;
}
