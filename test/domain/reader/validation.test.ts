import { readWorkbook } from "../../../src/domain/reader/readWorkbook";
import {
  accountingProblem,
  book,
  citizenRow,
  codesAt,
  day,
  errorsAt,
  followUpRow,
  goalRow,
  leftOutRows,
  TODAY,
  warningsAt,
} from "./helpers";
import type { RawWorkbook } from "../../../src/domain/types";

const read = (raw: RawWorkbook) => {
  const r = readWorkbook(raw, { today: TODAY });
  expect(accountingProblem(r)).toBeNull();
  return r;
};

describe("Borgere", () => {
  test("BorgerID is required: an empty id is an error on that row and the row is left out", () => {
    const r = read(book([citizenRow("B01"), citizenRow("")]));
    expect(errorsAt(r, "Borgere", 3)).toEqual([
      expect.objectContaining({ column: "BorgerID", code: "required", row: 3, sheet: "Borgere" }),
    ]);
    expect(r.data.leftOut).toEqual([expect.objectContaining({ sheet: "Borgere", row: 3, column: "BorgerID" })]);
    expect(r.data.citizens.map((c) => c.citizenId)).toEqual(["B01"]);
  });

  test("a duplicate BorgerID is an error on the later row, naming the first row", () => {
    const r = read(book([citizenRow("B01"), citizenRow("B02"), citizenRow(" b01 ")]));
    const [e] = errorsAt(r, "Borgere", 4);
    expect(e.code).toBe("duplicate-id");
    expect(e.message).toContain("række 2");
    expect(errorsAt(r, "Borgere", 2)).toEqual([]);
    expect(r.data.citizens.map((c) => c.citizenId)).toEqual(["B01", "B02"]);
  });

  test("a BorgerID that looks like a CPR number is an error whose message does not repeat it", () => {
    const r = read(book([citizenRow("010190-1234"), citizenRow(3112991234), citizenRow("B03")]));
    for (const row of [2, 3]) {
      const [e] = errorsAt(r, "Borgere", row);
      expect(e.code).toBe("cpr-in-id");
      expect(e.message).not.toMatch(/0101901234|010190|3112991234|311299/);
    }
    expect(r.data.leftOut.map((l) => l.reason).join(" ")).not.toMatch(/010190|311299/);
    expect(r.data.citizens).toHaveLength(1);
  });

  test("Målgruppe is required", () => {
    const r = read(book([citizenRow("B01", { Målgruppe: " " })]));
    expect(codesAt(r, "Borgere", 2)).toEqual(["required"]);
  });

  test("a target group missing from Målgrupper is a warning; known ones take the list's spelling", () => {
    const r = read(
      book([citizenRow("B01", { Målgruppe: "Sindslidelse" }), citizenRow("B02", { Målgruppe: "autismeSPEKTRUM" })]),
    );
    expect(warningsAt(r, "Borgere", 2).map((f) => f.code)).toEqual(["unknown-target-group"]);
    expect(r.data.citizens.map((c) => c.targetGroup)).toEqual(["Sindslidelse", "Autismespektrum"]);
  });

  test("without a Målgrupper table target groups are not checked", () => {
    const r = read(book([citizenRow("B01", { Målgruppe: "Sindslidelse" })], [], [], { Maalgrupper: undefined }));
    expect(warningsAt(r, "Borgere", 2)).toEqual([]);
  });

  test("a CPR number in Navn (free text) is a warning without the number; the citizen still counts", () => {
    const r = read(book([citizenRow("B01", { Navn: "Hans 0101901234" })]));
    const [w] = warningsAt(r, "Borgere", 2);
    expect(w).toEqual(expect.objectContaining({ code: "cpr-in-text", column: "Navn" }));
    expect(w.message).not.toContain("0101901234");
    expect(w.message).not.toContain("Hans");
    expect(r.data.citizens).toHaveLength(1);
  });

  test("unreadable dates are errors naming the column; Udskrevet before Indskrevet is a warning", () => {
    const r = read(
      book([
        citizenRow("B01", { Indskrevet: "32-01-2020" }),
        citizenRow("B02", { Indskrevet: day(2022, 5, 1), Udskrevet: day(2021, 1, 1) }),
      ]),
    );
    expect(errorsAt(r, "Borgere", 2)).toEqual([expect.objectContaining({ column: "Indskrevet", code: "not-a-date" })]);
    expect(warningsAt(r, "Borgere", 3).map((f) => f.code)).toEqual(["discharged-before-enrolled"]);
  });
});

describe("Mål", () => {
  const citizens = [citizenRow("B01"), citizenRow("B02")];

  test("MålID is unique: the later row is an error", () => {
    const r = read(book(citizens, [goalRow("M01", "B01"), goalRow("m01", "B02")]));
    expect(codesAt(r, "Mål", 3)).toEqual(["duplicate-id"]);
    expect(r.data.goals.map((g) => g.goalId)).toEqual(["M01"]);
  });

  test("BorgerID must exist on Borgere; the reference takes the citizen's spelling", () => {
    const r = read(book(citizens, [goalRow("M01", "B09"), goalRow("M02", " b02 ")]));
    expect(codesAt(r, "Mål", 2)).toEqual(["unknown-citizen"]);
    expect(r.data.goals).toEqual([expect.objectContaining({ goalId: "M02", citizenId: "B02" })]);
  });

  test("Overordnet: a delmål of a goal of the same citizen is fine and takes the parent's spelling", () => {
    const r = read(book(citizens, [goalRow("M01", "B01"), goalRow("M02", "B01", { Overordnet: "m01" })]));
    expect(r.findings).toEqual([]);
    expect(r.data.goals[1].parentId).toBe("M01");
  });

  test("Overordnet: unknown parent, own id, another citizen's goal, and a delmål as parent are errors", () => {
    const r = read(
      book(citizens, [
        goalRow("M01", "B01"),
        goalRow("M02", "B01", { Overordnet: "M99" }),
        goalRow("M03", "B01", { Overordnet: "M03" }),
        goalRow("M04", "B02", { Overordnet: "M01" }),
        goalRow("M05", "B01", { Overordnet: "M01" }),
        goalRow("M06", "B01", { Overordnet: "M05" }),
      ]),
    );
    expect(codesAt(r, "Mål", 3)).toEqual(["unknown-parent"]);
    expect(codesAt(r, "Mål", 4)).toEqual(["self-parent"]);
    expect(codesAt(r, "Mål", 5)).toEqual(["parent-other-citizen"]);
    expect(codesAt(r, "Mål", 6)).toEqual([]);
    expect(codesAt(r, "Mål", 7)).toEqual(["parent-is-subgoal"]);
    expect(errorsAt(r, "Mål", 7)[0].message).toContain("række 6");
    expect(r.data.goals.map((g) => g.goalId)).toEqual(["M01", "M05"]);
  });

  test("choices: Måltype, Status and Inddraget are read case-insensitively; empty gives the defaults", () => {
    const r = read(
      book(citizens, [
        goalRow("M01", "B01", { Måltype: "begrænse tab", Status: " afsluttet ", Inddraget: "ja" }),
        goalRow("M02", "B01", { Måltype: "", Status: "", Inddraget: "" }),
        goalRow("M03", "B01", { Måltype: "Forbedre" }),
        goalRow("M04", "B01", { Status: "Lukket" }),
        goalRow("M05", "B01", { Inddraget: "Måske" }),
      ]),
    );
    expect(r.data.goals.slice(0, 2).map((g) => [g.goalType, g.status, g.involved])).toEqual([
      ["Begrænse tab", "Afsluttet", true],
      ["Udvikle", "Aktiv", null],
    ]);
    expect(errorsAt(r, "Mål", 4)).toEqual([expect.objectContaining({ column: "Måltype", code: "not-allowed" })]);
    expect(errorsAt(r, "Mål", 5)).toEqual([expect.objectContaining({ column: "Status", code: "not-allowed" })]);
    expect(errorsAt(r, "Mål", 6)).toEqual([expect.objectContaining({ column: "Inddraget", code: "not-allowed" })]);
    expect(errorsAt(r, "Mål", 4)[0].message).toContain("Udvikle, Fastholde, Begrænse tab");
  });

  test("Vægt is a whole number 1-4 (empty = 1); Interval is whole days of at least 1 (empty = the setting)", () => {
    const r = read(
      book(citizens, [
        goalRow("M01", "B01", { Vægt: "", Interval: "" }),
        goalRow("M02", "B01", { Vægt: "3", Interval: 30 }),
        goalRow("M03", "B01", { Vægt: 5 }),
        goalRow("M04", "B01", { Vægt: 1.5 }),
        goalRow("M05", "B01", { Interval: 0 }),
        goalRow("M06", "B01", { Interval: "14,5" }),
      ]),
    );
    expect(r.data.goals.map((g) => [g.goalId, g.weight, g.interval])).toEqual([
      ["M01", 1, null],
      ["M02", 3, 30],
    ]);
    expect(codesAt(r, "Mål", 4)).toEqual(["out-of-range"]);
    expect(codesAt(r, "Mål", 5)).toEqual(["not-whole"]);
    expect(codesAt(r, "Mål", 6)).toEqual(["out-of-range"]);
    expect(codesAt(r, "Mål", 7)).toEqual(["not-whole"]);
  });

  test("Udgangspunkt and Målværdi are numbers (Danish decimal comma accepted)", () => {
    const r = read(
      book(citizens, [
        goalRow("M01", "B01", { Udgangspunkt: "1,5", Målværdi: 4 }),
        goalRow("M02", "B01", { Målværdi: "mange" }),
      ]),
    );
    expect(r.data.goals[0]).toEqual(expect.objectContaining({ baseline: 1.5, target: 4 }));
    expect(errorsAt(r, "Mål", 3)).toEqual([expect.objectContaining({ column: "Målværdi", code: "not-a-number" })]);
  });

  test("Startdato is a required date; Slutdato must be a date when filled", () => {
    const r = read(
      book(citizens, [
        goalRow("M01", "B01", { Startdato: "" }),
        goalRow("M02", "B01", { Slutdato: "snart" }),
        goalRow("M03", "B01", { Startdato: "2026-02-01", Slutdato: "" }),
      ]),
    );
    expect(errorsAt(r, "Mål", 2)).toEqual([expect.objectContaining({ column: "Startdato", code: "required" })]);
    expect(errorsAt(r, "Mål", 3)).toEqual([expect.objectContaining({ column: "Slutdato", code: "not-a-date" })]);
    expect(r.data.goals).toEqual([
      expect.objectContaining({ goalId: "M03", startDate: day(2026, 2, 1), endDate: null }),
    ]);
  });

  test("Mål (the goal text) is required", () => {
    const r = read(book(citizens, [goalRow("M01", "B01", { Mål: "" })]));
    expect(codesAt(r, "Mål", 2)).toEqual(["required"]);
  });

  test("an unknown Metode is a warning and the goal still counts; a known one takes the list's spelling", () => {
    const r = read(
      book(citizens, [
        goalRow("M01", "B01", { Metode: "Marte Meo" }),
        goalRow("M02", "B01", { Metode: "low AROUSAL" }),
      ]),
    );
    expect(warningsAt(r, "Mål", 2).map((f) => f.code)).toEqual(["unknown-method"]);
    expect(r.data.goals.map((g) => g.method)).toEqual(["Marte Meo", "Low Arousal"]);
  });

  test("a CPR number in any free-text column is a warning naming the column, never the number", () => {
    const r = read(
      book(citizens, [goalRow("M01", "B01", { Relevans: "Jf. sag 010190-1234", Evaluering: "hver måned" })]),
    );
    const [w] = warningsAt(r, "Mål", 2);
    expect(w).toEqual(expect.objectContaining({ code: "cpr-in-text", column: "Relevans" }));
    expect(w.message).not.toContain("010190");
    expect(r.data.goals).toHaveLength(1);
  });

  test("a MålID or Overordnet that looks like a CPR number is an error", () => {
    const r = read(
      book(citizens, [goalRow("0101901234", "B01"), goalRow("M02", "B01", { Overordnet: "010190-1234" })]),
    );
    expect(codesAt(r, "Mål", 2)).toEqual(["cpr-in-id"]);
    expect(codesAt(r, "Mål", 3)).toEqual(["cpr-in-id"]);
  });
});

describe("Opfølgning", () => {
  const citizens = [citizenRow("B01")];
  const goals = [
    goalRow("M01", "B01", { Startdato: day(2026, 1, 1), Udgangspunkt: 1, Målværdi: 5 }),
    goalRow("M02", "B01"),
  ];

  test("OpfølgningID is unique: the later row is an error", () => {
    const r = read(book(citizens, goals, [followUpRow("O1", "M01"), followUpRow("o1", "M01")]));
    expect(codesAt(r, "Opfølgning", 3)).toEqual(["duplicate-id"]);
    expect(r.data.followUps).toHaveLength(1);
  });

  test("MålID must exist on Mål; the reference takes the goal's spelling", () => {
    const r = read(book(citizens, goals, [followUpRow("O1", "M09"), followUpRow("O2", "m02")]));
    expect(codesAt(r, "Opfølgning", 2)).toEqual(["unknown-goal"]);
    expect(r.data.followUps).toEqual([expect.objectContaining({ followUpId: "O2", goalId: "M02" })]);
  });

  test("Dato is a required date; an unreadable date is an error naming the cell", () => {
    const r = read(
      book(citizens, goals, [followUpRow("O1", "M01", { Dato: "" }), followUpRow("O2", "M01", { Dato: "1/13/2026" })]),
    );
    expect(errorsAt(r, "Opfølgning", 2)).toEqual([expect.objectContaining({ column: "Dato", code: "required" })]);
    const [e] = errorsAt(r, "Opfølgning", 3);
    expect(e).toEqual(expect.objectContaining({ column: "Dato", code: "not-a-date" }));
    expect(e.message.startsWith("Opfølgning, række 3, kolonne Dato: ")).toBe(true);
  });

  test("Vurdering must be a label of the scale: an unknown label is an error and the follow-up is left out", () => {
    const r = read(
      book(citizens, goals, [
        followUpRow("O1", "M01", { Vurdering: "Næsten" }),
        followUpRow("O2", "M01", { Vurdering: " delvist OPNÅET " }),
      ]),
    );
    const [e] = errorsAt(r, "Opfølgning", 2);
    expect(e).toEqual(expect.objectContaining({ column: "Vurdering", code: "unknown-label" }));
    expect(e.message).toContain("Opnået, Delvist opnået, Ikke opnået, Ikke vurderet");
    expect(leftOutRows(r, "Opfølgning")).toEqual([2]);
    expect(r.data.followUps[0].assessment).toBe("Delvist opnået");
  });

  test("Måling is a number; GAS a whole number from −2 to 2", () => {
    const r = read(
      book(citizens, goals, [
        followUpRow("O1", "M01", { Vurdering: "", Måling: "3,5", GAS: "-2" }),
        followUpRow("O2", "M01", { Måling: "tre" }),
        followUpRow("O3", "M01", { GAS: 3 }),
        followUpRow("O4", "M01", { GAS: 0.5 }),
      ]),
    );
    expect(r.data.followUps).toEqual([expect.objectContaining({ measurement: 3.5, gas: -2 })]);
    expect(errorsAt(r, "Opfølgning", 3)).toEqual([expect.objectContaining({ column: "Måling", code: "not-a-number" })]);
    expect(errorsAt(r, "Opfølgning", 4)).toEqual([expect.objectContaining({ column: "GAS", code: "out-of-range" })]);
    expect(errorsAt(r, "Opfølgning", 5)).toEqual([expect.objectContaining({ column: "GAS", code: "not-whole" })]);
  });

  test("a follow-up before its goal's Startdato or after today is a warning and still counts", () => {
    const r = read(
      book(citizens, goals, [
        followUpRow("O1", "M01", { Dato: day(2025, 12, 31) }),
        followUpRow("O2", "M01", { Dato: TODAY + 1 }),
        followUpRow("O3", "M01", { Dato: TODAY }),
      ]),
    );
    expect(warningsAt(r, "Opfølgning", 2).map((f) => f.code)).toEqual(["before-start"]);
    expect(warningsAt(r, "Opfølgning", 3).map((f) => f.code)).toEqual(["after-today"]);
    expect(codesAt(r, "Opfølgning", 4)).toEqual([]);
    expect(r.data.followUps).toHaveLength(3);
  });

  test("today defaults to the current date", () => {
    const r = readWorkbook(book(citizens, goals, []));
    expect(Math.abs(r.data.today - Math.floor(Date.now() / 86_400_000 + 25_569))).toBeLessThanOrEqual(1);
  });

  test("a Måling that cannot become a value (goal without distinct Udgangspunkt/Målværdi) is a warning", () => {
    const r = read(
      book(citizens, goals, [
        followUpRow("O1", "M02", { Vurdering: "", Måling: 3 }),
        followUpRow("O2", "M01", { Vurdering: "", Måling: 3 }),
      ]),
    );
    expect(warningsAt(r, "Opfølgning", 2).map((f) => f.code)).toEqual(["measurement-unusable"]);
    expect(warningsAt(r, "Opfølgning", 3)).toEqual([]);
  });

  test("a follow-up with neither Vurdering, Måling nor GAS is a warning: it does not count", () => {
    const r = read(
      book(citizens, goals, [
        followUpRow("O1", "M01", { Vurdering: "" }),
        followUpRow("O2", "M01", { Vurdering: "", GAS: 1 }),
      ]),
    );
    expect(warningsAt(r, "Opfølgning", 2).map((f) => f.code)).toEqual(["no-assessment"]);
    expect(warningsAt(r, "Opfølgning", 3)).toEqual([]);
  });

  test("a CPR number in Note is a warning", () => {
    const r = read(book(citizens, goals, [followUpRow("O1", "M01", { Note: "Mor (cpr 0101901234) ringede" })]));
    expect(warningsAt(r, "Opfølgning", 2).map((f) => [f.code, f.column])).toEqual([["cpr-in-text", "Note"]]);
  });

  test("several bad cells in one row: one finding each, one left-out entry with the first", () => {
    const r = read(book(citizens, goals, [followUpRow("O1", "M01", { Dato: "x", GAS: 9, Måling: "y" })]));
    expect(errorsAt(r, "Opfølgning", 2).map((f) => f.column)).toEqual(["Dato", "Måling", "GAS"]);
    expect(r.data.leftOut).toEqual([expect.objectContaining({ sheet: "Opfølgning", row: 2, column: "Dato" })]);
  });
});

describe("cell values as Excel hands them over", () => {
  test("Excel error values, booleans and objects are errors, never text", () => {
    const r = read(
      book(
        [citizenRow("#N/A"), citizenRow("B02", { Kontaktperson: true }), citizenRow("B03", { Afdeling: "#REF!" })],
        [goalRow("M01", "B03", { Mål: { richText: [] } as never })],
      ),
    );
    expect(errorsAt(r, "Borgere", 2)).toEqual([expect.objectContaining({ column: "BorgerID", code: "excel-error" })]);
    expect(errorsAt(r, "Borgere", 3)).toEqual([]);
    expect(warningsAt(r, "Borgere", 3)).toEqual([
      expect.objectContaining({ column: "Kontaktperson", code: "boolean" }),
    ]);
    expect(errorsAt(r, "Borgere", 4)).toEqual([expect.objectContaining({ column: "Afdeling", code: "excel-error" })]);
    expect(errorsAt(r, "Mål", 2).map((f) => f.code)).toEqual(["unreadable", "citizen-left-out"]);
  });

  test("an unreadable optional text (#REF! in Note, Navn) is a warning: read as empty, the row still counts", () => {
    const r = read(
      book(
        [citizenRow("B01", { Navn: "#REF!" })],
        [goalRow("M01", "B01")],
        [followUpRow("O1", "M01", { Note: "#NAME?" })],
      ),
    );
    expect(errorsAt(r, "Borgere", 2)).toEqual([]);
    expect(warningsAt(r, "Borgere", 2)).toEqual([expect.objectContaining({ column: "Navn", code: "excel-error" })]);
    expect(warningsAt(r, "Opfølgning", 2)).toEqual([expect.objectContaining({ column: "Note", code: "excel-error" })]);
    expect(r.data.leftOut).toEqual([]);
    expect(r.data.citizens[0].name).toBe("");
    expect(r.data.followUps[0].note).toBe("");
  });

  test("numeric ids are read as their text", () => {
    const r = read(book([citizenRow(17)], [goalRow(1, "17")], [followUpRow(100, 1)]));
    expect(r.findings).toEqual([]);
    expect(r.data.followUps[0]).toEqual(expect.objectContaining({ followUpId: "100", goalId: "1" }));
    expect(r.data.goals[0].citizenId).toBe("17");
  });
});
