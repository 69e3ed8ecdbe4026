/**
 * What the shared contract suite needs from each adapter's test setup.
 */
import type { CellValue, RawRow } from "../../../src/domain";
import type { SeedTable } from "../../../src/workbook/memory/model";
import type { FormulaCell, WorkbookPort } from "../../../src/workbook/port";

/** Tables to start from: rows keyed by header text, or explicit headers/rows/sheet/position. */
export type Seed = Readonly<Record<string, SeedTable | ReadonlyArray<RawRow>>>;

export interface Harness {
  readonly port: WorkbookPort;
  /** A fresh port over what has been written (for files: saved and opened again). */
  reopen(): Promise<WorkbookPort>;
  /** A cell as stored: a value, or `{ formula }` for a formula cell. Empty cells are "". */
  cell(sheet: string, address: string): Promise<CellValue | FormulaCell>;
  /** Sheet names in workbook order. */
  sheetNames(): Promise<string[]>;
  /** Number formats of the cell, as an Excel format code ("General" when none). */
  numberFormat(sheet: string, address: string): Promise<string>;
}

export type HarnessFactory = (seed?: Seed) => Promise<Harness>;
