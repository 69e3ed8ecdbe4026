/**
 * Contract: writing one citizen, goal or follow-up by its id.
 */
import { DRIFTED_CITIZENS, GOALS_AND_FOLLOW_UPS, MARCH_1_2026 } from "./fixtures";
import { filledRows } from "./helpers";
import type { HarnessFactory } from "./harness";

export function upsertContract(make: HarnessFactory): void {
  describe("writing a record by its id", () => {
    test("a new citizen goes into the columns named by the headers, wherever they are, and extra columns stay empty", async () => {
      const h = await make(DRIFTED_CITIZENS);
      const result = await h.port.upsert("Borgere", {
        citizenId: "B03",
        targetGroup: "Erhvervet hjerneskade",
        department: "Hus C",
      });
      expect(result).toEqual({ action: "inserted", row: 8 });
      const t = (await (await h.reopen()).readAll()).tables.Borgere!;
      expect(t.rows[2]).toEqual({
        " målgruppe ": "Erhvervet hjerneskade",
        Noter: "",
        BORGERID: "B03",
        Navn: "",
        Afdeling: "Hus C",
        Indskrevet: "",
        Udskrevet: "",
      });
    });

    test("updating a citizen changes only the given fields; the user's extra column and other cells stay", async () => {
      const h = await make(DRIFTED_CITIZENS);
      const result = await h.port.upsert("Borgere", {
        citizenId: "B02",
        department: "Hus D",
        discharged: MARCH_1_2026,
      });
      expect(result).toEqual({ action: "updated", row: 7 });
      const t = (await (await h.reopen()).readAll()).tables.Borgere!;
      expect(t.rows[1]).toEqual({
        " målgruppe ": "Autismespektrum",
        Noter: "egen note 2",
        BORGERID: "B02",
        Navn: "Bent",
        Afdeling: "Hus D",
        Indskrevet: "",
        Udskrevet: MARCH_1_2026,
      });
      expect(t.rows[0]["Afdeling"]).toBe("Hus A");
    });

    test("the id is matched trimmed, so ' B01 ' updates B01 rather than adding a second B01", async () => {
      const h = await make(DRIFTED_CITIZENS);
      const result = await h.port.upsert("Borgere", { citizenId: " B01 ", department: "Hus Z" });
      expect(result.action).toBe("updated");
      expect(result.row).toBe(6);
    });

    test("the first goal in a fresh workbook fills the table's blank row instead of leaving a gap", async () => {
      const h = await make();
      await h.port.ensureTemplate();
      const result = await h.port.upsert("Maal", {
        goalId: "M01",
        citizenId: "B01",
        text: "Gå en tur",
        startDate: MARCH_1_2026,
      });
      expect(result).toEqual({ action: "inserted", row: 2 });
      const second = await h.port.upsert("Maal", {
        goalId: "M02",
        citizenId: "B01",
        text: "Lave mad",
        startDate: MARCH_1_2026,
      });
      expect(second).toEqual({ action: "inserted", row: 3 });
      const t = (await (await h.reopen()).readAll()).tables.Maal!;
      expect(filledRows(t).map((r) => r.MålID)).toEqual(["M01", "M02"]);
      expect(t.rows[0].Startdato).toBe(MARCH_1_2026);
    });

    test("a follow-up with a text that starts with '=' is stored as that text, never as a formula", async () => {
      const h = await make();
      await h.port.ensureTemplate();
      await h.port.upsert("Opfoelgning", {
        followUpId: "O01",
        goalId: "M01",
        date: MARCH_1_2026 + 60,
        note: "=2+2 gange om ugen",
      });
      await h.port.upsert("Opfoelgning", {
        followUpId: "O02",
        goalId: "M01",
        date: MARCH_1_2026 + 61,
        note: "-1 i dag",
      });
      const port = await h.reopen();
      const t = (await port.readAll()).tables.Opfoelgning!;
      expect(t.rows[0].Note).toBe("=2+2 gange om ugen");
      expect(t.rows[1].Note).toBe("-1 i dag");
      expect(await h.cell("Opfølgning", "G2")).toBe("=2+2 gange om ugen");
    });

    test("an id that stands twice is refused with the rows named, and nothing is written", async () => {
      const h = await make({
        Maal: [
          { MålID: "M01", Mål: "a" },
          { MålID: "M01", Mål: "b" },
        ],
      });
      await expect(h.port.upsert("Maal", { goalId: "M01", text: "c" })).rejects.toThrow(
        "MålID M01 står i flere rækker (2, 3) på arket Mål",
      );
      const t = (await h.port.readAll()).tables.Maal!;
      expect(t.rows.map((r) => r.Mål)).toEqual(["a", "b"]);
    });

    test("updating a goal a colleague has deleted is refused with a Danish message, never written elsewhere", async () => {
      const h = await make(GOALS_AND_FOLLOW_UPS);
      await expect(h.port.upsert("Maal", { goalId: "M09", text: "x" }, { mode: "update" })).rejects.toThrow(
        "Rækken med MålID M09 findes ikke længere på arket Mål",
      );
      const t = (await h.port.readAll()).tables.Maal!;
      expect(t.rows.map((r) => r.MålID)).toEqual(["M01", "M02"]);
    });

    test("creating a goal whose id a colleague has just used is refused", async () => {
      const h = await make(GOALS_AND_FOLLOW_UPS);
      await expect(h.port.upsert("Maal", { goalId: "M02", text: "x" }, { mode: "insert" })).rejects.toThrow(
        "MålID M02 findes allerede i række 3 på arket Mål",
      );
    });

    test("a missing table or a missing column for a given value is a Danish error naming sheet and column", async () => {
      const h = await make(DRIFTED_CITIZENS);
      await expect(h.port.upsert("Maal", { goalId: "M01" })).rejects.toThrow(
        "Tabellen Maal findes ikke (den hører til på arket Mål)",
      );
      await expect(h.port.upsert("Borgere", { citizenId: "B09", contactPerson: "Lise" })).rejects.toThrow(
        "Kolonnen Kontaktperson mangler i tabellen på arket Borgere",
      );
      const ok = await h.port.upsert("Borgere", { citizenId: "B09", contactPerson: "" });
      expect(ok.action).toBe("inserted");
    });

    test("a record without its id is refused", async () => {
      const h = await make(GOALS_AND_FOLLOW_UPS);
      await expect(h.port.upsert("Maal", { goalId: "  ", text: "x" })).rejects.toThrow("MålID mangler");
    });

    test("settings and scale rows are written by their key too", async () => {
      const h = await make();
      await h.port.ensureTemplate();
      const r = await h.port.upsert("Indstillinger", { key: "tilbud", value: "Bostedet Fjorden" });
      expect(r).toEqual({ action: "updated", row: 2 });
      const t = (await h.port.readAll()).tables.Indstillinger!;
      expect(t.rows[0]).toEqual({ Nøgle: "Tilbud", Værdi: "Bostedet Fjorden" });
    });
  });
}
