import { consolidate, readExport } from "../../../src/domain/sector";
import { sectorSheet } from "../../../src/workbook/reports/sectorSheet";
import type { Block } from "../../../src/workbook/port";
import { WORKED_FILES } from "../../domain/sector/workedExample";

type TableBlock = Extract<Block, { kind: "table" }>;
const files = WORKED_FILES.map(([n, t]) => {
  const r = readExport(n, t);
  if (!r.ok) throw new Error(r.refusal.reason);
  return r.value;
});
const sheet = sectorSheet(consolidate(files, 2026), { madeAt: "02-12-2026 kl. 02:00" });
const table = (name: string): TableBlock =>
  sheet.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === name)!;

test("the header says the year, region, offers read, last year's files and unused files; a written sheet never has a refused file", () => {
  expect(sheet.name).toBe("Sektor 2026");
  const kv = sheet.blocks.find((b) => b.kind === "keyValues");
  expect(kv).toMatchObject({
    rows: [
      ["År", "2026"],
      ["Region", "Region Nordjylland"],
      ["Tilbud læst", 3],
      ["Filer fra 2025 (sidste år)", 1],
      ["Filer fra andre år (ikke brugt)", 0],
      ["Mindste antal borgere bag et tal", 5],
    ],
  });
  const text = sheet.blocks
    .filter((b) => b.kind === "text")
    .map((b) => (b as { text: string }).text)
    .join(" ");
  expect(text).toContain("en fil, der afvises, stopper sammenlægningen");
});

test("figures per target group, method and cross with coverage; a suppressed sector row shows no figure", () => {
  expect(table("Sektor_2026_Maalgrupper").rows[0].slice(0, 5)).toEqual([
    "Autisme",
    3,
    "ingen tilbud har skjulte tal her",
    130,
    130,
  ]);
  const lowArousal = table("Sektor_2026_Metoder").rows[1];
  expect(lowArousal[0]).toBe("Low Arousal");
  expect(lowArousal[2]).toBe("Skjult i sektoren (for få borgere); 1 af 3 tilbud har skjulte tal her");
  expect(lowArousal.slice(3, 11)).toEqual([null, null, null, null, null, null, null, null]);
});

test("the funnel table holds the offers by size with their limits and position, and a scatter chart draws it", () => {
  const funnel = table("Sektor_2026_Tragt1");
  expect(funnel.rows.map((r) => [r[0], r[1], r[8]])).toEqual([
    ["A", 10, "Inden for"],
    ["B", 60, "Under (uden for 99,8 %)"],
    ["C", 60, "Inden for"],
  ]);
  expect(sheet.charts).toHaveLength(1);
  expect(sheet.charts![0]).toMatchObject({ kind: "scatter", dataBlock: sheet.blocks.indexOf(funnel) });
  const text = sheet.blocks
    .filter((b) => b.kind === "text")
    .map((b) => (b as { text: string }).text)
    .join(" ");
  expect(text).toContain("Et tilbud uden for de yderste linjer afviger mere, end tilfældigheder kan forklare");
});
