/**
 * Result tables of the annual evaluation: one row per group with this year's figures beside last year's.
 */
import { ALL } from "../../domain";
import type { CrossFigures, GroupFigures, Remark } from "../../domain";
import type { Block, BlockCell, CellFormat } from "../port";

/** Figure columns shared by every result table, after the group column(s). */
export const FIGURE_HEADERS = [
  "Borgere",
  "Mål",
  "Opnået",
  "Delvist",
  "Ikke opnået",
  "Gennemsnit",
  "Borgervægtet gennemsnit",
  "GAS T",
  "Sidste år",
  "Ændring",
] as const;

/** Number formats of `FIGURE_HEADERS`: counts, fractions as percent, GAS T with one decimal. */
export const FIGURE_FORMATS: readonly CellFormat[] = [
  "integer",
  "integer",
  "integer",
  "integer",
  "integer",
  "percent",
  "percent",
  "decimal",
  "percent",
  "signedPercent",
];

type Figures = Omit<GroupFigures, "group">;

/** The figure cells of one group, in `FIGURE_HEADERS` order (empty figures stay empty cells). */
export function figureCells(f: Figures): BlockCell[] {
  return [
    f.citizens,
    f.goals,
    f.achieved,
    f.partial,
    f.notAchieved,
    f.mean,
    f.citizenMean,
    f.gasT,
    f.previousMean,
    f.change,
  ];
}

/** Display name of a group: the offer total reads "I alt". */
export const groupLabel = (group: string): string => (group === ALL ? "I alt" : group);

const REMARK_LABEL: Readonly<Record<Remark["kind"], string>> = { "too-few": "For få data", falling: "Faldet" };

/**
 * A result table per method or per target group, with the offer total last and a short remark
 * ("For få data", "Faldet") in the last column; `remarkLines` gives the remarks in full.
 */
export function groupTable(
  firstHeader: string,
  groups: readonly GroupFigures[],
  total: GroupFigures,
  remarks: readonly Remark[],
  dimension: Remark["dimension"],
): Block {
  const remarkLabel = (group: string): string =>
    remarks
      .filter((r) => r.dimension === dimension && r.group === group)
      .map((r) => REMARK_LABEL[r.kind])
      .join("; ");
  const rows: BlockCell[][] = groups.map((g) => [g.group, ...figureCells(g), remarkLabel(g.group)]);
  rows.push([groupLabel(ALL), ...figureCells(total), ""]);
  return {
    kind: "table",
    headers: [firstHeader, ...FIGURE_HEADERS, "Bemærkning"],
    rows,
    formats: ["text", ...FIGURE_FORMATS, "text"],
  };
}

/** The remarks of one dimension in full, one line per remark ("• KRAP: Gennemsnittet faldt …"). */
export function remarkLines(remarks: readonly Remark[], dimension: Remark["dimension"]): Block[] {
  return remarks
    .filter((r) => r.dimension === dimension)
    .map((r): Block => ({ kind: "text", text: `• ${r.group}: ${r.text}` }));
}

/** Indent of a method row under its target group in the target group × method table. */
export const CROSS_INDENT = "   ";

/**
 * The target group × method table: a label row per target group, then one indented row per method
 * that has units in Y or Y−1 (so the figure columns line up with the other result tables).
 */
export function crossTable(cross: readonly CrossFigures[]): Block {
  const rows: BlockCell[][] = [];
  let current: string | null = null;
  for (const c of cross) {
    if (c.targetGroup !== current) {
      current = c.targetGroup;
      rows.push([c.targetGroup, ...FIGURE_HEADERS.map(() => null)]);
    }
    rows.push([`${CROSS_INDENT}${c.method}`, ...figureCells(c)]);
  }
  return {
    kind: "table",
    headers: ["Målgruppe / metode", ...FIGURE_HEADERS],
    rows,
    formats: ["text", ...FIGURE_FORMATS],
  };
}
