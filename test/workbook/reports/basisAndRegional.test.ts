import { EXPORT_COLUMNS } from "../../../src/domain/schema";
import { dayFromYmd } from "../../../src/domain/dates";
import type { ExportRow } from "../../../src/domain/types";
import { basisSheet } from "../../../src/workbook/reports/basisSheet";
import { regionalSheet } from "../../../src/workbook/reports/regionalSheet";
import { GRUNDLAG_HEADERS } from "../support/basisHeaders";
import { allTexts, tableAfter, type TableBlock } from "./blockHelpers";
import { leftOutRows, workedExampleModel as model } from "./workedExampleModel";

describe("Grundlag: every counted unit and every left-out row", () => {
  const sheet = basisSheet({ ...model, basis: { ...model.basis, leftOut: leftOutRows(40) } });

  test("the sheet is named Grundlag 2026 and its unit list is an Excel table", () => {
    expect(sheet.name).toBe("Grundlag 2026");
    const units = tableAfter(sheet, "Mål med resultat i 2026");
    expect(units.name).toBe("Grundlag_2026");
    expect(units.headers).toEqual(GRUNDLAG_HEADERS);
  });

  test("one row per unit: M02 counts for Low Arousal (inherited) with value 0 from O03 on 10-05-2026", () => {
    const units = tableAfter(sheet, "Mål med resultat i 2026");
    expect(units.rows).toHaveLength(4);
    const m02 = units.rows.find((r) => r[0] === "M02");
    expect(m02).toEqual([
      "M02",
      "B01",
      "Udviklingshæmning",
      "Hus Nord",
      "Low Arousal",
      0,
      "Ikke opnået",
      dayFromYmd(2026, 5, 10),
      "O03",
      -1,
      2,
    ]);
    const formatOf = (h: string): string | undefined => units.formats?.[units.headers.indexOf(h)];
    expect(formatOf("Dato")).toBe("date");
    expect(formatOf("Værdi")).toBe("percent");
  });

  test("every left-out row is listed, however many there are", () => {
    const left = tableAfter(sheet, "Udeladte rækker");
    expect(left.name).toBe("Udeladte_2026");
    expect(left.headers).toEqual(["Ark", "Række", "Kolonne", "Årsag"]);
    expect(left.rows).toHaveLength(40);
    expect(left.rows.map((r) => r[1])).toEqual(Array.from({ length: 40 }, (_, i) => 10 + i));
  });

  test("with nothing left out the sheet says so", () => {
    expect(allTexts(basisSheet(model))).toContain("Ingen rækker er udeladt.");
  });
});

const row = (targetGroup: string, method: string, f: Partial<ExportRow>): ExportRow => ({
  schemaVersion: 1,
  region: "Region Nordjylland",
  offerId: "T-0001",
  year: 2026,
  targetGroup,
  method,
  citizens: null,
  goals: null,
  achieved: null,
  partial: null,
  notAchieved: null,
  mean: null,
  citizenMean: null,
  gasT: null,
  gasCitizens: null,
  suppressed: 0,
  ...f,
});

describe("Regional rapport: the export rows and a plain explanation of what is hidden", () => {
  const autismFigures: Partial<ExportRow> = {
    citizens: 7,
    goals: 12,
    achieved: 4,
    partial: 5,
    notAchieved: 3,
    mean: 0.541,
    citizenMean: 0.52,
    gasT: 51.2,
    gasCitizens: 6,
  };
  const rows: ExportRow[] = [
    row("Autismespektrum", "KRAP", { suppressed: 1, suppressionReason: "Færre end 5 borgere." }),
    row("Autismespektrum", "Low Arousal", {
      suppressed: 1,
      suppressionReason: "Skjult, så den anden skjulte række ikke kan regnes ud.",
    }),
    row("Autismespektrum", "(alle)", autismFigures),
    // The whole offer is Autismespektrum alone, so the same figures.
    row("(alle)", "(alle)", autismFigures),
  ];
  const sheet = regionalSheet(rows, { year: 2026, minCount: 5 });

  test("the sheet holds the export columns in file order, one row per export row", () => {
    expect(sheet.name).toBe("Regional rapport 2026");
    const table = sheet.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === "Regional_2026");
    expect(table?.headers).toEqual([...EXPORT_COLUMNS]);
    expect(table?.rows).toHaveLength(4);
    expect(table?.rows[2]).toEqual([
      1,
      "Region Nordjylland",
      "T-0001",
      "2026",
      "Autismespektrum",
      "(alle)",
      7,
      12,
      4,
      5,
      3,
      0.541,
      0.52,
      51.2,
      6,
      0,
    ]);
  });

  test("a suppressed row keeps its group names, every figure is empty and suppressed is 1", () => {
    const table = sheet.blocks.find(
      (b): b is TableBlock => b.kind === "table" && b.name === "Regional_2026",
    ) as TableBlock;
    expect(table.rows[0].slice(4)).toEqual([
      "Autismespektrum",
      "KRAP",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      1,
    ]);
  });

  test("the explanation names the threshold and the second-row rule, and lists the hidden rows with why", () => {
    const texts = allTexts(sheet);
    expect(texts.some((t) => t.includes("færre end 5") && t.includes("MindsteAntal"))).toBe(true);
    expect(texts.some((t) => t.includes("næstmindste"))).toBe(true);
    expect(texts).toContain("• Autismespektrum, KRAP: Færre end 5 borgere.");
    expect(texts).toContain("• Autismespektrum, Low Arousal: Skjult, så den anden skjulte række ikke kan regnes ud.");
  });

  test("no names, BorgerID or dates appear on the sheet", () => {
    const texts = allTexts(sheet).join("\n");
    expect(texts).not.toMatch(/\bB\d{2,}\b/);
    expect(texts).not.toMatch(/\d{2}-\d{2}-\d{4}/);
  });

  test("with nothing hidden the sheet says so", () => {
    expect(allTexts(regionalSheet(rows.slice(2), { year: 2026, minCount: 5 }))).toContain(
      "Ingen rækker er skjult i år.",
    );
  });
});
