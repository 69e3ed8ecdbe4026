/**
 * Numbers at the edge of what a cell can hold (±1.7e308 is a valid Excel number) whose distances
 * overflow: the row is an error finding naming sheet, row and column, never a value of null counted
 * as a result.
 */
import fc from "fast-check";
import { readWorkbook } from "../../../src/domain/reader/readWorkbook";
import { progressValue } from "../../../src/domain/fulfilment/progress";
import {
  accountingProblem,
  book,
  citizenRow,
  day,
  errorsAt,
  followUpRow,
  goalRow,
  leftOutRows,
  TODAY,
} from "./helpers";
import type { RawWorkbook } from "../../../src/domain/types";

const read = (raw: RawWorkbook) => {
  const r = readWorkbook(raw, { today: TODAY });
  expect(accountingProblem(r)).toBeNull();
  return r;
};
const citizens = [citizenRow("B01")];
const start = { Startdato: day(2026, 1, 1) };

test("a goal whose Udgangspunkt and Målværdi are too far apart to subtract is an error on Målværdi", () => {
  const r = read(
    book(citizens, [
      goalRow("M01", "B01", { ...start, Udgangspunkt: -1.7e308, Målværdi: 1.7e308 }),
      goalRow("M02", "B01", { ...start, Udgangspunkt: 1.7e308, Målværdi: 1e308 }),
    ]),
  );
  expect(errorsAt(r, "Mål", 2)).toEqual([
    expect.objectContaining({ sheet: "Mål", row: 2, column: "Målværdi", code: "distance-too-large" }),
  ]);
  expect(errorsAt(r, "Mål", 3)).toEqual([]);
  expect(leftOutRows(r, "Mål")).toEqual([2]);
});

test("a Måling too far from its goal's Udgangspunkt is an error on Måling; a labelled follow-up still counts", () => {
  const goals = [goalRow("M01", "B01", { ...start, Udgangspunkt: 1.7e308, Målværdi: 0 })];
  const r = read(
    book(citizens, goals, [
      followUpRow("O1", "M01", { Vurdering: "", Måling: -1.7e308 }),
      followUpRow("O2", "M01", { Vurdering: "", Måling: 1e308 }),
      followUpRow("O3", "M01", { Vurdering: "Opnået", Måling: -1.7e308 }),
    ]),
  );
  expect(errorsAt(r, "Opfølgning", 2)).toEqual([
    expect.objectContaining({ sheet: "Opfølgning", row: 2, column: "Måling", code: "distance-too-large" }),
  ]);
  expect(leftOutRows(r, "Opfølgning")).toEqual([2]);
  expect(r.data.followUps.map((f) => f.followUpId)).toEqual(["O2", "O3"]);
});

test("progressValue is a number in 0..1 or null for any finite inputs, however large", () => {
  const big = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(1.7976931348623157e308, -1.7976931348623157e308, 1e-308),
  );
  fc.assert(
    fc.property(big, big, big, (m, b, t) => {
      const v = progressValue(m, b, t);
      expect(v === null || (v >= 0 && v <= 1)).toBe(true);
    }),
  );
  expect(progressValue(1.7e308, -1.7e308, 1.7e308)).toBeNull();
});
