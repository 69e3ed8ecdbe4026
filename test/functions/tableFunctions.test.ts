/**
 * SMORTE.RESULTS, SMORTE.GOALRESULT and SMORTE.CRITERION on the worked example (test/fixtures/
 * workedExample.ts), given as Excel hands structured references to a function: 2-D ranges with the
 * header row. Figures worked out by hand for 2026 (ρ 0,3):
 *   units M01 = 1, M02 = 0 (Low Arousal, inherited), M04 = 0,5 ((3−1)/(5−1)), M05 = 0,5; M03 none in 2026
 *   (Ikke vurderet), 1 in 2025.
 *   GAS: B01 = 50 + 10·(1·1 + 2·(−1))/√(0,7·5 + 0,3·9) = 45,98390; B03 = 50 (M05 level 0).
 */
import "../support/customFunctionsGlobal";
import { criterion, goalResult, results } from "../../src/functions/functions";
import { workedExampleRows as rows } from "../fixtures/workedExample";
import { excelError, OMITTED } from "./excelError";
import { onlyColumns, toRange } from "./ranges";

const maal = toRange(rows.Maal);
const opfoelgning = toRange(rows.Opfoelgning);
const borgere = toRange(rows.Borgere);
const skala = toRange(rows.Skala);

const GAS_B01 = 50 - 10 / Math.sqrt(6.2); // 45.98390…
const HEADER = [
  "Gruppe",
  "Borgere",
  "Mål",
  "Opnået",
  "Delvist opnået",
  "Ikke opnået",
  "Gennemsnit",
  "Borgervægtet gennemsnit",
  "GAS T",
];

/** Compare a results table with expected rows, numbers to 9 decimals. */
function expectTable(actual: unknown[][], expected: unknown[][]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, i) => {
    expect(row).toHaveLength(expected[i].length);
    row.forEach((cell, j) => {
      if (typeof expected[i][j] === "number") expect(cell).toBeCloseTo(expected[i][j] as number, 9);
      else expect(cell).toBe(expected[i][j]);
    });
  });
}

describe("SMORTE.RESULTS / SMORTE.RESULTATER", () => {
  it("per method (the default): KRAP and Low Arousal, then the total row (alle)", () => {
    expectTable(results(maal, opfoelgning, borgere, 2026), [
      HEADER,
      // KRAP: M04 only (B03), partial; no GAS level → empty.
      ["KRAP", 1, 1, 0, 1, 0, 0.5, 0.5, ""],
      // Low Arousal: M01 = 1, M02 = 0, M05 = 0,5; citizens B01 (mean 0,5) and B03 (0,5); GAS mean of 45,98 and 50.
      ["Low Arousal", 2, 3, 1, 1, 1, 0.5, 0.5, (GAS_B01 + 50) / 2],
      // Everyone: 4 units of 2 citizens.
      ["(alle)", 2, 4, 1, 2, 1, 0.5, 0.5, (GAS_B01 + 50) / 2],
    ]);
  });

  it("per target group, with the group named in Danish and in any case", () => {
    const expected = [
      HEADER,
      // B03: M04 = 0,5, M05 = 0,5; GAS only M05 (0) → 50.
      ["Autismespektrum", 1, 2, 0, 2, 0, 0.5, 0.5, 50],
      // B01: M01 = 1, M02 = 0; GAS 45,98.
      ["Udviklingshæmning", 1, 2, 1, 0, 1, 0.5, 0.5, GAS_B01],
      ["(alle)", 2, 4, 1, 2, 1, 0.5, 0.5, (GAS_B01 + 50) / 2],
    ];
    expectTable(results(maal, opfoelgning, borgere, 2026, "Målgruppe"), expected);
    expectTable(results(maal, opfoelgning, borgere, 2026, " målgruppe "), expected);
    expectTable(results(maal, opfoelgning, borgere, 2026, "Target group"), expected);
  });

  it("per department: B03 has none", () => {
    expectTable(results(maal, opfoelgning, borgere, 2026, "Afdeling"), [
      HEADER,
      ["(ingen afdeling)", 1, 2, 0, 2, 0, 0.5, 0.5, 50],
      ["Hus Nord", 1, 2, 1, 0, 1, 0.5, 0.5, GAS_B01],
      ["(alle)", 2, 4, 1, 2, 1, 0.5, 0.5, (GAS_B01 + 50) / 2],
    ]);
  });

  it("per citizen: B02 is listed with no 2026 result because M03 had one in 2025", () => {
    expectTable(results(maal, opfoelgning, borgere, 2026, "Borger"), [
      HEADER,
      ["B01", 1, 2, 1, 0, 1, 0.5, 0.5, GAS_B01],
      ["B02", 0, 0, 0, 0, 0, "", "", ""],
      ["B03", 1, 2, 0, 2, 0, 0.5, 0.5, 50],
      ["(alle)", 2, 4, 1, 2, 1, 0.5, 0.5, (GAS_B01 + 50) / 2],
    ]);
  });

  it("in 2025 only M03 counts (Opnået): KRAP 1 citizen, 1 goal, mean 1", () => {
    expectTable(results(maal, opfoelgning, borgere, 2025), [
      HEADER,
      ["KRAP", 1, 1, 1, 0, 0, 1, 1, ""],
      ["(alle)", 1, 1, 1, 0, 0, 1, 1, ""],
    ]);
  });

  it("uses the given scale and ρ: with Delvist opnået worth 0,25 and ρ 0, Low Arousal's mean is (1 + 0 + 0,25)/3", () => {
    const scale = [
      ["Opnået", 1],
      ["Delvist opnået", 0.25],
      ["Ikke opnået", 0],
      ["Ikke vurderet", ""],
    ];
    const table = results(maal, opfoelgning, borgere, 2026, null, scale, 0);
    const lowArousal = table.find((r) => r[0] === "Low Arousal") as unknown[];
    expect(lowArousal[6]).toBeCloseTo(1.25 / 3, 12);
    // Citizen-weighted: B01 (1 + 0)/2 = 0,5 and B03 0,25 → 0,375.
    expect(lowArousal[7]).toBeCloseTo(0.375, 12);
    // ρ 0: B01 = 50 + 10·(−1)/√5 = 45,52786; B03 = 50 → 47,76393.
    expect(lowArousal[8]).toBeCloseTo((50 - 10 / Math.sqrt(5) + 50) / 2, 9);
    // The workbook's own scale table (with its header row) gives the standard figures.
    expect(results(maal, opfoelgning, borgere, 2026, "", skala)).toEqual(results(maal, opfoelgning, borgere, 2026));
  });

  it("finds columns by header name: reordered, other case, extra columns and only the columns the figures use", () => {
    const slimGoals = onlyColumns(rows.Maal, [
      "Metode",
      "MålID",
      "Overordnet",
      "BorgerID",
      "Udgangspunkt",
      "Målværdi",
      "Vægt",
    ]);
    const slimFollowUps = onlyColumns(rows.Opfoelgning, ["Dato", "MålID", "Vurdering", "Måling", "GAS"]);
    const slimCitizens = onlyColumns(rows.Borgere, ["BorgerID", "Afdeling"]);
    const shouting = [maal[0].map((h) => ` ${String(h).toUpperCase()} `), ...maal.slice(1)];
    const extra = opfoelgning.map((row, i) => [...row, i === 0 ? "Min egen kolonne" : "#N/A"]);
    const full = results(maal, opfoelgning, borgere, 2026);
    expect(results(slimGoals, slimFollowUps, borgere, 2026)).toEqual(full);
    expect(results(shouting, extra, borgere, 2026)).toEqual(full);
    // Without Målgruppe the citizens table still serves grouping by method and by department.
    expect(results(maal, opfoelgning, slimCitizens, 2026)).toEqual(full);
    expect(results(maal, opfoelgning, slimCitizens, 2026, "Afdeling")).toEqual(
      results(maal, opfoelgning, borgere, 2026, "Afdeling"),
    );
  });

  it("leaves out rows with errors exactly as the annual evaluation does (an unreadable date drops that follow-up)", () => {
    // M01's September follow-up (Opnået) becomes unreadable: M01's result is then March's Delvist opnået (0,5).
    const broken = opfoelgning.map((row) => (row[0] === "O02" ? row.map((c, j) => (j === 2 ? "31-09-2026" : c)) : row));
    const lowArousal = results(maal, broken, borgere, 2026).find((r) => r[0] === "Low Arousal") as unknown[];
    expect(lowArousal.slice(1, 7)).toEqual([2, 3, 0, 2, 1, (0.5 + 0 + 0.5) / 3]);
  });

  it("refuses tables without their header row, naming the missing column", () => {
    expect(excelError(() => results(maal.slice(1), opfoelgning, borgere, 2026))).toEqual({
      code: "#VALUE!",
      message: "«mål» mangler kolonnerne MålID, BorgerID. Tag tabellens overskriftsrække med, fx Maal[#Alle].",
    });
    expect(
      excelError(() => results(maal, onlyColumns(rows.Opfoelgning, ["MålID", "Vurdering"]), borgere, 2026)).message,
    ).toMatch(/«opfølgning» mangler kolonnen Dato/);
  });

  it("refuses grouping by a column the citizens table lacks", () => {
    const noTargetGroup = onlyColumns(rows.Borgere, ["BorgerID"]);
    expect(excelError(() => results(maal, opfoelgning, noTargetGroup, 2026, "Målgruppe")).message).toMatch(
      /mangler kolonnen Målgruppe/,
    );
    expect(excelError(() => results(maal, opfoelgning, noTargetGroup, 2026, "Afdeling")).message).toMatch(
      /mangler kolonnen Afdeling/,
    );
  });

  it("refuses an error value in a column the figures use, a bad year, an unknown grouping and a bad ρ", () => {
    const errorInDate = opfoelgning.map((row, i) => (i === 3 ? row.map((c, j) => (j === 2 ? "#REF!" : c)) : row));
    expect(excelError(() => results(maal, errorInDate, borgere, 2026)).message).toBe(
      "«opfølgning» har fejlværdien #REF! i række 4, kolonnen Dato. Ret fejlen i cellen, før SMORTE kan regne.",
    );
    expect(excelError(() => results(maal, opfoelgning, borgere, "2026")).message).toMatch(/«år» skal være et årstal/);
    expect(excelError(() => results(maal, opfoelgning, borgere, null)).message).toMatch(/«år» er ikke udfyldt/);
    expect(excelError(() => results(maal, opfoelgning, borgere, 2026, "Hus")).message).toMatch(
      /«gruppering» skal være en af Metode, Målgruppe, Afdeling, Borger/,
    );
    expect(excelError(() => results(maal, opfoelgning, borgere, 2026, null, OMITTED, 1.2)).message).toMatch(/ρ/);
  });
});

describe("SMORTE.GOALRESULT / SMORTE.MÅLRESULTAT", () => {
  it("is the value of the goal's latest counting follow-up in the year", () => {
    expect(goalResult("M01", opfoelgning, 2026)).toBe(1); // 01-09-2026 Opnået beats 01-03-2026 Delvist opnået
    expect(goalResult("M02", opfoelgning, 2026)).toBe(0);
    expect(goalResult("M05", opfoelgning, 2026)).toBe(0.5);
    expect(goalResult("M03", opfoelgning, 2025)).toBe(1);
  });

  it("reads a measured follow-up with the goals table: M04 (3 − 1)/(5 − 1) = 0,5", () => {
    expect(goalResult("M04", opfoelgning, 2026, maal)).toBe(0.5);
    expect(goalResult("M04", opfoelgning, 2026, onlyColumns(rows.Maal, ["MålID", "Udgangspunkt", "Målværdi"]))).toBe(
      0.5,
    );
  });

  it("gives #N/A when the goal has no result in the year", () => {
    expect(excelError(() => goalResult("M03", opfoelgning, 2026))).toEqual({
      code: "#N/A",
      message: "Målet har ingen opfølgning i 2026, der tæller.",
    });
    expect(excelError(() => goalResult("M01", opfoelgning, 2025)).code).toBe("#N/A");
    // Without the goals table a measurement cannot be turned into fulfilment.
    expect(excelError(() => goalResult("M04", opfoelgning, 2026)).code).toBe("#N/A");
    expect(excelError(() => goalResult("M99", opfoelgning, 2026, maal)).code).toBe("#N/A");
  });

  it("uses the given scale", () => {
    const scale = [
      ["Vurdering", "Værdi"],
      ["Opnået", 1],
      ["Delvist opnået", 0.6],
      ["Ikke opnået", 0],
      ["Ikke vurderet", ""],
    ];
    expect(goalResult("M05", opfoelgning, 2026, OMITTED, scale)).toBe(0.6);
  });

  it("reports a row of the goal that cannot be read instead of silently skipping it", () => {
    const broken = opfoelgning.map((row) => (row[0] === "O02" ? row.map((c, j) => (j === 2 ? "31-09-2026" : c)) : row));
    const error = excelError(() => goalResult("M01", broken, 2026));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^Række 3 i «opfølgning» kan ikke bruges: Datoen kan ikke læses/);
    // Another goal's rows are not its business.
    expect(goalResult("M02", broken, 2026)).toBe(0);
  });

  it("refuses a blank goal id, a follow-ups range without header and a bad year", () => {
    expect(excelError(() => goalResult("", opfoelgning, 2026)).message).toMatch(/«målid» er ikke udfyldt/);
    expect(excelError(() => goalResult("M01", opfoelgning.slice(1), 2026)).message).toMatch(
      /mangler kolonnerne MålID, Dato/,
    );
    expect(excelError(() => goalResult("M01", opfoelgning, 26.5)).code).toBe("#VALUE!");
  });

  it("with «dato» counts only follow-ups dated on or before it (a running year)", () => {
    // M01's 01-09-2026 Opnået is not reached on 20-05-2026: the 01-03-2026 Delvist opnået counts.
    expect(goalResult("M01", opfoelgning, 2026, OMITTED, OMITTED, "20-05-2026")).toBe(0.5);
    expect(goalResult("M01", opfoelgning, 2026, OMITTED, OMITTED, "01-09-2026")).toBe(1);
    expect(excelError(() => goalResult("M01", opfoelgning, 2026, OMITTED, OMITTED, "15-02-2026")).code).toBe("#N/A");
    // Blank (or 0, an empty cell from Excel desktop) is every follow-up of the year, as before.
    expect(goalResult("M01", opfoelgning, 2026, OMITTED, OMITTED, "")).toBe(1);
    expect(goalResult("M01", opfoelgning, 2026, OMITTED, OMITTED, 0)).toBe(1);
    expect(goalResult("M01", opfoelgning, 2026, OMITTED, OMITTED, OMITTED)).toBe(1);
  });

  it("refuses a «dato» that is not a date with a Danish message", () => {
    expect(excelError(() => goalResult("M01", opfoelgning, 2026, OMITTED, OMITTED, "i dag"))).toEqual({
      code: "#VALUE!",
      message: "Argumentet «dato» er ikke en dato. Skriv en dato, fx 01-03-2026.",
    });
    const bad = excelError(() => results(maal, opfoelgning, borgere, 2026, OMITTED, OMITTED, OMITTED, "31-02-2026"));
    expect(bad).toEqual({
      code: "#VALUE!",
      message: "Argumentet «dato» er ikke en dato. Skriv en dato, fx 01-03-2026.",
    });
  });
});

describe("SMORTE.CRITERION / SMORTE.KRITERIE", () => {
  it("is Opfyldt when no indicator is Ikke til stede and all are judged (Ikke aktuel counts as judged)", () => {
    expect(criterion([["Til stede"], ["Ikke aktuel"], ["til stede"]])).toBe("Opfyldt");
  });

  it("is Ikke opfyldt as soon as one indicator is Ikke til stede, even with others not yet judged", () => {
    expect(criterion([["Til stede"], ["Ikke til stede"], [""]])).toBe("Ikke opfyldt");
  });

  it("is Ikke færdigvurderet while an indicator is blank", () => {
    expect(criterion([["Til stede", ""]])).toBe("Ikke færdigvurderet");
  });

  it("refuses a text that is not a judgement and an error value", () => {
    expect(excelError(() => criterion([["Til stede"], ["Måske"]])).message).toBe(
      "Cellen i række 2, kolonne 1 af «indikatorer» skal være en af Til stede, Ikke til stede, Ikke aktuel eller tom.",
    );
    expect(excelError(() => criterion([["#N/A"]])).code).toBe("#VALUE!");
  });
});
