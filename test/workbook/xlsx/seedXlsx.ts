/**
 * Build an .xlsx workbook from a contract-suite seed with ExcelJS, save it and open it again, so the
 * adapter always meets tables as they come from a file.
 */
import ExcelJS from "exceljs";
import { TABLE_SPECS } from "../../../src/domain";
import { a1 } from "../../../src/workbook/layout/grid";
import { resolveSeed } from "../../../src/workbook/memory/seed";
import type { Seed } from "../contract/harness";

const DATE_HEADERS = new Set(
  TABLE_SPECS.flatMap((t) => t.columns.filter((c) => c.type === "date").map((c) => c.name.toLowerCase())),
);

const TIME_HEADERS = new Set(
  TABLE_SPECS.flatMap((t) => t.columns.filter((c) => c.type === "time").map((c) => c.name.toLowerCase())),
);

/** The seed as the bytes of an .xlsx file. */
export async function seedXlsxBytes(seed: Seed): Promise<Uint8Array> {
  const again = await seedXlsx(seed);
  return new Uint8Array(await again.xlsx.writeBuffer());
}

export async function seedXlsx(seed: Seed): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const { name, sheet: sheetName, row, col, headers, rows } of resolveSeed(seed)) {
    const at = { row, col };
    const ws = wb.getWorksheet(sheetName) ?? wb.addWorksheet(sheetName);
    ws.addTable({
      name,
      ref: a1(at.row, at.col),
      headerRow: true,
      columns: headers.map((h) => ({ name: h, filterButton: true })),
      rows: (rows.length > 0 ? rows : [headers.map(() => "")]).map((r) => r.map((v) => (v === "" ? null : v))),
    } as unknown as ExcelJS.TableProperties);
    headers.forEach((h, i) => {
      const header = h.trim().toLowerCase();
      const format = DATE_HEADERS.has(header) ? "dd-mm-yyyy" : TIME_HEADERS.has(header) ? "hh:mm" : null;
      if (format === null) return;
      for (let r = 0; r < rows.length; r++) ws.getCell(at.row + 1 + r, at.col + i).numFmt = format;
    });
  }
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}
