/**
 * The demo's overdue list looks like a real offer's on the demo's today: staff close or extend goals
 * some weeks after Slutdato and give up a goal no one has followed up on for a year, so the list shows
 * every kind of action (a late follow-up, a missing final follow-up, a goal to close) and none of them
 * dates from years ago.
 */
import { goalSummary, readWorkbook } from "../../../src/domain";
import { demoWorkbook } from "../../../src/workbook/demo";

const demo = demoWorkbook();
const { data } = readWorkbook(demo.tables, { today: demo.referenceDay });
const waiting = goalSummary(data, demo.referenceDay).filter((s) => s.needsAction);
const byKind = (kind: string) => waiting.filter((s) => s.due.kind === kind);

test("the list holds every kind of action", () => {
  expect(byKind("overdue").length).toBeGreaterThan(0);
  expect(byKind("finalFollowUp").length).toBeGreaterThan(0);
  expect(byKind("readyToClose").length).toBeGreaterThan(0);
});

test("no follow-up on the list is more than a year late", () => {
  const late = byKind("overdue").map((s) => [s.goalId, s.due.daysPast] as const);
  expect(late.filter(([, days]) => days > 365)).toEqual([]);
});

test("no goal on the list passed its Slutdato more than about two months ago", () => {
  const ended = [...byKind("finalFollowUp"), ...byKind("readyToClose")].map((s) => [s.goalId, s.due.daysPast] as const);
  expect(ended.filter(([, days]) => days > 62)).toEqual([]);
});

test("a delmål is never still active under an indsatsmål that was given up or closed", () => {
  const status = new Map(data.goals.map((g) => [g.goalId, g.status]));
  const orphans = data.goals.filter(
    (g) => g.parentId !== "" && g.status === "Aktiv" && status.get(g.parentId) !== "Aktiv",
  );
  expect(orphans.map((g) => g.goalId)).toEqual([]);
});
