import type ExcelJS from "exceljs";
import { XlsxWorkbookAdapter } from "../../../src/workbook/xlsx/adapter";
import { runContractSuite } from "../contract/suite";
import type { Harness } from "../contract/harness";
import { seedXlsx } from "./seedXlsx";

const storedCell = (wb: ExcelJS.Workbook, sheet: string, address: string) => {
  const ws = wb.getWorksheet(sheet);
  if (!ws) return { value: "" as unknown, numFmt: "General" };
  const cell = ws.getCell(address);
  return { value: cell.value, numFmt: cell.numFmt || "General" };
};

runContractSuite(".xlsx (ExcelJS)", async (seed = {}) => {
  let current = new XlsxWorkbookAdapter(await seedXlsx(seed));
  const h: Harness = {
    get port() {
      return current;
    },
    reopen: async () => {
      current = await XlsxWorkbookAdapter.fromBuffer(await current.toBuffer());
      return current;
    },
    cell: async (sheet, address) => {
      const v = storedCell(current.workbook, sheet, address).value as ExcelJS.CellValue;
      if (v === null || v === undefined) return "";
      if (typeof v === "object" && v !== null && "formula" in v)
        return { formula: `=${(v as ExcelJS.CellFormulaValue).formula}` };
      if (v instanceof Date) return v.toISOString();
      return v as string | number | boolean;
    },
    sheetNames: async () => current.workbook.worksheets.map((w) => w.name),
    numberFormat: async (sheet, address) => storedCell(current.workbook, sheet, address).numFmt,
  };
  return h;
});
