import { readWorkbook } from "../../../src/domain/reader/readWorkbook";
import {
  accountingProblem,
  book,
  citizenRow,
  codesAt,
  errorsAt,
  followUpRow,
  goalRow,
  leftOutRows,
  TODAY,
} from "./helpers";
import type { RawWorkbook } from "../../../src/domain/types";

const read = (raw: RawWorkbook) => {
  const r = readWorkbook(raw, { today: TODAY });
  expect(accountingProblem(r)).toBeNull();
  return r;
};

describe("rows that depend on a left-out row are left out too, with a reason naming that row", () => {
  test("citizen → goal → delmål → follow-up", () => {
    // Borgere row 2 (B01) has no Målgruppe, so it is left out; everything hanging on it follows.
    const r = read(
      book(
        [citizenRow("B01", { Målgruppe: "", Navn: "Karen Hemmelig" }), citizenRow("B02")],
        [goalRow("M01", "B01"), goalRow("M02", "B01", { Overordnet: "M01" }), goalRow("M03", "B02")],
        [followUpRow("O1", "M01"), followUpRow("O2", "M02"), followUpRow("O3", "M03")],
      ),
    );
    expect(codesAt(r, "Mål", 2)).toEqual(["citizen-left-out"]);
    expect(errorsAt(r, "Mål", 2)[0].message).toContain("række 2 på arket Borgere");
    expect(codesAt(r, "Mål", 3)).toEqual(["citizen-left-out", "parent-left-out"]);
    expect(codesAt(r, "Opfølgning", 2)).toEqual(["goal-left-out"]);
    expect(errorsAt(r, "Opfølgning", 3)[0].message).toContain("række 3 på arket Mål");
    expect(leftOutRows(r, "Borgere")).toEqual([2]);
    expect(leftOutRows(r, "Mål")).toEqual([2, 3]);
    expect(leftOutRows(r, "Opfølgning")).toEqual([2, 3]);
    expect(r.data.followUps.map((f) => f.followUpId)).toEqual(["O3"]);
    const everything = JSON.stringify(r);
    expect(everything).not.toContain("Karen");
  });

  test("a delmål whose indsatsmål is left out for its own reason", () => {
    const r = read(
      book(
        [citizenRow("B01")],
        [goalRow("M01", "B01", { Startdato: "" }), goalRow("M02", "B01", { Overordnet: "M01" })],
      ),
    );
    expect(codesAt(r, "Mål", 3)).toEqual(["parent-left-out"]);
    expect(errorsAt(r, "Mål", 3)[0].message).toContain("række 2");
  });

  test("a goal whose citizen's BorgerID is a CPR number never repeats the number", () => {
    const r = read(book([citizenRow("0101901234")], [goalRow("M01", "0101901234")], [followUpRow("O1", "M01")]));
    expect(codesAt(r, "Borgere", 2)).toEqual(["cpr-in-id"]);
    expect(codesAt(r, "Mål", 2)).toEqual(["cpr-in-id"]);
    expect(codesAt(r, "Opfølgning", 2)).toEqual(["goal-left-out"]);
    expect(JSON.stringify(r)).not.toContain("0101901234");
  });

  test("a follow-up on a duplicate goal row counts with the first row of that MålID", () => {
    const r = read(
      book([citizenRow("B01")], [goalRow("M01", "B01"), goalRow("M01", "B01")], [followUpRow("O1", "M01")]),
    );
    expect(codesAt(r, "Mål", 3)).toEqual(["duplicate-id"]);
    expect(r.data.followUps).toHaveLength(1);
  });

  test("a follow-up whose label's scale row is left out is left out, naming the scale row", () => {
    const r = read(
      book([citizenRow("B01")], [goalRow("M01", "B01")], [followUpRow("O1", "M01", { Vurdering: "Godt på vej" })], {
        Skala: [
          { Vurdering: "Opnået", Værdi: 1 },
          { Vurdering: "Godt på vej", Værdi: 1.5 },
        ],
      }),
    );
    expect(errorsAt(r, "Indstillinger", 3)).toEqual([expect.objectContaining({ column: "Værdi", table: "Skala" })]);
    expect(codesAt(r, "Opfølgning", 2)).toEqual(["label-left-out"]);
    expect(errorsAt(r, "Opfølgning", 2)[0].message).toContain("række 3");
  });
});

describe("a table that cannot be read takes the tables that refer to it along", () => {
  test("a missing required column is one error for the table; every row is left out", () => {
    const rows = [
      { BorgerID: "B01", Navn: "A" },
      { BorgerID: "B02", Navn: "B" },
    ];
    const r = read(book(rows, [goalRow("M01", "B01")], [followUpRow("O1", "M01")]));
    const tableErrors = r.findings.filter((f) => f.row === null && f.severity === "error");
    expect(tableErrors).toEqual([
      expect.objectContaining({ sheet: "Borgere", column: "Målgruppe", code: "column-missing" }),
      expect.objectContaining({ sheet: "Mål", code: "dependency-unusable" }),
      expect.objectContaining({ sheet: "Opfølgning", code: "dependency-unusable" }),
    ]);
    expect(tableErrors[0].message).toContain("Målgruppe");
    expect(tableErrors[0].message).toContain("Borgere");
    expect(leftOutRows(r, "Borgere")).toEqual([2, 3]);
    expect(leftOutRows(r, "Mål")).toEqual([2]);
    expect(leftOutRows(r, "Opfølgning")).toEqual([2]);
    expect(r.data.leftOut[0]).toEqual(expect.objectContaining({ column: "Målgruppe" }));
  });

  test("a missing required table (Borgere) is an error; goals cannot be used", () => {
    const r = read({ Maal: [goalRow("M01", "B01")], Opfoelgning: [] });
    expect(r.findings.filter((f) => f.severity === "error").map((f) => [f.sheet, f.code])).toEqual([
      ["Borgere", "table-missing"],
      ["Mål", "dependency-unusable"],
    ]);
  });

  test("missing Opfoelgning is an error on its own; citizens and goals still count", () => {
    const r = read({ Borgere: [citizenRow("B01")], Maal: [goalRow("M01", "B01")] });
    expect(r.findings.filter((f) => f.severity === "error").map((f) => [f.sheet, f.code])).toEqual([
      ["Opfølgning", "table-missing"],
    ]);
    expect(r.data.goals).toHaveLength(1);
  });

  test("optional tables may be missing: a warning saying which default applies, never an error", () => {
    const r = read({ Borgere: [citizenRow("B01")], Maal: [], Opfoelgning: [] });
    const missing = r.findings.filter((f) => f.code === "table-missing");
    expect(missing.map((f) => [f.severity, f.table])).toEqual([
      ["warning", "Metoder"],
      ["warning", "Maalgrupper"],
      ["warning", "Indstillinger"],
      ["warning", "Skala"],
    ]);
    expect(r.data.scale.map((s) => s.label)).toEqual(["Opnået", "Delvist opnået", "Ikke opnået", "Ikke vurderet"]);
  });
});
