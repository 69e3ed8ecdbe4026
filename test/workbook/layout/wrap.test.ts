import { LINE_HEIGHT, wrappedLines, wrappedRowHeights } from "../../../src/workbook/layout/wrap";

describe("wrapped report tables get rows tall enough for their text", () => {
  test("a short text needs one line, an empty cell one line", () => {
    expect(wrappedLines("Ikke startet", 15)).toBe(1);
    expect(wrappedLines("", 15)).toBe(1);
    expect(wrappedLines(null, 15)).toBe(1);
  });

  test("words are not split: each line holds as many whole words as fit", () => {
    // 16 characters per line in a 15-wide column: "Gennemgå målene" | "under KRAP med" | "medarbejderne".
    expect(wrappedLines("Gennemgå målene under KRAP med medarbejderne", 15)).toBe(3);
  });

  test("a word longer than the column takes several lines", () => {
    expect(wrappedLines("a".repeat(30), 11)).toBe(3);
  });

  test("line breaks in the text start new lines", () => {
    expect(wrappedLines("Marts\nApril", 20)).toBe(2);
  });

  test("each row is as tall as its tallest cell; the header row too", () => {
    const heights = wrappedRowHeights(
      // 15 characters per line in column B: "Ansvarlig for" | "opfølgning"; "Afdelingslederen" (16) takes two lines.
      {
        row: 10,
        col: 1,
        headers: ["Status", "Ansvarlig for opfølgning"],
        rows: [
          ["I gang", "Afdelingslederen"],
          ["x", "y"],
        ],
      },
      [20, 14],
    );
    expect(heights).toEqual([2 * LINE_HEIGHT, 2 * LINE_HEIGHT, LINE_HEIGHT]);
  });
});
