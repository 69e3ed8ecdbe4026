/**
 * The files the user picked with the browser's file picker, read here on the computer (nothing is
 * sent anywhere): each file's text, or a refusal naming it when it is too large or cannot be read.
 */
import type { ExportFileText, Refusal } from "../../../domain/sector";

/** An export file is at most this large (a real one is a few kilobytes), as on the command line. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A picked file as far as reading needs it (the DOM's `File`). */
export type PickedFile = Pick<File, "name" | "size"> & Partial<Pick<File, "text">> & Blob;

/**
 * A file's text as UTF-8: `File.text()`, or a FileReader where the web view lacks it (older Safari
 * in Excel for Mac). A byte-order mark is kept; the export reader skips it.
 */
function textOf(file: PickedFile): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsText(file, "utf-8");
  });
}

export interface PickedTexts {
  readonly texts: readonly ExportFileText[];
  readonly unreadable: readonly Refusal[];
}

/**
 * Read every picked file.
 * @example const { texts, unreadable } = await readPicked([...input.files]); judgeExports(texts, unreadable)
 */
export async function readPicked(files: readonly PickedFile[]): Promise<PickedTexts> {
  const texts: ExportFileText[] = [];
  const unreadable: Refusal[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      unreadable.push({
        file: file.name,
        row: null,
        reason: "Filen er for stor til at være en regional eksport (over 20 MB).",
      });
      continue;
    }
    try {
      texts.push({ file: file.name, text: await textOf(file) });
    } catch {
      unreadable.push({
        file: file.name,
        row: null,
        reason: "Filen kan ikke læses (den er måske flyttet eller i brug). Vælg den igen, eller kopiér den først.",
      });
    }
  }
  return { texts, unreadable };
}
