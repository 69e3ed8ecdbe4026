/**
 * A running year's evaluation reaches its `asOf` day: follow-ups dated later are not used by any
 * figure and are listed among the left-out rows; a year that has ended is evaluated as without `asOf`.
 */
import fc from "fast-check";
import { evaluateYear, notYetReason } from "../../../src/domain/evaluation/evaluateYear";
import { yearBasis } from "../../../src/domain/evaluation/yearBasis";
import { yearBounds } from "../../../src/domain/dates";
import type { EvaluationModel, WorkbookData } from "../../../src/domain/types";
import { citizen, day, followUp, goal, workbook } from "../../support/dataBuilder";
import { LABELS, workbookArb } from "../../support/workbookArb";

/** The shared workbooks, with at least one goal to follow up. */
const withGoals = workbookArb.filter((d) => d.goals.length > 0);
import { workedExampleData } from "../../support/workedExampleData";

/** Everything of the model but its left-out rows. */
/** The model without its left-out rows (the list and the count of those dated after asOf). */
const withoutLeftOut = (m: EvaluationModel): unknown => ({ ...m, basis: { ...m.basis, leftOut: [], notYet: 0 } });

describe("evaluateYear with asOf", () => {
  test("a running year leaves out the follow-ups dated after asOf, lists them, and counts as if they were not there", () => {
    const data = workedExampleData();
    const asOf = day("2026-05-20");
    const model = evaluateYear(data, 2026, { asOf });
    // O07 (01-06-2026, row 8) and O02 (01-09-2026, row 3) lie after 20-05-2026.
    const later = data.followUps.filter((f) => f.date > asOf);
    expect(later.map((f) => f.followUpId).sort()).toEqual(["O02", "O07"]);
    expect(model.basis.leftOut).toEqual(
      later
        .map((f) => ({ sheet: "Opfølgning", row: f.row, column: "Dato", reason: notYetReason(asOf) }))
        .sort((a, b) => a.row - b.row),
    );
    expect(model.basis.followUps).toBe(data.followUps.length - 2);
    // The figures are those of the workbook without the two follow-ups, evaluated on the same day.
    const without = evaluateYear({ ...data, followUps: data.followUps.filter((f) => f.date <= asOf) }, 2026, { asOf });
    expect(withoutLeftOut(model)).toEqual(withoutLeftOut(without));
    expect(model.basis.notYet).toBe(2);
    // M01's result is O01 (Delvist opnået), not the later O02 (Opnået).
    expect(model.units.find((u) => u.goalId === "M01")?.followUpId).toBe("O01");
    expect(evaluateYear(data, 2026).units.find((u) => u.goalId === "M01")?.followUpId).toBe("O02");
    // The "bygger på" count (O05, O01, O06 and O03) and the figures rest on the same follow-ups.
    expect(yearBasis(model, data, asOf).followUps).toBe(4);
    const dateOf = new Map(data.followUps.map((f) => [f.followUpId, f.date]));
    expect(model.units.every((u) => (dateOf.get(u.followUpId) ?? Infinity) <= asOf)).toBe(true);
  });

  test("the reader's left-out rows come first, then the follow-ups dated after asOf in row order", () => {
    const data: WorkbookData = {
      ...workedExampleData(),
      leftOut: [{ sheet: "Mål", row: 9, column: "MålID", reason: "MålID mangler." }],
    };
    const model = evaluateYear(data, 2026, { asOf: day("2026-05-20") });
    expect(model.basis.leftOut[0]).toEqual(data.leftOut[0]);
    const later = data.followUps.filter((f) => f.date > day("2026-05-20")).map((f) => f.row);
    expect(model.basis.leftOut.slice(1).map((r) => r.row)).toEqual(later.sort((a, b) => a - b));
  });

  test("data quality uses the same cut-off: a goal followed up only after asOf has no result and no follow-up", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [goal({ goalId: "G1", citizenId: "B1", interval: 30, startDate: day("2025-06-01") })],
      followUps: [followUp({ followUpId: "F1", goalId: "G1", date: day("2026-12-20"), assessment: "Opnået" })],
    });
    const running = evaluateYear(data, 2026, { asOf: day("2026-03-01") });
    expect(running.dataQuality).toMatchObject({ citizensWithoutResult: 1, overdueAtYearEnd: 1 });
    expect(running.units).toEqual([]);
    expect(evaluateYear(data, 2026).dataQuality).toMatchObject({ citizensWithoutResult: 0, overdueAtYearEnd: 0 });
  });

  test("a running year counts overdue goals on asOf: a goal first due in the autumn is not late in March", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [
        goal({ goalId: "G1", citizenId: "B1", interval: 180, startDate: day("2026-02-01") }),
        goal({ goalId: "G2", citizenId: "B1", interval: 30, startDate: day("2026-01-01") }),
      ],
      followUps: [],
    });
    const running = evaluateYear(data, 2026, { asOf: day("2026-03-01") });
    // G1 is first due 31-07-2026; G2 was due 31-01-2026.
    expect(running.dataQuality).toMatchObject({ overdueAtYearEnd: 1, overdueOn: day("2026-03-01") });
    expect(evaluateYear(data, 2026).dataQuality).toMatchObject({ overdueAtYearEnd: 2, overdueOn: day("2026-12-31") });
  });

  test("follow-ups dated after 31 December are not listed: the year's figures would not use them anyway", () => {
    const data = workedExampleData();
    const extra = followUp({ followUpId: "O99", goalId: "M01", date: day("2027-02-01"), assessment: "Opnået" });
    const model = evaluateYear({ ...data, followUps: [...data.followUps, extra] }, 2026, { asOf: day("2026-05-20") });
    expect(model.basis.leftOut.map((r) => r.row)).not.toContain(extra.row);
  });
});

describe("properties of asOf", () => {
  test("a year that has ended by asOf gives exactly the result without asOf", () => {
    fc.assert(
      fc.property(withGoals, fc.constantFrom(2025, 2026), fc.integer({ min: 0, max: 800 }), (data, year, after) => {
        const asOf = yearBounds(year).last + after;
        expect(evaluateYear(data, year, { asOf })).toEqual(evaluateYear(data, year));
      }),
    );
  });

  test("in a running year, a follow-up dated after asOf changes nothing but the left-out list", () => {
    fc.assert(
      fc.property(
        withGoals,
        fc.integer({ min: 0, max: 363 }),
        fc.nat(),
        fc.nat(LABELS.length - 1),
        fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }),
        (data, dayInYear, pick, label, gas) => {
          const { first, last } = yearBounds(2026);
          const asOf = first + dayInYear;
          const later = asOf + 1 + (pick % (last - asOf));
          const extra = followUp({
            followUpId: "OX",
            goalId: data.goals[pick % data.goals.length].goalId,
            date: later,
            assessment: LABELS[label],
            gas,
            row: 10_000,
          });
          const before = evaluateYear(data, 2026, { asOf });
          const after = evaluateYear({ ...data, followUps: [...data.followUps, extra] }, 2026, { asOf });
          expect(withoutLeftOut(after)).toEqual(withoutLeftOut(before));
          expect(after.basis.leftOut).toEqual([
            ...before.basis.leftOut,
            { sheet: "Opfølgning", row: 10_000, column: "Dato", reason: notYetReason(asOf) },
          ]);
        },
      ),
    );
  });
});
