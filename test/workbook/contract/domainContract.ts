/**
 * Contract: the snapshot is what the domain reads. `readWorkbook(snapshot.tables)` gives the same
 * records, row numbers and findings as reading the rows directly.
 */
import { readWorkbook } from "../../../src/domain";
import { WORKED_EXAMPLE_TODAY, workedExampleRows } from "../../fixtures/workedExample";
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
  });
}
