/** Small builders of raw workbook rows for reader tests (keyed by the Danish headers). */
import type { RawRow, RawWorkbook, ReadResult } from "../../../src/domain/types";
import type { TableName } from "../../../src/domain/schema";
import { dayFromYmd } from "../../../src/domain/dates";

export const day = (y: number, m: number, d: number): number => dayFromYmd(y, m, d) as number;
export const TODAY = day(2027, 1, 15);

export const citizenRow = (id: unknown, extra: RawRow = {}): RawRow => ({
  BorgerID: id as RawRow[string],
  Navn: "Test Person",
  Målgruppe: "Udviklingshæmning",
  Afdeling: "Hus Nord",
  ...extra,
});

export const goalRow = (id: unknown, citizenId: unknown, extra: RawRow = {}): RawRow => ({
  MålID: id as RawRow[string],
  BorgerID: citizenId as RawRow[string],
  Overordnet: "",
  Mål: "Går selv i Netto med indkøbsliste.",
  Startdato: day(2026, 1, 1),
  Slutdato: day(2026, 12, 31),
  Metode: "KRAP",
  ...extra,
});

export const followUpRow = (id: unknown, goalId: unknown, extra: RawRow = {}): RawRow => ({
  OpfølgningID: id as RawRow[string],
  MålID: goalId as RawRow[string],
  Dato: day(2026, 6, 1),
  Vurdering: "Opnået",
  ...extra,
});

export const baseLists = {
  Metoder: [{ Metode: "KRAP" }, { Metode: "Low Arousal" }],
  Maalgrupper: [{ Målgruppe: "Udviklingshæmning" }, { Målgruppe: "Autismespektrum" }],
  Skala: [
    { Vurdering: "Opnået", Værdi: 1 },
    { Vurdering: "Delvist opnået", Værdi: 0.5 },
    { Vurdering: "Ikke opnået", Værdi: 0 },
    { Vurdering: "Ikke vurderet", Værdi: "" },
  ],
  Indstillinger: [{ Nøgle: "Tilbud", Værdi: "Bostedet" }],
};

/** A workbook with the given record rows and the standard lists. */
export const book = (
  citizens: RawRow[],
  goals: RawRow[] = [],
  followUps: RawRow[] = [],
  extra: RawWorkbook = {},
): RawWorkbook => ({
  ...baseLists,
  Borgere: citizens,
  Maal: goals,
  Opfoelgning: followUps,
  ...extra,
});

export const errorsAt = (r: ReadResult, sheet: string, row: number) =>
  r.findings.filter((f) => f.severity === "error" && f.sheet === sheet && f.row === row);
export const warningsAt = (r: ReadResult, sheet: string, row: number) =>
  r.findings.filter((f) => f.severity === "warning" && f.sheet === sheet && f.row === row);
export const codesAt = (r: ReadResult, sheet: string, row: number): string[] =>
  r.findings.filter((f) => f.sheet === sheet && f.row === row).map((f) => f.code ?? "");
export const leftOutRows = (r: ReadResult, sheet: string): number[] =>
  r.data.leftOut.filter((l) => l.sheet === sheet).map((l) => l.row);

const RECORD_LISTS: Array<[TableName, string, (r: ReadResult) => ReadonlyArray<{ row?: number }>]> = [
  ["Borgere", "Borgere", (r) => r.data.citizens],
  ["Maal", "Mål", (r) => r.data.goals],
  ["Opfoelgning", "Opfølgning", (r) => r.data.followUps],
  ["Metoder", "Metoder", (r) => r.data.methods],
  ["Maalgrupper", "Målgrupper", (r) => r.data.targetGroups],
  ["Skala", "Indstillinger", (r) => r.data.scale.filter((s) => s.row !== undefined)],
];

/**
 * Check that every input row of every record table is in exactly one place — a record, leftOut or the
 * empty rows — and that a row is left out exactly when it has an error finding (or its table has one).
 * Returns a description of the first violation, or null.
 */
export function accountingProblem(r: ReadResult): string | null {
  const tableErrors = new Set(r.findings.filter((f) => f.severity === "error" && f.row === null).map((f) => f.table));
  for (const [table, sheet, records] of RECORD_LISTS) {
    const input = r.data.inputRows[table] ?? 0;
    const used = records(r).map((x) => x.row as number);
    // Skala and Indstillinger share a sheet; settings rows are only left out for a missing Nøgle column.
    const left = r.data.leftOut
      .filter((l) => l.sheet === sheet && (table !== "Skala" || l.column !== "Nøgle"))
      .map((l) => l.row);
    const empty = [...(r.data.emptyRows?.[table] ?? [])];
    if (used.length + left.length + empty.length !== input) {
      return `${table}: ${used.length} used + ${left.length} left out + ${empty.length} empty ≠ ${input} input rows`;
    }
    if (new Set([...used, ...left, ...empty]).size !== input) return `${table}: a row is in two places`;
    const errorRows = new Set(
      r.findings.filter((f) => f.severity === "error" && f.table === table && f.row !== null).map((f) => f.row),
    );
    for (const row of used) if (errorRows.has(row)) return `${table}: row ${row} is used but has an error`;
    for (const row of left) {
      if (!errorRows.has(row) && !tableErrors.has(table)) return `${table}: row ${row} left out without an error`;
    }
  }
  return null;
}
