/**
 * Where the reader collects findings and decides which rows are left out. A row is left out exactly
 * when it has at least one error; its `leftOut` entry carries the first error's column and reason.
 */
import type { TableName } from "../schema";
import type { Finding, LeftOutRow } from "../types";
import { findingAt } from "../findings";

/** The state of one input row while it is being read. */
export class RowStatus {
  errors = 0;
  column: string | null = null;
  reason = "";
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly table?: TableName,
  ) {}
  get ok(): boolean {
    return this.errors === 0;
  }
}

export class Sink {
  readonly findings: Finding[] = [];
  readonly leftOut: LeftOutRow[] = [];

  /** An error on a row: a finding, and the row will be left out. */
  error(status: RowStatus, column: string | null, reason: string, code: string): void {
    this.findings.push(findingAt("error", status.sheet, status.row, column, reason, code, undefined, status.table));
    if (status.errors === 0) {
      status.column = column;
      status.reason = reason;
    }
    status.errors++;
  }

  /** A warning on a row: a finding; the row still counts. */
  warning(status: RowStatus, column: string | null, reason: string, code: string): void {
    this.findings.push(findingAt("warning", status.sheet, status.row, column, reason, code, undefined, status.table));
  }

  /** A finding about a whole table (row null). */
  tableFinding(
    severity: "error" | "warning",
    sheet: string,
    column: string | null,
    reason: string,
    code: string,
    table?: TableName,
  ): void {
    this.findings.push(findingAt(severity, sheet, null, column, reason, code, undefined, table));
  }

  /** Leave a row out because of a table finding (no finding of its own, to avoid thousands of copies). */
  leaveOut(sheet: string, row: number, column: string | null, reason: string): void {
    this.leftOut.push({ sheet, row, column, reason });
  }

  /** Record the left-out entry of a row that has errors; true when the row is usable. */
  settle(status: RowStatus): boolean {
    if (status.errors === 0) return true;
    this.leftOut.push({ sheet: status.sheet, row: status.row, column: status.column, reason: status.reason });
    return false;
  }
}
