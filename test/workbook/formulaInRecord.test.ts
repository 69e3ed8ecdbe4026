/**
 * Never over a formula: updating a follow-up through the .xlsx and the in-memory adapters writes only the
 * cells that change, as the Office adapter does, so a formula a user put in one of the record's own
 * cells stays; changing that cell is refused with a Danish message naming sheet, row and column.
 */
import ExcelJS from "exceljs";
import { MemoryWorkbookAdapter } from "../../src/workbook/memory/adapter";
import { findMemoryTable } from "../../src/workbook/memory/model";
import { seedWorkbook } from "../../src/workbook/memory/seed";
import { XlsxWorkbookAdapter } from "../../src/workbook/xlsx/adapter";
import { GOALS_AND_FOLLOW_UPS } from "./contract/fixtures";
import { seedXlsx } from "./xlsx/seedXlsx";

const REFUSED =
  "Cellen i kolonnen GAS, række 2 på arket Opfølgning indeholder en formel. SMORTE skriver ikke over formler.";
const GAS_FORMULA = 'IF(D2="Opnået",1,0)';

async function xlsxWithFormula(): Promise<{ port: XlsxWorkbookAdapter; gas: () => Promise<ExcelJS.CellValue> }> {
  const wb = await seedXlsx(GOALS_AND_FOLLOW_UPS);
  wb.getWorksheet("Opfølgning")!.getCell("E2").value = { formula: GAS_FORMULA, result: 1 };
  const port = new XlsxWorkbookAdapter(wb);
  const gas = async (): Promise<ExcelJS.CellValue> => {
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(Buffer.from(await port.toBuffer()) as unknown as ArrayBuffer);
    return saved.getWorksheet("Opfølgning")!.getCell("E2").value;
  };
  return { port, gas };
}

function memoryWithFormula(): { port: MemoryWorkbookAdapter; gas: () => unknown } {
  const port = new MemoryWorkbookAdapter(seedWorkbook(GOALS_AND_FOLLOW_UPS));
  const table = findMemoryTable(port.workbook, "Opfoelgning")!.table;
  const at = table.columns.findIndex((c) => c.name === "GAS");
  table.rows[0][at] = { formula: `=${GAS_FORMULA}` };
  return { port, gas: () => table.rows[0][at] };
}

describe(".xlsx adapter", () => {
  test("changing a cell that holds a formula is refused and the formula stays", async () => {
    const { port, gas } = await xlsxWithFormula();
    await expect(port.upsert("Opfoelgning", { followUpId: "O01", gas: 2 }, { mode: "update" })).rejects.toThrow(
      REFUSED,
    );
    expect(await gas()).toMatchObject({ formula: GAS_FORMULA });
  });

  test("an update of another cell of the row goes through, and the formula next to it stays a formula", async () => {
    const { port, gas } = await xlsxWithFormula();
    // GAS is given with the value the formula already shows: no change, so nothing is written there.
    const result = await port.upsert(
      "Opfoelgning",
      { followUpId: "O01", gas: 1, assessment: "Delvist opnået" },
      { mode: "update" },
    );
    expect(result).toEqual({ action: "updated", row: 2 });
    expect(await gas()).toMatchObject({ formula: GAS_FORMULA });
  });
});

describe("in-memory adapter", () => {
  test("changing a cell that holds a formula is refused and the formula stays", async () => {
    const { port, gas } = memoryWithFormula();
    await expect(port.upsert("Opfoelgning", { followUpId: "O01", gas: 2 }, { mode: "update" })).rejects.toThrow(
      REFUSED,
    );
    expect(gas()).toEqual({ formula: `=${GAS_FORMULA}` });
  });

  test("an update that leaves the formula's cell out goes through and keeps the formula", async () => {
    const { port, gas } = memoryWithFormula();
    await expect(port.upsert("Opfoelgning", { followUpId: "O01", date: 46120 }, { mode: "update" })).resolves.toEqual({
      action: "updated",
      row: 2,
    });
    expect(gas()).toEqual({ formula: `=${GAS_FORMULA}` });
  });
});
