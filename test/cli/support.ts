/** Helpers for command-line tests: captured I/O, workbooks written to temp files, file hashes. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TableName } from "../../src/domain/schema";
import type { RawRow } from "../../src/domain/types";
import type { CliIo } from "../../src/cli/io";
import { recordOf } from "../../src/workbook/demo/fill";
import type { EditableTable } from "../../src/workbook/port";
import { XlsxWorkbookAdapter } from "../../src/workbook/xlsx/adapter";

export interface CapturedIo extends CliIo {
  readonly stdout: string[];
  readonly stderr: string[];
  /** Everything written, both streams. */
  all(): string;
}

/** I/O that records both streams; the clock is fixed at 15 January 2027, 10:30. */
export function captureIo(now = new Date(2027, 0, 15, 10, 30)): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    now: () => now,
    all: () => [...stdout, ...stderr].join("\n"),
  };
}

export const tempDir = (): string => mkdtempSync(path.join(os.tmpdir(), "smorte-cli-"));

const ORDER: readonly EditableTable[] = [
  "Indstillinger",
  "Skala",
  "Maalgrupper",
  "Metoder",
  "Borgere",
  "Maal",
  "Opfoelgning",
];

/** Write a SMORTE workbook (template + the given rows keyed by Danish headers) to an .xlsx file. */
export async function writeBook(file: string, tables: Partial<Record<TableName, readonly RawRow[]>>): Promise<void> {
  const book = new XlsxWorkbookAdapter();
  await book.ensureTemplate();
  for (const table of ORDER) for (const row of tables[table] ?? []) await book.upsert(table, recordOf(table, row));
  await book.save(file);
}

export const sha256 = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");
