/**
 * `consolidate FILE... --year Y --out SEKTOR.xlsx [--json SEKTOR.json] [--min N]`: put many offers'
 * regional exports together into the sheet `Sektor Y` (docs/rules.md §9). Folders are read for their
 * .csv and .json files. When any file is refused nothing is written (exit 2). Inputs are only read.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { consolidate, judgeExports, readLine, refusalText, sectorToJson } from "../../domain/sector";
import type { ExportFileText, Refusal } from "../../domain/sector";
import { madeAtText } from "../../workbook/reports/danishText";
import { sectorSheet } from "../../workbook/reports/sectorSheet";
import { XlsxWorkbookAdapter } from "../../workbook/xlsx/adapter";
import { assertOutputs, saveBook, writeText } from "../files";
import { CliError, EXIT, type CliIo } from "../io";

export interface ConsolidateArgs {
  readonly inputs: readonly string[];
  readonly year: number;
  readonly out: string;
  readonly json?: string;
  readonly min?: number;
}

/** An export file is at most this large (a real one is a few kilobytes). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The files named, folders opened to their .csv and .json files (sorted), each once. */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new CliError(`Filen eller mappen findes ikke: ${input}. Tjek stien og navnet.`);
    }
    if (info.isDirectory()) {
      const names = (await readdir(input)).filter((n) => /\.(csv|json)$/i.test(n)).sort();
      out.push(...names.map((n) => path.join(input, n)));
    } else out.push(input);
  }
  return [...new Set(out.map((f) => path.normalize(f)))];
}

export async function consolidateCommand(args: ConsolidateArgs, io: CliIo): Promise<number> {
  const files = await expandInputs(args.inputs);
  if (files.length === 0) throw new CliError("Der er ingen CSV- eller JSON-filer at lægge sammen.");
  await assertOutputs(
    [{ option: "--out", file: args.out }, ...(args.json ? [{ option: "--json", file: args.json }] : [])],
    files,
  );
  const texts: ExportFileText[] = [];
  const unreadable: Refusal[] = [];
  for (const file of files) {
    try {
      if ((await stat(file)).size > MAX_FILE_BYTES) {
        unreadable.push({ file, row: null, reason: "Filen er for stor til at være en regional eksport (over 20 MB)." });
        continue;
      }
      texts.push({ file, text: await readFile(file, "utf8") });
    } catch (e) {
      unreadable.push({ file, row: null, reason: unreadableReason(e) });
    }
  }
  const { accepted, refused, years } = judgeExports(texts, unreadable);
  for (const y of years) io.err(readLine(y));
  if (refused.length > 0) {
    for (const r of refused) io.err(`Afvist: ${refusalText(r)}`);
    io.err(
      `${refused.length} af ${files.length} filer er afvist, så intet er skrevet. Ret eller fjern filerne, og prøv igen.`,
    );
    return EXIT.usage;
  }
  const result = consolidate(accepted, args.year, { minCount: args.min });
  for (const w of result.warnings) io.err(`Advarsel: ${w}`);
  if (result.offers.length === 0) throw new CliError(`Ingen af filerne gælder ${args.year}. Tjek --year.`);
  const book = new XlsxWorkbookAdapter();
  await book.writeSheet(sectorSheet(result, { madeAt: madeAtText(io.now()) }));
  await saveBook(book, args.out, files);
  if (args.json) await writeText(args.json, sectorToJson(result), [...files, args.out]);
  const outside = result.comparison.flatMap((c) => c.offers.filter((o) => o.position !== "inden for"));
  io.out(`Sektorens resultater ${args.year} er gemt i ${args.out}${args.json ? ` og ${args.json}` : ""}.`);
  io.out(
    `${result.offers.length} tilbud, ${result.byTargetGroup.length} målgrupper; ` +
      `${outside.length} gange ligger et tilbud uden for tragtens yderste linjer.`,
  );
  return EXIT.ok;
}

/** Why a file could not be read, in Danish with what to do; never the file's content. */
function unreadableReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM")
    return "Filen kan ikke læses: du har ikke adgang til den. Giv adgang til filen, eller kopiér den til en mappe, du kan læse, og kør igen.";
  if (code === "EISDIR") return "Filen er en mappe. Angiv filerne i mappen, eller selve mappen uden filnavn.";
  return "Filen kan ikke læses (den er måske flyttet eller i brug). Kontrollér filen, og kør igen.";
}
