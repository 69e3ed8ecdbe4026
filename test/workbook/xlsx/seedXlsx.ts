/**
 * Build an .xlsx workbook from a contract-suite seed with ExcelJS, save it and open it again, so the
 * adapter always meets tables as they come from a file.
 */
import ExcelJS from "exceljs";
import { TABLE_SPECS, tableSpec } from "../../../src/domain";
import type { CellValue, RawRow, TableName } from "../../../src/domain";
import { a1 } from "../../../src/workbook/layout/grid";
import type { SeedTable } from "../../../src/workbook/memory/model";
import { templateTable } from "../../../src/workbook/template/plan";
import type { Seed } from "../contract/harness";

const DATE_HEADERS = new Set(
  TABLE_SPECS.flatMap((t) => t.columns.filter((c) => c.type === "date").map((c) => c.name.toLowerCase())),
);

/** The seed as the bytes of an .xlsx file. */
export async function seedXlsxBytes(seed: Seed): Promise<Uint8Array> {
  const again = await seedXlsx(seed);
  return new Uint8Array(await again.xlsx.writeBuffer());
}

export async function seedXlsx(seed: Seed): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const [name, given] of Object.entries(seed)) {
    const s: SeedTable = Array.isArray(given) ? { rows: given as RawRow[] } : (given as SeedTable);
    const contract = TABLE_SPECS.some((t) => t.table === name);
    const sheetName = s.sheet ?? (contract ? tableSpec(name as TableName).sheet : name);
    const at =
      s.at ??
      (contract
        ? { row: templateTable(name as TableName).row, col: templateTable(name as TableName).column }
        : { row: 1, col: 1 });
    const headers = s.headers ? [...s.headers] : [];
    if (headers.length === 0)
      for (const r of s.rows)
        if (!Array.isArray(r)) for (const k of Object.keys(r)) if (!headers.includes(k)) headers.push(k);
    const rows = s.rows.map((r): CellValue[] =>
      Array.isArray(r)
        ? headers.map((_, i) => (r as CellValue[])[i] ?? "")
        : headers.map((h) => (r as RawRow)[h] ?? ""),
    );
    const ws = wb.getWorksheet(sheetName) ?? wb.addWorksheet(sheetName);
    ws.addTable({
      name,
      ref: a1(at.row, at.col),
      headerRow: true,
      columns: headers.map((h) => ({ name: h, filterButton: true })),
      rows: (rows.length > 0 ? rows : [headers.map(() => "")]).map((r) => r.map((v) => (v === "" ? null : v))),
    } as unknown as ExcelJS.TableProperties);
    headers.forEach((h, i) => {
      if (!DATE_HEADERS.has(h.trim().toLowerCase())) return;
      for (let r = 0; r < rows.length; r++) ws.getCell(at.row + 1 + r, at.col + i).numFmt = "dd-mm-yyyy";
    });
  }
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  return again;
}
