import { evaluateYear } from "../../../src/domain/evaluation/evaluateYear";
import { evaluationToJson } from "../../../src/domain/evaluation/toJson";
import type { LeftOutRow } from "../../../src/domain/types";
import { dayFromYmd } from "../../../src/domain/dates";
import { citizen, day, followUp, goal, population, workbook } from "../../support/dataBuilder";
import { workedExampleData } from "../../support/workedExampleData";

describe("basis of the evaluation", () => {
  test("rows the reader left out are listed with sheet, row, column and reason", () => {
    const leftOut: LeftOutRow[] = [{ sheet: "Opfølgning", row: 9, column: "Dato", reason: "Datoen kan ikke læses." }];
    const model = evaluateYear({ ...workedExampleData(), leftOut }, 2026);
    expect(model.basis.leftOut).toEqual(leftOut);
  });

  test("an empty workbook gives empty groups, an empty total and zero counts", () => {
    const model = evaluateYear(workbook({}), 2026);
    expect(model.byMethod).toEqual([]);
    expect(model.total).toMatchObject({ group: "(alle)", goals: 0, mean: null });
    expect(model.basis).toMatchObject({ citizens: 0, goals: 0, followUps: 0, units: 0 });
    expect(model.dataQuality).toEqual({
      activeGoals: 0,
      smorteComplete: 0,
      overdueAtYearEnd: 0,
      overdueOn: dayFromYmd(2026, 12, 31),
      citizensWithoutResult: 0,
      involved: 0,
    });
  });
});

describe("data quality", () => {
  const citizens = [citizen({ citizenId: "B1" }), citizen({ citizenId: "B2" }), citizen({ citizenId: "B3" })];

  test("only active goals are counted; closed and abandoned goals are not", () => {
    const model = evaluateYear(
      workbook({
        citizens,
        goals: [
          goal({ goalId: "G1", citizenId: "B1", involved: true }),
          goal({ goalId: "G2", citizenId: "B2", status: "Afsluttet", involved: true }),
          goal({ goalId: "G3", citizenId: "B3", status: "Opgivet", involved: true }),
        ],
      }),
      2026,
    );
    expect(model.dataQuality).toMatchObject({ activeGoals: 1, involved: 1, citizensWithoutResult: 1 });
  });

  test("a goal missing Succeskriterium and Evaluering is not SMORTE-complete", () => {
    const model = evaluateYear(
      workbook({
        citizens,
        goals: [
          goal({ goalId: "G1", citizenId: "B1" }),
          goal({ goalId: "G2", citizenId: "B1", successCriterion: "", evaluation: "", baseline: null, target: null }),
        ],
      }),
      2026,
    );
    expect(model.dataQuality).toMatchObject({ activeGoals: 2, smorteComplete: 1 });
  });

  test("overdue at 31 December counts follow-ups up to that day only", () => {
    const model = evaluateYear(
      workbook({
        citizens,
        goals: [
          goal({ goalId: "G1", citizenId: "B1", interval: 30 }),
          goal({ goalId: "G2", citizenId: "B1", interval: 30 }),
        ],
        followUps: [
          followUp({ followUpId: "F1", goalId: "G1", date: day("2026-12-20"), assessment: "Opnået" }),
          followUp({ followUpId: "F2", goalId: "G2", date: day("2027-01-02"), assessment: "Opnået" }),
        ],
      }),
      2026,
    );
    expect(model.dataQuality.overdueAtYearEnd).toBe(1);
  });

  test("a citizen with a result in the year is not 'without result', even if another goal has none", () => {
    const model = evaluateYear(
      workbook({
        citizens,
        goals: [goal({ goalId: "G1", citizenId: "B1" }), goal({ goalId: "G2", citizenId: "B1" })],
        followUps: [followUp({ followUpId: "F1", goalId: "G1", date: day("2026-05-01"), assessment: "Opnået" })],
      }),
      2026,
    );
    expect(model.dataQuality.citizensWithoutResult).toBe(0);
  });
});

describe("remarks and suggested actions", () => {
  test("a group with enough citizens and a steady mean gets no remark and no action", () => {
    const model = evaluateYear(population([{ targetGroup: "A", method: "KRAP", citizens: 5 }]), 2026);
    expect(model.remarks).toEqual([]);
    expect(model.suggestedActions).toEqual([]);
  });

  test("a method with results only last year is flagged for too little data ('ingen borgere')", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [goal({ goalId: "G1", citizenId: "B1", method: "Marte Meo" })],
      followUps: [followUp({ followUpId: "F1", goalId: "G1", date: day("2025-05-01"), assessment: "Opnået" })],
    });
    const model = evaluateYear(data, 2026);
    expect(model.remarks.find((r) => r.group === "Marte Meo")?.text).toBe(
      "For få data: ingen borgere med resultat i 2026 (mindst 5). Tolk tallene varsomt.",
    );
    expect(model.suggestedActions.map((a) => a.focusArea)).toEqual(["Målopfyldelse med Marte Meo"]);
  });

  test("goals without a method get an action about choosing a method", () => {
    const model = evaluateYear(population([{ targetGroup: "A", method: "", citizens: 2 }]), 2026);
    expect(model.byMethod.map((g) => g.group)).toEqual(["(ingen metode)"]);
    expect(model.suggestedActions[0].focusArea).toBe("Mål uden metode");
    expect(model.suggestedActions[0].action).toMatch(/knyt hvert mål til en af tilbuddets faglige metoder/);
  });

  test("a falling mean with enough citizens is remarked with the percentages", () => {
    const n = 5;
    const citizens = Array.from({ length: n }, (_, i) => citizen({ citizenId: `B${i}` }));
    const goals = citizens.map((c, i) => goal({ goalId: `G${i}`, citizenId: c.citizenId, method: "KRAP" }));
    const followUps = goals.flatMap((g, i) => [
      followUp({ followUpId: `P${i}`, goalId: g.goalId, date: day("2025-06-01"), assessment: "Opnået" }),
      followUp({
        followUpId: `F${i}`,
        goalId: g.goalId,
        date: day("2026-06-01"),
        assessment: i < 2 ? "Opnået" : "Delvist opnået",
      }),
    ]);
    const model = evaluateYear(workbook({ citizens, goals, followUps }), 2026);
    // 2026 mean: (2·1 + 3·0.5) / 5 = 0.7; 2025: 1.
    expect(model.remarks.filter((r) => r.dimension === "method")).toEqual([
      {
        dimension: "method",
        group: "KRAP",
        kind: "falling",
        text: "Gennemsnittet faldt fra 100 % i 2025 til 70 % i 2026 (−30 procentpoint).",
      },
    ]);
    expect(model.suggestedActions[0].actionGoal).toBe(
      "Den gennemsnitlige målopfyldelse med KRAP er mindst 100 % (niveauet i 2025) ved årsevalueringen af 2027.",
    );
  });
});

describe("evaluation as JSON", () => {
  const model = evaluateYear(workedExampleData(), 2026);
  const json = JSON.parse(evaluationToJson(model));

  test("has schemaVersion 1 and the documented fields in order", () => {
    expect(Object.keys(json).slice(0, 10)).toEqual([
      "schemaVersion",
      "year",
      "offer",
      "basis",
      "byMethod",
      "byTargetGroup",
      "byDepartment",
      "total",
      "targetGroupByMethod",
      "dataQuality",
    ]);
    expect(json.schemaVersion).toBe(1);
    expect(Object.keys(json.basis)).toEqual(["citizens", "goals", "followUps", "units", "leftOut"]);
  });

  test("numbers are unrounded fractions and empty figures are null", () => {
    const lowArousal = json.byMethod.find((g: { group: string }) => g.group === "Low Arousal");
    expect(lowArousal.gasT).toBe(model.byMethod[1].gasT);
    expect(lowArousal.previousMean).toBeNull();
    expect(lowArousal.mean).toBe(0.5);
  });

  test("units carry their follow-up date as an ISO date", () => {
    expect(json.units[0]).toMatchObject({ goalId: "M01", date: "2026-09-01", value: 1 });
  });
});
