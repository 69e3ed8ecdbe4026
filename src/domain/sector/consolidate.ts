/**
 * Putting the offers' exports together (docs/rules.md §9). Only published rows are used; a suppressed
 * row is counted as coverage (`suppressedOffers`) and never estimated. A sector row with fewer citizens
 * than the threshold is shown as suppressed, its coverage kept.
 */
import { compareDanish } from "../rollup/collate";
import { ALL, MIN_SUPPRESSION } from "../schema";
import { funnelOffer } from "./funnel";
import type {
  FunnelComparison,
  OfferExport,
  Refusal,
  SectorCross,
  SectorFigures,
  SectorInputRow,
  SectorResult,
} from "./types";

interface Acc {
  offers: Set<string>;
  suppressedOffers: Set<string>;
  citizens: number;
  goals: number;
  achieved: number;
  partial: number;
  notAchieved: number;
  meanGoals: number;
  meanSum: number;
  cmCitizens: number;
  cmSum: number;
  gasCitizens: number;
  gasSum: number;
  prevGoals: number;
  prevSum: number;
  prevCitizens: number;
}

const newAcc = (): Acc => ({
  offers: new Set(),
  suppressedOffers: new Set(),
  citizens: 0,
  goals: 0,
  achieved: 0,
  partial: 0,
  notAchieved: 0,
  meanGoals: 0,
  meanSum: 0,
  cmCitizens: 0,
  cmSum: 0,
  gasCitizens: 0,
  gasSum: 0,
  prevGoals: 0,
  prevSum: 0,
  prevCitizens: 0,
});

function add(acc: Acc, offerId: string, r: SectorInputRow, current: boolean): void {
  if (!current) {
    if (!r.suppressed) acc.prevCitizens += r.citizens;
    if (!r.suppressed && r.mean !== null) {
      acc.prevGoals += r.goals;
      acc.prevSum += r.mean * r.goals;
    }
    return;
  }
  if (r.suppressed) {
    acc.suppressedOffers.add(offerId);
    return;
  }
  acc.offers.add(offerId);
  acc.citizens += r.citizens;
  acc.goals += r.goals;
  acc.achieved += r.achieved;
  acc.partial += r.partial;
  acc.notAchieved += r.notAchieved;
  if (r.mean !== null) {
    acc.meanGoals += r.goals;
    acc.meanSum += r.mean * r.goals;
  }
  if (r.citizenMean !== null) {
    acc.cmCitizens += r.citizens;
    acc.cmSum += r.citizenMean * r.citizens;
  }
  if (r.gasT !== null && r.gasCitizens !== null && r.gasCitizens > 0) {
    acc.gasCitizens += r.gasCitizens;
    acc.gasSum += r.gasT * r.gasCitizens;
  }
}

function figures(group: string, a: Acc, minCount: number): SectorFigures {
  const mean = a.meanGoals > 0 ? a.meanSum / a.meanGoals : null;
  // Last year's sector row is a sector figure too: below the threshold it is not shown.
  const previousMean = a.prevGoals > 0 && a.prevCitizens >= minCount ? a.prevSum / a.prevGoals : null;
  const coverage = { group, offers: a.offers.size, suppressedOffers: a.suppressedOffers.size };
  if (a.citizens < minCount) {
    return {
      ...coverage,
      citizens: null,
      goals: null,
      achieved: null,
      partial: null,
      notAchieved: null,
      mean: null,
      citizenMean: null,
      gasT: null,
      previousMean,
      change: null,
      suppressed: 1,
    };
  }
  return {
    ...coverage,
    citizens: a.citizens,
    goals: a.goals,
    achieved: a.achieved,
    partial: a.partial,
    notAchieved: a.notAchieved,
    mean,
    citizenMean: a.cmCitizens > 0 ? a.cmSum / a.cmCitizens : null,
    gasT: a.gasCitizens > 0 ? a.gasSum / a.gasCitizens : null,
    previousMean,
    change: mean !== null && previousMean !== null ? mean - previousMean : null,
    suppressed: 0,
  };
}

const groupBy = (map: Map<string, Acc>, key: string): Acc => {
  let acc = map.get(key);
  if (!acc) map.set(key, (acc = newAcc()));
  return acc;
};

/** Two files for one offer and year are refused (both named). */
export function duplicateRefusals(files: readonly OfferExport[]): Refusal[] {
  const seen = new Map<string, string>();
  const out: Refusal[] = [];
  for (const f of files) {
    const key = `${f.offerId}\u0000${f.year}`;
    const other = seen.get(key);
    if (other !== undefined) {
      out.push({
        file: f.file,
        row: null,
        reason: `${other} har allerede tilbuddet ${f.offerId} for ${f.year}: to filer for samme tilbud og år.`,
      });
    } else seen.set(key, f.file);
  }
  return out;
}

/**
 * The sector's figures for `year` from accepted files (call `duplicateRefusals` first).
 * @example consolidate(files, 2026, { minCount: 5 }).byTargetGroup
 */
export function consolidate(
  files: readonly OfferExport[],
  year: number,
  options: { readonly minCount?: number } = {},
): SectorResult {
  const minCount = Math.max(MIN_SUPPRESSION, Math.floor(options.minCount ?? 5));
  const current = files.filter((f) => f.year === year);
  const previous = files.filter((f) => f.year === year - 1);
  const others = files.filter((f) => f.year !== year && f.year !== year - 1);
  const warnings = others.map(
    (f) => `${f.file} gælder ${f.year} og er ikke brugt (kun ${year} og ${year - 1} bruges).`,
  );
  const regions = [...new Set(current.map((f) => f.region))].sort(compareDanish);
  if (regions.length > 1) warnings.push(`Filerne er fra flere regioner: ${regions.join(", ")}.`);

  const byTG = new Map<string, Acc>();
  const byM = new Map<string, Acc>();
  const cross = new Map<string, Acc>();
  const total = newAcc();
  for (const [list, isCurrent] of [
    [current, true],
    [previous, false],
  ] as const) {
    for (const f of list) {
      for (const r of f.rows) {
        if (r.targetGroup === ALL && r.method === ALL) add(total, f.offerId, r, isCurrent);
        else if (r.method === ALL) add(groupBy(byTG, r.targetGroup), f.offerId, r, isCurrent);
        else if (r.targetGroup !== ALL) {
          add(groupBy(byM, r.method), f.offerId, r, isCurrent);
          add(groupBy(cross, `${r.targetGroup}\u0000${r.method}`), f.offerId, r, isCurrent);
        }
      }
    }
  }
  const sorted = (m: Map<string, Acc>) => [...m.keys()].sort(compareDanish);
  const targetGroupByMethod: SectorCross[] = [...cross.keys()]
    .map((k) => k.split("\u0000") as [string, string])
    .sort((a, b) => compareDanish(a[0], b[0]) || compareDanish(a[1], b[1]))
    .map(([targetGroup, method]) => {
      const { group: _g, ...rest } = figures(method, cross.get(`${targetGroup}\u0000${method}`)!, minCount);
      return { targetGroup, method, ...rest };
    });

  return {
    schemaVersion: 1,
    year,
    region: regions.join(", "),
    minCount,
    offers: [...current]
      .sort((a, b) => compareDanish(a.offerId, b.offerId))
      .map((f) => ({
        offerId: f.offerId,
        file: f.file,
        schemaVersion: f.schemaVersion,
        rows: f.rows.length,
        suppressedRows: f.rows.filter((r) => r.suppressed).length,
      })),
    previousFiles: previous.length,
    unusedFiles: others.length,
    byTargetGroup: sorted(byTG).map((g) => figures(g, byTG.get(g)!, minCount)),
    byMethod: sorted(byM).map((g) => figures(g, byM.get(g)!, minCount)),
    targetGroupByMethod,
    total: figures(ALL, total, minCount),
    comparison: comparison(current),
    warnings,
  };
}

/** Per target group, the offers' published (G, "(alle)") rows against the sector value. */
function comparison(current: readonly OfferExport[]): FunnelComparison[] {
  const byGroup = new Map<string, { offerId: string; citizens: number; citizenMean: number }[]>();
  for (const f of current) {
    for (const r of f.rows) {
      if (r.suppressed || r.method !== ALL || r.targetGroup === ALL || r.citizenMean === null || r.citizens <= 0)
        continue;
      const list = byGroup.get(r.targetGroup) ?? [];
      list.push({ offerId: f.offerId, citizens: r.citizens, citizenMean: r.citizenMean });
      byGroup.set(r.targetGroup, list);
    }
  }
  return [...byGroup.keys()].sort(compareDanish).map((targetGroup) => {
    const list = byGroup.get(targetGroup)!;
    let n = 0;
    let s = 0;
    for (const o of list) {
      n += o.citizens;
      s += o.citizenMean * o.citizens;
    }
    const p = s / n;
    return {
      targetGroup,
      sector: p,
      offers: list
        .slice()
        .sort((a, b) => compareDanish(a.offerId, b.offerId))
        .map((o) => funnelOffer(o.offerId, o.citizens, o.citizenMean, p)),
    };
  });
}
