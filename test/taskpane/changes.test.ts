/**
 * Incremental refresh: the store reads again only what a change touched (rows for a cell edit, the
 * table for inserted or deleted rows, everything for a change the host cannot place), a burst of
 * events becomes one read, and a colleague's edit of the record being saved is not overwritten.
 */
import { dayFromYmd } from "../../src/domain";
import type { DayNumber } from "../../src/domain";
import { localDateFromDay } from "../../src/taskpane/components/dates";
import { ChangeQueue, mergeRanges } from "../../src/taskpane/state/changes";
import { WorkbookStore } from "../../src/taskpane/state/store";
import { RecordConflictError } from "../../src/workbook/conflict";
import { MemoryWorkbookAdapter } from "../../src/workbook/memory/adapter";
import { seedWorkbook } from "../../src/workbook/memory/seed";
import type { MemoryWorkbook } from "../../src/workbook/memory/model";
import { workedExampleRows } from "../fixtures/workedExample";

const today = dayFromYmd(2027, 1, 15) as DayNumber;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup() {
  const adapter = new MemoryWorkbookAdapter(seedWorkbook(JSON.parse(JSON.stringify(workedExampleRows))));
  const store = new WorkbookStore(adapter, { now: () => localDateFromDay(today), refreshDelayMs: 20 });
  const spies = {
    readAll: jest.spyOn(adapter, "readAll"),
    readTable: jest.spyOn(adapter, "readTable"),
    readRows: jest.spyOn(adapter, "readRows"),
  };
  return { adapter, store, spies };
}

/** The memory workbook's table `name` (rows as arrays by column). */
const tableOf = (wb: MemoryWorkbook, name: string) => wb.sheets.flatMap((s) => s.tables).find((t) => t.name === name)!;

describe("what the pane reads after a change", () => {
  test("a colleague's cell edit re-reads that row only, and the pane shows the new value", async () => {
    const { adapter, store, spies } = setup();
    await store.load();
    store.start();
    const t = tableOf(adapter.workbook, "Borgere");
    const dept = t.columns.findIndex((c) => c.name === "Afdeling");
    adapter.simulateExternalChange(() => (t.rows[1][dept] = "Hus Ny"), {
      table: "Borgere",
      kind: "cells",
      rows: { first: t.row + 2, last: t.row + 2 },
      source: "remote",
    });
    spies.readAll.mockClear();
    await wait(60);
    expect(spies.readRows).toHaveBeenCalledTimes(1);
    expect(spies.readRows).toHaveBeenCalledWith("Borgere", t.row + 2, t.row + 2, { columns: "lists" });
    expect(spies.readAll).not.toHaveBeenCalled();
    expect(store.getState().data!.citizens[1].department).toBe("Hus Ny");
    store.stop();
  });

  test("a deleted row re-reads its table; a burst of edits in two tables is one read of each", async () => {
    const { adapter, store, spies } = setup();
    await store.load();
    store.start();
    spies.readAll.mockClear();
    const goals = tableOf(adapter.workbook, "Maal");
    const before = store.getState().snapshot!.tables.Maal!.rows.length;
    adapter.simulateExternalChange(() => goals.rows.splice(0, 1), { table: "Maal", kind: "rows", source: "remote" });
    for (let i = 0; i < 5; i++)
      adapter.simulateExternalChange(() => undefined, {
        table: "Borgere",
        kind: "cells",
        rows: { first: 2 + i, last: 2 + i },
        source: "remote",
      });
    await wait(60);
    expect(spies.readTable).toHaveBeenCalledTimes(1);
    expect(spies.readTable).toHaveBeenCalledWith("Maal", { columns: "lists" });
    // Adjacent edited rows are merged into one range.
    expect(spies.readRows).toHaveBeenCalledTimes(1);
    expect(spies.readAll).not.toHaveBeenCalled();
    expect(store.getState().snapshot!.tables.Maal!.rows.length).toBe(before - 1);
    store.stop();
  });

  test("rows that no longer line up with the pane's copy (a colleague inserted some) re-read the table", async () => {
    const { adapter, store, spies } = setup();
    await store.load();
    store.start();
    const t = tableOf(adapter.workbook, "Borgere");
    adapter.simulateExternalChange(() => t.rows.unshift(t.columns.map((c) => (c.name === "BorgerID" ? "B00" : ""))), {
      table: "Borgere",
      kind: "cells",
      rows: { first: t.row + 1, last: t.row + 1 },
      source: "remote",
    });
    await wait(60);
    expect(spies.readTable).toHaveBeenCalledWith("Borgere", { columns: "lists" });
    expect(store.getState().snapshot!.tables.Borgere!.rows[0].BorgerID).toBe("B00");
    store.stop();
  });

  test("a change the host cannot place reads everything once", async () => {
    const { adapter, store, spies } = setup();
    await store.load();
    store.start();
    spies.readAll.mockClear();
    adapter.simulateExternalChange(() => undefined, null);
    adapter.simulateExternalChange(() => undefined, { table: "Maal", kind: "rows", source: "remote" });
    await wait(60);
    expect(spies.readAll).toHaveBeenCalledTimes(1);
    expect(spies.readAll).toHaveBeenCalledWith({ columns: "lists" });
    expect(spies.readTable).not.toHaveBeenCalled();
    store.stop();
  });

  test("the queue and the range merge", () => {
    const q = new ChangeQueue();
    expect(q.empty).toBe(true);
    q.add({ table: "Maal", kind: "cells", rows: { first: 4, last: 4 }, source: "local" });
    q.add({ table: "Maal", kind: "cells", rows: { first: 5, last: 9 }, source: "remote" });
    const taken = q.take();
    expect(taken.tables.get("Maal")).toEqual({
      whole: false,
      ranges: [
        { first: 4, last: 4 },
        { first: 5, last: 9 },
      ],
    });
    expect(q.empty).toBe(true);
    expect(mergeRanges(taken.tables.get("Maal")!.ranges)).toEqual([{ first: 4, last: 9 }]);
    expect(
      mergeRanges([
        { first: 9, last: 9 },
        { first: 2, last: 3 },
      ]),
    ).toEqual([
      { first: 2, last: 3 },
      { first: 9, last: 9 },
    ]);
  });
});

describe("saving beside a colleague", () => {
  test("a colleague's change to the record since the pane read it stops the save; the store holds both versions", async () => {
    const { adapter, store } = setup();
    await store.load();
    const t = tableOf(adapter.workbook, "Borgere");
    const dept = t.columns.findIndex((c) => c.name === "Afdeling");
    const id = String(t.rows[0][t.columns.findIndex((c) => c.name === "BorgerID")]);
    const was = store.getState().data!.citizens[0].department;
    t.rows[0][dept] = "Kollegaens afdeling";
    const error = await store
      .save("Borgere", { citizenId: id, department: "Min afdeling" }, "update")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordConflictError);
    expect(store.getState().conflict?.cells).toEqual([
      { key: "department", column: "Afdeling", was, theirs: "Kollegaens afdeling", mine: "Min afdeling" },
    ]);
    expect(t.rows[0][dept]).toBe("Kollegaens afdeling");
    await store.resolveConflict();
    expect(store.getState().conflict).toBeNull();
    expect(store.getState().data!.citizens[0].department).toBe("Kollegaens afdeling");
  });

  test("a follow-up opened in full is checked on its note too", async () => {
    const { adapter, store } = setup();
    await store.load();
    const t = tableOf(adapter.workbook, "Opfoelgning");
    const noteAt = t.columns.findIndex((c) => c.name === "Note");
    const id = String(t.rows[0][0]);
    expect(store.getState().snapshot!.tables.Opfoelgning!.rows[0].Note).toBeUndefined();
    const opened = await store.openRecord("Opfoelgning", id);
    expect(opened).toHaveProperty("Note");
    t.rows[0][noteAt] = "Kollegaens note";
    await expect(store.save("Opfoelgning", { followUpId: id, note: "Min note" }, "update")).rejects.toBeInstanceOf(
      RecordConflictError,
    );
    expect(t.rows[0][noteAt]).toBe("Kollegaens note");
  });
});
