/**
 * Generated offers' regional exports for the sector tests (recomputation, LibreOffice, the browser):
 * seeded, so every run writes the same files. Each offer has some of four target groups and three
 * methods with whole counts that add up, goal- and citizen-weighted totals, GAS T on part of the
 * citizens, rows under 5 citizens suppressed (and the next smallest under the same total when only
 * one is, as the export does), and files of the year before for some offers. Every fourth offer is
 * written as a version-1 CSV (no gasCitizens); the others alternate version-2 CSV and JSON through the
 * export's own writers.
 */
import { exportToCsv, exportToJson } from "../../src/domain/export/serialise";
import { EXPORT_COLUMNS } from "../../src/domain/schema";
import type { ExportRow } from "../../src/domain/types";
import { seededRandom } from "../../src/workbook/demo/prng";

export const GEN_GROUPS = ["Autisme", "Udviklingshæmning", "Sindslidelse", "Ældre"] as const;
export const GEN_METHODS = ["KRAP", "Low Arousal", "TEACCH"] as const;
const MIN = 5;

type Figures = Omit<ExportRow, "schemaVersion" | "region" | "offerId" | "year" | "targetGroup" | "method">;

const hidden: Figures = {
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
};

interface Cell {
  targetGroup: string;
  method: string;
  citizens: number;
  goals: number;
  achieved: number;
  partial: number;
  notAchieved: number;
  citizenMeanSum: number;
  gasSum: number;
  gasCitizens: number;
}

const figuresOf = (c: Cell): Figures => ({
  citizens: c.citizens,
  goals: c.goals,
  achieved: c.achieved,
  partial: c.partial,
  notAchieved: c.notAchieved,
  mean: (c.achieved + 0.5 * c.partial) / c.goals,
  citizenMean: c.citizenMeanSum / c.citizens,
  gasT: c.gasCitizens > 0 ? c.gasSum / c.gasCitizens : null,
  gasCitizens: c.gasCitizens,
  suppressed: 0,
});

const sumOf = (targetGroup: string, method: string, cells: readonly Cell[]): Cell => ({
  targetGroup,
  method,
  citizens: cells.reduce((s, c) => s + c.citizens, 0),
  goals: cells.reduce((s, c) => s + c.goals, 0),
  achieved: cells.reduce((s, c) => s + c.achieved, 0),
  partial: cells.reduce((s, c) => s + c.partial, 0),
  notAchieved: cells.reduce((s, c) => s + c.notAchieved, 0),
  citizenMeanSum: cells.reduce((s, c) => s + c.citizenMeanSum, 0),
  gasSum: cells.reduce((s, c) => s + c.gasSum, 0),
  gasCitizens: cells.reduce((s, c) => s + c.gasCitizens, 0),
});

/** The rows of one offer's export for `year`. */
export function generatedRows(offerId: string, year: number, seed: number, version: 1 | 2 = 2): ExportRow[] {
  const r = seededRandom(seed);
  const level = 0.2 + 0.6 * r.next();
  const base = { schemaVersion: version, region: "Region Nordjylland", offerId, year };
  const rows: ExportRow[] = [];
  const all: Cell[] = [];
  const groups = GEN_GROUPS.filter((_, i) => i === 0 || r.chance(0.6));
  for (const targetGroup of groups) {
    const cells: Cell[] = GEN_METHODS.filter((_, i) => i === 0 || r.chance(0.7)).map((method) => {
      const citizens = r.int(2, 30);
      const goals = citizens + r.int(0, citizens);
      const achieved = Math.min(goals, Math.round(goals * level * (0.6 + 0.8 * r.next())));
      const partial = r.int(0, goals - achieved);
      const cm = Math.min(1, Math.max(0, level + r.normal(0.1)));
      const gasCitizens = r.int(0, citizens);
      return {
        targetGroup,
        method,
        citizens,
        goals,
        achieved,
        partial,
        notAchieved: goals - achieved - partial,
        citizenMeanSum: cm * citizens,
        gasSum: gasCitizens * (40 + 20 * r.next()),
        gasCitizens,
      };
    });
    const small = new Set(cells.filter((c) => c.citizens < MIN));
    if (small.size === 1 && cells.length > 1) {
      const next = cells.filter((c) => !small.has(c)).sort((a, b) => a.citizens - b.citizens)[0];
      small.add(next);
    }
    for (const c of cells)
      rows.push({ ...base, targetGroup, method: c.method, ...(small.has(c) ? hidden : figuresOf(c)) });
    const total = sumOf(targetGroup, "(alle)", cells);
    rows.push({ ...base, targetGroup, method: "(alle)", ...figuresOf(total) });
    all.push(...cells);
  }
  rows.push({ ...base, targetGroup: "(alle)", method: "(alle)", ...figuresOf(sumOf("(alle)", "(alle)", all)) });
  return version === 1 ? rows.map((row) => ({ ...row, gasCitizens: null })) : rows;
}

/** A version-1 CSV: the columns before schemaVersion 2 added gasCitizens. */
function versionOneCsv(rows: readonly ExportRow[]): string {
  const columns = EXPORT_COLUMNS.filter((c) => c !== "gasCitizens");
  const v2 = exportToCsv(rows)
    .replace(/^\uFEFF/, "")
    .split("\r\n");
  const at = EXPORT_COLUMNS.indexOf("gasCitizens");
  const lines = v2
    .filter((l) => l !== "")
    .map((l) =>
      l
        .split(",")
        .filter((_, i) => i !== at)
        .join(","),
    );
  lines[0] = columns.join(",");
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/**
 * `count` offers' files for `year` (and for `year - 1` for every third offer), as [file name, text].
 * @example generatedExportFiles(3, 2026).map(([n]) => n) // ["tilbud-01-2026.csv", …]
 */
export function generatedExportFiles(count: number, year: number, seed = 14): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  for (let i = 1; i <= count; i++) {
    const offerId = `T-${String(i).padStart(2, "0")}`;
    const name = `tilbud-${String(i).padStart(2, "0")}`;
    const years = i % 3 === 0 ? [year, year - 1] : [year];
    for (const y of years) {
      const s = seed * 1000 + i * 10 + (year - y);
      if (i % 4 === 0) files.push([`${name}-${y}.csv`, versionOneCsv(generatedRows(offerId, y, s, 1))]);
      else if (i % 2 === 0) files.push([`${name}-${y}.json`, exportToJson(generatedRows(offerId, y, s))]);
      else files.push([`${name}-${y}.csv`, exportToCsv(generatedRows(offerId, y, s))]);
    }
  }
  return files;
}
