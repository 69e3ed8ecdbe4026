/**
 * Audit of single rules on small workbooks, each expectation worked out by hand from the contract's rules.
 * Year 2026 unless said; default scale (Opnået 1, Delvist opnået 0.5, Ikke opnået 0, Ikke vurderet empty).
 */
import { evaluateYear, readWorkbook } from "../../src/domain";
import type { RawRow, RawWorkbook } from "../../src/domain/types";
import { serial } from "./support";

const TODAY = serial(2027, 1, 15);

function book(parts: {
  citizens?: RawRow[];
  goals?: RawRow[];
  followUps?: RawRow[];
  settings?: RawRow[];
}): RawWorkbook {
  return {
    Borgere: parts.citizens ?? [{ BorgerID: "B1", Målgruppe: "Autismespektrum", Afdeling: "Hus 1" }],
    Maal: parts.goals ?? [{ MålID: "M1", BorgerID: "B1", Mål: "Går selv i kantinen", Startdato: "2026-01-01" }],
    Opfoelgning: parts.followUps ?? [],
    ...(parts.settings ? { Indstillinger: parts.settings } : {}),
  };
}
const run = (raw: RawWorkbook, year = 2026) => {
  const read = readWorkbook(raw, { today: TODAY });
  return { read, model: evaluateYear(read.data, year) };
};
const errorsOn = (
  findings: readonly { severity: string; sheet: string; row: number | null; column: string | null }[],
  sheet: string,
) => findings.filter((f) => f.severity === "error" && f.sheet === sheet).map((f) => [f.row, f.column]);

describe("BorgerID and CPR numbers", () => {
  test.each([
    ["010190-1234", true], // DDMMYY-SSSS
    ["0101901234", true], // 10 digits, 01-01-90
    [3112991234, true], // a number: 31-12-99
    ["3112991234", true],
    ["290200-1234", true], // 29 Feb 2000 exists
    ["1234567890", false], // 12-34-56 is no date
    ["3102901234", false], // 31 Feb is no date
    ["B0001", false],
    ["2902011234", false], // 29 Feb 2001 does not exist
  ])("BorgerID %p looks like a CPR number: %p", (id, isCpr) => {
    const { read } = run(book({ citizens: [{ BorgerID: id, Målgruppe: "Autismespektrum" }], goals: [] }));
    expect(errorsOn(read.findings, "Borgere")).toEqual(isCpr ? [[2, "BorgerID"]] : []);
  });
});

describe("attribution and Danish sorting", () => {
  test("a goal with no method (and no parent) counts under '(ingen metode)', which sorts before the letters", () => {
    const { model } = run(
      book({
        citizens: [
          { BorgerID: "B1", Målgruppe: "Ældre", Afdeling: "Aabybro" },
          { BorgerID: "B2", Målgruppe: "Zoneterapi-gruppen", Afdeling: "Zinnia" },
          { BorgerID: "B3", Målgruppe: "Autismespektrum", Afdeling: "Ørnereden" },
        ],
        goals: [
          { MålID: "M1", BorgerID: "B1", Mål: "a", Startdato: "2026-01-01", Metode: "" },
          { MålID: "M2", BorgerID: "B2", Mål: "b", Startdato: "2026-01-01", Metode: "Åben dialog" },
          { MålID: "M3", BorgerID: "B3", Mål: "c", Startdato: "2026-01-01", Metode: "Zebra" },
          { MålID: "M4", BorgerID: "B3", Mål: "d", Startdato: "2026-01-01", Metode: "Æstetik" },
        ],
        followUps: ["M1", "M2", "M3", "M4"].map((m, i) => ({
          OpfølgningID: `F${i}`,
          MålID: m,
          Dato: "2026-05-01",
          Vurdering: "Opnået",
        })),
      }),
    );
    expect(model.byMethod.map((g) => g.group)).toEqual(["(ingen metode)", "Zebra", "Æstetik", "Åben dialog"]);
    expect(model.byTargetGroup.map((g) => g.group)).toEqual(["Autismespektrum", "Zoneterapi-gruppen", "Ældre"]);
    // Danish collation sorts "Aa" as "Å": Zinnia, Ørnereden, Aabybro.
    expect(model.byDepartment.map((g) => g.group)).toEqual(["Zinnia", "Ørnereden", "Aabybro"]);
  });

  test("a delmål without a method takes its parent's; with its own method it keeps its own", () => {
    const { model } = run(
      book({
        goals: [
          { MålID: "M1", BorgerID: "B1", Mål: "a", Startdato: "2026-01-01", Metode: "TEACCH" },
          { MålID: "M2", BorgerID: "B1", Overordnet: "M1", Mål: "b", Startdato: "2026-01-01", Metode: "" },
          { MålID: "M3", BorgerID: "B1", Overordnet: "M1", Mål: "c", Startdato: "2026-01-01", Metode: "Marte Meo" },
        ],
        followUps: [
          { OpfølgningID: "F1", MålID: "M2", Dato: "2026-02-01", Vurdering: "Opnået" },
          { OpfølgningID: "F2", MålID: "M3", Dato: "2026-02-01", Vurdering: "Ikke opnået" },
        ],
      }),
    );
    // M1 has no result of its own; M2 (inherits TEACCH) = 1; M3 (Marte Meo) = 0. Nothing derived upwards.
    expect(model.byMethod.map((g) => [g.group, g.goals, g.mean])).toEqual([
      ["Marte Meo", 1, 0],
      ["TEACCH", 1, 1],
    ]);
  });

  test("a delmål of a delmål, or of another citizen's goal, is an error on column Overordnet", () => {
    const { read } = run(
      book({
        citizens: [
          { BorgerID: "B1", Målgruppe: "Autismespektrum" },
          { BorgerID: "B2", Målgruppe: "Autismespektrum" },
        ],
        goals: [
          { MålID: "M1", BorgerID: "B1", Mål: "a", Startdato: "2026-01-01" },
          { MålID: "M2", BorgerID: "B1", Overordnet: "M1", Mål: "b", Startdato: "2026-01-01" },
          { MålID: "M3", BorgerID: "B1", Overordnet: "M2", Mål: "c", Startdato: "2026-01-01" },
          { MålID: "M4", BorgerID: "B2", Overordnet: "M1", Mål: "d", Startdato: "2026-01-01" },
        ],
      }),
    );
    expect(errorsOn(read.findings, "Mål")).toEqual([
      [4, "Overordnet"],
      [5, "Overordnet"],
    ]);
  });
});

describe("value of a follow-up", () => {
  const measured = (goal: RawRow, fu: RawRow) =>
    run(
      book({
        goals: [{ MålID: "M1", BorgerID: "B1", Mål: "a", Startdato: "2026-01-01", ...goal }],
        followUps: [{ OpfølgningID: "F1", MålID: "M1", Dato: "2026-03-01", ...fu }],
      }),
    );

  test.each([
    // baseline, target, measured → value
    [0, 10, 4, 0.4],
    [0, 10, 15, 1], // clamped at 1
    [0, 10, -3, 0], // clamped at 0
    [20, 5, 8, 0.8], // target below baseline: (8−20)/(5−20)
    [20, 5, 25, 0], // worse than the baseline
    [2, 4, "3", 0.5], // a number typed as text
  ])("Udgangspunkt %p → Målværdi %p, Måling %p gives %p", (baseline, target, m, value) => {
    const { model } = measured({ Udgangspunkt: baseline, Målværdi: target }, { Måling: m, Vurdering: "" });
    expect(model.units).toHaveLength(1);
    expect(model.units[0].value).toBeCloseTo(value, 12);
  });

  test("Udgangspunkt equal to Målværdi: a measurement gives no result", () => {
    const { model } = measured({ Udgangspunkt: 3, Målværdi: 3 }, { Måling: 3, Vurdering: "" });
    expect(model.units).toHaveLength(0);
  });

  test("a scale label wins over a measurement", () => {
    const { model } = measured({ Udgangspunkt: 0, Målværdi: 10 }, { Måling: 10, Vurdering: "ikke opnået" });
    expect(model.units[0].value).toBe(0);
  });

  test("an unknown label is an error on Vurdering and the row is left out, even with a Måling", () => {
    const { read, model } = measured({ Udgangspunkt: 0, Målværdi: 10 }, { Måling: 10, Vurdering: "Super" });
    expect(errorsOn(read.findings, "Opfølgning")).toEqual([[2, "Vurdering"]]);
    expect(model.units).toHaveLength(0);
  });

  test("a scale value within 1e-9 of 1 is Opnået; of 0 is Ikke opnået", () => {
    const raw = {
      ...book({
        goals: [
          { MålID: "M1", BorgerID: "B1", Mål: "a", Startdato: "2026-01-01" },
          { MålID: "M2", BorgerID: "B1", Mål: "b", Startdato: "2026-01-01" },
        ],
        followUps: [
          { OpfølgningID: "F1", MålID: "M1", Dato: "2026-03-01", Vurdering: "Næsten helt" },
          { OpfølgningID: "F2", MålID: "M2", Dato: "2026-03-01", Vurdering: "Næsten intet" },
        ],
      }),
      Skala: [
        { Vurdering: "Næsten helt", Værdi: 1 - 1e-12 },
        { Vurdering: "Næsten intet", Værdi: 1e-12 },
      ],
    };
    const { model } = run(raw);
    expect(model.total).toMatchObject({ achieved: 1, partial: 0, notAchieved: 1 });
  });
});

describe("the year of a result", () => {
  test("31 December counts in its year, 1 January in the next; a serial with a time of day is its calendar day", () => {
    const raw = book({
      goals: [{ MålID: "M1", BorgerID: "B1", Mål: "a", Startdato: "2025-01-01" }],
      followUps: [
        { OpfølgningID: "F1", MålID: "M1", Dato: "31-12-2025", Vurdering: "Ikke opnået" },
        { OpfølgningID: "F2", MålID: "M1", Dato: serial(2026, 1, 1) + 0.75, Vurdering: "Opnået" },
      ],
    });
    const y2025 = run(raw, 2025).model;
    const y2026 = run(raw, 2026).model;
    expect(y2025.total.mean).toBe(0);
    expect(y2026.total.mean).toBe(1);
    expect(y2026.total.previousMean).toBe(0);
    expect(y2026.total.change).toBe(1);
  });
});

describe("reading", () => {
  test("a missing required column is one error naming sheet and column; the table's rows take no part", () => {
    const { read, model } = run({
      Borgere: [{ BorgerID: "B1", Målgruppe: "Autismespektrum" }],
      Maal: [{ MålID: "M1", BorgerID: "B1", Mål: "a", Startdato: "2026-01-01" }],
      Opfoelgning: [{ OpfølgningID: "F1", MålID: "M1", Vurdering: "Opnået" }],
    });
    const missing = read.findings.filter(
      (f) => f.severity === "error" && f.sheet === "Opfølgning" && f.column === "Dato",
    );
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("Dato");
    expect(model.units).toHaveLength(0);
  });

  test("a date in an unsupported form is an error naming the cell", () => {
    const { read } = run(
      book({
        followUps: [
          { OpfølgningID: "F1", MålID: "M1", Dato: "March 3rd 2026", Vurdering: "Opnået" },
          { OpfølgningID: "F2", MålID: "M1", Dato: "2026-3-1", Vurdering: "Opnået" },
        ],
      }),
    );
    const dateErrors = errorsOn(read.findings, "Opfølgning");
    expect(dateErrors[0]).toEqual([2, "Dato"]);
  });

  test("GAS outside −2..+2 or not whole is an error on column GAS", () => {
    const { read } = run(
      book({
        followUps: [
          { OpfølgningID: "F1", MålID: "M1", Dato: "2026-02-01", Vurdering: "Opnået", GAS: 3 },
          { OpfølgningID: "F2", MålID: "M1", Dato: "2026-02-02", Vurdering: "Opnået", GAS: 0.5 },
          { OpfølgningID: "F3", MålID: "M1", Dato: "2026-02-03", Vurdering: "Opnået", GAS: "-2" },
        ],
      }),
    );
    expect(errorsOn(read.findings, "Opfølgning")).toEqual([
      [2, "GAS"],
      [3, "GAS"],
    ]);
  });

  test("duplicate ids are errors", () => {
    const { read } = run(
      book({
        citizens: [
          { BorgerID: "B1", Målgruppe: "Autismespektrum" },
          { BorgerID: "b1 ", Målgruppe: "Autismespektrum" },
          { BorgerID: "B1", Målgruppe: "Autismespektrum" },
        ],
        goals: [],
      }),
    );
    expect(errorsOn(read.findings, "Borgere").map((x) => x[0])).toContain(4);
  });
});

describe("GAS in the roll-up", () => {
  test("weights and default ρ 0.3; the level of the latest follow-up that has one, counting or not", () => {
    const { model } = run(
      book({
        goals: [
          { MålID: "M1", BorgerID: "B1", Mål: "a", Startdato: "2026-01-01", Metode: "KRAP", Vægt: 4 },
          { MålID: "M2", BorgerID: "B1", Mål: "b", Startdato: "2026-01-01", Metode: "KRAP", Vægt: 1 },
        ],
        followUps: [
          { OpfølgningID: "F1", MålID: "M1", Dato: "2026-02-01", Vurdering: "Opnået", GAS: 2 },
          { OpfølgningID: "F2", MålID: "M1", Dato: "2026-04-01", Vurdering: "Ikke vurderet", GAS: -2 },
          { OpfølgningID: "F3", MålID: "M2", Dato: "2026-02-01", Vurdering: "Delvist opnået", GAS: 1 },
        ],
      }),
    );
    // M1: level −2 (F2, not counting), w 4; M2: +1, w 1. Σwx = −8 + 1 = −7; Σw² = 17; Σw = 5.
    // T = 50 − 70/√(0.7·17 + 0.3·25) = 50 − 70/√19.4.
    expect(model.byMethod[0].gasT).toBeCloseTo(50 - 70 / Math.sqrt(19.4), 9);
    // Values: M1 = 1 (F1), M2 = 0.5.
    expect(model.byMethod[0].mean).toBeCloseTo(0.75, 12);
  });
});

describe("overdue at 31 December", () => {
  test("default interval 90 from Startdato when no follow-up; Afsluttet goals are never overdue", () => {
    const { model } = run(
      book({
        goals: [
          // Start 2 Oct + 90 = 31 Dec: not before 31 Dec → not overdue.
          { MålID: "M1", BorgerID: "B1", Mål: "a", Startdato: "2026-10-02" },
          // Start 1 Oct + 90 = 30 Dec → overdue.
          { MålID: "M2", BorgerID: "B1", Mål: "b", Startdato: "2026-10-01" },
          // Afsluttet: not active, not counted.
          { MålID: "M3", BorgerID: "B1", Mål: "c", Startdato: "2026-01-01", Status: "Afsluttet" },
          // Interval 400 from the last follow-up 1 Feb 2026 → 8 Mar 2027 → not overdue.
          { MålID: "M4", BorgerID: "B1", Mål: "d", Startdato: "2026-01-01", Interval: 400 },
        ],
        followUps: [{ OpfølgningID: "F1", MålID: "M4", Dato: "2026-02-01", Vurdering: "Opnået" }],
      }),
    );
    expect(model.dataQuality.activeGoals).toBe(3);
    expect(model.dataQuality.overdueAtYearEnd).toBe(1);
    expect(model.dataQuality.citizensWithoutResult).toBe(0);
  });

  test("the Interval setting replaces 90", () => {
    const { model } = run(
      book({
        goals: [{ MålID: "M1", BorgerID: "B1", Mål: "a", Startdato: "2026-12-01" }],
        settings: [{ Nøgle: "Interval", Værdi: 20 }],
      }),
    );
    // 1 Dec + 20 = 21 Dec → overdue; with 90 it would not be.
    expect(model.dataQuality.overdueAtYearEnd).toBe(1);
    expect(model.dataQuality.citizensWithoutResult).toBe(1);
  });
});
