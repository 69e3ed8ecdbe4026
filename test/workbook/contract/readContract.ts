/**
 * Contract: reading every table by name, columns by header, wherever the table sits.
 */
import { readAllTables } from "./helpers";
import { DRIFTED_CITIZENS, GOALS_AND_FOLLOW_UPS, MARCH_1_2026 } from "./fixtures";
import type { HarnessFactory } from "./harness";

export function readContract(make: HarnessFactory): void {
  describe("reading the workbook", () => {
    test("an empty workbook has none of the contract's tables", async () => {
      const h = await make();
      const snap = await h.port.readAll();
      expect(Object.keys(snap.tables)).toEqual([]);
    });

    test("a table moved to C5 with reordered, renamed-case and extra columns is read by header, rows keyed by the header text", async () => {
      const h = await make(DRIFTED_CITIZENS);
      const snap = await h.port.readAll();
      const t = snap.tables.Borgere!;
      expect(t.sheet).toBe("Borgere");
      expect(t.headerRow).toBe(5);
      expect(t.headers).toEqual([" målgruppe ", "Noter", "BORGERID", "Navn", "Afdeling", "Indskrevet", "Udskrevet"]);
      expect(t.rows).toHaveLength(2);
      expect(t.rows[0]["BORGERID"]).toBe("B01");
      expect(t.rows[0][" målgruppe "]).toBe("Udviklingshæmning");
      expect(t.rows[0]["Noter"]).toBe("egen note 1");
      expect(t.rows[1]["Indskrevet"] ?? "").toBe("");
    });

    test("dates come back as Excel serial day numbers, not shifted by time zones", async () => {
      const h = await make(DRIFTED_CITIZENS);
      const t = (await h.port.readAll()).tables.Borgere!;
      expect(t.rows[0]["Indskrevet"]).toBe(MARCH_1_2026);
    });

    test("every contract table present is returned with its sheet; absent ones are left out", async () => {
      const h = await make(GOALS_AND_FOLLOW_UPS);
      const tables = await readAllTables(h.port);
      expect(Object.keys(tables).sort()).toEqual(["Maal", "Opfoelgning"]);
      expect(tables.Maal.sheet).toBe("Mål");
      expect(tables.Opfoelgning.rows[0]).toMatchObject({
        OpfølgningID: "O01",
        MålID: "M01",
        Vurdering: "Opnået",
        GAS: 1,
      });
      expect(tables.Opfoelgning.rows[0]["Dato"]).toBe(MARCH_1_2026 + 30);
    });

    test("a table is found by its name even on another sheet than the template's", async () => {
      const h = await make({ Metoder: { sheet: "Mine metoder", at: { row: 3, col: 2 }, rows: [{ Metode: "KRAP" }] } });
      const t = (await h.port.readAll()).tables.Metoder!;
      expect(t.sheet).toBe("Mine metoder");
      expect(t.headerRow).toBe(3);
      expect(t.rows).toEqual([{ Metode: "KRAP" }]);
    });

    test("a renamed required column is not guessed: the rows carry the user's header and the reader reports it", async () => {
      const h = await make({ Borgere: { headers: ["Borger-ID", "Målgruppe"], rows: [["B01", "Autismespektrum"]] } });
      const t = (await h.port.readAll()).tables.Borgere!;
      expect(t.headers).toEqual(["Borger-ID", "Målgruppe"]);
      expect(t.rows[0]).toEqual({ "Borger-ID": "B01", Målgruppe: "Autismespektrum" });
    });
  });
}
