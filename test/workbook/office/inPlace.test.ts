/**
 * Report sheets are rewritten in place inside Excel: the sheet itself stays (same id, same place), so
 * a formula on another sheet that points at it keeps its reference instead of turning into #REF!;
 * what the old report had (cells, its tables, charts, validations, frozen rows) is gone.
 */
import type { SheetContent } from "../../../src/workbook/port";
import { officeHarness, seedFake } from "./harness";

const report = (title: string, rows: number): SheetContent => ({
  name: "Årsevaluering 2026",
  blocks: [
    { kind: "title", text: title },
    {
      kind: "table",
      name: "Handleplan_2026",
      headers: ["Fokusområde", "Status"],
      rows: Array.from({ length: rows }, (_, i) => [`Punkt ${i + 1}`, "Ikke startet"]),
      lists: { Status: ["Ikke startet", "I gang"] },
    },
    { kind: "table", headers: ["Metode", "Andel"], rows: [["KRAP", 0.5]] },
  ],
  charts: [{ kind: "bar", title: "Andel", dataBlock: 2 }],
});

describe("report sheets rewritten in place", () => {
  test("the sheet keeps its id and place; the old report's cells, tables, charts and validations are replaced", async () => {
    const h = officeHarness(seedFake({ Metoder: [{ Metode: "KRAP" }] }));
    await h.port.writeSheet(report("Første", 6));
    const before = h.fake.state.sheet("Årsevaluering 2026")!;
    const id = before.id;
    // A user's formula elsewhere that points at the report.
    h.fake.state.setCell(h.fake.state.sheet("Metoder")!, 1, 5, { value: 0.5, formula: "='Årsevaluering 2026'!B10" });
    await h.port.writeSheet(report("Anden", 2));
    const after = h.fake.state.sheet("Årsevaluering 2026")!;
    expect(after).toBe(before);
    expect(after.id).toBe(id);
    expect(h.fake.state.sheets.map((s) => s.name)).toEqual(["Metoder", "Årsevaluering 2026"]);
    expect(await h.cell("Årsevaluering 2026", "A1")).toBe("Anden");
    expect(h.fake.state.tables.filter((t) => t.name === "Handleplan_2026")).toHaveLength(1);
    expect((await h.port.readSheetTable("Årsevaluering 2026", "Handleplan_2026"))!.rows).toHaveLength(2);
    expect(after.charts).toHaveLength(1);
    expect(new Set(after.validations.map((v) => v.address)).size).toBe(after.validations.length);
    expect(await h.cell("Metoder", "E1")).toEqual({ formula: "='Årsevaluering 2026'!B10" });
  });
});
