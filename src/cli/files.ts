/**
 * File handling of the command line (Node): open a workbook for reading, choose output paths that
 * never overwrite the input, and write text files. Every failure is a Danish `CliError` (exit 2).
 */
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { XlsxWorkbookAdapter } from "../workbook/xlsx/adapter";
import { CliError } from "./io";

/**
 * Open an .xlsx workbook the user named. The file is only read; saving always goes to another path.
 * @example const book = await openBook("demo/smorte-demo.xlsx");
 */
export async function openBook(file: string): Promise<XlsxWorkbookAdapter> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new CliError(`Filen findes ikke: ${file}. Tjek stien og navnet.`);
  }
  if (info.isDirectory()) throw new CliError(`${file} er en mappe, ikke en Excel-fil (.xlsx).`);
  try {
    return await XlsxWorkbookAdapter.open(file);
  } catch {
    throw new CliError(
      `Filen ${file} kan ikke læses som en Excel-projektmappe (.xlsx). ` +
        "Gem arbejdsbogen i Excel som .xlsx (ikke .xls eller .csv), og prøv igen.",
    );
  }
}

/** The same file? Compared as resolved paths. */
export const samePath = (a: string, b: string): boolean => path.resolve(a) === path.resolve(b);

/** Refuse an output path that is the input file. */
export function assertNotInput(output: string, input: string, option: string): void {
  if (samePath(output, input)) {
    throw new CliError(
      `${option} må ikke pege på arbejdsbogen selv (${input}): den ændres aldrig. Vælg et andet filnavn.`,
    );
  }
}

/**
 * The default name of the evaluation copy, next to the input.
 * @example defaultEvaluationPath("data/bog.xlsx", 2025) // "data/bog-aarsevaluering-2025.xlsx"
 */
export function defaultEvaluationPath(input: string, year: number): string {
  const dir = path.dirname(input);
  const base = path.basename(input, path.extname(input));
  return path.join(dir, `${base}-aarsevaluering-${year}.xlsx`);
}

/** Make sure the folder of an output file exists. */
async function ensureFolderOf(file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  try {
    await mkdir(dir, { recursive: true });
  } catch {
    throw new CliError(`Mappen ${path.dirname(file)} kan ikke oprettes. Vælg en anden placering.`);
  }
}

/** Write a UTF-8 text file (a leading BOM in `text` is kept). */
export async function writeText(file: string, text: string): Promise<void> {
  await ensureFolderOf(file);
  try {
    await writeFile(file, text, "utf8");
  } catch {
    throw new CliError(
      `Filen ${file} kan ikke skrives. Tjek, at mappen findes, og at filen ikke er åben i et andet program.`,
    );
  }
}

/** Save a workbook to a new path. */
export async function saveBook(book: XlsxWorkbookAdapter, file: string): Promise<void> {
  await ensureFolderOf(file);
  try {
    await book.save(file);
  } catch {
    throw new CliError(`Filen ${file} kan ikke skrives. Tjek, at den ikke er åben i Excel, og prøv igen.`);
  }
}

/** Create an output folder. */
export async function ensureFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch {
    throw new CliError(`Mappen ${dir} kan ikke oprettes. Vælg en anden placering med --out.`);
  }
  const info = await stat(dir);
  if (!info.isDirectory()) throw new CliError(`${dir} er en fil, ikke en mappe. Vælg en mappe med --out.`);
}
