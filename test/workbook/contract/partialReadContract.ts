/**
 * Contract: reading only what is needed (the pane's lists without free text, one table, some rows,
 * one record whole) and writing safely beside colleagues (the optimistic check, the starter row).
 */
import { RecordConflictError } from "../../../src/workbook/conflict";
import { MARCH_1_2026 } from "./fixtures";
import type { HarnessFactory, Seed } from "./harness";

const NOTE = "Gik godt i dag, men hun var træt efter turen til byen.";

const FOLLOW_UPS: Seed = {
  Opfoelgning: {
    headers: ["OpfølgningID", "MålID", "Dato", "Vurdering", "Måling", "GAS", "Note", "UdførtAf", "Egen kolonne"],
    rows: [
      ["O01", "M01", MARCH_1_2026, "Opnået", "", 1, NOTE, "Lise", "x1"],
      ["O02", "M01", MARCH_1_2026 + 7, "Delvist opnået", "", 0, "Kort note", "Per", "x2"],
      ["O03", "M02", MARCH_1_2026 + 14, "Ikke opnået", "", -1, "", "Lise", "x3"],
    ],
  },
  Maal: [{ MålID: "M01", BorgerID: "B01", Mål: "Handle ind selv", Startdato: MARCH_1_2026, Status: "Aktiv" }],
};

export function partialReadContract(make: HarnessFactory): void {
  describe("reading only what is needed", () => {
    test('readAll({ columns: "lists" }) leaves out the lazy free text and the user\'s own columns; readAll() has every column', async () => {
      const h = await make(FOLLOW_UPS);
      const lists = (await h.port.readAll({ columns: "lists" })).tables.Opfoelgning!;
      expect(lists.rows).toHaveLength(3);
      expect(lists.rows[0]).toEqual({
        OpfølgningID: "O01",
        MålID: "M01",
        Dato: MARCH_1_2026,
        Vurdering: "Opnået",
        Måling: "",
        GAS: 1,
        UdførtAf: "Lise",
      });
      expect(lists.headers).toContain("Note");
      const all = (await h.port.readAll()).tables.Opfoelgning!;
      expect(all.rows[0]).toMatchObject({ Note: NOTE, "Egen kolonne": "x1" });
      // The goal's own texts are not lazy: the SMORTE check reads them.
      expect((await h.port.readAll({ columns: "lists" })).tables.Maal!.rows[0]).toMatchObject({
        Mål: "Handle ind selv",
      });
    });

    test("readTable reads one table (null when missing); readRows the rows asked for, clipped to the body", async () => {
      const h = await make(FOLLOW_UPS);
      const t = (await h.port.readTable("Opfoelgning", { columns: "lists" }))!;
      expect(t.rows.map((r) => r.OpfølgningID)).toEqual(["O01", "O02", "O03"]);
      expect(t.rows[0].Note).toBeUndefined();
      expect(await h.port.readTable("Haendelser")).toBeNull();
      const some = (await h.port.readRows("Opfoelgning", t.headerRow + 2, t.headerRow + 9))!;
      expect(some.firstRow).toBe(t.headerRow + 2);
      expect(some.bodyRows).toBe(3);
      expect(some.rows.map((r) => r.OpfølgningID)).toEqual(["O02", "O03"]);
      expect(some.rows[0].Note).toBe("Kort note");
      const none = (await h.port.readRows("Opfoelgning", 1, t.headerRow))!;
      expect(none.rows).toEqual([]);
    });

    test("readColumnAt gives one column's cells at the rows asked for (body rows only); null without the table or column", async () => {
      const h = await make(FOLLOW_UPS);
      const notes = await h.port.readColumnAt("Opfoelgning", "note", [4, 2, 1, 9, 3]);
      expect(notes && [...notes.entries()].sort((a, b) => a[0] - b[0])).toEqual([
        [2, NOTE],
        [3, "Kort note"],
        [4, ""],
      ]);
      const dates = await h.port.readColumnAt("Opfoelgning", "date", [3]);
      expect(dates?.get(3)).toBe(MARCH_1_2026 + 7);
      expect(await h.port.readColumnAt("Opfoelgning", "noSuchKey", [2])).toBeNull();
      expect(await h.port.readColumnAt("Borgere", "name", [2])).toBeNull();
      expect((await h.port.readColumnAt("Opfoelgning", "note", []))?.size).toBe(0);
    });

    test("readRecord gives every column of one record, free text included; an unknown id gives null", async () => {
      const h = await make(FOLLOW_UPS);
      expect(await h.port.readRecord("Opfoelgning", "O01")).toMatchObject({ OpfølgningID: "O01", Note: NOTE, GAS: 1 });
      expect(await h.port.readRecord("Opfoelgning", " O02 ")).toMatchObject({ Note: "Kort note" });
      expect(await h.port.readRecord("Opfoelgning", "O99")).toBeNull();
      expect(await h.port.readRecord("Haendelser", "H1")).toBeNull();
    });
  });

  describe("writing beside colleagues", () => {
    test("an update whose cells a colleague changed since the pane read them is refused with both versions; nothing is written", async () => {
      const h = await make(FOLLOW_UPS);
      // The pane read Vurdering "Opnået"; a colleague has "Delvist opnået" in the sheet meanwhile (seeded as O02's).
      const error = await h.port
        .upsert(
          "Opfoelgning",
          { followUpId: "O02", assessment: "Ikke opnået", gas: -1 },
          { mode: "update", expected: { followUpId: "O02", assessment: "Opnået", gas: 0 } },
        )
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RecordConflictError);
      const conflict = error as RecordConflictError;
      expect(conflict.cells).toEqual([
        { key: "assessment", column: "Vurdering", was: "Opnået", theirs: "Delvist opnået", mine: "Ikke opnået" },
      ]);
      expect(conflict.message).toMatch(/En kollega har ændret OpfølgningID O02 .*Vurdering.*Intet er gemt/);
      expect(conflict.message).not.toContain("Kort note");
      const row = (await (await h.reopen()).readRecord("Opfoelgning", "O02"))!;
      expect(row).toMatchObject({ Vurdering: "Delvist opnået", GAS: 0 });
    });

    test("an update is written when the cells are as the pane read them, or a colleague changed other cells", async () => {
      const h = await make(FOLLOW_UPS);
      await h.port.upsert(
        "Opfoelgning",
        { followUpId: "O02", gas: 1 },
        { mode: "update", expected: { followUpId: "O02", gas: 0, assessment: "Opnået" } },
      );
      const row = (await (await h.reopen()).readRecord("Opfoelgning", "O02"))!;
      expect(row).toMatchObject({ GAS: 1, Vurdering: "Delvist opnået", "Egen kolonne": "x2" });
    });

    test("a blank row in a table that holds other rows is not reused: the new record goes below it", async () => {
      const h = await make({
        Metoder: {
          headers: ["Metode", "Tilgang", "Beskrivelse"],
          rows: [
            ["KRAP", "", ""],
            ["", "", ""],
          ],
        },
      });
      const r = await h.port.upsert("Metoder", { method: "TEACCH" }, { mode: "insert" });
      const t = (await (await h.reopen()).readAll()).tables.Metoder!;
      expect(t.rows.map((x) => x.Metode)).toEqual(["KRAP", "", "TEACCH"]);
      expect(r.row).toBe((t.headerRow ?? 1) + 3);
    });
  });
}
