import { goalDueDate, goalSummary, overdueGoals } from "../../../src/domain/results/overdue";
import { citizen, day, followUp, goal, workbook } from "../../support/dataBuilder";
import { workedExampleData } from "../../support/workedExampleData";

describe("due date of a goal's next follow-up", () => {
  test("latest follow-up plus the goal's interval", () => {
    expect(goalDueDate({ startDate: day("2025-01-01"), interval: 30 }, day("2026-03-01"), 90)).toBe(day("2026-03-31"));
  });
  test("with no follow-up: Startdato plus the interval", () => {
    expect(goalDueDate({ startDate: day("2026-03-01"), interval: null }, null, 90)).toBe(day("2026-05-30"));
  });
  test("an empty interval takes the default from Indstillinger", () => {
    expect(goalDueDate({ startDate: day("2026-01-01"), interval: null }, null, 14)).toBe(day("2026-01-15"));
  });
  test("with neither a follow-up nor a Startdato there is no due date", () => {
    expect(goalDueDate({ startDate: null, interval: 30 }, null, 90)).toBeNull();
  });
});

describe("overdue goals", () => {
  test("on 31-12-2026 four of the worked example's goals are overdue; M05 (interval 365) is not", () => {
    const overdue = overdueGoals(workedExampleData(), day("2026-12-31"));
    // Due: M03 02-02+90 = 03-05, M04 01-04+90 = 30-06, M02 10-05+90 = 08-08, M01 01-09+90 = 30-11.
    expect(overdue.map((o) => [o.goalId, o.dueDate])).toEqual([
      ["M03", day("2026-05-03")],
      ["M04", day("2026-06-30")],
      ["M02", day("2026-08-08")],
      ["M01", day("2026-11-30")],
    ]);
    expect(overdue.find((o) => o.goalId === "M01")?.daysOverdue).toBe(31);
  });

  test("a goal due on the reference date itself is not yet overdue", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [goal({ goalId: "G1", citizenId: "B1", startDate: day("2026-01-01"), interval: 10 })],
    });
    expect(overdueGoals(data, day("2026-01-11"))).toEqual([]);
    expect(overdueGoals(data, day("2026-01-12"))).toEqual([
      { goalId: "G1", citizenId: "B1", dueDate: day("2026-01-11"), daysOverdue: 1 },
    ]);
  });

  test("only active goals can be overdue", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [
        goal({ goalId: "G1", citizenId: "B1", status: "Afsluttet" }),
        goal({ goalId: "G2", citizenId: "B1", status: "Opgivet" }),
        goal({ goalId: "G3", citizenId: "B1", status: "Aktiv" }),
      ],
    });
    expect(overdueGoals(data, day("2026-12-31")).map((o) => o.goalId)).toEqual(["G3"]);
  });

  test("a follow-up that did not count ('Ikke vurderet') still restarts the interval", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [goal({ goalId: "G1", citizenId: "B1", interval: 30 })],
      followUps: [followUp({ followUpId: "F1", goalId: "G1", date: day("2026-12-15"), assessment: "Ikke vurderet" })],
    });
    expect(overdueGoals(data, day("2026-12-31"))).toEqual([]);
  });

  test("follow-ups dated after the reference date are not yet counted as done", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [goal({ goalId: "G1", citizenId: "B1", startDate: day("2026-01-01"), interval: 30 })],
      followUps: [followUp({ followUpId: "F1", goalId: "G1", date: day("2027-01-05"), assessment: "Opnået" })],
    });
    expect(overdueGoals(data, day("2026-12-31")).map((o) => o.goalId)).toEqual(["G1"]);
  });
});

describe("goal summary for the task pane", () => {
  test("each goal shows its latest follow-up, that follow-up's value, the due date and days overdue", () => {
    const summary = new Map(goalSummary(workedExampleData(), day("2026-12-31")).map((s) => [s.goalId, s]));
    expect(summary.get("M01")).toMatchObject({
      latestFollowUpId: "O02",
      latestDate: day("2026-09-01"),
      latestValue: 1,
      dueDate: day("2026-11-30"),
      daysOverdue: 31,
      overdue: true,
      method: "Low Arousal",
    });
    expect(summary.get("M03")).toMatchObject({ latestFollowUpId: "O05", latestValue: null, overdue: true });
    expect(summary.get("M04")).toMatchObject({ latestValue: 0.5 });
    // M05: 01-06-2026 + 365 days would be 01-06-2027, but a goal is followed up when it ends: its Slutdato.
    expect(summary.get("M05")).toMatchObject({ dueDate: day("2026-12-31"), daysOverdue: 0, overdue: false });
  });

  test("the next follow-up is never later than Slutdato", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [goal({ goalId: "G1", citizenId: "B1", endDate: day("2025-07-31"), interval: 180 })],
      followUps: [followUp({ followUpId: "F1", goalId: "G1", date: day("2025-03-01"), assessment: "Opnået" })],
    });
    expect(goalSummary(data, day("2025-06-01"))[0]).toMatchObject({ dueDate: day("2025-07-31"), overdue: false });
  });

  test("past Slutdato without a final follow-up the goal is overdue for it, counted from Slutdato", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [goal({ goalId: "G1", citizenId: "B1", endDate: day("2025-07-31"), interval: 90 })],
      followUps: [followUp({ followUpId: "F1", goalId: "G1", date: day("2025-03-01"), assessment: "Opnået" })],
    });
    const [s] = goalSummary(data, day("2025-08-10"));
    expect(s).toMatchObject({ dueDate: day("2025-07-31"), overdue: true, daysOverdue: 10, needsAction: true });
    expect(s.due.kind).toBe("finalFollowUp");
  });

  test("past Slutdato with the final follow-up the goal is ready to close: it needs action but is not overdue", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [goal({ goalId: "G1", citizenId: "B1", endDate: day("2025-07-31"), interval: 90 })],
      followUps: [followUp({ followUpId: "F1", goalId: "G1", date: day("2025-07-31"), assessment: "Opnået" })],
    });
    const [s] = goalSummary(data, day("2026-01-15"));
    expect(s).toMatchObject({ overdue: false, daysOverdue: 0, needsAction: true });
    expect(s.due.kind).toBe("readyToClose");
    expect(overdueGoals(data, day("2026-01-15"))).toEqual([]);
  });

  test("a goal without follow-ups shows none and is due from its Startdato", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [goal({ goalId: "G1", citizenId: "B1", startDate: day("2026-06-01") })],
    });
    expect(goalSummary(data, day("2026-07-01"))[0]).toMatchObject({
      latestFollowUpId: null,
      latestDate: null,
      latestValue: null,
      dueDate: day("2026-08-30"),
      overdue: false,
    });
  });

  test("a closed goal has no due date", () => {
    const data = workbook({
      citizens: [citizen({ citizenId: "B1" })],
      goals: [goal({ goalId: "G1", citizenId: "B1", status: "Afsluttet" })],
    });
    expect(goalSummary(data, day("2026-07-01"))[0]).toMatchObject({ dueDate: null, overdue: false, daysOverdue: 0 });
  });
});
