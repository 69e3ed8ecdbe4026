/**
 * Judging a set of export files before they are put together (docs/rules.md §9): each file's text is
 * read and checked, two files for one offer and year are refused, and what was read is listed per
 * year. The command line and the task pane show the same result; either writes nothing while any
 * file is refused.
 */
import { compareDanish } from "../rollup/collate";
import { duplicateRefusals } from "./consolidate";
import type { OfferExport, Refusal } from "./types";
import { readExport } from "./validateExport";

/** One file as the user gave it: its name (for messages) and its text. */
export interface ExportFileText {
  readonly file: string;
  readonly text: string;
}

export interface ExportReading {
  readonly accepted: readonly OfferExport[];
  /** Every refusal, in the order of the files, the duplicates last. */
  readonly refused: readonly Refusal[];
  /** Per year read (ascending), the offers whose files were accepted (by offerId, Danish order). */
  readonly years: ReadonlyArray<{ readonly year: number; readonly offers: readonly string[] }>;
}

/**
 * Read and check every file; `refused` holds what may not be put together.
 * @example judgeExports([{ file: "a.csv", text }]).years // [{ year: 2026, offers: ["A"] }]
 */
export function judgeExports(files: readonly ExportFileText[], earlier: readonly Refusal[] = []): ExportReading {
  const read: OfferExport[] = [];
  const refused: Refusal[] = [...earlier];
  for (const { file, text } of files) {
    const r = readExport(file, text);
    if (r.ok) read.push(r.value);
    else refused.push(r.refusal);
  }
  // The second file for an offer and year is refused, so it is no longer among the accepted: every
  // file is counted once, as accepted or as refused.
  refused.push(...duplicateRefusals(read));
  const seen = new Set<string>();
  const accepted = read.filter((f) => {
    const key = `${f.offerId}\u0000${f.year}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const byYear = new Map<number, string[]>();
  for (const f of accepted) byYear.set(f.year, [...(byYear.get(f.year) ?? []), f.offerId]);
  const years = [...byYear]
    .sort((a, b) => a[0] - b[0])
    .map(([year, offers]) => ({ year, offers: [...offers].sort(compareDanish) }));
  return { accepted, refused, years };
}

/** @example readLine({ year: 2026, offers: ["A", "B"] }) // "Læst for 2026: 2 tilbud (A, B)." */
export const readLine = (y: { readonly year: number; readonly offers: readonly string[] }): string =>
  `Læst for ${y.year}: ${y.offers.length} tilbud (${y.offers.join(", ")}).`;
