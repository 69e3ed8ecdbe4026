/**
 * Danish messages of the workbook layer. They say what is wrong, where (sheet, row, column) and what
 * to do, and never contain a name, CPR number or free text (ids are local pseudonyms).
 */
import { tableSpec } from "../domain";
import type { TableName } from "../domain";

const MAKE_TEMPLATE = 'Vælg "Opret SMORTE-arbejdsbog" for at tilføje det, der mangler.';

/** @example missingTableMessage("Maal") // "Tabellen Maal findes ikke (den hører til på arket Mål). …" */
export const missingTableMessage = (table: TableName): string =>
  `Tabellen ${table} findes ikke (den hører til på arket ${tableSpec(table).sheet}). ${MAKE_TEMPLATE}`;

export const missingColumnMessage = (sheet: string, column: string): string =>
  `Kolonnen ${column} mangler i tabellen på arket ${sheet}. ${MAKE_TEMPLATE}`;

export const unknownKeyMessage = (table: TableName, key: string): string =>
  `Feltet "${key}" findes ikke i tabellen ${table}. Det er en fejl i tilføjelsesprogrammet; kontakt support.`;

export const duplicateIdMessage = (sheet: string, column: string, id: string, rows: readonly number[]): string =>
  `${column} ${id} står i flere rækker (${rows.join(", ")}) på arket ${sheet}. ` +
  `Ret dubletten, så hvert id kun findes én gang, og gem igen.`;

export const vanishedRowMessage = (sheet: string, column: string, id: string): string =>
  `Rækken med ${column} ${id} findes ikke længere på arket ${sheet}; måske har en kollega slettet den. ` +
  `Intet er gemt. Genindlæs og prøv igen.`;

export const alreadyExistsMessage = (sheet: string, column: string, id: string, row: number): string =>
  `${column} ${id} findes allerede i række ${row} på arket ${sheet}; måske har en kollega lige oprettet den. ` +
  `Intet er gemt. Vælg et andet id, eller genindlæs og ret den eksisterende række.`;

export const missingSheetMessage = (sheet: string): string => `Arket ${sheet} findes ikke.`;

export const missingSheetTableMessage = (sheet: string, table: string): string =>
  `Tabellen ${table} findes ikke på arket ${sheet}.`;

export const blockedColumnMessage = (table: string, sheet: string, column: string): string =>
  `Kolonnen ${column} kunne ikke tilføjes i tabellen ${table} på arket ${sheet}, fordi cellerne lige til højre ` +
  `for tabellen ikke er tomme. Flyt det, der står der, og vælg "Opret SMORTE-arbejdsbog" igen.`;

export const addedSheetLine = (sheet: string): string => `Tilføjede arket ${sheet}.`;
export const addedTableLine = (table: string, sheet: string): string =>
  `Tilføjede tabellen ${table} på arket ${sheet}.`;
export const addedColumnLine = (column: string, table: string, sheet: string): string =>
  `Tilføjede kolonnen ${column} i tabellen ${table} på arket ${sheet}.`;
