import { paragraph } from "../../../src/workbook/reports/paragraph";

describe("long texts are split into printable lines between words", () => {
  test("every word is kept, in order, and no line is longer than asked", () => {
    const text =
      "Evalueringen viser målopfyldelsen pr. metode og pr. målgruppe, med sidste år ved siden af, så ledelsen kan se udviklingen.";
    const lines = paragraph(text, 30).map((b) => (b.kind === "text" ? b.text : ""));
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(30);
    expect(lines.join(" ")).toBe(text);
  });

  test("a short text stays one line", () => {
    expect(paragraph("Ingen rækker er udeladt.")).toEqual([{ kind: "text", text: "Ingen rækker er udeladt." }]);
  });
});
