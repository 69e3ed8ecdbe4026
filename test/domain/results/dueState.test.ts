/**
 * A goal's due state (docs/rules.md §6): due no later than Slutdato; past Slutdato either ready to
 * close (with a follow-up on or after it) or missing its final follow-up; most urgent first.
 */
import fc from "fast-check";
import { dayFromYmd } from "../../../src/domain";
import type { DayNumber } from "../../../src/domain";
import { compareDueStates, goalDueState, needsAction } from "../../../src/domain/results/dueState";

const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day) as DayNumber;
const today = d(2026, 1, 15);
const goal = (
  over: Partial<{
    status: "Aktiv" | "Afsluttet" | "Opgivet";
    startDate: DayNumber | null;
    endDate: DayNumber | null;
    interval: number | null;
  }> = {},
) => ({
  status: "Aktiv" as const,
  startDate: d(2025, 1, 1) as DayNumber | null,
  endDate: null as DayNumber | null,
  interval: 90 as number | null,
  ...over,
});

describe("goalDueState", () => {
  test("a goal that ended in July 2025 without a final follow-up is missing that, dated from its Slutdato", () => {
    const s = goalDueState(goal({ endDate: d(2025, 7, 31) }), d(2025, 3, 1), 90, today);
    expect(s).toEqual({ kind: "finalFollowUp", date: d(2025, 7, 31), daysPast: today - d(2025, 7, 31) });
  });

  test("past Slutdato with a follow-up on or after it: ready to close", () => {
    expect(goalDueState(goal({ endDate: d(2025, 7, 31) }), d(2025, 7, 31), 90, today).kind).toBe("readyToClose");
    expect(goalDueState(goal({ endDate: d(2025, 7, 31) }), d(2025, 8, 2), 90, today).kind).toBe("readyToClose");
  });

  test("the next follow-up is never later than Slutdato", () => {
    // Latest 01-12-2025 + 90 days = 01-03-2026, but the goal ends 31-01-2026.
    expect(goalDueState(goal({ endDate: d(2026, 1, 31) }), d(2025, 12, 1), 90, today)).toEqual({
      kind: "due",
      date: d(2026, 1, 31),
      daysPast: 0,
    });
  });

  test("an ordinary late follow-up, a coming one, and goals with nothing expected", () => {
    expect(goalDueState(goal(), d(2025, 9, 1), 90, today)).toEqual({
      kind: "overdue",
      date: d(2025, 11, 30),
      daysPast: 46,
    });
    expect(goalDueState(goal(), d(2025, 12, 1), 90, today).kind).toBe("due");
    expect(goalDueState(goal({ status: "Afsluttet", endDate: d(2024, 1, 1) }), null, 90, today).kind).toBe("inactive");
    expect(goalDueState(goal({ startDate: null }), null, 90, today).kind).toBe("unknown");
    expect(goalDueState(goal({ interval: null }), d(2025, 12, 1), 30, today).kind).toBe("overdue");
  });

  test("whatever the dates, a state that needs action lies before today, and due states are never late", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -800, max: 400 }),
        fc.option(fc.integer({ min: -800, max: 400 }), { nil: null }),
        fc.option(fc.integer({ min: -800, max: 0 }), { nil: null }),
        fc.integer({ min: 1, max: 365 }),
        (start, end, latest, interval) => {
          const g = goal({
            startDate: (today + start) as DayNumber,
            endDate: end === null ? null : ((today + end) as DayNumber),
            interval,
          });
          const s = goalDueState(g, latest === null ? null : ((today + latest) as DayNumber), 90, today);
          if (needsAction(s)) expect(s.date! < today && s.daysPast === today - s.date!).toBe(true);
          if (s.kind === "due") expect(s.date! >= today).toBe(true);
          if (g.endDate !== null && s.date !== null) expect(s.date <= g.endDate).toBe(true);
        },
      ),
    );
  });
});

describe("compareDueStates", () => {
  test("missing follow-ups longest late first, then goals to close, then coming ones soonest first", () => {
    const states = [
      { kind: "due", date: d(2026, 2, 1), daysPast: 0 },
      { kind: "readyToClose", date: d(2025, 6, 1), daysPast: 228 },
      { kind: "overdue", date: d(2025, 12, 1), daysPast: 45 },
      { kind: "finalFollowUp", date: d(2025, 7, 31), daysPast: 168 },
      { kind: "due", date: d(2026, 1, 20), daysPast: 0 },
    ] as const;
    expect([...states].sort(compareDueStates).map((s) => s.kind)).toEqual([
      "finalFollowUp",
      "overdue",
      "readyToClose",
      "due",
      "due",
    ]);
  });
});
