/**
 * A workbook at the size offers reach after years: 120 citizens, a goal per 27 follow-ups, and `n`
 * follow-ups with notes of `noteChars` characters, every contract table present. Shared by the
 * bounded-read tests and `npm run bench -- office`.
 */
import { TABLE_SPECS } from "../../src/domain/schema";

export type BigSeed = Record<string, { headers: string[]; rows: Array<Array<string | number>> }>;

const NOTE = "Borgeren deltog i aftensmaden og hjalp med at dække bord. ".repeat(40);

/** Follow-ups O000001…, dated over 2024-2025 (serials 45300-45999), 300-character notes by default. */
export function bigSeed(n: number, noteChars = 300): BigSeed {
  const seed: BigSeed = {};
  for (const spec of TABLE_SPECS) seed[spec.table] = { headers: spec.columns.map((c) => c.name), rows: [] };
  const goals = Math.max(1, Math.round(n / 27));
  seed.Borgere.rows = Array.from({ length: 120 }, (_, i) => [
    `B${i + 1}`,
    "",
    "Autismespektrum",
    "Hus A",
    45000,
    "",
    "",
  ]);
  seed.Maal.rows = Array.from({ length: goals }, (_, i) => {
    const row: Array<string | number> = seed.Maal.headers.map(() => "");
    row[0] = `M${i + 1}`;
    row[1] = `B${(i % 120) + 1}`;
    row[4] = "Gå en tur hver dag i 20 minutter";
    row[8] = 45200;
    return row;
  });
  const note = NOTE.slice(0, noteChars).padEnd(noteChars, "x");
  seed.Opfoelgning.rows = Array.from({ length: n }, (_, i) => [
    `O${String(i + 1).padStart(6, "0")}`,
    `M${(i % goals) + 1}`,
    45300 + (i % 700),
    "Delvist opnået",
    "",
    i % 5 === 0 ? 1 : 0,
    note,
    "Lise",
  ]);
  return seed;
}
