import {
  CellProblem,
  formatNumber,
  isEmptyCell,
  isExcelError,
  isProblem,
  parseNumberText,
  readCell,
  readChoice,
  readDate,
  readId,
  readInteger,
  readNumber,
  readText,
} from "../../src/domain/cells";
import { column, GOAL_TYPES, YES_NO } from "../../src/domain/schema";
import { dayFromYmd } from "../../src/domain/dates";

const code = (v: unknown): string | null => (v instanceof CellProblem ? v.code : null);

describe("empty cells", () => {
  test.each([[""], [null], [undefined], ["   "], ["\t\n"]])("%j is an empty cell", (v) => {
    expect(isEmptyCell(v)).toBe(true);
  });
  test.each([[0], [false], ["0"], ["-"], ["#N/A"]])("%j is not an empty cell", (v) => {
    expect(isEmptyCell(v)).toBe(false);
  });
});

describe("Excel error values are errors, never text", () => {
  const errors = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];
  const more = ["#GETTING_DATA", "#BUSY!", "#FIELD!", "#I/T", "#VÆRDI!", " #n/a "];
  test.each([...errors, ...more])("%s is recognised as an Excel error", (e) => {
    expect(isExcelError(e)).toBe(true);
    expect(code(readText(e))).toBe("excel-error");
    expect(code(readNumber(e))).toBe("excel-error");
    expect(code(readDate(e))).toBe("excel-error");
    expect(code(readId(e))).toBe("excel-error");
  });
  test("a hashtag in ordinary text is text", () => {
    expect(isExcelError("#1 mål")).toBe(false);
    expect(readText("#1 mål")).toBe("#1 mål");
  });
  test("the problem never repeats the value", () => {
    const p = readNumber("0101901234x") as CellProblem;
    expect(p.reason).not.toContain("0101901234");
  });
});

describe("text and ids", () => {
  test("text is trimmed and numbers become their text", () => {
    expect(readText("  Går selv i Netto  ")).toBe("Går selv i Netto");
    expect(readId(1001)).toBe("1001");
    expect(readText(2.5)).toBe("2.5");
    expect(readText(null)).toBe("");
  });
  test("TRUE/FALSE in a text column is an error", () => {
    expect(code(readText(true))).toBe("boolean");
    expect(code(readId(false))).toBe("boolean");
  });
  test("an object (e.g. an unconverted rich value) cannot be read", () => {
    expect(code(readText({ richText: [] }))).toBe("unreadable");
  });
});

describe("numbers: numbers, and numeric text with a Danish or English decimal separator", () => {
  test.each([
    [3, 3],
    ["3", 3],
    ["2,5", 2.5],
    ["2.5", 2.5],
    [" -1 ", -1],
    ["\u22122", -2],
    [",5", 0.5],
    ["+4", 4],
  ])("%j reads as %d", (raw, expected) => {
    expect(readNumber(raw)).toBe(expected);
  });
  test("empty is null", () => {
    expect(readNumber("")).toBeNull();
    expect(readNumber(" ")).toBeNull();
  });
  test.each([["abc"], ["1.000,5"], ["2,5,1"], ["3 gange"], ["1e3"]])("%j is not a number", (raw) => {
    expect(code(readNumber(raw))).toBe("not-a-number");
  });
  test("a thousands separator is read as a decimal separator (documented)", () => {
    expect(parseNumberText("1.000")).toBe(1);
  });
  test("infinite and NaN are not numbers; booleans are errors", () => {
    expect(code(readNumber(NaN))).toBe("not-a-number");
    expect(code(readNumber(Infinity))).toBe("not-a-number");
    expect(code(readNumber(true))).toBe("boolean");
  });
  test("Danish number form in messages", () => {
    expect(formatNumber(-2.5)).toBe("\u22122,5");
  });
});

describe("whole numbers with a range (Vægt 1-4, GAS −2..2)", () => {
  test("whole numbers in range read; 2.0 and '2' are whole", () => {
    expect(readInteger(2.0, 1, 4)).toBe(2);
    expect(readInteger("2", 1, 4)).toBe(2);
    expect(readInteger("\u22122", -2, 2)).toBe(-2);
  });
  test("a fraction is not a whole number", () => {
    const p = readInteger("2,5", 1, 4) as CellProblem;
    expect(p.code).toBe("not-whole");
    expect(p.reason).toContain("mellem 1 og 4");
  });
  test("out of range names the range", () => {
    const p = readInteger(5, 1, 4) as CellProblem;
    expect(p.code).toBe("out-of-range");
    expect(readInteger(-3, -2, 2)).toBeInstanceOf(CellProblem);
    expect((readInteger(-3, -2, 2) as CellProblem).reason).toContain("\u22122 og 2");
  });
});

describe("choices are compared trimmed and case-insensitively and returned in the schema's spelling", () => {
  test("Måltype", () => {
    expect(readChoice(" begrænse TAB ", GOAL_TYPES)).toBe("Begrænse tab");
    expect(readChoice("", GOAL_TYPES)).toBeNull();
    expect(code(readChoice("Udvikling", GOAL_TYPES))).toBe("not-allowed");
  });
  test("Ja/Nej accepts TRUE/FALSE", () => {
    expect(readChoice(true, YES_NO)).toBe("Ja");
    expect(readChoice(false, YES_NO)).toBe("Nej");
    expect(readChoice("JA", YES_NO)).toBe("Ja");
    expect(code(readChoice(true, GOAL_TYPES))).toBe("boolean");
  });
});

describe("dates", () => {
  const march1 = dayFromYmd(2026, 3, 1);
  test.each([
    [46082],
    [46082.75],
    ["2026-03-01"],
    ["01-03-2026"],
    ["1.3.2026"],
    ["01/03/2026"],
    [new Date(Date.UTC(2026, 2, 1))],
  ])("%j is 1 March 2026", (raw) => {
    expect(readDate(raw)).toBe(march1);
  });
  test.each([["31-02-2026"], ["03/01/26"], ["marts 2026"], [0], [-5], [true]])("%j is not a date", (raw) => {
    expect(isProblem(readDate(raw))).toBe(true);
  });
  test("empty is null", () => {
    expect(readDate("")).toBeNull();
  });
});

describe("readCell reads per schema column type", () => {
  test("number, integer, choice, date, id", () => {
    expect(readCell("2,5", column("Maal", "baseline"))).toBe(2.5);
    expect(readCell("", column("Maal", "weight"))).toBeNull();
    expect(code(readCell(7, column("Maal", "weight")))).toBe("out-of-range");
    expect(readCell("fastholde", column("Maal", "goalType"))).toBe("Fastholde");
    expect(readCell("01-03-2026", column("Maal", "startDate"))).toBe(46082);
    expect(readCell(17, column("Borgere", "citizenId"))).toBe("17");
    expect(code(readCell(1.5, column("Skala", "value")))).toBe("out-of-range");
    expect(readCell(" 5 ", column("Indstillinger", "value"))).toBe("5");
  });
});
