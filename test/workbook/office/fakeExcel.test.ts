/**
 * The fake Excel behaves like Office.js where the adapter's correctness depends on it.
 */
import { FakeExcel } from "../../support/fakeExcel";

describe("the fake Excel used to test the Office adapter", () => {
  test("reading a property before load and sync throws like Office.js; after them it is there", async () => {
    const fake = new FakeExcel();
    fake.state.addTable("Ark", "T", "A1", ["Id"], [["x"]]);
    await fake.run(async (context) => {
      const range = context.workbook.tables.getItem("T").getRange();
      expect(() => range.values).toThrow("The property 'values' is not available");
      range.load("values");
      expect(() => range.values).toThrow("is not available");
      await context.sync();
      expect(range.values).toEqual([["Id"], ["x"]]);
    });
  });

  test("writes happen at sync, in order, and a failing operation stops the rest of the batch", async () => {
    const fake = new FakeExcel();
    fake.state.addTable("Ark", "T", "A1", ["Id"], [["x"]]);
    await expect(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Ark");
        ws.getRange("B1").values = [["før"]];
        expect(fake.state.cell(fake.state.sheet("Ark")!, 1, 2).value).toBe("");
        context.workbook.tables.getItem("Findes ikke").getRange().values = [["x"]];
        ws.getRange("C1").values = [["efter"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    const s = fake.state.sheet("Ark")!;
    expect(fake.state.cell(s, 1, 2).value).toBe("før");
    expect(fake.state.cell(s, 1, 3).value).toBe("");
  });

  test("values starting with '=' or '-' become formulas unless the cell is formatted as text, as Office.js documents", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Ark");
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Ark");
      ws.getRange("A1").values = [["=1+1"]];
      ws.getRange("A2").numberFormat = [["@"]];
      ws.getRange("A2").values = [["=1+1"]];
      await context.sync();
    });
    const s = fake.state.sheet("Ark")!;
    expect(fake.state.cell(s, 1, 1).formula).toBe("=1+1");
    expect(fake.state.cell(s, 2, 1)).toMatchObject({ value: "=1+1", numberFormat: "@" });
    expect(fake.state.cell(s, 2, 1).formula).toBeUndefined();
  });

  test("syncs are counted per run", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(fake.lastRun.syncs).toBe(2);
  });
});
