/**
 * Contract: the snapshot is what the domain reads. `readWorkbook(snapshot.tables)` gives the same
 * records, row numbers and findings as reading the rows directly.
 */
import { readWorkbook } from "../../../src/domain";
import { readChecked } from "../../../src/workbook/services";
import { WORKED_EXAMPLE_TODAY, workedExampleRows } from "../../fixtures/workedExample";
import { MARCH_1_2026 } from "./fixtures";
import type { HarnessFactory } from "./harness";

export function domainContract(make: HarnessFactory): void {
  describe("handing the workbook to the domain", () => {
    test("the worked example read through the adapter gives the same records and findings as its raw rows", async () => {
      const h = await make(workedExampleRows);
      const snapshot = await h.port.readAll();
      const viaAdapter = readWorkbook(snapshot.tables, { today: WORKED_EXAMPLE_TODAY });
      const direct = readWorkbook(workedExampleRows, { today: WORKED_EXAMPLE_TODAY });
      expect(viaAdapter.findings).toEqual(direct.findings);
      expect(viaAdapter.data).toEqual(direct.data);
      expect(viaAdapter.data.followUps.length).toBeGreaterThan(0);
    });

    test("a table moved down the sheet keeps Excel's row numbers in the domain's findings", async () => {
      const h = await make({
        Borgere: {
          at: { row: 4, col: 2 },
          headers: ["BorgerID", "Målgruppe"],
          rows: [
            ["B01", "X"],
            ["", "Y"],
          ],
        },
      });
      const read = readWorkbook((await h.port.readAll()).tables, { today: WORKED_EXAMPLE_TODAY });
      const missingId = read.findings.find(
        (f) => f.sheet === "Borgere" && f.column === "BorgerID" && f.severity === "error",
      );
      expect(missingId?.row).toBe(6);
    });

    test("tables on renamed sheets: every finding and left-out row names the sheet as the workbook calls it", async () => {
      const h = await make({
        Borgere: {
          sheet: "Beboere",
          at: { row: 4, col: 2 },
          headers: ["BorgerID", "Målgruppe"],
          rows: [
            ["B01", "X"],
            ["", "Y"],
          ],
        },
        Maal: {
          sheet: "Indsatser",
          headers: ["MålID", "BorgerID", "Mål", "Startdato"],
          rows: [
            ["M01", "B01", "Går selv i Netto med indkøbsliste.", MARCH_1_2026],
            ["M02", "B99", "Går selv i Netto med indkøbsliste.", MARCH_1_2026],
          ],
        },
      });
      const { findings, data, smorteFindings } = await readChecked(h.port, { today: WORKED_EXAMPLE_TODAY });
      const onCitizens = findings.filter((f) => f.table === "Borgere" && f.row !== null);
      expect(onCitizens.map((f) => [f.sheet, f.row, f.column, f.code])).toEqual([
        ["Beboere", 6, "BorgerID", "required"],
      ]);
      expect(onCitizens[0].message).toMatch(/^Beboere, række 6, kolonne BorgerID: /);
      const unknown = findings.find((f) => f.code === "unknown-citizen");
      expect(unknown?.sheet).toBe("Indsatser");
      expect(unknown?.message).toMatch(
        /^Indsatser, række 3, kolonne BorgerID: BorgerID findes ikke på arket Beboere\./,
      );
      expect(smorteFindings.length).toBeGreaterThan(0);
      expect(smorteFindings.every((f) => f.sheet === "Indsatser" && f.message.startsWith("Indsatser, række 2"))).toBe(
        true,
      );
      expect(data.leftOut.map((l) => [l.sheet, l.row])).toEqual([
        ["Beboere", 6],
        ["Indsatser", 3],
      ]);
      // Nothing sends the user to a sheet that is not there; the missing Opfoelgning table names its own.
      const named = new Set(findings.map((f) => f.sheet));
      expect(named.has("Borgere")).toBe(false);
      expect(named.has("Mål")).toBe(false);
      expect(findings.find((f) => f.code === "table-missing" && f.table === "Opfoelgning")?.sheet).toBe("Opfølgning");
      // Ordered by table, whatever the sheets are called: Borgere's findings before Maal's.
      const order = findings.filter((f) => f.table === "Borgere" || f.table === "Maal").map((f) => f.table);
      expect(order.indexOf("Maal")).toBeGreaterThan(order.lastIndexOf("Borgere"));
    });
  });
}
