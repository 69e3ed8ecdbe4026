/**
 * The heuristics for empty phrases: an Opnåelighed or Relevans that gives no reason ("Det tror vi på",
 * "Handleplanen.") and an S that names a process without an activity ("Arbejde med struktur i
 * hverdagen") are warnings; concrete texts are not, and warnings never make a goal incomplete.
 */
import fc from "fast-check";
import { dayFromYmd } from "../../src/domain/dates";
import { checkGoal, isSmorteComplete, letterStatus, type GoalCheckInput } from "../../src/domain/smorte";
import { EMPTY_WORDS, SMALL_WORDS } from "../../src/domain/smorteWords";

const good: GoalCheckInput = {
  text: "Mette tager selv bussen til værkstedet om morgenen.",
  successCriterion: "Mette tager bussen alene mindst 4 af 5 arbejdsdage.",
  achievability: "Mette kender ruten og har taget bussen med følge i et halvt år.",
  relevance: "Mettes eget ønske; understøtter handleplanens mål om beskæftigelse (§ 141).",
  evaluation: "Evalueres hver 3. måned på statusmødet med kontaktpersonen.",
  startDate: dayFromYmd(2026, 1, 1),
  endDate: dayFromYmd(2026, 12, 31),
  baseline: null,
  target: null,
  interval: null,
  defaultInterval: 90,
};
const codes = (g: Partial<GoalCheckInput>): string[] => checkGoal({ ...good, ...g }).map((f) => f.code);

describe("O – an Opnåelighed that gives no reason", () => {
  test.each([["Det tror vi på"], ["Det tror vi på."], ["Ja."], ["Realistisk"], ["Det mener vi helt klart"]])(
    "%s is a warning on Opnåelighed, and the goal stays complete",
    (achievability) => {
      const findings = checkGoal({ ...good, achievability });
      expect(findings).toContainEqual(
        expect.objectContaining({ code: "o-empty", severity: "warning", letter: "O", column: "Opnåelighed" }),
      );
      expect(isSmorteComplete(findings)).toBe(true);
      expect(letterStatus(findings).O).toBe("warning");
    },
  );
  test.each([["Mette kender ruten og har taget bussen med følge."], ["Bo har lavet mad med støtte i to måneder."]])(
    "a reason (%s) passes",
    (achievability) => expect(codes({ achievability })).not.toContain("o-empty"),
  );
});

describe("R – a Relevans that says too little", () => {
  test.each([["Handleplanen."], ["Det vil hun gerne"], ["Hendes ønske."], ["Se handleplanen"]])(
    "%s is a warning on Relevans",
    (relevance) => {
      const findings = checkGoal({ ...good, relevance });
      expect(findings).toContainEqual(
        expect.objectContaining({ code: "r-empty", severity: "warning", letter: "R", column: "Relevans" }),
      );
      expect(isSmorteComplete(findings)).toBe(true);
    },
  );
  test("the citizen's wish tied to the action plan passes", () => {
    expect(codes({ relevance: "Borgerens eget ønske; følger handleplanens mål om selvstændighed." })).not.toContain(
      "r-empty",
    );
  });
  test("any text of only small and empty words is a warning, in O and in R", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SMALL_WORDS, ...EMPTY_WORDS), { minLength: 1, maxLength: 8 }),
        (words) => {
          const text = `${words.join(" ")}.`;
          const found = codes({ achievability: text, relevance: text });
          expect(found).toContain("o-empty");
          expect(found).toContain("r-empty");
        },
      ),
    );
  });
});

describe("S – a process without an activity", () => {
  test.each([["Arbejde med struktur i hverdagen"], ["Fokus på rutiner."], ["Støtte til økonomi og overblik"]])(
    "%s is a warning on Mål naming the process phrase",
    (text) => {
      const f = checkGoal({ ...good, text }).find((x) => x.code === "s-no-activity");
      expect(f).toMatchObject({ severity: "warning", letter: "S", column: "Mål" });
      expect(f?.message).not.toContain(text);
    },
  );
  test.each([
    ["Arbejde med at lave en ugeplan hver søndag med kontaktpersonen."],
    ["Bo laver en ugeplan hver søndag."],
    ["Fokus på at Bo selv vasker tøj 2 gange om ugen."],
  ])("a concrete activity (%s) passes", (text) => {
    expect(codes({ text })).not.toContain("s-no-activity");
  });
  test("a vague goal gets the vague warning, not both", () => {
    const found = codes({ text: "Arbejde med trivsel." });
    expect(found.filter((c) => c.startsWith("s-"))).toHaveLength(1);
  });
});

test("the new heuristics are warnings only: the errors-only path (completeness figures) does not see them", () => {
  const empty = {
    ...good,
    text: "Arbejde med struktur i hverdagen",
    achievability: "Det tror vi på",
    relevance: "Handleplanen.",
  };
  expect(checkGoal(empty, { errorsOnly: true })).toEqual([]);
  expect(codes(empty)).toEqual(expect.arrayContaining(["s-no-activity", "o-empty", "r-empty"]));
});
