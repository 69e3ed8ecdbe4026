/**
 * Sheet events through Office.js: selecting a row tells the pane which record it is; a change in a
 * table tells the pane to read again.
 */
import { officeHarness, seedFake } from "./harness";

const flush = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  return officeHarness(
    seedFake({
      Borgere: {
        at: { row: 3, col: 2 },
        headers: ["Navn", "BorgerID", "Målgruppe"],
        rows: [
          ["Anna", "B01", "X"],
          ["Bent", "B02", "Y"],
        ],
      },
      Maal: [{ MålID: "M01", BorgerID: "B01" }],
      Metoder: [{ Metode: "KRAP" }],
    }),
  );
}

describe("Office.js sheet events", () => {
  test("selecting any cell of a citizen's row gives that citizen's id; a goal's row gives the goal's id", async () => {
    const h = setup();
    const seen: string[] = [];
    const stop = h.port.events!.onSelectRecord((table, id) => seen.push(`${table}:${id}`));
    await flush();
    await h.fake.select("Borgere", "B5");
    await h.fake.select("Borgere", "D4:D5");
    await h.fake.select("Mål", "A2");
    expect(seen).toEqual(["Borgere:B02", "Borgere:B01", "Maal:M01"]);
    stop();
    await flush();
    await h.fake.select("Borgere", "B5");
    expect(seen).toHaveLength(3);
  });

  test("selecting the header, a cell outside the table or a sheet without records gives nothing", async () => {
    const h = setup();
    const seen: string[] = [];
    h.port.events!.onSelectRecord((table, id) => seen.push(`${table}:${id}`));
    await flush();
    await h.fake.select("Borgere", "C3");
    await h.fake.select("Borgere", "H9");
    await h.fake.select("Metoder", "A2");
    expect(seen).toEqual([]);
  });

  test("a change by another user is announced until the pane unsubscribes", async () => {
    const h = setup();
    let changes = 0;
    const stop = h.port.events!.onTablesChanged(() => (changes += 1));
    await flush();
    await h.fake.changeByOtherUser((s) => s.insertTableRow("Maal", 1, ["M02", "B02"]), "Maal");
    expect(changes).toBe(1);
    stop();
    await flush();
    await h.fake.changeByOtherUser(() => undefined, "Maal");
    expect(changes).toBe(1);
  });
});
