import { MemoryWorkbookAdapter } from "../../../src/workbook/memory/adapter";
import { seedWorkbook, sheetNames, storedCell } from "../../../src/workbook/memory/seed";
import { isFormulaCell } from "../../../src/workbook/layout/grid";
import { runContractSuite } from "../contract/suite";

runContractSuite("in memory", async (seed = {}) => {
  const port = new MemoryWorkbookAdapter(seedWorkbook(seed));
  return {
    port,
    reopen: async () => port,
    cell: async (sheet, address) => {
      const v = storedCell(port.workbook, sheet, address).value;
      return isFormulaCell(v) ? { formula: v.formula.startsWith("=") ? v.formula : `=${v.formula}` } : (v ?? "");
    },
    sheetNames: async () => sheetNames(port.workbook),
    numberFormat: async (sheet, address) => storedCell(port.workbook, sheet, address).numberFormat,
  };
});
