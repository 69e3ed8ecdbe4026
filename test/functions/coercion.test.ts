import "../support/customFunctionsGlobal";
import { classifyCell } from "../../src/functions/cells";
import {
  choiceArg,
  dateArg,
  labelOrNumberArg,
  numberArg,
  numbersOf,
  optional,
  readArgs,
  requireSameShape,
  textArg,
  toMatrix,
} from "../../src/functions/args";
import { ArgumentError, NoResultError, guard, toExcelError } from "../../src/functions/errors";
import { scaleFromRange } from "../../src/functions/scaleRange";
import { tableFromRange } from "../../src/functions/tables";

const argumentMessage = (read: () => unknown): string => {
  try {
    read();
  } catch (e) {
    if (e instanceof ArgumentError) return e.message;
    throw e;
  }
  throw new Error("expected an ArgumentError");
};

describe("what a cell holds", () => {
  it("treats nothing, empty text, spaces and an omitted argument as blank", () => {
    for (const blank of [null, undefined, "", "   "]) expect(classifyCell(blank)).toEqual({ kind: "blank" });
  });

  it("recognises Excel's error values however they arrive: error object, cell-value object, English or Danish text", () => {
    expect(classifyCell(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable))).toEqual({
      kind: "error",
      code: "#N/A",
    });
    expect(classifyCell({ type: "Error", basicValue: "#DIV/0!" })).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(classifyCell("#VALUE!")).toEqual({ kind: "error", code: "#VALUE!" });
    expect(classifyCell("#I/T")).toEqual({ kind: "error", code: "#I/T" });
    expect(classifyCell(Number.NaN).kind).toBe("error");
  });

  it("reads a data-type value by its basic value", () => {
    expect(classifyCell({ type: "Double", basicValue: 2.5 })).toEqual({ kind: "number", value: 2.5 });
  });

  it("keeps ordinary text, numbers and booleans apart", () => {
    expect(classifyCell("Opnået")).toEqual({ kind: "text", value: "Opnået" });
    expect(classifyCell(0)).toEqual({ kind: "number", value: 0 });
    expect(classifyCell(true)).toEqual({ kind: "boolean", value: true });
  });
});

describe("number arguments", () => {
  const measured = numberArg("måling");

  it("take a number as it is", () => {
    expect(measured.read(2.5)).toBe(2.5);
  });

  it("refuse a blank cell where a value is required, naming the argument", () => {
    expect(argumentMessage(() => measured.read(null))).toBe("Argumentet «måling» er ikke udfyldt. Skriv et tal.");
    expect(argumentMessage(() => measured.read(""))).toMatch(/ikke udfyldt/);
  });

  it("refuse text, even text that looks like a number, and booleans", () => {
    expect(argumentMessage(() => measured.read("abc"))).toBe("Argumentet «måling» skal være et tal, men er tekst.");
    expect(argumentMessage(() => measured.read("3"))).toMatch(/men er tekst/);
    expect(argumentMessage(() => measured.read(true))).toMatch(/sandhedsværdi/);
  });

  it("refuse an error value and say which one", () => {
    expect(argumentMessage(() => measured.read("#N/A"))).toMatch(/fejlværdien #N\/A/);
  });

  it("check whole numbers and limits", () => {
    const year = numberArg("år", { integer: true, min: 1900, max: 9999 });
    expect(argumentMessage(() => year.read(2026.5))).toMatch(/helt tal/);
    expect(argumentMessage(() => year.read(99))).toMatch(/fra 1900 til 9999/);
  });

  it("never repeat the cell's content in the message (it could be a name or a CPR number)", () => {
    expect(argumentMessage(() => measured.read("010203-1234 Anna"))).not.toMatch(/Anna|010203/);
  });
});

describe("optional arguments", () => {
  it("use the fallback when omitted (null) or blank, and read the value otherwise", () => {
    const rho = optional(numberArg("rho"), 0.3);
    expect(rho.read(null)).toBe(0.3);
    expect(rho.read(undefined)).toBe(0.3);
    expect(rho.read("")).toBe(0.3);
    expect(rho.read(0.5)).toBe(0.5);
    expect(rho.optional).toBe(true);
    expect(() => rho.read("x")).toThrow(ArgumentError);
  });
});

describe("text, date, choice and assessment arguments", () => {
  it("read an id written as a number as its text", () => {
    expect(textArg("målid").read(101)).toBe("101");
    expect(textArg("målid").read("  M01 ")).toBe("M01");
  });

  it("read dates as serials or day-first text and drop a time of day", () => {
    expect(dateArg("dato").read(46082.75)).toBe(46082);
    expect(dateArg("dato").read("01-03-2026")).toBe(46082);
    expect(argumentMessage(() => dateArg("dato").read("første marts"))).toMatch(/ikke en dato/);
    expect(argumentMessage(() => dateArg("dato").read(""))).toMatch(/ikke udfyldt/);
  });

  it("match a choice trimmed and case-insensitively, and list the choices when it does not match", () => {
    const grouping = choiceArg("gruppering", [
      { value: "method", words: ["Metode", "Method"] },
      { value: "citizen", words: ["Borger"] },
    ]);
    expect(grouping.read("  METODE ")).toBe("method");
    expect(grouping.read("method")).toBe("method");
    expect(argumentMessage(() => grouping.read("Hus"))).toBe("Argumentet «gruppering» skal være en af Metode, Borger.");
  });

  it("take an assessment as a label or a number", () => {
    const assessment = labelOrNumberArg("vurdering");
    expect(assessment.read(" Opnået ")).toEqual({ kind: "label", label: "Opnået" });
    expect(assessment.read(0.25)).toEqual({ kind: "number", value: 0.25 });
    expect(() => assessment.read(null)).toThrow(ArgumentError);
  });

  it("read a whole argument list in order", () => {
    expect(readArgs([numberArg("a"), textArg("b"), optional(numberArg("c"), 7)], [1, "x", null])).toEqual([1, "x", 7]);
  });
});

describe("ranges", () => {
  it("must be rectangular; a single value is a 1×1 range", () => {
    expect(toMatrix(5, "niveauer")).toEqual([[5]]);
    expect(argumentMessage(() => toMatrix([[1, 2], [3]], "niveauer"))).toMatch(/rektangulært/);
    expect(argumentMessage(() => toMatrix([], "niveauer"))).toMatch(/område/);
  });

  it("give blank cells as null and name the place of text or an error value", () => {
    expect(
      numbersOf(
        [
          [1, ""],
          [-1, null],
        ],
        "niveauer",
      ),
    ).toEqual([1, null, -1, null]);
    expect(
      argumentMessage(() =>
        numbersOf(
          [
            [1, 2],
            [3, "høj"],
          ],
          "niveauer",
        ),
      ),
    ).toBe("Cellen i række 2, kolonne 2 af «niveauer» skal være et tal, men er tekst.");
    expect(argumentMessage(() => numbersOf([[1], ["#DIV/0!"]], "niveauer"))).toMatch(/række 2, kolonne 1.*#DIV\/0!/);
  });

  it("of different shapes are refused where they must match", () => {
    expect(() => requireSameShape([[1], [2]], "niveauer", [[1], [2]], "vægte")).not.toThrow();
    expect(argumentMessage(() => requireSameShape([[1], [2]], "niveauer", [[1, 2]], "vægte"))).toMatch(
      /«vægte» \(1×2 celler\) skal have samme form som «niveauer» \(2×1 celler\)/,
    );
  });
});

describe("a scale given as a range", () => {
  it("works without its header row: two columns, label and value", () => {
    expect(
      scaleFromRange(
        [
          ["Opnået", 1],
          ["Delvist", 0.5],
          ["Ikke vurderet", ""],
        ],
        "skala",
      ),
    ).toEqual([
      { label: "Opnået", value: 1 },
      { label: "Delvist", value: 0.5 },
      { label: "Ikke vurderet", value: null },
    ]);
  });

  it("works with its header row, finding the columns by name in any order and skipping empty rows", () => {
    const range = [
      ["Note", " værdi ", "VURDERING"],
      ["", 1, "Opnået"],
      ["", "", ""],
      ["x", 0, "Ikke opnået"],
    ];
    expect(scaleFromRange(range, "skala")).toEqual([
      { label: "Opnået", value: 1 },
      { label: "Ikke opnået", value: 0 },
    ]);
  });

  it("refuses values outside 0..1, text values, error values and a value without a label", () => {
    expect(argumentMessage(() => scaleFromRange([["Opnået", 2]], "skala"))).toMatch(/række 1, kolonne 2.*fra 0 til 1/);
    expect(argumentMessage(() => scaleFromRange([["Opnået", "høj"]], "skala"))).toMatch(/men er tekst/);
    expect(argumentMessage(() => scaleFromRange([["Opnået", "#N/A"]], "skala"))).toMatch(/#N\/A/);
    expect(argumentMessage(() => scaleFromRange([["", 1]], "skala"))).toMatch(/mangler navnet/);
  });

  it("without a header must be exactly two columns wide, and must have a step", () => {
    expect(argumentMessage(() => scaleFromRange([["Opnået", 1, 2]], "skala"))).toMatch(/to kolonner/);
    expect(argumentMessage(() => scaleFromRange([["", ""]], "skala"))).toMatch(/ingen trin/);
  });
});

describe("a table given as a range with its header row", () => {
  const range = [
    [" målid ", "Dato", "Egen kolonne", "vurdering"],
    ["M01", 46082, "#N/A", "Opnået"],
    ["M02", "01-04-2026", "x", ""],
    ["", "", "y", ""],
  ];

  it("finds the contract's columns by header (trimmed, case-insensitive), keyed by the contract's names", () => {
    const table = tableFromRange(range, "opfølgning", "Opfoelgning", ["goalId", "date"]);
    expect(table.rows).toEqual([
      { MålID: "M01", Dato: 46082, Vurdering: "Opnået" },
      { MålID: "M02", Dato: "01-04-2026", Vurdering: "" },
    ]);
    expect([...table.keys].sort()).toEqual(["assessment", "date", "goalId"]);
    expect(table.headerRow).toBe(1);
  });

  it("ignores the user's own columns, even an error value in them, and drops trailing empty rows", () => {
    expect(tableFromRange(range, "opfølgning", "Opfoelgning", []).rows).toHaveLength(2);
  });

  it("names a missing needed column and reminds the user to include the header row", () => {
    expect(
      argumentMessage(() => tableFromRange([["M01", 46082]], "opfølgning", "Opfoelgning", ["goalId", "date"])),
    ).toBe("«opfølgning» mangler kolonnerne MålID, Dato. Tag tabellens overskriftsrække med, fx Opfoelgning[#Alle].");
  });

  it("refuses an error value in a contract column, naming row and column", () => {
    const bad = [
      ["MålID", "Dato"],
      ["M01", "#VALUE!"],
    ];
    expect(argumentMessage(() => tableFromRange(bad, "opfølgning", "Opfoelgning", []))).toBe(
      "«opfølgning» har fejlværdien #VALUE! i række 2, kolonnen Dato. Ret fejlen i cellen, før SMORTE kan regne.",
    );
  });

  it("refuses a header that appears twice", () => {
    expect(
      argumentMessage(() =>
        tableFromRange(
          [
            ["Dato", "dato"],
            [1, 2],
          ],
          "opfølgning",
          "Opfoelgning",
          [],
        ),
      ),
    ).toMatch(/Overskriften Dato står to gange/);
  });
});

describe("turning failures into Excel errors", () => {
  it("gives #VALUE! for a bad argument and #N/A for no result, both with the Danish message", () => {
    expect(toExcelError(new ArgumentError("Forkert."))).toMatchObject({ code: "#VALUE!", message: "Forkert." });
    expect(toExcelError(new NoResultError("Intet."))).toMatchObject({ code: "#N/A", message: "Intet." });
  });

  it("keeps the domain's Danish range messages and hides any other exception behind a Danish message", () => {
    expect(toExcelError(new RangeError("GAS-niveau nr. 1 skal være et helt tal fra -2 til 2; fik 3."))).toMatchObject({
      code: "#VALUE!",
      message: "GAS-niveau nr. 1 skal være et helt tal fra -2 til 2; fik 3.",
    });
    const hidden = toExcelError(new TypeError("Cannot read properties of undefined"));
    expect(hidden.code).toBe("#VALUE!");
    expect(hidden.message).toMatch(/^SMORTE kunne ikke/);
  });

  it("lets a body's value through and turns its exception into an Excel error", () => {
    expect(guard(() => 42)).toBe(42);
    expect(() =>
      guard(() => {
        throw new Error("boom");
      }),
    ).toThrow(CustomFunctions.Error);
  });
});
