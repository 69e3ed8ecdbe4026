/** The sector's results (docs/rules.md §9): many offers' regional exports put together. */

/** One published or suppressed row of an offer's export, as read and checked. */
export interface SectorInputRow {
  readonly targetGroup: string;
  readonly method: string;
  readonly suppressed: boolean;
  readonly citizens: number;
  readonly goals: number;
  readonly achieved: number;
  readonly partial: number;
  readonly notAchieved: number;
  readonly mean: number | null;
  readonly citizenMean: number | null;
  readonly gasT: number | null;
  /** Version 2 only; null in a version-1 file (its GAS T cannot be weighted, so it is not used). */
  readonly gasCitizens: number | null;
}

/** One offer's export file, read and accepted. */
export interface OfferExport {
  readonly file: string;
  readonly schemaVersion: 1 | 2;
  readonly region: string;
  readonly offerId: string;
  readonly year: number;
  readonly rows: readonly SectorInputRow[];
}

/** A file refused, with the row (as the file counts it: 1 = the first data row) and a Danish reason. */
export interface Refusal {
  readonly file: string;
  readonly row: number | null;
  readonly reason: string;
}

export interface SectorFigures {
  readonly group: string;
  readonly offers: number;
  readonly suppressedOffers: number;
  readonly citizens: number | null;
  readonly goals: number | null;
  readonly achieved: number | null;
  readonly partial: number | null;
  readonly notAchieved: number | null;
  readonly mean: number | null;
  readonly citizenMean: number | null;
  readonly gasT: number | null;
  readonly previousMean: number | null;
  readonly change: number | null;
  readonly suppressed: 0 | 1;
}

export interface SectorCross extends Omit<SectorFigures, "group"> {
  readonly targetGroup: string;
  readonly method: string;
}

export type FunnelPosition = "over" | "under" | "inden for";

export interface FunnelOffer {
  readonly offerId: string;
  readonly citizens: number;
  readonly citizenMean: number;
  readonly lower95: number;
  readonly upper95: number;
  readonly lower998: number;
  readonly upper998: number;
  readonly position: FunnelPosition;
}

export interface FunnelComparison {
  readonly targetGroup: string;
  /** The sector value p: the citizen-weighted mean over the offers' published rows. */
  readonly sector: number;
  readonly offers: readonly FunnelOffer[];
}

export interface SectorResult {
  readonly schemaVersion: 1;
  readonly year: number;
  readonly region: string;
  readonly minCount: number;
  readonly offers: ReadonlyArray<{
    readonly offerId: string;
    readonly file: string;
    readonly schemaVersion: 1 | 2;
    readonly rows: number;
    readonly suppressedRows: number;
  }>;
  /** Files of the year before, used for last year's mean. */
  readonly previousFiles: number;
  /** Files of other years: named in `warnings`, not used. */
  readonly unusedFiles: number;
  readonly byTargetGroup: readonly SectorFigures[];
  readonly byMethod: readonly SectorFigures[];
  readonly targetGroupByMethod: readonly SectorCross[];
  readonly total: SectorFigures;
  readonly comparison: readonly FunnelComparison[];
  /** Danish warnings: files of other years (named, not used), mixed regions. */
  readonly warnings: readonly string[];
}
