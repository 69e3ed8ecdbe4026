import { checkGoal, checkWorkbook, isSmorteComplete, letterStatus, type GoalCheckInput } from "../../src/domain/smorte";
import { readWorkbook } from "../../src/domain/reader/readWorkbook";
import { dayFromYmd } from "../../src/domain/dates";
import { workedExample, WORKED_EXAMPLE_TODAY } from "../fixtures/workedExample";

const day = (y: number, m: number, d: number): number => dayFromYmd(y, m, d) as number;

/** A complete, well-written goal; each test changes one thing. */
const good: GoalCheckInput = {
  text: "Mette tager selv bussen til værkstedet om morgenen.",
  successCriterion: "Mette tager bussen alene mindst 4 af 5 arbejdsdage.",
  achievability: "Mette kender ruten og har taget bussen med følge i et halvt år.",
  relevance: "Mettes eget ønske; understøtter handleplanens mål om beskæftigelse (§ 141).",
  evaluation: "Evalueres hver 3. måned på statusmødet med kontaktpersonen.",
  startDate: day(2026, 1, 1),
  endDate: day(2026, 12, 31),
  baseline: null,
  target: null,
  interval: null,
  defaultInterval: 90,
};
const codes = (g: Partial<GoalCheckInput>): string[] => checkGoal({ ...good, ...g }).map((f) => f.code);

test("a well-written goal has no findings and is SMORTE-complete", () => {
  const findings = checkGoal(good);
  expect(findings).toEqual([]);
  expect(isSmorteComplete(findings)).toBe(true);
});

describe("S – specifikt", () => {
  test("an empty Mål is an error on the column Mål", () => {
    const f = checkGoal({ ...good, text: "  " });
    expect(f).toContainEqual(
      expect.objectContaining({ code: "s-missing", severity: "error", letter: "S", column: "Mål" }),
    );
  });
  test.each([
    ["Anna skal have det bedre."],
    ["Borgeren skal trives mere i hverdagen."],
    ["Bo skal blive mere selvstændig."],
    ["Jens skal have det godt og være glad."],
  ])("vague-only phrasing %j is a warning", (text) => {
    const f = checkGoal({ ...good, text });
    expect(f).toContainEqual(expect.objectContaining({ code: "s-vague", severity: "warning", letter: "S" }));
    expect(isSmorteComplete(f)).toBe(true);
  });
  test.each([
    ["Anna smører selv sin madpakke om morgenen på hverdage."],
    ["Carl bliver bedre til at handle ind i Netto med en indkøbsliste."],
    ["Bo går en tur på 20 minutter hver dag efter frokost."],
  ])("concrete phrasing %j is not flagged", (text) => {
    expect(codes({ text })).not.toContain("s-vague");
  });
  test("the warning names the vague words it found, never the rest of the text", () => {
    const f = checkGoal({ ...good, text: "Anna skal have det bedre." }).find((x) => x.code === "s-vague");
    expect(f?.message).toContain("»bedre«");
    expect(f?.message).not.toContain("Anna");
  });
});

describe("M – målbart", () => {
  test("no Succeskriterium and no numeric Udgangspunkt/Målværdi is an error", () => {
    const f = checkGoal({ ...good, successCriterion: "" });
    expect(f).toContainEqual(
      expect.objectContaining({ code: "m-missing", severity: "error", column: "Succeskriterium" }),
    );
  });
  test("numeric Udgangspunkt and Målværdi make the goal measurable without a Succeskriterium", () => {
    expect(codes({ successCriterion: "", baseline: 1, target: 5 })).toEqual([]);
  });
  test("a target below the baseline is fine (e.g. fewer conflicts)", () => {
    expect(codes({ successCriterion: "", baseline: 6, target: 2 })).toEqual([]);
  });
  test.each([["Anna har det bedre."], ["Vi kan mærke, at hun trives."]])(
    "a criterion without a number, frequency or observable act (%j) is a warning",
    (successCriterion) => {
      expect(codes({ successCriterion })).toContain("m-not-measurable");
    },
  );
  test.each([
    ["Anna smører madpakken uden påmindelse."],
    ["Bo deltager i fællesspisning to gange om ugen."],
    ["Antallet af konflikter registreres i skemaet."],
    ["Carl handler selv ind med indkøbsliste."],
  ])("a criterion with a number, frequency or observable act (%j) passes", (successCriterion) => {
    expect(codes({ successCriterion })).not.toContain("m-not-measurable");
  });
  test("equal Udgangspunkt and Målværdi is a warning: progress cannot be measured", () => {
    expect(codes({ baseline: 3, target: 3 })).toContain("m-no-span");
  });
  test("only one of Udgangspunkt and Målværdi filled is a warning naming the missing one", () => {
    const f = checkGoal({ ...good, baseline: 2 }).find((x) => x.code === "m-half-scale");
    expect(f?.column).toBe("Målværdi");
  });
});

describe("O – opnåeligt", () => {
  test("an empty Opnåelighed is an error", () => {
    expect(checkGoal({ ...good, achievability: "" })).toContainEqual(
      expect.objectContaining({ code: "o-missing", severity: "error", column: "Opnåelighed" }),
    );
  });
  test.each([
    ["Jonas skal ikke råbe ad personalet."],
    ["Lise skal undgå at isolere sig på værelset."],
    ["Peter skal stoppe med at ryge inde på værelset."],
    ["Sara skal holde op med at springe morgenmaden over."],
    ["Ole skal drikke mindre cola om aftenen."],
  ])("avoid-phrasing %j is a warning on Mål", (text) => {
    const f = checkGoal({ ...good, text }).find((x) => x.code === "o-avoid");
    expect(f).toEqual(expect.objectContaining({ severity: "warning", letter: "O", column: "Mål" }));
  });
  test("a goal phrased as something to reach is not flagged", () => {
    expect(codes({ text: "Jonas siger til, når han har brug for en pause." })).not.toContain("o-avoid");
  });
});

describe("R – relevant", () => {
  test("an empty Relevans is an error", () => {
    expect(checkGoal({ ...good, relevance: " " })).toContainEqual(
      expect.objectContaining({ code: "r-missing", severity: "error", letter: "R", column: "Relevans" }),
    );
  });
  test("a filled Relevans passes", () => {
    expect(codes({ relevance: "Borgerens ønske om at kunne klare sig selv." })).not.toContain("r-missing");
  });
});

describe("T – tidsbestemt", () => {
  test("no Slutdato is an error", () => {
    expect(checkGoal({ ...good, endDate: null })).toContainEqual(
      expect.objectContaining({ code: "t-end-missing", severity: "error", column: "Slutdato" }),
    );
  });
  test("a Slutdato on or before Startdato is an error", () => {
    expect(codes({ endDate: good.startDate })).toContain("t-end-before-start");
    expect(codes({ endDate: day(2025, 12, 1) })).toContain("t-end-before-start");
  });
  test("a span of exactly 12 months is fine, one day more is a warning", () => {
    expect(codes({ startDate: day(2026, 3, 1), endDate: day(2027, 3, 1) })).not.toContain("t-too-long");
    expect(codes({ startDate: day(2026, 3, 1), endDate: day(2027, 3, 2) })).toContain("t-too-long");
  });
  test("12 months from 29 February ends on 28 February", () => {
    expect(codes({ startDate: day(2028, 2, 29), endDate: day(2029, 2, 28) })).not.toContain("t-too-long");
    expect(codes({ startDate: day(2028, 2, 29), endDate: day(2029, 3, 1) })).toContain("t-too-long");
  });
  test("no Startdato is an error", () => {
    expect(codes({ startDate: null })).toContain("t-start-missing");
  });
  test("a date the form cannot read is unreadable, not missing, and is left out of the comparisons", () => {
    const end = checkGoal({ ...good, endDate: null, unreadable: { endDate: true } });
    expect(end).toContainEqual(expect.objectContaining({ code: "t-end-unreadable", severity: "error", letter: "T" }));
    expect(end.map((f) => f.code)).not.toContain("t-end-missing");
    // The start field's text is unreadable; the day it held before is not compared with Slutdato.
    const start = checkGoal({ ...good, endDate: day(2025, 12, 1), unreadable: { startDate: true } }).map((f) => f.code);
    expect(start).toContain("t-start-unreadable");
    expect(start).not.toContain("t-start-missing");
    expect(start).not.toContain("t-end-before-start");
  });
});

describe("E – evaluerbart", () => {
  test("an empty Evaluering is an error", () => {
    expect(checkGoal({ ...good, evaluation: "" })).toContainEqual(
      expect.objectContaining({ code: "e-missing", severity: "error", letter: "E", column: "Evaluering" }),
    );
  });
  test("an Evaluering that does not say when is a warning", () => {
    expect(codes({ evaluation: "Vi snakker om det med Mette." })).toContain("e-no-when");
    expect(codes({ evaluation: "Evalueres på statusmødet i juni." })).not.toContain("e-no-when");
  });
  test("a follow-up interval must exist: the goal's own or the setting", () => {
    expect(codes({ interval: null, defaultInterval: null })).toContain("e-no-interval");
    expect(codes({ interval: 30, defaultInterval: null })).not.toContain("e-no-interval");
    expect(codes({ interval: null, defaultInterval: 90 })).not.toContain("e-no-interval");
    expect(codes({ interval: null, defaultInterval: undefined })).not.toContain("e-no-interval");
  });
});

describe("completeness and letter status", () => {
  test("warnings do not stop a goal being SMORTE-complete; errors do", () => {
    expect(isSmorteComplete(checkGoal({ ...good, text: "Anna skal have det bedre." }))).toBe(true);
    expect(isSmorteComplete(checkGoal({ ...good, relevance: "" }))).toBe(false);
  });
  test("letter status shows the worst finding per letter", () => {
    const status = letterStatus(checkGoal({ ...good, text: "Ole skal drikke mindre cola.", endDate: null }));
    expect(status).toEqual({ S: "ok", M: "ok", O: "warning", R: "ok", T: "error", E: "ok" });
  });
  test("messages never quote the goal's text", () => {
    const secret = "Hemmeligt navn Åse";
    const all = checkGoal({
      ...good,
      text: `${secret} skal ikke have det bedre`,
      successCriterion: `${secret} trives`,
    });
    for (const f of all) expect(f.message).not.toContain("Åse");
  });
});

describe("checkWorkbook", () => {
  const { data } = readWorkbook(workedExample, { today: WORKED_EXAMPLE_TODAY });
  test("locates every usable goal's findings on the sheet Mål with row, column, letter and code", () => {
    const findings = checkWorkbook(data);
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({ sheet: "Mål", row: 6, column: "Evaluering", letter: "E", code: "e-missing" }),
    ]);
    expect(errors[0].message.startsWith("Mål, række 6, kolonne Evaluering: ")).toBe(true);
  });
  test("SMORTE findings never leave a goal out: the incomplete goal still counts", () => {
    expect(data.goals.map((g) => g.goalId)).toContain("M05");
    expect(data.leftOut).toEqual([]);
  });
  test("uses the Interval setting as the default interval", () => {
    const noDefault = { ...data, settings: { ...data.settings, interval: null as unknown as number } };
    const codesNoDefault = checkWorkbook(noDefault).map((f) => `${f.row}:${f.code}`);
    // M03 (row 4) and M05 (row 6) have their own interval; the others rely on the setting.
    expect(codesNoDefault.filter((c) => c.endsWith("e-no-interval"))).toEqual([
      "2:e-no-interval",
      "3:e-no-interval",
      "5:e-no-interval",
    ]);
  });
});
