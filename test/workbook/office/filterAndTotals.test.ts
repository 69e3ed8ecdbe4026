/**
 * A table's totals row and a filter that hides rows, through the fake Excel as Excel has them: the
 * totals row is never data and new rows go above it; a filtered table takes no new row
 * (FilteredRangeConflict) until the user lets SMORTE clear the filter, while updates of one row
 * (hidden or not) go through.
 */
import { isFilteredTable } from "../../../src/workbook/conflict";
import type { FakeRequestContext } from "../../support/fakeExcel";
import { officeHarness, seedFake } from "./harness";

const HEADERS = ["OpfølgningID", "MålID", "Dato", "Vurdering", "Måling", "GAS", "Note", "UdførtAf"];
const ROWS = [
  ["O1", "M1", 46000, "Opnået", "", 1, "", "Lise"],
  ["O2", "M1", 46010, "Ikke opnået", "", -1, "", "Lise"],
  ["O3", "M2", 46020, "Opnået", "", 1, "", "Per"],
  ["O4", "M2", 46030, "Delvist opnået", "", 0, "", "Per"],
];

const followUps = () => officeHarness(seedFake({ Opfoelgning: { headers: HEADERS, rows: ROWS } }));

describe("a table with a totals row", () => {
  const withTotals = () => {
    const h = followUps();
    h.fake.state.addTotalsRow("Opfoelgning", [
      { value: "I alt" },
      { value: 4, formula: "=SUBTOTAL(103,[MålID])" },
      null,
      null,
      null,
      { value: 1, formula: "=SUBTOTAL(109,[GAS])" },
    ]);
    return h;
  };

  test("reads leave the totals row out", async () => {
    const h = withTotals();
    const t = (await h.port.readAll()).tables.Opfoelgning!;
    expect(t.rows.map((r) => r.OpfølgningID)).toEqual(["O1", "O2", "O3", "O4"]);
    const lists = (await h.port.readTable("Opfoelgning", { columns: "lists" }))!;
    expect(lists.rows).toHaveLength(4);
    const rows = (await h.port.readRows("Opfoelgning", 2, 10, { columns: "lists" }))!;
    expect(rows.bodyRows).toBe(4);
    expect(rows.rows.map((r) => r.OpfølgningID)).toEqual(["O1", "O2", "O3", "O4"]);
    expect(await h.port.readRecord("Opfoelgning", "I alt")).toBeNull();
  });

  test("a new record goes above the totals row, which moves down with its formulas", async () => {
    const h = withTotals();
    const r = await h.port.upsert(
      "Opfoelgning",
      { followUpId: "O5", goalId: "M2", date: 46040, assessment: "Opnået" },
      { mode: "insert" },
    );
    expect(r).toEqual({ action: "inserted", row: 6 });
    expect(await h.cell("Opfølgning", "A6")).toBe("O5");
    expect(await h.cell("Opfølgning", "A7")).toBe("I alt");
    expect(await h.cell("Opfølgning", "B7")).toEqual({ formula: "=SUBTOTAL(103,[MålID])" });
    const t = (await h.port.readAll()).tables.Opfoelgning!;
    expect(t.rows.map((x) => x.OpfølgningID)).toEqual(["O1", "O2", "O3", "O4", "O5"]);
    await h.port.upsert("Opfoelgning", { followUpId: "O5", gas: 2 }, { mode: "update" });
    expect(await h.cell("Opfølgning", "F6")).toBe(2);
    expect(await h.cell("Opfølgning", "F7")).toEqual({ formula: "=SUBTOTAL(109,[GAS])" });
  });

  test("a report table's totals row is not read back as a row of the action plan", async () => {
    const h = followUps();
    await h.port.writeSheet({
      name: "Plan",
      blocks: [{ kind: "table", name: "Plan1", headers: ["Handling", "Status"], rows: [["Kursus", "I gang"]] }],
    });
    h.fake.state.addTotalsRow("Plan1", [{ value: "I alt" }, { value: 1, formula: "=SUBTOTAL(103,[Status])" }]);
    const plan = await h.port.readSheetTable("Plan", "Plan1");
    expect(plan?.rows).toEqual([{ Handling: "Kursus", Status: "I gang" }]);
  });
});

describe("a table a filter hides rows of", () => {
  const filtered = () => {
    const h = followUps();
    // A colleague shows only the follow-ups rated "Opnået": O2 and O4 are hidden.
    h.fake.state.filterTable("Opfoelgning", "Vurdering", (v) => v === "Opnået");
    return h;
  };

  test("the fake refuses, as Excel does, a new row and a block of values written through the filter", async () => {
    const h = filtered();
    const addRow = await h.fake
      .run(async (context: FakeRequestContext) => {
        context.workbook.tables.getItem("Opfoelgning").rows.add(null as unknown as undefined);
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(addRow).toMatchObject({
      code: "FilteredRangeConflict",
      message: "The attempted operation causes a conflict with a filtered range.",
    });
    const block = await h.fake
      .run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("Opfølgning").getRange("F2:F5").values = [[0], [0], [0], [0]];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(block).toMatchObject({ code: "FilteredRangeConflict" });
    expect(await h.cell("Opfølgning", "F2")).toBe(1);
  });

  test("every row is read, hidden or not", async () => {
    const h = filtered();
    const t = (await h.port.readAll({ columns: "lists" })).tables.Opfoelgning!;
    expect(t.rows.map((r) => r.OpfølgningID)).toEqual(["O1", "O2", "O3", "O4"]);
    expect((await h.port.readRecord("Opfoelgning", "O2"))?.Vurdering).toBe("Ikke opnået");
  });

  test("an update writes its one row, also a row the filter hides", async () => {
    const h = filtered();
    await expect(
      h.port.upsert("Opfoelgning", { followUpId: "O2", gas: 0, assessment: "Delvist opnået" }, { mode: "update" }),
    ).resolves.toEqual({ action: "updated", row: 3 });
    expect(await h.cell("Opfølgning", "D3")).toBe("Delvist opnået");
    expect(h.fake.state.table("Opfoelgning")!.hiddenRows?.size).toBe(2);
  });

  test("a new record is refused with a Danish message naming table and sheet; nothing is written", async () => {
    const h = filtered();
    const error = await h.port
      .upsert("Opfoelgning", { followUpId: "O5", goalId: "M2", date: 46040 }, { mode: "insert" })
      .catch((e: unknown) => e);
    expect(isFilteredTable(error)).toBe(true);
    expect((error as Error).message).toMatch(/Opfoelgning på arket Opfølgning er filtreret.*Intet er gemt/);
    expect(h.fake.state.table("Opfoelgning")!.rowCount).toBe(5);
    expect(await h.cell("Opfølgning", "A6")).toBe("");
    expect(h.fake.state.table("Opfoelgning")!.hiddenRows?.size).toBe(2);
  });

  test("when the user asks, the filter is cleared and the record added in the same request", async () => {
    const h = filtered();
    const r = await h.port.upsert(
      "Opfoelgning",
      { followUpId: "O5", goalId: "M2", date: 46040 },
      { mode: "insert", clearFilter: true },
    );
    expect(r).toEqual({ action: "inserted", row: 6 });
    expect(await h.cell("Opfølgning", "A6")).toBe("O5");
    expect(h.fake.state.table("Opfoelgning")!.hiddenRows).toBeUndefined();
  });
});
