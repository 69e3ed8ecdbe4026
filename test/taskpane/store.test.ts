/**
 * The pane's store over the workbook port: one read on load, writes shown at once and re-read after,
 * sheet changes re-read once after a quiet moment, and a slow old read never overwrites a newer one.
 */
import { dayFromYmd } from "../../src/domain";
import type { DayNumber } from "../../src/domain";
import { localDateFromDay } from "../../src/taskpane/components/dates";
import { nextId } from "../../src/taskpane/state/ids";
import { patchSnapshot } from "../../src/taskpane/state/patch";
import { WorkbookStore } from "../../src/taskpane/state/store";
import { MemoryWorkbookAdapter } from "../../src/workbook/memory/adapter";
import { memoryTable, seedWorkbook } from "../../src/workbook/memory/seed";
import type { WorkbookSnapshot } from "../../src/workbook/port";
import { workedExampleRows } from "../fixtures/workedExample";

const today = dayFromYmd(2027, 1, 15) as DayNumber;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup() {
  const adapter = new MemoryWorkbookAdapter(seedWorkbook(JSON.parse(JSON.stringify(workedExampleRows))));
  const store = new WorkbookStore(adapter, { now: () => localDateFromDay(today), refreshDelayMs: 20 });
  return { adapter, store };
}

describe("the pane's store", () => {
  test("loading reads the workbook once and gives the domain's records and findings", async () => {
    const { adapter, store } = setup();
    const readAll = jest.spyOn(adapter, "readAll");
    await store.load();
    const state = store.getState();
    expect(readAll).toHaveBeenCalledTimes(1);
    expect(state.status).toBe("ready");
    expect(state.data?.citizens.map((c) => c.citizenId)).toEqual(["B01", "B02", "B03"]);
    expect(state.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a saved record shows at once, and its row alone is read back shortly after", async () => {
    const { adapter, store } = setup();
    await store.load();
    const readAll = jest.spyOn(adapter, "readAll");
    const readRows = jest.spyOn(adapter, "readRows");
    const result = await store.save("Borgere", { citizenId: "B04", targetGroup: "Autismespektrum" }, "insert");
    expect(result).toEqual({ action: "inserted", row: 5 });
    expect(store.getState().data?.citizens.map((c) => c.citizenId)).toEqual(["B01", "B02", "B03", "B04"]);
    expect(readRows).not.toHaveBeenCalled();
    await wait(60);
    expect(readRows).toHaveBeenCalledWith("Borgere", 5, 5, { columns: "lists" });
    expect(readAll).not.toHaveBeenCalled();
  });

  test("many change events in the sheets become one read", async () => {
    const { adapter, store } = setup();
    await store.load();
    const stop = store.start();
    const readAll = jest.spyOn(adapter, "readAll");
    for (let i = 0; i < 5; i++) adapter.simulateExternalChange(() => undefined);
    await wait(60);
    expect(readAll).toHaveBeenCalledTimes(1);
    stop();
  });

  test("a write the sheet refuses is passed on unchanged and leaves the view as it was", async () => {
    const { store } = setup();
    await store.load();
    const before = store.getState();
    await expect(
      store.save("Borgere", { citizenId: "B01", targetGroup: "Autismespektrum" }, "insert"),
    ).rejects.toThrow();
    expect(store.getState().data).toBe(before.data);
  });

  test("an older read that finishes late does not replace a newer one", async () => {
    const { adapter, store } = setup();
    await store.load();
    const original = adapter.readAll.bind(adapter);
    let release: () => void = () => undefined;
    jest
      .spyOn(adapter, "readAll")
      .mockImplementationOnce(async () => {
        const old = await original();
        await new Promise<void>((r) => (release = r));
        return old;
      })
      .mockImplementation(original);
    const slow = store.refresh();
    await wait(5);
    const table = memoryTable(adapter.workbook, "Borgere");
    table.rows[0][table.columns.findIndex((c) => c.name === "Navn")] = "Anna Ny";
    await store.refresh();
    release();
    await slow;
    expect(store.getState().data?.citizens[0].name).toBe("Anna Ny");
  });

  test("a failed first read is reported in Danish, not thrown", async () => {
    const { adapter, store } = setup();
    jest.spyOn(adapter, "readAll").mockRejectedValueOnce(new Error("Arket Borgere kan ikke læses."));
    await store.load();
    expect(store.getState()).toMatchObject({ status: "failed", error: "Arket Borgere kan ikke læses." });
  });
});

describe("patching the pane's copy after a write", () => {
  const snapshot: WorkbookSnapshot = {
    tables: {
      Borgere: {
        sheet: "Borgere",
        headerRow: 3,
        headers: ["Navn", "borgerid ", "Målgruppe", "Egen kolonne"],
        rows: [{ Navn: "A", "borgerid ": "B1", Målgruppe: "X", "Egen kolonne": "behold" }],
      },
    },
  };

  test.each([
    {
      title: "a new row lands at the end under the user's own header spelling, extra columns empty",
      values: { citizenId: "B2", name: "B" },
      result: { action: "inserted", row: 5 } as const,
      index: 1,
      expected: { Navn: "B", "borgerid ": "B2", Målgruppe: "", "Egen kolonne": "" },
    },
    {
      title: "an update keeps columns it does not name",
      values: { citizenId: "B1", name: "Ny" },
      result: { action: "updated", row: 4 } as const,
      index: 0,
      expected: { Navn: "Ny", "borgerid ": "B1", Målgruppe: "X", "Egen kolonne": "behold" },
    },
  ])("$title", ({ values, result, index, expected }) => {
    const patched = patchSnapshot(snapshot, "Borgere", values, result);
    expect(patched?.tables.Borgere?.rows[index]).toEqual(expected);
  });

  test("when the row the sheet reports is not where the copy has that id, the copy is not patched (it is re-read)", () => {
    expect(patchSnapshot(snapshot, "Borgere", { citizenId: "B9" }, { action: "updated", row: 4 })).toBeNull();
    expect(patchSnapshot(snapshot, "Borgere", { citizenId: "B2" }, { action: "inserted", row: 9 })).toBeNull();
  });
});

describe("proposing the next free id", () => {
  test("one more than the highest number, in the widest width used", () => {
    expect(nextId("B", ["B0001", "B0007", "X12"], 4)).toBe("B0008");
    expect(nextId("M", ["M01", "M02"], 4)).toBe("M0003");
    expect(nextId("O", [], 5)).toBe("O00001");
    expect(nextId("B", ["b12345"], 4)).toBe("B12346");
  });

  test("never an id that is already taken, whatever its case", () => {
    expect(nextId("B", ["B0001", "b0002x", "B0002"], 4)).toBe("B0003");
    expect(nextId("B", ["B9", "B0010"], 4)).toBe("B0011");
  });

  test("a follow-up dated after today is refused without writing anything", async () => {
    const { adapter, store } = setup();
    await store.load();
    const upsert = jest.spyOn(adapter, "upsert");
    await expect(
      store.save("Opfoelgning", { followUpId: "O09", goalId: "M01", date: today + 1, assessment: "Opnået" }, "insert"),
    ).rejects.toThrow(/efter i dag/);
    expect(upsert).not.toHaveBeenCalled();
    // Today itself is allowed.
    await store.save("Opfoelgning", { followUpId: "O09", goalId: "M01", date: today, assessment: "Opnået" }, "insert");
    expect(upsert).toHaveBeenCalledTimes(1);
  });
});
