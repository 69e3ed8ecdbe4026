/**
 * Contract: report sheets written from blocks, read back, replaced, and brought to the front.
 */
import { consolidate, judgeExports } from "../../../src/domain/sector";
import type { SheetContent } from "../../../src/workbook/port";
import { sectorSheet } from "../../../src/workbook/reports/sectorSheet";
import { WORKED_FILES } from "../../domain/sector/workedExample";
import type { HarnessFactory } from "./harness";

const REPORT: SheetContent = {
  name: "Årsevaluering 2026",
  blocks: [
    { kind: "title", text: "Årsevaluering 2026" },
    {
      kind: "keyValues",
      rows: [
        ["Tilbud", "Fjorden"],
        ["Målopfyldelse", 0.625],
      ],
      formats: ["text", "percent"],
    },
    { kind: "blank" },
    {
      kind: "table",
      name: "Metoder2026",
      headers: ["Metode", "Borgere", "Gennemsnit"],
      rows: [
        ["KRAP", 3, 0.5],
        ["Low Arousal", 2, 0.75],
      ],
      formats: ["text", "integer", "percent"],
    },
    { kind: "text", text: "=ikke en formel" },
    { kind: "keyValues", rows: [["I alt", { formula: "SUM(B6:B7)" }]] },
    {
      kind: "table",
      name: "Handleplan2026",
      headers: ["Fokusområde", "Status"],
      rows: [],
      lists: { Status: ["Ikke startet", "I gang", "Afsluttet"] },
    },
  ],
  charts: [{ title: "Målopfyldelse pr. metode", dataBlock: 3 }],
};

/** The chart sits beside its table (rows 5 to 23); the blocks after it start below it, in row 24. */
const BELOW_CHART = 24;

export function sheetContract(make: HarnessFactory): void {
  describe("report sheets", () => {
    test("blocks are laid out from A1: title, key/values, a named table that can be read back", async () => {
      const h = await make();
      await h.port.writeSheet(REPORT);
      const port = await h.reopen();
      expect(await h.cell(REPORT.name, "A1")).toBe("Årsevaluering 2026");
      expect(await h.cell(REPORT.name, "A2")).toBe("Tilbud");
      expect(await h.cell(REPORT.name, "B3")).toBe(0.625);
      expect(await h.numberFormat(REPORT.name, "B3")).toBe("0.0%");
      expect(await h.cell(REPORT.name, "A5")).toBe("Metode");
      const t = await port.readSheetTable(REPORT.name, "Metoder2026");
      expect(t).toEqual({
        headerRow: 5,
        headers: ["Metode", "Borgere", "Gennemsnit"],
        rows: [
          { Metode: "KRAP", Borgere: 3, Gennemsnit: 0.5 },
          { Metode: "Low Arousal", Borgere: 2, Gennemsnit: 0.75 },
        ],
      });
    });

    test("formula cells become formulas and text beginning with '=' stays text", async () => {
      const h = await make();
      await h.port.writeSheet(REPORT);
      await h.reopen();
      expect(await h.cell(REPORT.name, `A${BELOW_CHART}`)).toBe("=ikke en formel");
      expect(await h.cell(REPORT.name, `B${BELOW_CHART + 1}`)).toEqual({ formula: "=SUM(B6:B7)" });
    });

    test("an empty action plan still gets a row to type in, and the leader's rows can be read back", async () => {
      const h = await make();
      await h.port.writeSheet(REPORT);
      const t = await (await h.reopen()).readSheetTable(REPORT.name, "Handleplan2026");
      expect(t?.headerRow).toBe(BELOW_CHART + 2);
      expect(t?.rows).toEqual([{ Fokusområde: "", Status: "" }]);
    });

    test("one cell of a report table's row is written, and only that cell", async () => {
      const h = await make();
      await h.port.writeSheet(REPORT);
      const before = await h.port.readSheetTable(REPORT.name, "Metoder2026");
      await h.port.updateSheetTableCell(REPORT.name, "Metoder2026", {
        row: 1,
        was: before?.rows[1] ?? {},
        column: "Metode",
        value: "Low Arousal (ny)",
      });
      const after = await (await h.reopen()).readSheetTable(REPORT.name, "Metoder2026");
      expect(after?.rows).toEqual([before?.rows[0], { ...before?.rows[1], Metode: "Low Arousal (ny)" }]);
    });

    test("a row a colleague changed meanwhile is refused, and nothing is written", async () => {
      const h = await make();
      await h.port.writeSheet(REPORT);
      const read = await h.port.readSheetTable(REPORT.name, "Metoder2026");
      // The colleague's change: the row's Borgere cell.
      await h.port.updateSheetTableCell(REPORT.name, "Metoder2026", {
        row: 0,
        was: read?.rows[0] ?? {},
        column: "Borgere",
        value: 4,
      });
      await expect(
        h.port.updateSheetTableCell(REPORT.name, "Metoder2026", {
          row: 0,
          was: read?.rows[0] ?? {},
          column: "Metode",
          value: "Mit navn",
        }),
      ).rejects.toThrow(/kollega.*Intet er gemt/);
      // A row that is no longer there is refused the same way.
      await expect(
        h.port.updateSheetTableCell(REPORT.name, "Metoder2026", { row: 5, was: {}, column: "Metode", value: "x" }),
      ).rejects.toThrow(/Intet er gemt/);
      await expect(
        h.port.updateSheetTableCell(REPORT.name, "Findes_ikke", { row: 0, was: {}, column: "Metode", value: "x" }),
      ).rejects.toThrow(/findes ikke/);
      const after = await (await h.reopen()).readSheetTable(REPORT.name, "Metoder2026");
      expect(after?.rows[0]).toEqual({ ...read?.rows[0], Borgere: 4 });
    });

    test("a cell holding a formula (a leader's own) is refused with its place named, and nothing is written", async () => {
      const h = await make();
      const status = { formula: 'IF(A2="","","I gang")' };
      await h.port.writeSheet({
        name: "Plan 2026",
        blocks: [
          {
            kind: "table",
            name: "Plan2026",
            headers: ["Fokusområde", "Status"],
            rows: [
              ["Træning", status],
              ["Samarbejde", "Ikke startet"],
            ],
          },
        ],
      });
      const read = await h.port.readSheetTable("Plan 2026", "Plan2026");
      const refused = h.port.updateSheetTableCell("Plan 2026", "Plan2026", {
        row: 0,
        was: read?.rows[0] ?? {},
        column: "Status",
        value: "Afsluttet",
      });
      await expect(refused).rejects.toThrow(/formel.*Intet er gemt/);
      // The message names the sheet, the table, the row and the column (the table's row 1 is sheet row 2).
      await expect(refused).rejects.toThrow(
        /Status.*række 1 i tabellen Plan2026 \(arkets række 2\) på arket Plan 2026/,
      );
      // Another column of the same row, and the next row's Status, are written as before.
      await h.port.updateSheetTableCell("Plan 2026", "Plan2026", {
        row: 0,
        was: read?.rows[0] ?? {},
        column: "Fokusområde",
        value: "Træning i hverdagen",
      });
      await h.port.updateSheetTableCell("Plan 2026", "Plan2026", {
        row: 1,
        was: read?.rows[1] ?? {},
        column: "Status",
        value: "I gang",
      });
      await h.reopen();
      expect(await h.cell("Plan 2026", "A2")).toBe("Træning i hverdagen");
      expect(await h.cell("Plan 2026", "B2")).toEqual({ formula: `=${status.formula}` });
      expect(await h.cell("Plan 2026", "B3")).toBe("I gang");
    });

    test("writing the sheet again replaces it completely and keeps its place among the sheets", async () => {
      const h = await make({ Borgere: [{ BorgerID: "B01", Målgruppe: "X" }] });
      await h.port.writeSheet(REPORT);
      await h.port.writeSheet({ name: "Andet", blocks: [{ kind: "text", text: "andet" }] });
      await h.port.writeSheet({ name: REPORT.name, blocks: [{ kind: "title", text: "Ny" }] });
      const port = await h.reopen();
      expect(await h.sheetNames()).toEqual(["Borgere", "Årsevaluering 2026", "Andet"]);
      expect(await h.cell(REPORT.name, "A1")).toBe("Ny");
      expect(await h.cell(REPORT.name, "A5")).toBe("");
      expect(await port.readSheetTable(REPORT.name, "Metoder2026")).toBeNull();
    });

    test("the sector sheet (the pane writes it through the port) reads back with its figures and funnel table", async () => {
      const h = await make({ Borgere: [{ BorgerID: "B01", Målgruppe: "X" }] });
      const reading = judgeExports(WORKED_FILES.map(([file, text]) => ({ file, text })));
      const sheet = sectorSheet(consolidate(reading.accepted, 2026), { madeAt: "02-12-2026 kl. 10:00" });
      await h.port.writeSheet(sheet);
      await h.port.writeSheet(sheet);
      const port = await h.reopen();
      expect(await h.sheetNames()).toEqual(["Borgere", "Sektor 2026"]);
      const groups = await port.readSheetTable("Sektor 2026", "Sektor_2026_Maalgrupper");
      expect(groups?.rows.map((r) => [r["Målgruppe"], r["Borgere"], r["Opnået"], r["GAS T"]])).toEqual([
        ["Autisme", 130, 53, 49],
        ["(alle)", 130, 53, 49],
      ]);
      const funnel = await port.readSheetTable("Sektor 2026", "Sektor_2026_Tragt1");
      expect(funnel?.rows.map((r) => [r["Tilbud"], r["Borgere"], r["Placering"]])).toEqual([
        ["A", 10, "Inden for"],
        ["B", 60, "Under (uden for 99,8 %)"],
        ["C", 60, "Inden for"],
      ]);
    });

    test("reading a table that is not on the sheet gives null", async () => {
      const h = await make({ Borgere: [{ BorgerID: "B01" }] });
      expect(await h.port.readSheetTable("Årsevaluering 2025", "Handleplan2025")).toBeNull();
      expect(await h.port.readSheetTable("Mål", "Borgere")).toBeNull();
    });

    test("bringing a missing sheet to the front is a Danish error", async () => {
      const h = await make();
      await expect(h.port.activateSheet("Grundlag 2026")).rejects.toThrow("Arket Grundlag 2026 findes ikke.");
      await h.port.writeSheet({ name: "Grundlag 2026", blocks: [] });
      await expect(h.port.activateSheet("Grundlag 2026")).resolves.toBeUndefined();
    });
  });
}
