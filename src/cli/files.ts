/**
 * File handling of the command line (Node): open a workbook for reading, make sure no output is an
 * input or another output by any route (symbolic links, hard links, `..`), and write every output
 * through a temporary file in the target folder that is renamed into place, so an interrupted or
 * failed run never leaves a half-written file or destroys the old one. Every failure is a Danish
 * `CliError` (exit 2).
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, realpath, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { XlsxWorkbookAdapter } from "../workbook/xlsx/adapter";
import { LIMIT_MESSAGES, PACKAGE_LIMITS, PackageLimitError } from "../workbook/xlsx/package/limits";
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
  if (info.size > PACKAGE_LIMITS.fileBytes)
    throw new CliError(`Filen ${file} kan ikke bruges: ${LIMIT_MESSAGES.fileBytes(info.size)}`);
  try {
    return await XlsxWorkbookAdapter.open(file);
  } catch (e) {
    if (e instanceof PackageLimitError)
      throw new CliError(`Filen ${file} kan ikke læses som en Excel-projektmappe (.xlsx): ${e.message}`);
    throw new CliError(
      `Filen ${file} kan ikke læses som en Excel-projektmappe (.xlsx). ` +
        "Gem arbejdsbogen i Excel som .xlsx (ikke .xls eller .csv), og prøv igen.",
    );
  }
}

/** Where a path really leads: its real path, and the device and inode when the file exists. */
export interface FileIdentity {
  readonly real: string;
  readonly dev?: number;
  readonly ino?: number;
}

/** The real path of the deepest existing folder of `file`, with the rest of the path appended. */
async function realPathOf(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await realpath(absolute);
  } catch {
    const parent = path.dirname(absolute);
    if (parent === absolute) return absolute;
    return path.join(await realPathOf(parent), path.basename(absolute));
  }
}

/** Resolve a path through links (the file itself need not exist yet). */
export async function identityOf(file: string): Promise<FileIdentity> {
  const real = await realPathOf(file);
  try {
    const info = await stat(real);
    return { real, dev: info.dev, ino: info.ino };
  } catch {
    return { real };
  }
}

/** The same file by any route: the same real path, or the same device and inode (hard links). */
export const sameFile = (a: FileIdentity, b: FileIdentity): boolean =>
  a.real === b.real || (a.ino !== undefined && a.dev === b.dev && a.ino === b.ino);

/** An output the user named, with the option that named it (for the message). */
export interface OutputPath {
  readonly option: string;
  readonly file: string;
}

/**
 * Refuse (exit 2) an output that is one of the inputs, or the same file as another output, whether
 * named directly, through a symbolic or hard link, or by another spelling of the path; and an output
 * that is a folder.
 * @example await assertOutputs([{ option: "--out", file: "ud.csv" }], ["bog.xlsx"]);
 */
export async function assertOutputs(outputs: readonly OutputPath[], inputs: readonly string[]): Promise<void> {
  const inputIds = await Promise.all(inputs.map(async (file) => ({ file, id: await identityOf(file) })));
  const seen: { option: string; file: string; id: FileIdentity }[] = [];
  for (const output of outputs) {
    const id = await identityOf(output.file);
    const input = inputIds.find((i) => sameFile(i.id, id));
    if (input) {
      throw new CliError(
        `${output.option} (${output.file}) må ikke pege på arbejdsbogen selv (${input.file}), heller ikke ` +
          "gennem en genvej eller et link: den ændres aldrig. Vælg et andet filnavn.",
      );
    }
    const twin = seen.find((s) => sameFile(s.id, id));
    if (twin) {
      throw new CliError(
        `${twin.option} og ${output.option} må ikke pege på den samme fil (${output.file}). Vælg to forskellige filnavne.`,
      );
    }
    try {
      if ((await stat(id.real)).isDirectory())
        throw new CliError(`${output.option} peger på en mappe (${output.file}), ikke en fil. Angiv et filnavn.`);
    } catch (e) {
      if (e instanceof CliError) throw e;
    }
    seen.push({ ...output, id });
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

/** Make sure a folder exists. */
async function ensureDir(dir: string, shown: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch {
    throw new CliError(`Mappen ${shown} kan ikke oprettes. Vælg en anden placering.`);
  }
}

/**
 * Write `bytes` to `file` safely: the target is checked against the inputs once more, the bytes go
 * to a new temporary file in the target's real folder, and that file is renamed over the target only
 * when it is complete. A link named as output is followed: the file it points to is replaced and the
 * link kept. On any failure the old file is untouched and the temporary file removed.
 */
async function writeSafely(
  file: string,
  bytes: Uint8Array | string,
  inputs: readonly string[],
  failure: string,
): Promise<void> {
  await assertOutputs([{ option: "Udfilen", file }], inputs);
  const target = (await identityOf(file)).real;
  const dir = path.dirname(target);
  await ensureDir(dir, path.dirname(file));
  const temp = path.join(dir, `.smorte-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx", 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch {
    await unlink(temp).catch(() => undefined);
    throw new CliError(failure);
  }
}

/** Write a UTF-8 text file safely (a leading BOM in `text` is kept); `inputs` are never written. */
export async function writeText(file: string, text: string, inputs: readonly string[] = []): Promise<void> {
  await writeSafely(
    file,
    text,
    inputs,
    `Filen ${file} kan ikke skrives. Tjek, at mappen findes, og at filen ikke er åben i et andet program.`,
  );
}

/** Save a workbook safely to a new path; `inputs` are never written. */
export async function saveBook(book: XlsxWorkbookAdapter, file: string, inputs: readonly string[] = []): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await book.toBuffer();
  } catch {
    throw new CliError(
      `Projektmappen til ${file} kan ikke dannes ud fra arbejdsbogen. Gem arbejdsbogen igen i Excel som .xlsx, og prøv igen.`,
    );
  }
  await writeSafely(
    file,
    bytes,
    inputs,
    `Filen ${file} kan ikke skrives. Tjek, at den ikke er åben i Excel, og prøv igen.`,
  );
}

/** Create an output folder. */
export async function ensureFolder(dir: string): Promise<void> {
  await ensureDir(dir, dir);
  const info = await stat(dir);
  if (!info.isDirectory()) throw new CliError(`${dir} er en fil, ikke en mappe. Vælg en mappe med --out.`);
}
