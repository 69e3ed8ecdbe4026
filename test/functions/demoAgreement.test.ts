/**
 * The formulas and the annual evaluation agree: SMORTE.RESULTS on the demo workbook's tables (as 2-D
 * ranges with header rows, as Excel hands `Maal[#Alle]` to a function) gives exactly the figures of
 * evaluateYear on the same workbook read by the engine, for every grouping; and SMORTE.GOALRESULT gives
 * every counted unit's value.
 */
import "../support/customFunctionsGlobal";
import { evaluateYear, groupFigures, readWorkbook, resultUnits, type GroupFigures } from "../../src/domain";
import { goalResult, results } from "../../src/functions/functions";
import { demoWorkbook } from "../../src/workbook/demo";
import { toRange } from "./ranges";

const demo = demoWorkbook();
const { data } = readWorkbook(demo.tables, { today: demo.referenceDay });
const model = evaluateYear(data, demo.year);
const ranges = {
  goals: toRange(demo.tables.Maal),
  followUps: toRange(demo.tables.Opfoelgning),
  citizens: toRange(demo.tables.Borgere),
  scale: toRange(demo.tables.Skala),
};

const rowOf = (g: GroupFigures): unknown[] => [
  g.group,
  g.citizens,
  g.goals,
  g.achieved,
  g.partial,
  g.notAchieved,
  g.mean ?? "",
  g.citizenMean ?? "",
  g.gasT ?? "",
];

const formula = (groupBy: string): unknown[][] =>
  results(
    ranges.goals,
    ranges.followUps,
    ranges.citizens,
    demo.year,
    groupBy,
    ranges.scale,
    data.settings.gasRho,
  ).slice(1);

describe("SMORTE.RESULTS equals the annual evaluation on the demo workbook", () => {
  it("is a workbook with real content and some rows the reader leaves out", () => {
    expect(model.units.length).toBeGreaterThan(100);
    expect(model.byMethod.length).toBeGreaterThan(3);
    expect(data.leftOut.length).toBeGreaterThan(0);
  });

  it("per method", () => {
    expect(formula("Metode")).toEqual([...model.byMethod, model.total].map(rowOf));
  });

  it("per target group", () => {
    expect(formula("Målgruppe")).toEqual([...model.byTargetGroup, model.total].map(rowOf));
  });

  it("per department", () => {
    expect(formula("Afdeling")).toEqual([...model.byDepartment, model.total].map(rowOf));
  });

  it("per citizen", () => {
    const options = { rho: data.settings.gasRho, previousUnits: resultUnits(data, demo.year - 1) };
    const perCitizen = groupFigures(model.units, (u) => u.citizenId, options);
    expect(perCitizen.length).toBeGreaterThan(10);
    expect(formula("Borger")).toEqual([...perCitizen, model.total].map(rowOf));
  });
});

describe("SMORTE.GOALRESULT equals the evaluation's units on the demo workbook", () => {
  it("gives each counted goal's value in the year", () => {
    const sample = model.units.filter((_u, i) => i % 7 === 0);
    expect(sample.length).toBeGreaterThan(20);
    for (const unit of sample) {
      expect(goalResult(unit.goalId, ranges.followUps, demo.year, ranges.goals, ranges.scale)).toBe(unit.value);
    }
  });
});
