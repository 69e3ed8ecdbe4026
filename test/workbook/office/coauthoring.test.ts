/**
 * Co-authoring: a colleague changes the table between our read (sync 1) and our write (sync 2).
 * The write must land on the record's own row, or fail with a Danish message and change nothing.
 */
import { GOALS } from "../../../src/domain";
import { officeHarness, seedFake } from "./harness";

const HEADERS = GOALS.columns.map((c) => c.name);
const goal = (id: string, text: string): Array<string | number> => {
  const row: Array<string | number> = HEADERS.map(() => "");
  row[0] = id;
  row[1] = "B1";
  row[4] = text;
  row[8] = 46000;
  return row;
};

function setup() {
  const h = officeHarness(
    seedFake({ Maal: { headers: HEADERS, rows: [goal("M1", "et"), goal("M2", "to"), goal("M3", "tre")] } }),
  );
  /** Let the colleague act just before our second sync (after we read, before we write). */
  const betweenReadAndWrite = (act: () => void): void => {
    h.fake.beforeSync = (n) => {
      if (n === 2) act();
    };
  };
  const rows = async () => (await h.port.readAll()).tables.Maal!.rows.map((r) => [r.MålID, r.Mål, r.Status]);
  return { h, betweenReadAndWrite, rows };
}

describe("writing while a colleague edits the same table", () => {
  test("a row inserted above ours between read and write: our goal still gets the change", async () => {
    const { h, betweenReadAndWrite, rows } = setup();
    betweenReadAndWrite(() => h.fake.state.insertTableRow("Maal", 0, goal("M9", "ny fra kollega")));
    const r = await h.port.upsert("Maal", { goalId: "M2", status: "Afsluttet" });
    expect(r).toEqual({ action: "updated", row: 4 });
    h.fake.beforeSync = undefined;
    expect(await rows()).toEqual([
      ["M9", "ny fra kollega", ""],
      ["M1", "et", ""],
      ["M2", "to", "Afsluttet"],
      ["M3", "tre", ""],
    ]);
  });

  test("the table sorted the other way between read and write: our goal still gets the change", async () => {
    const { h, betweenReadAndWrite, rows } = setup();
    betweenReadAndWrite(() => h.fake.state.sortTable("Maal", "MålID", true));
    const r = await h.port.upsert("Maal", { goalId: "M3", text: "tre, rettet" });
    expect(r).toEqual({ action: "updated", row: 2 });
    h.fake.beforeSync = undefined;
    expect(await rows()).toEqual([
      ["M3", "tre, rettet", ""],
      ["M2", "to", ""],
      ["M1", "et", ""],
    ]);
  });

  test("whole sheet rows inserted above the table between read and write: our goal still gets the change", async () => {
    const { h, betweenReadAndWrite, rows } = setup();
    betweenReadAndWrite(() => h.fake.state.insertSheetRows("Mål", 1, 3));
    const r = await h.port.upsert("Maal", { goalId: "M1", status: "Opgivet" });
    expect(r).toEqual({ action: "updated", row: 5 });
    h.fake.beforeSync = undefined;
    expect(await rows()).toEqual([
      ["M1", "et", "Opgivet"],
      ["M2", "to", ""],
      ["M3", "tre", ""],
    ]);
  });

  test("our goal deleted between read and write: a Danish message, and no other row is touched", async () => {
    const { h, betweenReadAndWrite, rows } = setup();
    betweenReadAndWrite(() => h.fake.state.deleteTableRow("Maal", 1));
    await expect(h.port.upsert("Maal", { goalId: "M2", status: "Afsluttet" })).rejects.toThrow(
      "Rækken med MålID M2 findes ikke længere på arket Mål; måske har en kollega slettet den. Intet er gemt.",
    );
    h.fake.beforeSync = undefined;
    expect(await rows()).toEqual([
      ["M1", "et", ""],
      ["M3", "tre", ""],
    ]);
  });

  test("a new goal while a colleague appends one: both rows are kept, ours last", async () => {
    const { h, betweenReadAndWrite, rows } = setup();
    betweenReadAndWrite(() => h.fake.state.insertTableRow("Maal", 3, goal("M4", "fire")));
    const r = await h.port.upsert("Maal", { goalId: "M5", citizenId: "B1", text: "fem", startDate: 46000 });
    expect(r).toEqual({ action: "inserted", row: 6 });
    h.fake.beforeSync = undefined;
    expect((await rows()).map((x) => x[0])).toEqual(["M1", "M2", "M3", "M4", "M5"]);
  });

  test("a column of ours deleted between read and write: refused before anything is written", async () => {
    const { h, betweenReadAndWrite, rows } = setup();
    betweenReadAndWrite(() => {
      // The colleague removes the table's last column (Status): shrink the table by one column.
      const t = h.fake.state.table("Maal")!;
      for (let r = t.row; r < t.row + t.rowCount; r++) t.sheet.cells.delete(`${r},${t.col + t.colCount - 1}`);
      t.colCount -= 1;
    });
    await expect(h.port.upsert("Maal", { goalId: "M2", text: "to, rettet", status: "Afsluttet" })).rejects.toThrow(
      "Tabellen Maal på arket Mål blev ændret, mens der blev gemt. Intet er gemt.",
    );
    h.fake.beforeSync = undefined;
    expect((await rows()).map((x) => x[1])).toEqual(["et", "to", "tre"]);
  });
});
