/**
 * Reading the cells of one row by column key, recording a finding for every cell that cannot be read.
 * The header of each column was resolved once per table (`ResolvedTable.headerOf`).
 */
import type { ColumnSpec } from "../schema";
import type { DayNumber, RawRow } from "../types";
import {
  CellProblem,
  isProblem,
  readChoice,
  readDate,
  readInteger,
  readNumber,
  readNumberInRange,
  readText,
  readTime,
} from "../cells";
import type { MinuteOfDay } from "../times";
import { CPR_IN_LABEL, containsCpr, holdsCpr } from "../cpr";
import type { ResolvedTable } from "./rawTable";
import { RowStatus, Sink } from "./sink";

/** Danish reason for a required cell left empty. */
export const requiredReason = (col: ColumnSpec): string => `${col.name} skal udfyldes. ${col.help}`;

export const cprInIdReason = (col: ColumnSpec): string =>
  `${col.name} ligner et CPR-nummer. Brug et lokalt pseudonym eller id (fx B0001 eller M0001), og slet CPR-nummeret fra arbejdsbogen.`;

export const UNREADABLE_TEXT_READ_AS_EMPTY = "Teksten læses som tom; rækken tæller med.";

export const CPR_IN_TEXT_REASON =
  "Teksten ser ud til at indeholde et CPR-nummer. Slet det: CPR-numre må ikke stå i arbejdsbogen.";

export class RowReader {
  private row: RawRow = {};
  status: RowStatus = new RowStatus("", 0);
  private readonly cols: Record<string, ColumnSpec> = {};
  private readonly sheet: string;

  constructor(
    private readonly table: ResolvedTable,
    private readonly sink: Sink,
  ) {
    for (const c of table.spec.columns) this.cols[c.key] = c;
    this.sheet = table.sheet;
  }

  /** Start reading data row `index` (0-based). */
  begin(index: number): RowStatus {
    this.row = this.table.rows[index];
    this.status = new RowStatus(this.sheet, this.table.firstRow + index, this.table.spec.table);
    return this.status;
  }

  col(key: string): ColumnSpec {
    return this.cols[key];
  }

  /** The raw cell value of a column (undefined when the column is missing). */
  raw(key: string): unknown {
    const header = this.table.headerOf[key];
    return header === undefined ? undefined : this.row[header];
  }

  private problem(key: string, p: CellProblem): void {
    this.sink.error(this.status, this.cols[key].name, p.reason, p.code);
  }

  private missing(key: string): void {
    this.sink.error(this.status, this.cols[key].name, requiredReason(this.cols[key]), "required");
  }

  /**
   * A text cell ("" when empty or unreadable); free text is checked for CPR numbers (warning).
   * Optional text takes no part in any figure, so an unreadable one (e.g. #REF! in Note) is a warning
   * and reads as empty; the row still counts.
   */
  text(key: string, required = false): string {
    const v = readText(this.raw(key));
    if (isProblem(v)) {
      if (required) this.problem(key, v);
      else this.sink.warning(this.status, this.cols[key].name, `${v.reason} ${UNREADABLE_TEXT_READ_AS_EMPTY}`, v.code);
      return "";
    }
    if (v === "") {
      if (required) this.missing(key);
      return v;
    }
    if (containsCpr(v)) {
      this.sink.warning(this.status, this.cols[key].name, CPR_IN_TEXT_REASON, "cpr-in-text");
    }
    return v;
  }

  /**
   * A label cell (method, target group, scale label …): trimmed text, "" when empty or unreadable. A
   * label reaches sheets and exports, so one that holds something CPR-like is an error and reads as "".
   */
  label(key: string, required = false): string {
    const v = readText(this.raw(key));
    if (isProblem(v)) {
      this.problem(key, v);
      return "";
    }
    if (holdsCpr(v)) {
      this.sink.error(this.status, this.cols[key].name, CPR_IN_LABEL, "cpr-in-label");
      return "";
    }
    if (v === "" && required) this.missing(key);
    return v;
  }

  /**
   * An id cell: trimmed text ("" when empty or unreadable). A value that is or holds something
   * CPR-like is an error; `null` is returned then, so it is never used as an id.
   */
  id(key: string, required = false): string | null {
    const raw = this.raw(key);
    const v = readText(raw);
    if (isProblem(v)) {
      this.problem(key, v);
      return null;
    }
    if (v === "") {
      if (required) this.missing(key);
      return required ? null : "";
    }
    if (holdsCpr(raw) || containsCpr(v)) {
      this.sink.error(this.status, this.cols[key].name, cprInIdReason(this.cols[key]), "cpr-in-id");
      return null;
    }
    return v;
  }

  /** A number cell (with the column's range, if it has one); null when empty or unreadable. */
  number(key: string): number | null {
    const c = this.cols[key];
    const raw = this.raw(key);
    const v = c.min === undefined && c.max === undefined ? readNumber(raw) : readNumberInRange(raw, c.min, c.max);
    if (isProblem(v)) {
      this.problem(key, v);
      return null;
    }
    return v;
  }

  /** A whole number within the column's range; null when empty or unreadable. */
  integer(key: string): number | null {
    const c = this.cols[key];
    const v = readInteger(this.raw(key), c.min, c.max);
    if (isProblem(v)) {
      this.problem(key, v);
      return null;
    }
    return v;
  }

  /** One of the column's allowed values (schema spelling); null when empty or unreadable. */
  choice(key: string, required = false): string | null {
    const v = readChoice(this.raw(key), this.cols[key].allowed ?? []);
    if (isProblem(v)) {
      this.problem(key, v);
      return null;
    }
    if (v === null && required) this.missing(key);
    return v;
  }

  /** A time of day in minutes after midnight; null when empty or unreadable. */
  time(key: string): MinuteOfDay | null {
    const v = readTime(this.raw(key));
    if (isProblem(v)) {
      this.problem(key, v);
      return null;
    }
    return v;
  }

  /** A date cell; null when empty or unreadable. */
  date(key: string, required = false): DayNumber | null {
    const v = readDate(this.raw(key));
    if (isProblem(v)) {
      this.problem(key, v);
      return null;
    }
    if (v === null && required) this.missing(key);
    return v;
  }
}
