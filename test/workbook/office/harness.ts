/**
 * The Office adapter over the fake Excel, seeded like the other adapters' workbooks.
 */
import { TABLE_SPECS, tableSpec } from "../../../src/domain";
import type { CellValue, RawRow, TableName } from "../../../src/domain";
import { a1, parseA1 } from "../../../src/workbook/layout/grid";
import type { SeedTable } from "../../../src/workbook/memory/model";
import { OfficeWorkbookAdapter } from "../../../src/workbook/office/adapter";
import type { OfficeAdapterOptions } from "../../../src/workbook/office/adapter";
import type { ExcelRunner } from "../../../src/workbook/office/run";
import { templateTable } from "../../../src/workbook/template/plan";
import { FakeExcel } from "../../support/fakeExcel";
import type { Harness, Seed } from "../contract/harness";

export function seedFake(seed: Seed): FakeExcel {
  const fake = new FakeExcel();
  for (const [name, given] of Object.entries(seed)) {
    const s: SeedTable = Array.isArray(given) ? { rows: given as RawRow[] } : (given as SeedTable);
    const contract = TABLE_SPECS.some((t) => t.table === name);
    const sheet = s.sheet ?? (contract ? tableSpec(name as TableName).sheet : name);
    const at =
      s.at ??
      (contract
        ? { row: templateTable(name as TableName).row, col: templateTable(name as TableName).column }
        : { row: 1, col: 1 });
    const headers = s.headers ? [...s.headers] : [];
    if (headers.length === 0)
      for (const r of s.rows)
        if (!Array.isArray(r)) for (const k of Object.keys(r)) if (!headers.includes(k)) headers.push(k);
    const rows = s.rows.map((r): Array<string | number | boolean> =>
      (Array.isArray(r) ? headers.map((_, i) => (r as CellValue[])[i]) : headers.map((h) => (r as RawRow)[h])).map(
        (v) => v ?? "",
      ),
    );
    fake.state.addTable(sheet, name, a1(at.row, at.col), headers, rows);
  }
  return fake;
}

export const fakeOptions = (fake: FakeExcel, extra: Partial<OfficeAdapterOptions> = {}): OfficeAdapterOptions => ({
  run: fake.run as unknown as ExcelRunner,
  removeHandler: async (r) => {
    r.remove();
    await (r.context as unknown as { sync(): Promise<void> }).sync();
  },
  ...extra,
});

export function officeHarness(
  fake: FakeExcel,
  extra: Partial<OfficeAdapterOptions> = {},
): Harness & { fake: FakeExcel } {
  const port = new OfficeWorkbookAdapter(fakeOptions(fake, extra));
  const stored = (sheet: string, address: string) => {
    const s = fake.state.sheet(sheet);
    if (!s) return { value: "" as CellValue, numberFormat: "General" };
    const { row, col } = parseA1(address);
    const c = fake.state.cell(s, row, col);
    return { value: c.formula ? { formula: c.formula } : c.value, numberFormat: c.numberFormat ?? "General" };
  };
  return {
    fake,
    port,
    reopen: async () => port,
    cell: async (sheet, address) => stored(sheet, address).value as CellValue | { formula: string },
    sheetNames: async () => fake.state.sheets.map((s) => s.name),
    numberFormat: async (sheet, address) => stored(sheet, address).numberFormat,
  };
}
