/**
 * The Office adapter over the fake Excel, seeded like the other adapters' workbooks.
 */
import type { CellValue } from "../../../src/domain";
import { a1, parseA1 } from "../../../src/workbook/layout/grid";
import { resolveSeed } from "../../../src/workbook/memory/seed";
import { OfficeWorkbookAdapter } from "../../../src/workbook/office/adapter";
import type { OfficeAdapterOptions } from "../../../src/workbook/office/adapter";
import type { ExcelRunner } from "../../../src/workbook/office/run";
import { FakeExcel } from "../../support/fakeExcel";
import type { Harness, Seed } from "../contract/harness";

export function seedFake(seed: Seed): FakeExcel {
  const fake = new FakeExcel();
  for (const t of resolveSeed(seed)) {
    const rows = t.rows.map((r) => r.map((v) => v ?? "") as Array<string | number | boolean>);
    fake.state.addTable(t.sheet, t.name, a1(t.row, t.col), t.headers, rows);
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
