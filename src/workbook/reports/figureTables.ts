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

/** The target group × method table: one row per combination that has units in Y or Y−1. */
export function crossTable(cross: readonly CrossFigures[]): Block {
  return {
    kind: "table",
    headers: ["Målgruppe", "Metode", ...FIGURE_HEADERS],
    rows: cross.map((c) => [c.targetGroup, c.method, ...figureCells(c)]),
    formats: ["text", "text", ...FIGURE_FORMATS],
  };
}
