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

describe("on the demo's running year, with «dato» = the demo's today, the formulas equal the pane", () => {
  const running = demo.year + 1;
  const asOf = demo.referenceDay;
  // The demo has no follow-up dated after its today: give some of the running year's goals a later
  // one (two weeks on) with the opposite assessment, which the pane does not count yet.
  const rawRow = (id: string) => demo.tables.Opfoelgning.find((row) => row["OpfølgningID"] === id);
  const assessed = (id: string) => (rawRow(id)?.["Måling"] ?? "") === "" && rawRow(id)?.["Vurdering"] !== "";
  const counted = evaluateYear(data, running).units.filter((u, i) => i % 3 === 0 && assessed(u.followUpId));
  const later = counted.map((u, i) => ({
    ...rawRow(u.followUpId),
    OpfølgningID: `OX${String(i + 1).padStart(4, "0")}`,
    Dato: asOf + 14,
    Vurdering: u.value < 1 ? "Opnået" : "Ikke opnået",
  }));
  const tables = { ...demo.tables, Opfoelgning: [...demo.tables.Opfoelgning, ...later] };
  const withLater = readWorkbook(tables, { today: asOf }).data;
  const pane = evaluateYear(withLater, running, { asOf });
  const followUps = toRange(tables.Opfoelgning);
  const resultsOn = (groupBy: string, day?: number): unknown[][] =>
    results(ranges.goals, followUps, ranges.citizens, running, groupBy, ranges.scale, data.settings.gasRho, day).slice(
      1,
    );

  it("is a running year with follow-ups dated after today, which the pane leaves out", () => {
    expect(later.length).toBeGreaterThan(3);
    expect(pane.basis.notYet).toBe(later.length);
    expect(pane.units.length).toBeGreaterThan(20);
    // Without the date the formula counts them, so it differs from the pane.
    expect(resultsOn("Metode")).not.toEqual([...pane.byMethod, pane.total].map(rowOf));
  });

  it("RESULTS per method, target group, department and citizen", () => {
    expect(resultsOn("Metode", asOf)).toEqual([...pane.byMethod, pane.total].map(rowOf));
    expect(resultsOn("Målgruppe", asOf)).toEqual([...pane.byTargetGroup, pane.total].map(rowOf));
    expect(resultsOn("Afdeling", asOf)).toEqual([...pane.byDepartment, pane.total].map(rowOf));
    const options = { rho: data.settings.gasRho, previousUnits: resultUnits(withLater, demo.year) };
    const perCitizen = groupFigures(pane.units, (u) => u.citizenId, options);
    expect(resultsOn("Borger", asOf)).toEqual([...perCitizen, pane.total].map(rowOf));
  });

  it("GOALRESULT gives each unit's value on that day, and without the date the year's latest", () => {
    for (const unit of pane.units) {
      expect(goalResult(unit.goalId, followUps, running, ranges.goals, ranges.scale, asOf)).toBe(unit.value);
    }
    for (const unit of evaluateYear(withLater, running).units) {
      expect(goalResult(unit.goalId, followUps, running, ranges.goals, ranges.scale)).toBe(unit.value);
    }
    const first = counted[0];
    expect(goalResult(first.goalId, followUps, running, ranges.goals, ranges.scale)).not.toBe(first.value);
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
