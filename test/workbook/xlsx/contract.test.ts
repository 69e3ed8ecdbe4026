import ExcelJS from "exceljs";
import { XlsxWorkbookAdapter } from "../../../src/workbook/xlsx/adapter";
import { runContractSuite } from "../contract/suite";
import type { Harness } from "../contract/harness";
import { seedXlsx, seedXlsxBytes } from "./seedXlsx";

/** What a spreadsheet program would see: the saved bytes opened with ExcelJS. */
async function saved(port: XlsxWorkbookAdapter): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await port.toBuffer()) as unknown as ArrayBuffer);
  return wb;
}

function harness(first: XlsxWorkbookAdapter): Harness {
  let current = first;
  const stored = async (sheet: string, address: string) => {
    const ws = (await saved(current)).getWorksheet(sheet);
    if (!ws) return { value: "" as unknown, numFmt: "General" };
    const cell = ws.getCell(address);
    return { value: cell.value, numFmt: cell.numFmt || "General" };
  };
  return {
    get port() {
      return current;
    },
    reopen: async () => {
      current = await XlsxWorkbookAdapter.fromBuffer(await current.toBuffer());
      return current;
    },
    cell: async (sheet, address) => {
      const v = (await stored(sheet, address)).value as ExcelJS.CellValue;
      if (v === null || v === undefined) return "";
      if (typeof v === "object" && "formula" in v) return { formula: `=${(v as ExcelJS.CellFormulaValue).formula}` };
      if (v instanceof Date) return v.toISOString();
      if (typeof v === "object" && "richText" in v)
        return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
      return v as string | number | boolean;
    },
    sheetNames: async () => (await saved(current)).worksheets.map((w) => w.name),
    numberFormat: async (sheet, address) => (await stored(sheet, address)).numFmt,
  };
}

runContractSuite(".xlsx (ExcelJS model)", async (seed = {}) => harness(new XlsxWorkbookAdapter(await seedXlsx(seed))));

runContractSuite(".xlsx opened from a file (light reading, sheets grafted on save)", async (seed = {}) =>
  harness(await XlsxWorkbookAdapter.fromBuffer(await seedXlsxBytes(seed))),
);
