import { groupFigures } from "../../../src/domain/rollup/groupFigures";
import {
  byDepartment,
  byMethod,
  byTargetGroup,
  targetGroupByMethod,
  total,
} from "../../../src/domain/rollup/dimensions";
import { categoryOf } from "../../../src/domain/fulfilment/category";
import type { ResultUnit } from "../../../src/domain/types";
import { resultUnits } from "../../../src/domain/results/units";
import { workedExampleData } from "../../support/workedExampleData";
import { closeGasT, WORKED_EXAMPLE_ROLLUPS as expected } from "../../support/workedExampleFigures";

const unit = (u: Partial<ResultUnit> & Pick<ResultUnit, "goalId" | "citizenId" | "value">): ResultUnit => ({
  targetGroup: "Udviklingshæmning",
  department: "(ingen afdeling)",
  method: "KRAP",
  category: categoryOf(u.value),
  date: 46100,
  followUpId: `F-${u.goalId}`,
  gas: null,
  weight: 1,
  ...u,
});

describe("roll-up of a group", () => {
  test("citizenMean weighs each citizen the same, however many goals", () => {
    const [g] = groupFigures(
      [
        unit({ goalId: "G1", citizenId: "B1", value: 1 }),
        unit({ goalId: "G2", citizenId: "B1", value: 1 }),
        unit({ goalId: "G3", citizenId: "B1", value: 1 }),
        unit({ goalId: "G4", citizenId: "B2", value: 0 }),
      ],
      (u) => u.method,
    );
    expect(g).toMatchObject({
      citizens: 2,
      goals: 4,
      achieved: 3,
      notAchieved: 1,
      partial: 0,
      mean: 0.75,
      citizenMean: 0.5,
    });
  });

  test("gasT is the mean of the citizens' T-scores, from the units that have a GAS level", () => {
    const [g] = groupFigures(
      [
        unit({ goalId: "G1", citizenId: "B1", value: 1, gas: 2, weight: 1 }),
        unit({ goalId: "G2", citizenId: "B1", value: 1, gas: null }),
        unit({ goalId: "G3", citizenId: "B2", value: 0, gas: null }),
      ],
      (u) => u.method,
      { rho: 0.3 },
    );
    expect(g.gasT).toBeCloseTo(70, 12);
  });

  test("gasT is empty when no citizen has a GAS level", () => {
    const [g] = groupFigures([unit({ goalId: "G1", citizenId: "B1", value: 1 })], (u) => u.method);
    expect(g.gasT).toBeNull();
  });

  test("a group with units only last year is listed with 0 goals, no mean and last year's mean", () => {
    const figures = groupFigures([unit({ goalId: "G1", citizenId: "B1", value: 1, method: "KRAP" })], (u) => u.method, {
      previousUnits: [unit({ goalId: "G9", citizenId: "B9", value: 0.5, method: "Marte Meo" })],
    });
    expect(figures.find((f) => f.group === "Marte Meo")).toEqual({
      group: "Marte Meo",
      citizens: 0,
      goals: 0,
      achieved: 0,
      partial: 0,
      notAchieved: 0,
      mean: null,
      citizenMean: null,
      gasT: null,
      gasCitizens: 0,
      previousMean: 0.5,
      change: null,
    });
    expect(figures.find((f) => f.group === "KRAP")).toMatchObject({ previousMean: null, change: null });
  });

  test("groups are sorted by name in Danish order (Æ, Ø, Å after Z)", () => {
    const names = [
      "Åben dialog",
      "Zoneterapi",
      "Ørestad-modellen",
      "KRAP",
      "Æstetisk metode",
      "(ingen metode)",
      "anerkendende",
    ];
    const units = names.map((method, i) => unit({ goalId: `G${i}`, citizenId: "B1", value: 1, method }));
    expect(groupFigures(units, (u) => u.method).map((g) => g.group)).toEqual([
      "(ingen metode)",
      "anerkendende",
      "KRAP",
      "Zoneterapi",
      "Æstetisk metode",
      "Ørestad-modellen",
      "Åben dialog",
    ]);
  });

  test("no units give no groups", () => expect(groupFigures([], (u) => u.method)).toEqual([]));
});

describe("roll-ups of the worked example, 2026", () => {
  const data = workedExampleData();
  const units = resultUnits(data, 2026);
  const options = { rho: 0.3, previousUnits: resultUnits(data, 2025) };

  test("per method: KRAP and Low Arousal with every figure", () => {
    const figures = byMethod(units, options);
    expect(figures).toEqual(expected.byMethod.map(closeGasT));
    expect(figures[1].gasT).toBeCloseTo(47.992, 3); // Low Arousal
  });

  test("per target group", () => {
    expect(byTargetGroup(units, options)).toEqual(expected.byTargetGroup.map(closeGasT));
  });

  test("per department, with '(ingen afdeling)' for an empty Afdeling", () => {
    expect(byDepartment(units, options)).toEqual(expected.byDepartment.map(closeGasT));
  });

  test("the whole offer", () => {
    expect(total(units, options)).toEqual(closeGasT(expected.total));
  });

  test("the whole offer with no units at all is one empty group", () => {
    expect(total([])).toMatchObject({
      group: "(alle)",
      citizens: 0,
      goals: 0,
      mean: null,
      citizenMean: null,
      gasT: null,
    });
  });

  test("target group × method, including Udviklingshæmning × KRAP with only a 2025 result", () => {
    expect(targetGroupByMethod(units, options)).toEqual(expected.targetGroupByMethod.map(closeGasT));
  });
});
