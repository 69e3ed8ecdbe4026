/**
 * Tables given to RESULTS and GOALRESULT, turned into the raw workbook the domain's reader takes.
 *
 * The functions need only the columns their figures use; the reader insists on every required column
 * of the contract. Required columns a figure never looks at are therefore filled in when the range
 * does not have them (documented in docs/funktioner.md):
 * - Mål/Mål (the goal text) → "-"; Mål/Startdato → 01-01-1900 (start dates only give warnings);
 * - Opfølgning/OpfølgningID → "R" + the row number in the range;
 * - Borgere/Målgruppe → "(ingen målgruppe)" (RESULTS asks for the column when it groups by it);
 * - GOALRESULT without a goals table: one goal row for the asked MålID; without a citizens table: one
 *   citizen row per BorgerID of the goals (so the goal's own citizen never decides its value).
 * Columns that are present are passed on untouched, so the reader judges every cell as it does for
 * the workbook itself.
 */
import {
  column,
  NO_TARGET_GROUP,
  readWorkbook,
  SETTING_KEYS,
  tableSpec,
  type RawRow,
  type RawTable,
  type RawWorkbook,
  type ScaleStep,
  type TableName,
  type WorkbookData,
} from "../domain";
import type { RangeTable } from "./tables";

/** The Danish header of a contract column. @example columnName("Maal", "goalId") // "MålID" */
export const columnName = (table: TableName, key: string): string => column(table, key).name;

const FILL_TEXT = "-";
const FILL_START = 1;
const FILL_CITIZEN = "-";

export interface TableInputs {
  readonly goals: RangeTable | null;
  readonly followUps: RangeTable;
  readonly citizens: RangeTable | null;
  readonly scale: readonly ScaleStep[] | null;
  /** The GASRho setting; default the setting's default. */
  readonly rho?: number;
  /** GOALRESULT: read only this goal's follow-ups (row numbers in messages stay those of the range). */
  readonly onlyGoal?: string;
}

export interface ReadTables {
  readonly data: WorkbookData;
  /**
   * Why a row of goal `goalId` (its row in «mål» or one of its rows in «opfølgning») was left out, as
   * a Danish message with the row number in the range; null when none was.
   */
  readonly leftOutOf: (goalId: string) => string | null;
}

const idText = (value: unknown): string => (typeof value === "number" ? String(value) : String(value ?? "").trim());

/** The rows of a range table with `fills` added for the columns it lacks. */
function filled(
  table: RangeTable,
  name: TableName,
  fills: Record<string, (row: RawRow, i: number) => RawRow[string]>,
): RawTable {
  const missing = Object.keys(fills).filter((key) => !table.keys.has(key));
  if (missing.length === 0) return table;
  const rows = table.rows.map((row, i) => {
    const copy: RawRow = { ...row };
    for (const key of missing) copy[columnName(name, key)] = fills[key](row, i);
    return copy;
  });
  return {
    rows,
    headerRow: table.headerRow,
    headers: [...table.headers, ...missing.map((key) => columnName(name, key))],
  };
}

/** Where each data row of a range table sits in the range (row 1 is the header). */
const rangeRow = (table: RawTable, index: number): number => (table.headerRow ?? 1) + 1 + index;

/**
 * Read the given tables with the domain's reader.
 * @example readTables({ goals, followUps, citizens, scale: null }).data.goals.length
 */
export function readTables(inputs: TableInputs): ReadTables {
  const goalIdHeader = columnName("Maal", "goalId");
  const followGoalHeader = columnName("Opfoelgning", "goalId");
  const citizenIdHeader = columnName("Borgere", "citizenId");

  // Follow-ups, restricted to one goal's rows when asked; `followRows[i]` is the range row of row i.
  let followUps: RawTable = filled(inputs.followUps, "Opfoelgning", {
    followUpId: (_row, i) => `R${rangeRow(inputs.followUps, i)}`,
  });
  let followRows = followUps.rows.map((_row, i) => rangeRow(inputs.followUps, i));
  if (inputs.onlyGoal !== undefined) {
    const keep: number[] = [];
    followUps.rows.forEach((row, i) => {
      if (idText(row[followGoalHeader]) === inputs.onlyGoal) keep.push(i);
    });
    followRows = keep.map((i) => followRows[i]);
    followUps = { rows: keep.map((i) => followUps.rows[i]), headerRow: 1, headers: followUps.headers };
  }

  const goals: RawTable =
    inputs.goals === null
      ? {
          rows: [
            {
              [goalIdHeader]: inputs.onlyGoal ?? "",
              [columnName("Maal", "citizenId")]: FILL_CITIZEN,
              [columnName("Maal", "text")]: FILL_TEXT,
              [columnName("Maal", "startDate")]: FILL_START,
            },
          ],
          headerRow: 1,
        }
      : filled(inputs.goals, "Maal", {
          citizenId: () => FILL_CITIZEN,
          text: () => FILL_TEXT,
          startDate: () => FILL_START,
        });

  let citizens: RawTable;
  if (inputs.citizens !== null) {
    citizens = filled(inputs.citizens, "Borgere", { targetGroup: () => NO_TARGET_GROUP });
  } else {
    const ids = new Map<string, RawRow[string]>();
    const citizenOfGoal = columnName("Maal", "citizenId");
    for (const row of goals.rows) {
      const id = idText(row[citizenOfGoal]);
      if (id !== "" && !ids.has(id)) ids.set(id, row[citizenOfGoal]);
    }
    citizens = {
      rows: [...ids.values()].map((id) => ({
        [citizenIdHeader]: id,
        [columnName("Borgere", "targetGroup")]: NO_TARGET_GROUP,
      })),
      headerRow: 1,
    };
  }

  const raw: RawWorkbook = {
    Borgere: citizens,
    Maal: goals,
    Opfoelgning: followUps,
    ...(inputs.scale === null
      ? {}
      : {
          Skala: inputs.scale.map((s) => ({
            [columnName("Skala", "label")]: s.label,
            [columnName("Skala", "value")]: s.value ?? "",
          })),
        }),
    Indstillinger: [
      {
        [columnName("Indstillinger", "key")]: SETTING_KEYS.gasRho.name,
        [columnName("Indstillinger", "value")]: inputs.rho ?? SETTING_KEYS.gasRho.default,
      },
    ],
  };
  const { data } = readWorkbook(raw);

  const followSheet = tableSpec("Opfoelgning").sheet;
  const goalSheet = tableSpec("Maal").sheet;
  const leftOutOf = (goalId: string): string | null => {
    for (const out of data.leftOut) {
      if (out.sheet === followSheet) {
        const index = out.row - rangeRow(followUps, 0);
        const row = followUps.rows[index];
        if (row !== undefined && idText(row[followGoalHeader]) === goalId) {
          return `Række ${followRows[index]} i «opfølgning» kan ikke bruges: ${out.reason}`;
        }
      } else if (out.sheet === goalSheet && inputs.goals !== null) {
        const index = out.row - rangeRow(goals, 0);
        const row = goals.rows[index];
        if (row !== undefined && idText(row[goalIdHeader]) === goalId) {
          return `Række ${rangeRow(goals, index)} i «mål» kan ikke bruges: ${out.reason}`;
        }
      }
    }
    return null;
  };
  return { data, leftOutOf };
}
