/**
 * What the command line reads of an .xlsx package at most. A workbook of the SMORTE kind (a few
 * thousand citizens, goals and follow-ups) is far below every limit; Excel's own sheet limits are the
 * ceiling for a table's declared area. Beyond a limit the file is refused with a Danish message
 * (`PackageLimitError`), so no file can make the tool exhaust the machine.
 */

/** Excel's own sheet limits. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
/** The most characters Excel lets a cell hold. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

export const PACKAGE_LIMITS = {
  /** The .xlsx file itself (compressed). */
  fileBytes: 100 * 1024 * 1024,
  /** Parts (files) in the package. */
  entries: 10_000,
  /** One part unpacked (a sheet's XML, the shared strings …). */
  partBytes: 128 * 1024 * 1024,
  /** All parts unpacked together. */
  packageBytes: 384 * 1024 * 1024,
  /** Cells read from one table (its rows actually present × its columns). */
  tableCells: 4_000_000,
  /** Entries of the shared strings part (each cell's text is one; a workbook has fewer texts than cells). */
  sharedStrings: 4_000_000,
} as const;

const MB = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** A file beyond one of the limits, or a package that is damaged; the message is Danish and says which. */
export class PackageLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageLimitError";
  }
}

export const LIMIT_MESSAGES = {
  fileBytes: (bytes: number) =>
    `Filen fylder ${MB(bytes)}; SMORTE læser højst ${MB(PACKAGE_LIMITS.fileBytes)}. Er det den rigtige fil?`,
  entries: (n: number) =>
    `Filen består af ${n} dele; en Excel-projektmappe har højst ${PACKAGE_LIMITS.entries}. Filen er ikke en almindelig projektmappe.`,
  partBytes: (part: string) =>
    `Delen ${part} fylder over ${MB(PACKAGE_LIMITS.partBytes)}, når den pakkes ud (fx en såkaldt zip-bombe). Filen læses ikke.`,
  packageBytes: () =>
    `Filen fylder over ${MB(PACKAGE_LIMITS.packageBytes)}, når den pakkes ud (fx en såkaldt zip-bombe). Filen læses ikke.`,
  damaged: (part: string) =>
    `Filen er beskadiget: delen ${part} kan ikke pakkes ud. Gem arbejdsbogen igen i Excel som .xlsx, og prøv igen.`,
  badName: () => "Filen indeholder en del med et ugyldigt navn (en sti ud af pakken). Filen læses ikke.",
  noContentTypes: () =>
    "Filen mangler [Content_Types].xml og er derfor ikke en gyldig Excel-projektmappe. Gem arbejdsbogen i Excel som .xlsx, og prøv igen.",
  notZip: () =>
    "Filen er ikke en Excel-projektmappe (.xlsx): den er ikke en zip-pakke. Gem arbejdsbogen i Excel som .xlsx.",
  badCharacter: (where: string) =>
    `Filen er beskadiget: ${where} står en tegnkode, der ikke er et gyldigt tegn. Åbn og gem arbejdsbogen i Excel som .xlsx, og prøv igen.`,
  cellText: (sheet: string, row: number, column: string) =>
    `Cellen i række ${row}, kolonne ${column} på arket ${sheet} har over ${EXCEL_MAX_CELL_CHARS.toLocaleString("da-DK")} tegn, som er det mest, en Excel-celle kan rumme. Filen er ikke gemt af Excel; ret cellen, og prøv igen.`,
  sharedStrings: () =>
    `Filen har over ${PACKAGE_LIMITS.sharedStrings.toLocaleString("da-DK")} forskellige tekster; SMORTE læser ikke så store projektmapper. Tjek, at det er den rigtige fil.`,
  tableArea: (table: string, sheet: string) =>
    `Tabellen ${table} på arket ${sheet} er angivet større end et Excel-ark kan være (${EXCEL_MAX_ROWS} rækker × ${EXCEL_MAX_COLUMNS} kolonner). Ret tabellens område i Excel.`,
  tableCells: (table: string, sheet: string) =>
    `Tabellen ${table} på arket ${sheet} har over ${PACKAGE_LIMITS.tableCells.toLocaleString("da-DK")} celler med indhold; SMORTE læser ikke så store tabeller. Tjek, at tabellen kun dækker dataene.`,
} as const;
