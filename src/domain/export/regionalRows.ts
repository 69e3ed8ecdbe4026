/**
 * The rows of the regional export (docs/rules.md §7): aggregated figures only, per target group × method,
 * a total per target group and one for the whole offer, with small groups suppressed.
 */
import { effectiveMinCount } from "../evaluation/minCount";
import { compareDanish } from "../rollup/collate";
import { ALL } from "../schema";
import type { CrossFigures, EvaluationModel, ExportRow, GroupFigures, Settings } from "../types";
import { suppressPrimary, suppressSecondary, type SuppressionCell, type SuppressionRelation } from "./suppression";

/** Version of the export's columns and meaning; carried in every row and file. */
export const EXPORT_SCHEMA_VERSION = 2;

type Figures = Omit<GroupFigures, "group">;

interface Draft extends SuppressionCell {
  readonly targetGroup: string;
  readonly method: string;
  readonly figures: Figures;
}

const draft = (targetGroup: string, method: string, name: string, figures: Figures): Draft => ({
  targetGroup,
  method,
  name,
  figures,
  citizens: figures.citizens,
  goals: figures.goals,
  suppressed: false,
});

/**
 * The regional export rows of an evaluation: for each target group (Danish order) its method rows and
 * then its total row (method "(alle)"), and last the offer's row ("(alle)", "(alle)"). Groups with no
 * result in the year (listed in the evaluation only for last year's comparison) are left out; the
 * offer's row is always there.
 *
 * A row with fewer citizens than `MindsteAntal` (never below 3) keeps its group names, gets
 * `suppressed = 1` and no figures; secondary suppression then makes sure no hidden figure can be found
 * by subtraction (see `suppression.ts`). `suppressionReason` says why, for the leader; it is never
 * exported. Only aggregated figures are carried: no name, BorgerID, free text or date finer than the year.
 * @example regionalExportRows(evaluateYear(data, 2026), data.settings).filter((r) => r.suppressed === 0)
 */
export function regionalExportRows(model: EvaluationModel, settings: Settings): ExportRow[] {
  const minCount = effectiveMinCount(settings.minCount);
  const cellsByGroup = new Map<string, CrossFigures[]>();
  for (const cell of model.targetGroupByMethod) {
    if (cell.goals === 0) continue;
    const list = cellsByGroup.get(cell.targetGroup);
    if (list === undefined) cellsByGroup.set(cell.targetGroup, [cell]);
    else list.push(cell);
  }
  const groups = model.byTargetGroup.filter((g) => g.goals > 0).sort((a, b) => compareDanish(a.group, b.group));

  const ordered: Draft[] = [];
  const relations: SuppressionRelation[] = [];
  const groupTotals: Draft[] = [];
  for (const group of groups) {
    const children = (cellsByGroup.get(group.group) ?? [])
      .slice()
      .sort((a, b) => compareDanish(a.method, b.method))
      .map(({ targetGroup, method, ...figures }) => draft(targetGroup, method, method, figures));
    const { group: name, ...figures } = group;
    const groupTotal = draft(name, ALL, name, figures);
    ordered.push(...children, groupTotal);
    groupTotals.push(groupTotal);
    relations.push({ label: `målgruppen ${name}`, total: groupTotal, children });
  }
  const { group: _all, ...offerFigures } = model.total;
  const offerTotal = draft(ALL, ALL, ALL, offerFigures);
  ordered.push(offerTotal);
  relations.push({ label: "hele tilbuddet", total: offerTotal, children: groupTotals });

  suppressPrimary(ordered, minCount);
  suppressSecondary(relations);

  return ordered.map((d) => toExportRow(d, model.year, settings));
}

function toExportRow(d: Draft, year: number, settings: Settings): ExportRow {
  const base = {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    region: settings.region,
    offerId: settings.offerId,
    year,
    targetGroup: d.targetGroup,
    method: d.method,
  };
  if (d.suppressed) {
    return {
      ...base,
      citizens: null,
      goals: null,
      achieved: null,
      partial: null,
      notAchieved: null,
      mean: null,
      citizenMean: null,
      gasT: null,
      gasCitizens: null,
      suppressed: 1,
      suppressionReason: d.reason,
    };
  }
  const f = d.figures;
  return {
    ...base,
    citizens: f.citizens,
    goals: f.goals,
    achieved: f.achieved,
    partial: f.partial,
    notAchieved: f.notAchieved,
    mean: f.mean,
    citizenMean: f.citizenMean,
    gasT: f.gasT,
    gasCitizens: f.gasCitizens,
    suppressed: 0,
  };
}
