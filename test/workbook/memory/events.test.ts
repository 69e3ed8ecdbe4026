import { MemoryWorkbookAdapter } from "../../../src/workbook/memory/adapter";
import { memoryTable, seedWorkbook } from "../../../src/workbook/memory/seed";

const seed = () =>
  seedWorkbook({
    Borgere: {
      at: { row: 3, col: 2 },
      headers: ["Navn", "BorgerID"],
      rows: [
        ["Anna", "B01"],
        ["Bent", "B02"],
      ],
    },
    Maal: [{ MålID: "M01", BorgerID: "B01" }],
  });

describe("in-memory workbook events", () => {
  test("selecting a cell in a citizen's row tells the pane that citizen's id", () => {
    const port = new MemoryWorkbookAdapter(seed());
    const seen: string[] = [];
    port.events.onSelectRecord((table, id) => seen.push(`${table}:${id}`));
    port.simulateSelection("Borgere", 5);
    port.simulateSelection("Mål", 2);
    expect(seen).toEqual(["Borgere:B02", "Maal:M01"]);
  });

  test("selecting the header row or below the table tells nothing", () => {
    const port = new MemoryWorkbookAdapter(seed());
    const seen: string[] = [];
    port.events.onSelectRecord((table, id) => seen.push(`${table}:${id}`));
    port.simulateSelection("Borgere", 3);
    port.simulateSelection("Borgere", 6);
    port.simulateSelection("Findes ikke", 2);
    expect(seen).toEqual([]);
  });

  test("a colleague's change is announced, and the next read sees it; unsubscribing stops the announcements", async () => {
    const port = new MemoryWorkbookAdapter(seed());
    let changes = 0;
    const stop = port.events.onTablesChanged(() => (changes += 1));
    port.simulateExternalChange((wb) => memoryTable(wb, "Borgere").rows.push(["Carl", "B03"]));
    expect(changes).toBe(1);
    expect((await port.readAll()).tables.Borgere!.rows.map((r) => r.BorgerID)).toEqual(["B01", "B02", "B03"]);
    stop();
    port.simulateExternalChange(() => undefined);
    expect(changes).toBe(1);
  });
});
