import { readWorkbook } from "../../../src/domain/reader/readWorkbook";
import { accountingProblem, baseLists, book, citizenRow, codesAt, day, followUpRow, goalRow, TODAY } from "./helpers";
import type { RawRow, RawWorkbook } from "../../../src/domain/types";

const read = (raw: RawWorkbook) => {
  const r = readWorkbook(raw, { today: TODAY });
  expect(accountingProblem(r)).toBeNull();
  return r;
};

/** Rename every key of the rows with `f`. */
const rekey = (rows: RawRow[], f: (k: string) => string): RawRow[] =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [f(k), v])));

describe("columns are found by header name, whatever their order, case or surrounding spaces", () => {
  const citizens = [citizenRow("B01"), citizenRow("B02", { Målgruppe: "Autismespektrum" })];
  const goals = [goalRow("M01", "B01", { Vægt: 2 }), goalRow("M02", "B02")];
  const followUps = [followUpRow("O1", "M01", { GAS: 1 }), followUpRow("O2", "M02", { Vurdering: "Ikke opnået" })];
  const reference = readWorkbook(book(citizens, goals, followUps), { today: TODAY });

  test("headers in odd case with surrounding spaces read the same", () => {
    const odd = (k: string) => `  ${k.toUpperCase()} `;
    const r = read(
      book(
        rekey(citizens, odd),
        rekey(goals, odd),
        rekey(followUps, (k) => k.toLowerCase()),
      ),
    );
    expect(r.data).toEqual(reference.data);
    expect(r.findings).toEqual([]);
  });

  test("reordered columns read the same", () => {
    const reversed = (rows: RawRow[]) => rows.map((row) => Object.fromEntries(Object.entries(row).reverse()));
    const r = read(book(reversed(citizens), reversed(goals), reversed(followUps)));
    expect(r.data).toEqual(reference.data);
  });

  test("extra columns are ignored and cause no finding", () => {
    const extra = (rows: RawRow[]) => rows.map((row) => ({ Kommentar: "egen kolonne", "Hjælpekolonne 2": 42, ...row }));
    const r = read(book(extra(citizens), extra(goals), extra(followUps)));
    expect(r.data).toEqual(reference.data);
    expect(r.findings).toEqual([]);
  });

  test("a missing optional column reads as empty", () => {
    const noGas = followUps.map(({ GAS: _gas, ...rest }) => rest);
    const r = read(book(citizens, goals, noGas));
    expect(r.data.followUps.map((f) => f.gas)).toEqual([null, null]);
    expect(r.findings).toEqual([]);
  });

  test("a renamed required column is a missing column: one clear error naming sheet and column", () => {
    const renamed = rekey(followUps, (k) => (k === "Dato" ? "Opfølgningsdato" : k));
    const r = read(book(citizens, goals, renamed));
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toEqual(
      expect.objectContaining({ sheet: "Opfølgning", row: null, column: "Dato", code: "column-missing" }),
    );
    expect(errors[0].message).toMatch(/^Opfølgning, kolonne Dato: Kolonnen Dato mangler/);
    expect(r.data.followUps).toEqual([]);
    expect(r.data.leftOut.map((l) => [l.sheet, l.row])).toEqual([
      ["Opfølgning", 2],
      ["Opfølgning", 3],
    ]);
  });

  test("a header row other than 1 shifts every row number", () => {
    const r = read({
      ...book(citizens, goals, []),
      Opfoelgning: { rows: [...followUps, followUpRow("O3", "M09")], headerRow: 4 },
    });
    expect(r.data.followUps.map((f) => f.row)).toEqual([5, 6]);
    expect(codesAt(r, "Opfølgning", 7)).toEqual(["unknown-goal"]);
  });

  test("a header list with a required column but no rows is fine; a header list without it is an error", () => {
    const ok = read({
      ...book(citizens, goals, []),
      Opfoelgning: { rows: [], headers: ["OpfølgningID", "MålID", "Dato"] },
    });
    expect(ok.findings).toEqual([]);
    const bad = read({ ...book(citizens, goals, []), Opfoelgning: { rows: [], headers: ["OpfølgningID", "MålID"] } });
    expect(bad.findings.map((f) => f.code)).toEqual(["column-missing"]);
  });

  test("the header list decides which header is which, also for rows keyed by odd spellings", () => {
    const rows = [{ " Opfølgningid": "O1", MÅLID: "M01", "dato ": day(2026, 5, 1), Vurdering: "Opnået" }];
    const r = read({
      ...book(citizens, goals, []),
      Opfoelgning: { rows, headers: [" Opfølgningid", "MÅLID", "dato ", "Vurdering"] },
    });
    expect(r.data.followUps).toEqual([
      expect.objectContaining({ followUpId: "O1", goalId: "M01", date: day(2026, 5, 1) }),
    ]);
  });

  test("a column whose header appears twice: the first is used and a warning says so", () => {
    const r = read({
      ...book(citizens, goals, []),
      Opfoelgning: {
        rows: [{ OpfølgningID: "O1", MålID: "M01", Dato: day(2026, 5, 1), " dato": "ikke en dato", GAS: 0 }],
        headers: ["OpfølgningID", "MålID", "Dato", " dato", "GAS"],
      },
    });
    expect(r.findings.map((f) => [f.severity, f.code, f.column])).toEqual([["warning", "column-doubled", "Dato"]]);
    expect(r.data.followUps).toHaveLength(1);
  });
});

describe("empty rows", () => {
  test("rows whose contract cells are all empty are skipped with one warning per table listing them", () => {
    const r = read(
      book(
        [
          citizenRow("B01"),
          { BorgerID: "", Navn: " ", Målgruppe: null },
          {},
          citizenRow("B02"),
          { Kommentar: "kun egen kolonne" },
        ],
        [],
        [],
      ),
    );
    const w = r.findings.filter((f) => f.code === "empty-rows");
    expect(w).toEqual([expect.objectContaining({ severity: "warning", sheet: "Borgere", row: null })]);
    expect(w[0].message).toContain("3 tomme rækker");
    expect(w[0].message).toContain("række 3-4, 6");
    expect(r.data.emptyRows?.Borgere).toEqual([3, 4, 6]);
    expect(r.data.citizens).toHaveLength(2);
    expect(r.data.inputRows.Borgere).toBe(5);
  });

  test("a table holding only Excel's one empty row is reported as having no data yet, not told to delete it", () => {
    const r = read(book([citizenRow("B01")], [], [{ OpfølgningID: "", MålID: "", Dato: "" }]));
    const w = r.findings.filter((f) => f.code === "empty-rows");
    expect(w).toEqual([expect.objectContaining({ severity: "warning", sheet: "Opfølgning", row: null })]);
    expect(w[0].message).toContain("Tabellen Opfoelgning har endnu ingen data (række 2 er tom)");
    expect(w[0].message).not.toContain("Slet");
    expect(r.data.emptyRows?.Opfoelgning).toEqual([2]);
  });
});

describe("malformed input never throws", () => {
  test("a table that is neither rows nor a table object is an error for that table", () => {
    const r = read({ ...baseLists, Borgere: "hello" as never, Maal: [], Opfoelgning: [] });
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual(["table-unreadable"]);
  });
  test("rows that are not objects count as empty rows", () => {
    const r = read(book([citizenRow("B01"), null as never, 7 as never]));
    expect(r.data.emptyRows?.Borgere).toEqual([3, 4]);
  });
  test("no workbook at all reports the three required tables as missing", () => {
    const r = read(null as never);
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.table)).toEqual([
      "Borgere",
      "Maal",
      "Opfoelgning",
    ]);
  });
});
