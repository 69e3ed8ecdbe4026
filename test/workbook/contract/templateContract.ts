/**
 * Contract: creating the SMORTE workbook and upgrading an existing one without touching the user's data.
 */
import { DEFAULT_SCALE, DEFAULT_SITUATIONS, SETTING_KEYS, SHEETS, TABLE_SPECS } from "../../../src/domain";
import { filledRows, readAllTables } from "./helpers";
import { DRIFTED_CITIZENS } from "./fixtures";
import type { HarnessFactory } from "./harness";

export function templateContract(make: HarnessFactory): void {
  describe("creating and upgrading the workbook", () => {
    test("an empty workbook is reported as empty and incomplete, and inspecting changes nothing", async () => {
      const h = await make();
      const status = await h.port.inspectTemplate();
      expect(status.empty).toBe(true);
      expect(status.complete).toBe(false);
      expect(status.missingTables).toEqual(TABLE_SPECS.map((t) => t.table));
      expect(status.missingSheets).toContain(SHEETS.qualityModel);
      expect(await h.sheetNames()).toEqual([]);
    });

    test("creating the workbook adds every sheet and table with the Danish headers in schema order", async () => {
      const h = await make();
      const report = await h.port.ensureTemplate();
      expect(report.added).toContain("Tilføjede arket Borgere.");
      expect(report.added).toContain("Tilføjede tabellen Skala på arket Indstillinger.");
      const port = await h.reopen();
      const tables = await readAllTables(port);
      for (const spec of TABLE_SPECS) {
        expect(tables[spec.table].sheet).toBe(spec.sheet);
        expect(tables[spec.table].headers).toEqual(spec.columns.map((c) => c.name));
      }
      expect(await h.sheetNames()).toEqual([
        "Borgere",
        "Mål",
        "Opfølgning",
        "Metoder",
        "Målgrupper",
        "Indstillinger",
        "Hændelser",
        "Risikovurdering",
        "Kvalitetsmodel",
      ]);
      expect((await port.inspectTemplate()).complete).toBe(true);
    });

    test("Skala and Indstillinger sit side by side on the sheet Indstillinger with the default scale and settings", async () => {
      const h = await make();
      await h.port.ensureTemplate();
      const tables = await readAllTables(await h.reopen());
      expect(tables.Skala.headerRow).toBe(1);
      expect(tables.Indstillinger.headerRow).toBe(1);
      expect(await h.cell("Indstillinger", "A1")).toBe("Vurdering");
      expect(await h.cell("Indstillinger", "C1")).toBe("");
      expect(await h.cell("Indstillinger", "D1")).toBe("Nøgle");
      expect(tables.Skala.rows.map((r) => [r.Vurdering, r.Værdi === "" ? null : r.Værdi])).toEqual(
        DEFAULT_SCALE.map((s) => [s.label, s.value]),
      );
      const settings = Object.fromEntries(tables.Indstillinger.rows.map((r) => [r.Nøgle, r.Værdi]));
      expect(settings).toEqual(Object.fromEntries(Object.values(SETTING_KEYS).map((s) => [s.name, s.default])));
    });

    test("the new workbook starts with target groups and methods the offer can edit, and empty data tables", async () => {
      const h = await make();
      await h.port.ensureTemplate();
      const tables = await readAllTables(await h.reopen());
      const groups = tables.Maalgrupper.rows.map((r) => r.Målgruppe);
      expect(groups).toEqual(
        expect.arrayContaining([
          "Udviklingshæmning",
          "Autismespektrum",
          "Erhvervet hjerneskade",
          "Psykiske vanskeligheder",
          "Fysisk funktionsnedsættelse",
        ]),
      );
      expect(tables.Maalgrupper.rows.every((r) => String(r.Beskrivelse).length > 10)).toBe(true);
      const methods = tables.Metoder.rows.map((r) => r.Metode);
      expect(methods).toEqual(
        expect.arrayContaining([
          "Low Arousal",
          "KRAP",
          "Neuropædagogik",
          "TEACCH",
          "Recovery-orienteret praksis",
          "Mentaliseringsbaseret pædagogik",
          "Marte Meo",
        ]),
      );
      expect(tables.Metoder.rows.every((r) => String(r.Tilgang).length > 3 && String(r.Beskrivelse).length > 10)).toBe(
        true,
      );
      expect(filledRows(tables.Borgere)).toEqual([]);
      expect(filledRows(tables.Maal)).toEqual([]);
      expect(filledRows(tables.Opfoelgning)).toEqual([]);
    });

    test("date columns use the dd-mm-yyyy format and ids are text", async () => {
      const h = await make();
      await h.port.ensureTemplate();
      await h.port.upsert("Maal", { goalId: "M01", citizenId: "B01", text: "x", startDate: 46082 });
      await h.reopen();
      // Maal: MålID A, Startdato I.
      expect(await h.numberFormat("Mål", "I2")).toBe("dd-mm-yyyy");
      expect(await h.numberFormat("Mål", "A2")).toBe("@");
    });

    test("the overgreb register's date and time columns read as dd-mm-yyyy and hh:mm, its ids as text", async () => {
      const h = await make();
      await h.port.ensureTemplate();
      await h.port.upsert("Haendelser", {
        incidentId: "H0001",
        date: 46082,
        time: 0.5,
        direction: "Borger mod medarbejder",
        type: "Fysisk vold",
      });
      await h.reopen();
      // Haendelser: HændelseID A, Dato B, Tidspunkt C.
      expect(await h.numberFormat("Hændelser", "A2")).toBe("@");
      expect(await h.numberFormat("Hændelser", "B2")).toBe("dd-mm-yyyy");
      expect(await h.numberFormat("Hændelser", "C2")).toBe("hh:mm");
    });

    test("upgrading a workbook of goals adds the overgreb register and its situations, and changes nothing else", async () => {
      const h = await make({ Borgere: DRIFTED_CITIZENS.Borgere });
      const before = (await h.port.readAll()).tables.Borgere!;
      const status = await h.port.inspectTemplate();
      expect(status.missingTables).toEqual(expect.arrayContaining(["Haendelser", "Risikovurdering", "Situationer"]));
      const report = await h.port.ensureTemplate();
      expect(report.added).toEqual(
        expect.arrayContaining([
          "Tilføjede tabellen Haendelser på arket Hændelser.",
          "Tilføjede tabellen Risikovurdering på arket Risikovurdering.",
          "Tilføjede tabellen Situationer på arket Indstillinger.",
        ]),
      );
      const tables = await readAllTables(await h.reopen());
      expect(tables.Borgere.rows.map(({ Kontaktperson: _added, ...rest }) => rest)).toEqual(before.rows);
      expect(tables.Situationer.sheet).toBe("Indstillinger");
      expect(filledRows(tables.Situationer).map((r) => r.Situation)).toEqual([...DEFAULT_SITUATIONS]);
      // Skala A-B, Indstillinger D-E, Situationer from G, each after a gap column.
      expect(await h.cell("Indstillinger", "G1")).toBe("Situation");
      expect(filledRows(tables.Haendelser)).toEqual([]);
      expect(filledRows(tables.Risikovurdering)).toEqual([]);
    });

    test("creating twice adds nothing the second time and leaves the rows as they were", async () => {
      const h = await make();
      await h.port.ensureTemplate();
      await h.port.upsert("Borgere", { citizenId: "B01", targetGroup: "Autismespektrum" });
      const before = await h.port.readAll();
      const again = await h.port.ensureTemplate();
      expect(again.added).toEqual([]);
      expect(await (await h.reopen()).readAll()).toEqual(before);
    });

    test("upgrading appends missing columns at the right end and never moves the user's columns or data", async () => {
      const h = await make(DRIFTED_CITIZENS);
      const before = (await h.port.readAll()).tables.Borgere!;
      const status = await h.port.inspectTemplate();
      expect(status.missingColumns).toEqual([{ table: "Borgere", column: "Kontaktperson" }]);
      const report = await h.port.ensureTemplate();
      expect(report.added).toContain("Tilføjede kolonnen Kontaktperson i tabellen Borgere på arket Borgere.");
      const after = (await (await h.reopen()).readAll()).tables.Borgere!;
      expect(after.headerRow).toBe(5);
      expect(after.headers).toEqual([...before.headers!, "Kontaktperson"]);
      expect(after.rows.map(({ Kontaktperson: _added, ...rest }) => rest)).toEqual(before.rows);
      expect(after.rows.every((r) => r.Kontaktperson === "" || r.Kontaktperson === null)).toBe(true);
      expect(await h.cell("Borgere", "J5")).toBe("Kontaktperson");
    });

    test("upgrading adds default rows only to tables it creates, never to the offer's own lists", async () => {
      const h = await make({ Metoder: [{ Metode: "Vores egen metode", Aktiv: "Ja" }] });
      await h.port.ensureTemplate();
      const tables = await readAllTables(await h.reopen());
      expect(tables.Metoder.rows.map((r) => r.Metode)).toEqual(["Vores egen metode"]);
      expect(tables.Skala.rows.map((r) => r.Vurdering)).toEqual(DEFAULT_SCALE.map((s) => s.label));
      expect(tables.Maalgrupper.rows.length).toBeGreaterThan(3);
    });

    test("a table added to an existing sheet goes right of what is there, leaving the user's cells alone", async () => {
      const h = await make({
        Skala: {
          sheet: "Indstillinger",
          at: { row: 1, col: 1 },
          headers: ["Vurdering", "Værdi", "Egen kolonne", "Mere"],
          rows: [["God", 1, "x", "y"]],
        },
      });
      await h.port.ensureTemplate();
      const tables = await readAllTables(await h.reopen());
      expect(tables.Skala.rows).toEqual([{ Vurdering: "God", Værdi: 1, "Egen kolonne": "x", Mere: "y" }]);
      expect(tables.Indstillinger.sheet).toBe("Indstillinger");
      expect(await h.cell("Indstillinger", "F1")).toBe("Nøgle");
      expect(await h.cell("Indstillinger", "D2")).toBe("y");
    });

    test("a column that would land on the user's cells is not added, and the report says what to move", async () => {
      const h = await make({
        Skala: { sheet: "Indstillinger", at: { row: 1, col: 1 }, headers: ["Vurdering"], rows: [["God"]] },
        Noter: { sheet: "Indstillinger", at: { row: 1, col: 2 }, headers: ["Note"], rows: [["vigtig"]] },
      });
      const report = await h.port.ensureTemplate();
      expect(report.problems?.[0]).toMatch(
        /Kolonnen Værdi kunne ikke tilføjes i tabellen Skala på arket Indstillinger/,
      );
      const tables = await readAllTables(await h.reopen());
      expect(tables.Skala.headers).toEqual(["Vurdering"]);
      expect(await h.cell("Indstillinger", "B2")).toBe("vigtig");
    });

    test("the Kvalitetsmodel sheet gets a drop-down per marker and formulas for each criterion and for fornøden kvalitet", async () => {
      const h = await make();
      await h.port.ensureTemplate();
      await h.reopen();
      const overall = await h.cell("Kvalitetsmodel", "B5");
      expect(overall).toEqual({
        formula: expect.stringMatching(/^=IF\(COUNTIF\(D8:D\d+,"Ikke opfyldt"\)>0,"Ikke fornøden kvalitet"/),
      });
      // Tema 1, criterion 1.1 in row 9, its four markers in rows 10-13 with a drop-down.
      expect(await h.cell("Kvalitetsmodel", "A9")).toBe("1.1");
      expect(await h.cell("Kvalitetsmodel", "A10")).toBe("1.1.1");
      expect(await h.cell("Kvalitetsmodel", "D9")).toEqual({
        formula: expect.stringMatching(/^=IF\(COUNTIF\(C10:C13,"Ikke til stede"\)>0,"Ikke opfyldt"/),
      });
      expect(await h.cell("Kvalitetsmodel", "A8")).toBe("Tema 1");
    });

    test("an existing Kvalitetsmodel sheet is left as the offer filled it in", async () => {
      const h = await make();
      await h.port.ensureTemplate();
      await h.port.writeSheet({ name: "Kvalitetsmodel", blocks: [{ kind: "text", text: "Vores vurdering" }] });
      const report = await h.port.ensureTemplate();
      expect(report.added).toEqual([]);
      await h.reopen();
      expect(await h.cell("Kvalitetsmodel", "A1")).toBe("Vores vurdering");
    });
  });
}
