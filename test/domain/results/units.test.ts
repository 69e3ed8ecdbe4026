import { evaluateYear } from "../../../src/domain/evaluation/evaluateYear";
import { citizenFulfilment, goalResult } from "../../../src/domain/results/goalResult";
import { resultUnits } from "../../../src/domain/results/units";
import { citizen, day, followUp, goal, workbook } from "../../support/dataBuilder";
import { workedExampleData } from "../../support/workedExampleData";

describe("result units of a year (worked example)", () => {
  const units = resultUnits(workedExampleData(), 2026);
  const byGoal = new Map(units.map((u) => [u.goalId, u]));

  test("2026 has units M01 = 1, M02 = 0, M04 = 0.5, M05 = 0.5 and none for M03", () => {
    expect(units.map((u) => [u.goalId, u.value])).toEqual([
      ["M01", 1],
      ["M02", 0],
      ["M04", 0.5],
      ["M05", 0.5],
    ]);
  });

  test("a goal's result is its latest counting follow-up in the year (M01: O02 of 01-09-2026)", () => {
    expect(byGoal.get("M01")).toMatchObject({ followUpId: "O02", date: day("2026-09-01"), category: "Opnået" });
  });

  test("a delmål without a method counts under its indsatsmål's method", () => {
    expect(byGoal.get("M02")?.method).toBe("Low Arousal");
  });

  test("progress from Udgangspunkt 1 to Målværdi 5 with Måling 3 is 0.5 (Delvist opnået)", () => {
    expect(byGoal.get("M04")).toMatchObject({ value: 0.5, category: "Delvist opnået", method: "KRAP" });
  });

  test("a unit carries the citizen's target group and department ('(ingen afdeling)' when empty)", () => {
    expect(byGoal.get("M01")).toMatchObject({
      citizenId: "B01",
      targetGroup: "Udviklingshæmning",
      department: "Hus Nord",
    });
    expect(byGoal.get("M05")).toMatchObject({
      citizenId: "B03",
      targetGroup: "Autismespektrum",
      department: "(ingen afdeling)",
    });
  });

  test("a unit carries the GAS level of its goal's latest follow-up with one, and the goal's weight", () => {
    expect(byGoal.get("M01")).toMatchObject({ gas: 1, weight: 1 });
    expect(byGoal.get("M02")).toMatchObject({ gas: -1, weight: 2 });
    expect(byGoal.get("M04")?.gas).toBeNull();
    expect(byGoal.get("M05")?.gas).toBe(0);
  });

  test("2025 has only M03's 'Opnået' of 01-11-2025", () => {
    expect(resultUnits(workedExampleData(), 2025).map((u) => [u.goalId, u.value])).toEqual([["M03", 1]]);
  });
});

describe("which follow-up gives a goal's result", () => {
  const base = {
    citizens: [citizen({ citizenId: "B1" })],
    goals: [goal({ goalId: "G1", citizenId: "B1", method: "KRAP" })],
  };

  test("a later follow-up that does not count leaves the earlier counting one as the result", () => {
    const data = workbook({
      ...base,
      followUps: [
        followUp({ followUpId: "F1", goalId: "G1", date: day("2026-02-01"), assessment: "Opnået" }),
        followUp({ followUpId: "F2", goalId: "G1", date: day("2026-08-01"), assessment: "Ikke vurderet" }),
        followUp({ followUpId: "F3", goalId: "G1", date: day("2026-09-01"), assessment: "Ukendt label" }),
      ],
    });
    expect(goalResult(data, "G1", 2026)).toMatchObject({ followUpId: "F1", value: 1 });
  });

  test("on the same date the later row wins, whatever the list order", () => {
    const early = followUp({ followUpId: "F1", goalId: "G1", date: day("2026-05-01"), assessment: "Opnået", row: 10 });
    const late = followUp({
      followUpId: "F2",
      goalId: "G1",
      date: day("2026-05-01"),
      assessment: "Ikke opnået",
      row: 11,
    });
    expect(goalResult(workbook({ ...base, followUps: [early, late] }), "G1", 2026)?.followUpId).toBe("F2");
    expect(goalResult(workbook({ ...base, followUps: [late, early] }), "G1", 2026)?.followUpId).toBe("F2");
  });

  test("the latest date wins even when it is written higher up in the sheet", () => {
    const data = workbook({
      ...base,
      followUps: [
        followUp({ followUpId: "F2", goalId: "G1", date: day("2026-10-01"), assessment: "Delvist opnået", row: 3 }),
        followUp({ followUpId: "F1", goalId: "G1", date: day("2026-01-15"), assessment: "Opnået", row: 4 }),
      ],
    });
    expect(goalResult(data, "G1", 2026)).toMatchObject({ followUpId: "F2", value: 0.5 });
  });

  test("follow-ups on 1 January and 31 December belong to the year; 31 December of the year before does not", () => {
    const data = workbook({
      ...base,
      followUps: [followUp({ followUpId: "F0", goalId: "G1", date: day("2025-12-31"), assessment: "Opnået" })],
    });
    expect(goalResult(data, "G1", 2026)).toBeNull();
    expect(goalResult(data, "G1", 2025)?.value).toBe(1);
    const edges = workbook({
      ...base,
      followUps: [
        followUp({ followUpId: "F1", goalId: "G1", date: day("2026-01-01"), assessment: "Opnået" }),
        followUp({ followUpId: "F2", goalId: "G1", date: day("2026-12-31"), assessment: "Ikke opnået" }),
      ],
    });
    expect(goalResult(edges, "G1", 2026)?.followUpId).toBe("F2");
  });

  test("the GAS level comes from the latest follow-up with one, even when that follow-up does not count", () => {
    const data = workbook({
      ...base,
      followUps: [
        followUp({ followUpId: "F1", goalId: "G1", date: day("2026-02-01"), assessment: "Opnået", gas: 1 }),
        followUp({ followUpId: "F2", goalId: "G1", date: day("2026-06-01"), assessment: "Ikke vurderet", gas: -2 }),
        followUp({ followUpId: "F3", goalId: "G1", date: day("2026-07-01"), assessment: "Opnået" }),
      ],
    });
    expect(goalResult(data, "G1", 2026)).toMatchObject({ followUpId: "F3", gas: -2 });
  });

  test("a goal's Status does not change how its results count", () => {
    const data = workbook({
      citizens: base.citizens,
      goals: [goal({ goalId: "G1", citizenId: "B1", status: "Opgivet" })],
      followUps: [followUp({ followUpId: "F1", goalId: "G1", date: day("2026-03-01"), assessment: "Ikke opnået" })],
    });
    expect(goalResult(data, "G1", 2026)?.value).toBe(0);
  });

  test("a goal without any method is attributed to '(ingen metode)'", () => {
    const data = workbook({
      citizens: base.citizens,
      goals: [goal({ goalId: "G1", citizenId: "B1" }), goal({ goalId: "G2", citizenId: "B1", parentId: "G1" })],
      followUps: [followUp({ followUpId: "F1", goalId: "G2", date: day("2026-03-01"), assessment: "Opnået" })],
    });
    expect(goalResult(data, "G2", 2026)?.method).toBe("(ingen metode)");
  });

  test("a delmål's own method beats its indsatsmål's", () => {
    const data = workbook({
      citizens: base.citizens,
      goals: [
        goal({ goalId: "G1", citizenId: "B1", method: "KRAP" }),
        goal({ goalId: "G2", citizenId: "B1", parentId: "G1", method: "Low Arousal" }),
      ],
      followUps: [followUp({ followUpId: "F1", goalId: "G2", date: day("2026-03-01"), assessment: "Opnået" })],
    });
    expect(goalResult(data, "G2", 2026)?.method).toBe("Low Arousal");
  });

  test("follow-ups of an unknown goal and goals of an unknown citizen take no part", () => {
    const data = workbook({
      citizens: base.citizens,
      goals: [goal({ goalId: "G1", citizenId: "B1" }), goal({ goalId: "G9", citizenId: "B9" })],
      followUps: [
        followUp({ followUpId: "F1", goalId: "GX", date: day("2026-03-01"), assessment: "Opnået" }),
        followUp({ followUpId: "F2", goalId: "G9", date: day("2026-03-01"), assessment: "Opnået" }),
      ],
    });
    expect(resultUnits(data, 2026)).toEqual([]);
  });

  test("an unknown goal id has no result", () => {
    expect(goalResult(workedExampleData(), "M99", 2026)).toBeNull();
  });
});

describe("a goal's result on a day of a running year (asOf)", () => {
  const data = workedExampleData();

  test("a follow-up dated after asOf does not count yet, as in evaluateYear with the same asOf", () => {
    const asOf = day("2026-05-20");
    expect(goalResult(data, "M01", 2026, asOf)).toMatchObject({ followUpId: "O01", value: 0.5 });
    const model = evaluateYear(data, 2026, { asOf });
    for (const unit of model.units) expect(goalResult(data, unit.goalId, 2026, asOf)).toEqual(unit);
    expect(data.goals.filter((g) => goalResult(data, g.goalId, 2026, asOf) !== null)).toHaveLength(model.units.length);
  });

  test("without asOf, or with a day after the year, every follow-up of the year counts", () => {
    expect(goalResult(data, "M01", 2026)?.followUpId).toBe("O02");
    expect(goalResult(data, "M01", 2026, day("2027-01-15"))?.followUpId).toBe("O02");
    expect(goalResult(data, "M01", 2026, day("2026-12-31"))?.followUpId).toBe("O02");
  });

  test("a goal whose only follow-ups of the year lie after asOf has no result yet", () => {
    expect(goalResult(data, "M01", 2026, day("2026-01-15"))).toBeNull();
  });
});

describe("citizen fulfilment", () => {
  test("B01 in 2026 is the mean of M01 = 1 and M02 = 0", () => {
    expect(citizenFulfilment(workedExampleData(), "B01", 2026)).toBe(0.5);
  });
  test("B03 in 2026 is the mean of M04 = 0.5 and M05 = 0.5", () => {
    expect(citizenFulfilment(workedExampleData(), "B03", 2026)).toBe(0.5);
  });
  test("B02 has no result in 2026 but 1 in 2025", () => {
    expect(citizenFulfilment(workedExampleData(), "B02", 2026)).toBeNull();
    expect(citizenFulfilment(workedExampleData(), "B02", 2025)).toBe(1);
  });
  test("each goal with a result weighs the same, whatever its GAS weight", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [
        goal({ goalId: "G1", citizenId: "B1", weight: 4 }),
        goal({ goalId: "G2", citizenId: "B1" }),
        goal({ goalId: "G3", citizenId: "B1" }),
      ],
      followUps: [
        followUp({ followUpId: "F1", goalId: "G1", date: day("2026-03-01"), assessment: "Opnået" }),
        followUp({ followUpId: "F2", goalId: "G2", date: day("2026-03-01"), assessment: "Ikke opnået" }),
        followUp({ followUpId: "F3", goalId: "G3", date: day("2026-03-01"), assessment: "Ikke opnået" }),
      ],
    });
    expect(citizenFulfilment(data, "B1", 2026)).toBeCloseTo(1 / 3, 12);
  });
});

describe("the year asked for", () => {
  test("a year that is not a whole number from 1900 to 9999 is refused with a Danish message", () => {
    expect(() => resultUnits(workedExampleData(), 2026.5)).toThrow(/Året skal være et helt tal fra 1900 til 9999/);
    expect(() => resultUnits(workedExampleData(), Number.NaN)).toThrow(RangeError);
    expect(resultUnits(workedExampleData(), 1900)).toEqual([]);
  });
});
