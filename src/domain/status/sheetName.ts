/**
 * The status report sheet of a citizen: "Status " and the BorgerID, with the characters Excel does
 * not allow in a sheet name replaced and cut to Excel's 31 characters.
 * @example statusSheetName("B0001") // "Status B0001"
 */
export const statusSheetName = (citizenId: string): string =>
  `Status ${citizenId.replace(/[[\]:*?/\\']/g, "_")}`.slice(0, 31);
