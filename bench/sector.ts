/**
 * The sector benchmark: all of Denmark's offers in one run. 2,000 generated export files (CSV and
 * JSON alternately, 20 rows each: 6 target groups × 3 methods, the group totals and the offer's row,
 * some rows suppressed) are written to a temporary folder and put together by the real command line
 * (`consolidate`), sheet and JSON included. Prints the time and the process's peak memory; asserts nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../src/cli/run";
import { exportToCsv, exportToJson } from "../src/domain/export/serialise";
import type { ExportRow } from "../src/domain/types";
import { seededRandom } from "../src/workbook/demo/prng";

const FILES = 2_000;
const GROUPS = ["Autisme", "Udviklingshæmning", "Sindslidelse", "Misbrug", "Hjerneskade", "Ældre"];
const METHODS = ["KRAP", "Low Arousal", "TEACCH"];

function offerRows(offer: number, rand: () => number): ExportRow[] {
  const base = { schemaVersion: 2, region: "Region Nordjylland", offerId: `T-${offer}`, year: 2026 } as const;
  const rows: ExportRow[] = [];
  const figures = (tg: string, m: string, citizens: number, suppressed: boolean): ExportRow => {
    if (suppressed)
      return {
        ...base,
        targetGroup: tg,
        method: m,
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
    const achieved = Math.floor(citizens * rand() * 0.6);
    const notAchieved = Math.floor((citizens - achieved) * rand() * 0.5);
    const mean = (achieved + 0.5 * (citizens - achieved - notAchieved)) / citizens;
    return {
      ...base,
      targetGroup: tg,
      method: m,
      citizens,
      goals: citizens,
      achieved,
      partial: citizens - achieved - notAchieved,
      notAchieved,
      mean,
      citizenMean: mean,
      gasT: 45 + 10 * rand(),
      gasCitizens: Math.floor(citizens / 2),
      suppressed: 0,
    };
  };
  let total = 0;
  for (const tg of GROUPS) {
    let sum = 0;
    for (const m of METHODS) {
      const n = 2 + Math.floor(rand() * 20);
      sum += n;
      rows.push(figures(tg, m, n, n < 5));
    }
    total += sum;
    rows.push(figures(tg, "(alle)", sum, false));
  }
  rows.push(figures("(alle)", "(alle)", total, false));
  return rows.slice(0, 20);
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "smorte-bench-sector-"));
  const folder = path.join(dir, "eksporter");
  mkdirSync(folder);
  const random = seededRandom(14);
  const rand = (): number => random.next();
  let rows = 0;
  for (let i = 0; i < FILES; i++) {
    const r = offerRows(i + 1, rand);
    rows += r.length;
    const name = `tilbud-${String(i + 1).padStart(4, "0")}`;
    if (i % 2 === 0) writeFileSync(path.join(folder, `${name}.csv`), exportToCsv(r));
    else writeFileSync(path.join(folder, `${name}.json`), exportToJson(r));
  }
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), now: () => new Date() };
  const start = performance.now();
  const code = await runCli(
    [
      "consolidate",
      folder,
      "--year",
      "2026",
      "--out",
      path.join(dir, "sektor.xlsx"),
      "--json",
      path.join(dir, "sektor.json"),
    ],
    io,
  );
  const elapsed = performance.now() - start;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`sector: consolidate ${FILES} export files (${rows} rows), exit ${code}`);
  console.log(`  time: ${(elapsed / 1000).toFixed(2)} s; process peak memory (max RSS): ${peakMb.toFixed(0)} MB`);
  rmSync(dir, { recursive: true, force: true });
}
