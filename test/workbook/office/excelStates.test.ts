/**
 * Excel's own states through the fake Excel: formula columns, the 1904 date system, a protected
 * sheet, cell-edit mode, and the change and selection events with their real fields.
 */
import { OfficeWorkbookAdapter } from "../../../src/workbook/office/adapter";
import type { TableChange } from "../../../src/workbook/port";
import { officeHarness, seedFake, fakeOptions } from "./harness";

const flush = () => new Promise((r) => setTimeout(r, 0));

const FOLLOW_UP_HEADERS = ["OpfølgningID", "MålID", "Dato", "Vurdering", "Måling", "GAS", "Note", "UdførtAf", "Uge"];

function withFormulaColumn() {
  const fake = seedFake({
    Opfoelgning: {
      headers: FOLLOW_UP_HEADERS,
      rows: [["O01", "M01", 46082, "Opnået", "", 1, "", "Lise", ""]],
    },
  });
  const t = fake.state.table("Opfoelgning")!;
  // The user's own calculated column "Uge" (ISO week of Dato).
  fake.state.setCell(t.sheet, 2, 9, { value: 10, formula: "=ISOWEEKNUM([@Dato])" });
  return officeHarness(fake);
}

describe("safe writes", () => {
  test("a new record leaves the user's formula column to Excel: the new row gets the formula, not an empty text", async () => {
    const h = withFormulaColumn();
    const r = await h.port.upsert(
      "Opfoelgning",
      { followUpId: "O02", goalId: "M01", date: 46090, gas: 0 },
      { mode: "insert" },
    );
    expect(r).toEqual({ action: "inserted", row: 3 });
    expect(await h.cell("Opfølgning", "I3")).toEqual({ formula: "=ISOWEEKNUM([@Dato])" });
    expect(await h.cell("Opfølgning", "A3")).toBe("O02");
  });

  test("an update never writes over a formula in one of the record's own cells, and says so in Danish", async () => {
    const h = withFormulaColumn();
    const t = h.fake.state.table("Opfoelgning")!;
    h.fake.state.setCell(t.sheet, 2, 6, { value: 1, formula: '=IF([@Vurdering]="Opnået",1,0)' });
    await expect(h.port.upsert("Opfoelgning", { followUpId: "O01", gas: 2 }, { mode: "update" })).rejects.toThrow(
      "Cellen i kolonnen GAS, række 2 på arket Opfølgning indeholder en formel. SMORTE skriver ikke over formler.",
    );
    expect(await h.cell("Opfølgning", "F2")).toEqual({ formula: '=IF([@Vurdering]="Opnået",1,0)' });
    // Writing the value it already has is no change and goes through.
    await expect(h.port.upsert("Opfoelgning", { followUpId: "O01", gas: 1 }, { mode: "update" })).resolves.toEqual({
      action: "updated",
      row: 2,
    });
  });

  test("a protected sheet gets its own Danish message, not 'Tabellen … blev ændret'", async () => {
    const h = withFormulaColumn();
    h.fake.state.sheet("Opfølgning")!.protected = true;
    await expect(
      h.port.upsert("Opfoelgning", { followUpId: "O02", goalId: "M01", date: 46090 }, { mode: "insert" }),
    ).rejects.toThrow(/Arket Opfølgning er beskyttet.*Fjern beskyttelsen/);
    await expect(h.port.upsert("Opfoelgning", { followUpId: "O01", gas: 0 }, { mode: "update" })).rejects.toThrow(
      /Arket Opfølgning er beskyttet/,
    );
  });
});

describe("the 1904 date system", () => {
  test("dates are read and written in the 1900 system the domain counts in, whatever the workbook uses", async () => {
    const h = officeHarness(
      seedFake({
        Opfoelgning: {
          headers: FOLLOW_UP_HEADERS.slice(0, 8),
          rows: [["O01", "M01", 46082 - 1462, "Opnået", "", 1, "", ""]],
        },
      }),
    );
    h.fake.state.date1904 = true;
    const t = (await h.port.readAll()).tables.Opfoelgning!;
    expect(t.rows[0].Dato).toBe(46082);
    expect((await h.port.readRecord("Opfoelgning", "O01"))!.Dato).toBe(46082);
    await h.port.upsert("Opfoelgning", { followUpId: "O02", goalId: "M01", date: 46090 }, { mode: "insert" });
    expect(await h.cell("Opfølgning", "C3")).toBe(46090 - 1462);
    await h.port.upsert("Opfoelgning", { followUpId: "O01", date: 46083 }, { mode: "update" });
    expect(await h.cell("Opfølgning", "C2")).toBe(46083 - 1462);
  });
});

describe("cell-edit mode", () => {
  test("Excel.run is asked to wait while the user types in a cell, so the pane's batch is not refused", async () => {
    const fake = seedFake({ Metoder: [{ Metode: "KRAP" }] });
    fake.state.cellEditMode = true;
    // Without the option, Excel refuses (this is what the adapter avoids).
    await expect(fake.run(async () => 1)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const globals = globalThis as unknown as { Excel?: unknown };
    globals.Excel = { run: fake.run };
    try {
      const port = new OfficeWorkbookAdapter({ removeHandler: fakeOptions(fake).removeHandler });
      expect((await port.readAll()).tables.Metoder!.rows).toEqual([{ Metode: "KRAP" }]);
    } finally {
      delete globals.Excel;
    }
  });
});

describe("change events with their real fields", () => {
  function setup() {
    const h = officeHarness(
      seedFake({
        Maal: [
          { MålID: "M01", BorgerID: "B01" },
          { MålID: "M02", BorgerID: "B01" },
        ],
        Metoder: [{ Metode: "KRAP" }],
      }),
    );
    const seen: Array<TableChange | null> = [];
    h.port.events!.onTablesChanged((c) => seen.push(c));
    return { h, seen };
  }

  test("a colleague's cell edit reports the table and its rows; a row insert or delete reports the table", async () => {
    const { h, seen } = setup();
    await flush();
    await h.fake.changeByOtherUser(() => undefined, "Maal", { address: "C3" });
    await h.fake.changeByOtherUser((s) => s.insertTableRow("Maal", 0, ["M03", "B02"]), "Maal", {
      address: "A2:L2",
      changeType: "RowInserted",
    });
    await h.fake.changeByOtherUser((s) => s.deleteTableRow("Maal", 0), "Maal", {
      address: "A2:L2",
      changeType: "RowDeleted",
    });
    expect(seen).toEqual([
      { table: "Maal", kind: "cells", rows: { first: 3, last: 3 }, source: "remote" },
      { table: "Maal", kind: "rows", rows: { first: 2, last: 2 }, source: "remote" },
      { table: "Maal", kind: "rows", rows: { first: 2, last: 2 }, source: "remote" },
    ]);
  });

  test("our own write is not echoed; the user's own edit of the same row in this session is", async () => {
    let now = 1_000;
    const fake = seedFake({ Maal: [{ MålID: "M01", BorgerID: "B01", Status: "Aktiv" }] });
    const port = new OfficeWorkbookAdapter(fakeOptions(fake, { now: () => now }));
    const seen: Array<TableChange | null> = [];
    port.events!.onTablesChanged((c) => seen.push(c));
    await flush();
    await port.upsert("Maal", { goalId: "M01", status: "Afsluttet" }, { mode: "update" });
    await fake.announce("Maal", { address: "F2", source: "Local" });
    expect(seen).toEqual([]);
    now += 10_000;
    await fake.announce("Maal", { address: "F2", source: "Local" });
    expect(seen).toEqual([{ table: "Maal", kind: "cells", rows: { first: 2, last: 2 }, source: "local" }]);
  });

  test("changes in a table outside the contract (a report sheet's) are ignored; a table made after we started is learnt", async () => {
    const { h, seen } = setup();
    await flush();
    h.fake.state.addTable("Årsevaluering 2026", "Handleplan_2026", "A1", ["Fokusområde"], [["x"]]);
    await h.fake.announce("Handleplan_2026", { address: "A2" });
    expect(seen).toEqual([]);
    h.fake.state.addTable("Borgere", "Borgere", "A1", ["BorgerID", "Målgruppe"], [["B01", "X"]]);
    await h.fake.announce("Borgere", { address: "B2" });
    expect(seen).toEqual([{ table: "Borgere", kind: "cells", rows: { first: 2, last: 2 }, source: "remote" }]);
  });
});

describe("selection", () => {
  test("keeps working for sheets made after the pane started and after a rename; a whole column reads one row", async () => {
    const h = officeHarness(seedFake({ Metoder: [{ Metode: "KRAP" }] }));
    const seen: string[] = [];
    h.port.events!.onSelectRecord((table, id) => seen.push(`${table}:${id}`));
    await flush();
    await h.port.ensureTemplate();
    await h.port.upsert("Borgere", { citizenId: "B01", targetGroup: "X" }, { mode: "insert" });
    await h.fake.select("Borgere", "C2");
    h.fake.state.sheet("Borgere")!.name = "Beboere";
    await h.fake.select("Beboere", "A2");
    await h.fake.select("Beboere", "A:A");
    expect(seen).toEqual(["Borgere:B01", "Borgere:B01"]);
    expect(h.fake.lastRun.maxCellsRead).toBeLessThan(100);
  });
});
