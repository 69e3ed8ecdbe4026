import { evaluateYear } from "../../../src/domain/evaluation/evaluateYear";
import { yearBasis } from "../../../src/domain/evaluation/yearBasis";
import { day } from "../../support/dataBuilder";
import { workedExampleData } from "../../support/workedExampleData";

describe("what a year's figures rest on", () => {
  test("each year counts its own citizens, goals with a result and follow-ups", () => {
    const data = workedExampleData();
    // 2026: units M01, M02, M04, M05 of B01 and B03; follow-ups O01-O03 and O05-O07 are dated in 2026.
    expect(yearBasis(evaluateYear(data, 2026), data, day("2027-01-15"))).toEqual({
      year: 2026,
      citizens: 2,
      goals: 4,
      followUps: 6,
      running: false,
      dataUntil: null,
    });
    // 2025: only M03's O04 (01-11-2025).
    expect(yearBasis(evaluateYear(data, 2025), data, day("2027-01-15"))).toMatchObject({
      citizens: 1,
      goals: 1,
      followUps: 1,
    });
  });

  test("a running year is provisional, reaching its latest follow-up so far; later ones are not counted yet", () => {
    const data = workedExampleData();
    const basis = yearBasis(evaluateYear(data, 2026), data, day("2026-05-20"));
    expect(basis.running).toBe(true);
    expect(basis.dataUntil).toBe(day("2026-05-10"));
    // O05 02-02, O01 01-03, O06 01-04 and O03 10-05 lie before 20-05-2026; O02, O07 come later.
    expect(basis.followUps).toBe(4);
  });
});
