import fc from "fast-check";
import { readWorkbook } from "../../../src/domain/reader/readWorkbook";
import { TABLE_SPECS } from "../../../src/domain/schema";
import type { RawRow, RawWorkbook, ReadResult } from "../../../src/domain/types";
import { accountingProblem, baseLists, TODAY } from "./helpers";

/** Cell values as Excel may hand them over, good and bad. */
const anyCell = fc.oneof(
  fc.constant(""),
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 60_000 }),
  fc.double(),
  fc.boolean(),
  fc.constantFrom("#N/A", "#VALUE!", "#I/T", " ", "2,5", "01-03-2026", "2026-13-01", "0101901234", "Opnået", "Ja"),
);

const citizenIds = ["B1", "B2", "B3", "B4", "B5", "0101901234", ""];
const goalIds = ["M1", "M2", "M3", "M4", "M5", "M6", ""];
const sometimes = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: anyCell });

const citizenArb = fc.record({
  BorgerID: sometimes(fc.constantFrom(...citizenIds)),
  Navn: sometimes(fc.constantFrom("Anna", "Bo 010190-1234", "")),
  Målgruppe: sometimes(fc.constantFrom("Udviklingshæmning", "autismespektrum", "Ukendt", "")),
  Afdeling: sometimes(fc.constantFrom("Hus Nord", "")),
});
const goalArb = fc.record({
  MålID: sometimes(fc.constantFrom(...goalIds)),
  BorgerID: sometimes(fc.constantFrom(...citizenIds)),
  Overordnet: sometimes(fc.constantFrom("", "", "M1", "M2", "M9")),
  Mål: sometimes(fc.constantFrom("Går selv i Netto.", "")),
  Startdato: sometimes(fc.integer({ min: 45_000, max: 46_500 })),
  Slutdato: sometimes(fc.constantFrom(46_500, "", "31-12-2026")),
  Metode: sometimes(fc.constantFrom("KRAP", "low arousal", "Ukendt", "")),
  Vægt: sometimes(fc.constantFrom("", 1, 2, 4, 5)),
  Interval: sometimes(fc.constantFrom("", 30, 0)),
  Udgangspunkt: sometimes(fc.constantFrom("", 1, "1,5")),
  Målværdi: sometimes(fc.constantFrom("", 5, 1)),
});
const followUpArb = fc.record({
  OpfølgningID: sometimes(fc.constantFrom("O1", "O2", "O3", "O4", "")),
  MålID: sometimes(fc.constantFrom(...goalIds)),
  Dato: sometimes(fc.integer({ min: 45_000, max: 46_700 })),
  Vurdering: sometimes(fc.constantFrom("Opnået", "delvist opnået", "Ikke vurderet", "Næsten", "")),
  Måling: sometimes(fc.constantFrom("", 3, "2,5")),
  GAS: sometimes(fc.constantFrom("", -2, 0, 2, 3)),
  Note: sometimes(fc.constantFrom("", "cpr 0101901234")),
});

const workbookArb = fc
  .record({
    Borgere: fc.array(citizenArb, { maxLength: 8 }),
    Maal: fc.array(goalArb, { maxLength: 10 }),
    Opfoelgning: fc.array(followUpArb, { maxLength: 12 }),
  })
  .map((t) => ({ ...baseLists, ...t }) as RawWorkbook);

describe("every input row is used or reported (nothing disappears without a finding)", () => {
  test("property: records + left out + empty rows = input rows, and a row is left out ⇔ it has an error", () => {
    fc.assert(
      fc.property(workbookArb, (raw) => {
        const r = readWorkbook(raw, { today: TODAY });
        expect(accountingProblem(r)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  test("property: every left-out row has a reason and a sheet, and no reason quotes a CPR-like value", () => {
    fc.assert(
      fc.property(workbookArb, (raw) => {
        const r = readWorkbook(raw, { today: TODAY });
        for (const l of r.data.leftOut) {
          expect(l.reason.length).toBeGreaterThan(10);
          expect(l.reason).not.toMatch(/0101901234|010190/);
        }
        for (const f of r.findings) expect(f.message).not.toMatch(/0101901234|010190/);
      }),
      { numRuns: 200 },
    );
  });
});

/** The findings of a read as "tag:severity:code:column" strings, tags taken from the rows' Tag column. */
function taggedFindings(r: ReadResult, raw: RawWorkbook): string[] {
  const tagOf = new Map<string, unknown>();
  for (const spec of TABLE_SPECS) {
    const rows = (raw[spec.table] ?? []) as RawRow[];
    rows.forEach((row, i) => tagOf.set(`${spec.table}:${i + 2}`, row.Tag));
  }
  return r.findings
    .map((f) => {
      const tag = f.row === null ? "table" : String(tagOf.get(`${f.table}:${f.row}`));
      return `${f.table}:${tag}:${f.severity}:${f.code}:${f.column}`;
    })
    .sort();
}

describe("the set of findings does not depend on row order (ids unique)", () => {
  const uniqueRows = <T extends RawRow>(arb: fc.Arbitrary<T[]>, idKey: string) =>
    arb.map((rows) => {
      const seen = new Set<string>();
      return rows
        .filter((row) => {
          const id = String(row[idKey] ?? "")
            .trim()
            .toLowerCase();
          if (id === "" || seen.has(id)) return false;
          seen.add(id);
          return true;
        })
        .map((row, i) => ({ ...row, Tag: i }));
    });
  const uniqueArb = fc.record({
    Borgere: uniqueRows(fc.array(citizenArb, { maxLength: 8 }), "BorgerID"),
    Maal: uniqueRows(fc.array(goalArb, { maxLength: 10 }), "MålID"),
    Opfoelgning: uniqueRows(fc.array(followUpArb, { maxLength: 12 }), "OpfølgningID"),
  });
  const shuffled = <T>(rows: T[]) => fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length });

  test("property: shuffling the rows of each table gives the same findings on the same rows", () => {
    fc.assert(
      fc.property(
        uniqueArb.chain((t) =>
          fc.record({
            original: fc.constant(t),
            shuffled: fc.record({
              Borgere: shuffled(t.Borgere),
              Maal: shuffled(t.Maal),
              Opfoelgning: shuffled(t.Opfoelgning),
            }),
          }),
        ),
        ({ original, shuffled: s }) => {
          const a = { ...baseLists, ...original } as RawWorkbook;
          const b = { ...baseLists, ...s } as RawWorkbook;
          const ra = readWorkbook(a, { today: TODAY });
          const rb = readWorkbook(b, { today: TODAY });
          expect(taggedFindings(rb, b)).toEqual(taggedFindings(ra, a));
          const ids = (r: ReadResult) => [
            r.data.citizens.map((c) => c.citizenId).sort(),
            r.data.goals.map((g) => g.goalId).sort(),
            r.data.followUps.map((f) => f.followUpId).sort(),
          ];
          expect(ids(rb)).toEqual(ids(ra));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("fuzzing: arbitrary cell values never make the reader throw, and it always reports", () => {
  const headerArb = fc.oneof(
    fc.constantFrom(...TABLE_SPECS.flatMap((t) => t.columns.map((c) => c.name))),
    fc.constantFrom(" borgerid ", "MÅLID", "dato", "__proto__", "constructor", ""),
    fc.string({ maxLength: 6 }),
  );
  const rowArb = fc.dictionary(headerArb, anyCell, { maxKeys: 10 });
  const tableArb = fc.oneof(
    { weight: 4, arbitrary: fc.array(rowArb, { maxLength: 6 }) },
    {
      weight: 2,
      arbitrary: fc.record(
        {
          rows: fc.array(rowArb, { maxLength: 6 }),
          headerRow: fc.oneof(fc.integer({ min: -2, max: 50 }), fc.constant(undefined)),
          headers: fc.oneof(fc.array(headerArb, { maxLength: 8 }), fc.constant(undefined)),
        },
        { requiredKeys: ["rows"] },
      ),
    },
    { weight: 1, arbitrary: fc.anything() },
  );
  const names = TABLE_SPECS.map((t) => t.table);
  const fuzzBook = fc.dictionary(fc.constantFrom(...names), tableArb);

  test("property: never throws; records + left out + empty = input rows", () => {
    fc.assert(
      fc.property(fuzzBook, fc.oneof(fc.integer({ min: 1, max: 2_958_465 }), fc.constant(undefined)), (raw, today) => {
        const r = readWorkbook(raw as RawWorkbook, today === undefined ? {} : { today });
        expect(accountingProblem(r)).toBeNull();
        for (const f of r.findings) {
          expect(["error", "warning"]).toContain(f.severity);
          expect(typeof f.message).toBe("string");
          expect(f.message.startsWith(f.sheet)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("property: a workbook of totally arbitrary values never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(() => readWorkbook(raw as RawWorkbook)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
