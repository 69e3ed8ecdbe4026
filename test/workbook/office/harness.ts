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
import type { RunRecord } from "../../support/fakeExcel";
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

/** Office's limit is 5 MB; the adapter keeps every request and response below 4 MB. */
export const SYNC_BYTES_CAP = 4_000_000;

/**
 * A read that is bounded: every sync's request and response below 4 MB, and no more syncs than the
 * table facts (2), one closing page per table, and one per 1.75 MB read (pages are at least half of
 * the adapter's 3.5 MB budget, but for each table's last).
 */
export function expectBoundedRead(run: RunRecord, tables: number): void {
  expect(run.refused).toEqual([]);
  for (const b of run.requestBytes) expect(b).toBeLessThan(SYNC_BYTES_CAP);
  for (const b of run.responseBytes) expect(b).toBeLessThan(SYNC_BYTES_CAP);
  const total = run.responseBytes.reduce((a, b) => a + b, 0);
  expect(run.syncs).toBeLessThanOrEqual(2 + tables + Math.ceil(total / 1_750_000));
}
