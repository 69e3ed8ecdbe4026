import { readCell, writeCell } from "../../../src/workbook/xlsx/cells";

describe("reading .xlsx cells as the contract's values", () => {
  test("a date cell is its Excel serial, whatever the time zone: the calendar date, and a time of day as the fraction", () => {
    expect(readCell(new Date(Date.UTC(2026, 2, 1)))).toBe(46082);
    expect(readCell(new Date(Date.UTC(2026, 2, 1, 23, 59)))).toBeCloseTo(46082 + 1439 / 1440, 9);
    expect(Math.floor(readCell(new Date(Date.UTC(2026, 2, 1, 23, 59))) as number)).toBe(46082);
  });

  test("a time-only cell (dated 30-12-1899 by ExcelJS) is its time of day as a fraction", () => {
    expect(readCell(new Date(Date.UTC(1899, 11, 30, 14, 30)))).toBeCloseTo(14.5 / 24, 10);
    expect(readCell(new Date(Date.UTC(1899, 11, 30, 0, 0)))).toBe(0);
  });

  test("a formula cell is its calculated result", () => {
    expect(readCell({ formula: "1+1", result: 2 })).toBe(2);
    expect(readCell({ sharedFormula: "A1", result: "Opnået" })).toBe("Opnået");
    expect(readCell({ formula: "TODAY()", result: new Date(Date.UTC(2026, 0, 1)) })).toBe(46023);
    expect(readCell({ formula: "X()" })).toBe("");
  });

  test("rich text is its plain text; a link is its text; an error is its #-code", () => {
    expect(readCell({ richText: [{ text: "Hus " }, { font: { bold: true }, text: "Nord" }] })).toBe("Hus Nord");
    expect(readCell({ text: "Se her", hyperlink: "https://example.invalid" })).toBe("Se her");
    expect(readCell({ error: "#N/A" })).toBe("#N/A");
    expect(readCell({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
  });

  test("numbers, text and booleans pass through; empty cells are empty text", () => {
    expect([readCell(3.5), readCell("B01"), readCell(true), readCell(null), readCell(undefined)]).toEqual([
      3.5,
      "B01",
      true,
      "",
      "",
    ]);
  });

  test("writing: formulas lose their '=' as ExcelJS wants, text starting with '=' stays text", () => {
    expect(writeCell({ formula: "=SUM(A1:A3)" })).toEqual({ formula: "SUM(A1:A3)" });
    expect(writeCell("=ikke en formel")).toBe("=ikke en formel");
    expect(writeCell("")).toBeNull();
  });
});
