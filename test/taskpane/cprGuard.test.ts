/**
 * Nothing CPR-like reaches the workbook from the pane: the store refuses the record before the port
 * is asked, names every field that holds one by its column name, and never repeats the number.
 */
import fc from "fast-check";
import { dayFromYmd, fieldsWithCpr, holdsCpr } from "../../src/domain";
import type { DayNumber } from "../../src/domain";
import { localDateFromDay } from "../../src/taskpane/components/dates";
import { cprFieldNames, cprRefusal } from "../../src/taskpane/state/cprGuard";
import { WorkbookStore } from "../../src/taskpane/state/store";
import { MemoryWorkbookAdapter } from "../../src/workbook/memory/adapter";
import { seedWorkbook, tableRows } from "../../src/workbook/memory/seed";
import { workedExampleRows } from "../fixtures/workedExample";

const today = dayFromYmd(2027, 1, 15) as DayNumber;

describe("holdsCpr and fieldsWithCpr", () => {
  test("an id that is a CPR number, a text holding one, and a number that lost its leading zero", () => {
    expect(holdsCpr("010190-1234")).toBe(true);
    expect(holdsCpr("Talte med mor, cpr 010190-1234")).toBe(true);
    expect(holdsCpr(101901234)).toBe(true);
    expect(holdsCpr("M0001")).toBe(false);
    expect(holdsCpr(46000)).toBe(false);
    expect(holdsCpr("")).toBe(false);
    expect(holdsCpr(null)).toBe(false);
  });

  test("only the keys whose values hold one, in the record's order", () => {
    expect(fieldsWithCpr({ goalId: "M01", text: "Ring 010190-1234", note: "ok", doneBy: "0101901234" })).toEqual([
      "text",
      "doneBy",
    ]);
  });

  test("a text holding a CPR number anywhere is caught, whatever surrounds it", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const text = `${before} 010190-1234 ${after}`;
        expect(fieldsWithCpr({ note: text })).toEqual(["note"]);
      }),
    );
  });
});

describe("the store's CPR guard", () => {
  test("the message names the fields by their column names and never holds the number", () => {
    const message = cprRefusal("Maal", { goalId: "M09", text: "Mål for 010190-1234", relevance: "cpr 0101901234" });
    expect(cprFieldNames("Maal", { goalId: "M09", text: "x 010190-1234" })).toEqual(["Mål"]);
    expect(message).toMatch(/^Felterne Mål og Relevans ser ud til at indeholde et CPR-nummer\./);
    expect(message).not.toMatch(/010190|0101901234|1234/);
    expect(cprRefusal("Maal", { goalId: "M09", text: "Gå en tur hver dag" })).toBeNull();
  });

  test("a follow-up whose note holds a CPR number is refused before anything is written", async () => {
    const adapter = new MemoryWorkbookAdapter(seedWorkbook(JSON.parse(JSON.stringify(workedExampleRows))));
    const store = new WorkbookStore(adapter, { now: () => localDateFromDay(today), refreshDelayMs: 20 });
    await store.load();
    const before = tableRows(adapter.workbook, "Opfoelgning")?.length;
    const upsert = jest.spyOn(adapter, "upsert");
    await expect(
      store.save("Opfoelgning", {
        followUpId: "O99",
        goalId: "M01",
        date: today,
        note: "Talte med mor, cpr 010190-1234",
      }),
    ).rejects.toThrow(/Feltet Note ser ud til at indeholde et CPR-nummer/);
    expect(upsert).not.toHaveBeenCalled();
    expect(tableRows(adapter.workbook, "Opfoelgning")).toHaveLength(before ?? 0);
  });
});
