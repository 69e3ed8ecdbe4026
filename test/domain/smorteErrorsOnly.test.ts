import fc from "fast-check";
import { checkGoal, isGoalComplete, isSmorteComplete, type GoalCheckInput } from "../../src/domain/smorte";

/** Texts drawn from real goal phrasing, blanks and noise, so every rule gets exercised. */
const text = fc.oneof(
  fc.constant(""),
  fc.constant("   "),
  fc.constantFrom(
    "Anna skal selv smøre sin madpakke tre dage om ugen",
    "have det bedre",
    "Undgå konflikter i fællesrummet",
    "Vi ser det, når Bo selv tager bussen 2 gange om ugen",
    "Evalueres på statusmødet hver 3. måned",
    "mere trivsel",
  ),
  fc.string(),
);
const day = fc.option(fc.integer({ min: 40000, max: 48000 }), { nil: null });
const num = fc.option(fc.integer({ min: -5, max: 20 }), { nil: null });
const goal: fc.Arbitrary<GoalCheckInput> = fc.record({
  text,
  successCriterion: text,
  achievability: text,
  relevance: text,
  evaluation: text,
  startDate: day,
  endDate: day,
  baseline: num,
  target: num,
  interval: fc.option(fc.integer({ min: -3, max: 400 }), { nil: null }),
  defaultInterval: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
});

describe("the errors-only SMORTE check used for the complete share", () => {
  it("finds exactly the errors of the full check, in the same order", () => {
    fc.assert(
      fc.property(goal, (g) => {
        const full = checkGoal(g).filter((f) => f.severity === "error");
        expect(checkGoal(g, { errorsOnly: true })).toEqual(full);
      }),
      { numRuns: 500 },
    );
  });

  it("calls a goal complete exactly when the full check finds no error", () => {
    fc.assert(
      fc.property(goal, (g) => expect(isGoalComplete(g)).toBe(isSmorteComplete(checkGoal(g)))),
      { numRuns: 500 },
    );
  });

  it("still reports a vague goal as complete when nothing is missing, and gives no warnings", () => {
    const vague: GoalCheckInput = {
      text: "have det bedre",
      successCriterion: "trives",
      achievability: "Hun har lyst",
      relevance: "Hendes eget ønske og handleplanens indsatsformål",
      evaluation: "Løbende",
      startDate: 46023,
      endDate: 46203,
      baseline: null,
      target: null,
      interval: 30,
    };
    expect(checkGoal(vague).some((f) => f.severity === "warning")).toBe(true);
    expect(checkGoal(vague, { errorsOnly: true })).toEqual([]);
    expect(isGoalComplete(vague)).toBe(true);
  });
});
