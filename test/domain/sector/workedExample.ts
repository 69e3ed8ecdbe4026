/**
 * The sector's worked example, figured out by hand (docs/rules.md §9): three small offers in one
 * target group, Autisme, for 2026, and offer A's file of 2025 for last year's mean.
 *
 * - A (version 2, JSON): 10 citizens, citizen mean 0.9, GAS T 55 over 4 citizens.
 * - B (version 2, CSV): 60 citizens, citizen mean 0.3, GAS T 45 over 6 citizens.
 * - C (version 1, CSV): 60 citizens under Autisme (55 under KRAP), citizen mean 0.7, GAS T 50 (no
 *   gasCitizens in version 1, so it cannot be weighted and is not used); its Low Arousal row is suppressed.
 *
 * By hand: Autisme has 130 citizens and goals; achieved 8 + 12 + 33 = 53, partial 2 + 12 + 16 = 30,
 * not achieved 0 + 36 + 11 = 47; mean = citizen mean = (0.9·10 + 0.3·60 + 0.7·60) / 130 = 69/130
 * = 0.530769…; GAS T = (55·4 + 45·6) / 10 = 49. KRAP: 125 citizens, 50 / 29 / 46, mean
 * (9 + 18 + 38.5) / 125 = 0.524. Low Arousal: no published row, one offer suppressed: suppressed.
 *
 * Funnel, p = 69/130, p(1−p) = 0.249053…: for n = 60, 3.09·√(p(1−p)/60) = 0.199081…, so the 99.8 %
 * limits are 0.331689… and 0.729850…: B (0.3) is under, C (0.7) inside. For n = 10 the half-width is
 * 0.487646…: 0.043123… to 1 (clipped), so A (0.9), the most extreme mean, is inside — a small offer is
 * not called best by chance.
 */
const H =
  "schemaVersion,region,offerId,year,targetGroup,method,citizens,goals,achieved,partial,notAchieved,mean,citizenMean,gasT";

const json = (offerId: string, year: number, rows: (string | number | null)[][]): string =>
  JSON.stringify({
    schemaVersion: 2,
    rows: rows.map(([tg, m, c, g, a, p, n, mean, cm, gasT, gasC, s]) => ({
      schemaVersion: 2,
      region: "Region Nordjylland",
      offerId,
      year,
      targetGroup: tg,
      method: m,
      citizens: c,
      goals: g,
      achieved: a,
      partial: p,
      notAchieved: n,
      mean,
      citizenMean: cm,
      gasT,
      gasCitizens: gasC,
      suppressed: s,
    })),
  });

export const FILE_A = json("A", 2026, [
  ["Autisme", "KRAP", 10, 10, 8, 2, 0, 0.9, 0.9, 55, 4, 0],
  ["Autisme", "(alle)", 10, 10, 8, 2, 0, 0.9, 0.9, 55, 4, 0],
  ["(alle)", "(alle)", 10, 10, 8, 2, 0, 0.9, 0.9, 55, 4, 0],
]);

export const FILE_A_2025 = json("A", 2025, [
  ["Autisme", "KRAP", 10, 10, 2, 6, 2, 0.5, 0.5, null, 0, 0],
  ["Autisme", "(alle)", 10, 10, 2, 6, 2, 0.5, 0.5, null, 0, 0],
  ["(alle)", "(alle)", 10, 10, 2, 6, 2, 0.5, 0.5, null, 0, 0],
]);

export const FILE_B =
  "\uFEFF" +
  [
    `${H},gasCitizens,suppressed`,
    "2,Region Nordjylland,B,2026,Autisme,KRAP,60,60,12,12,36,0.3,0.3,45,6,0",
    "2,Region Nordjylland,B,2026,Autisme,(alle),60,60,12,12,36,0.3,0.3,45,6,0",
    "2,Region Nordjylland,B,2026,(alle),(alle),60,60,12,12,36,0.3,0.3,45,6,0",
  ].join("\r\n") +
  "\r\n";

export const FILE_C =
  "\uFEFF" +
  [
    `${H},suppressed`,
    "1,Region Nordjylland,C,2026,Autisme,KRAP,55,55,30,15,10,0.7,0.7,50,0",
    "1,Region Nordjylland,C,2026,Autisme,Low Arousal,,,,,,,,,1",
    "1,Region Nordjylland,C,2026,Autisme,(alle),60,60,33,16,11,0.7,0.7,50,0",
    "1,Region Nordjylland,C,2026,(alle),(alle),60,60,33,16,11,0.7,0.7,50,0",
  ].join("\r\n") +
  "\r\n";

export const WORKED_FILES: ReadonlyArray<readonly [string, string]> = [
  ["a-2026.json", FILE_A],
  ["a-2025.json", FILE_A_2025],
  ["b-2026.csv", FILE_B],
  ["c-2026.csv", FILE_C],
];
