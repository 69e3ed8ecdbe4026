/**
 * The sheet `Status ID`: the header says who and what period it is about and that it is confidential
 * (for the offer and the citizen's municipality only, never part of an export); each goal shows its
 * facts, SMORTE marks, progress and GAS, its follow-ups in the period and a line chart of them.
 */
import { citizenStatus } from "../../../src/domain/status";
import { layoutSheet } from "../../../src/workbook/layout/blocks";
import { STATUS_CONFIDENTIAL, statusSheet } from "../../../src/workbook/reports/statusSheet";
import type { Block } from "../../../src/workbook/port";
import { workedExampleData } from "../../support/workedExampleData";

const data = workedExampleData();
const sheet = statusSheet(citizenStatus(data, "B01")!, { offer: "Fjorden", madeAt: "15-01-2027 kl. 10:30" });
const texts = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) =>
    b.kind === "keyValues" ? b.rows.map(([k, v]) => `${k}: ${String(v)}`) : "text" in b ? [b.text] : [],
  );

describe("the status report sheet", () => {
  test("is called Status and the BorgerID, and its header says it is confidential and never part of an export", () => {
    expect(sheet.name).toBe("Status B01");
    const header = texts(sheet.blocks.slice(0, 6)).join(" ");
    expect(header).toContain("Fortroligt");
    expect(STATUS_CONFIDENTIAL).toContain("kun til tilbuddet og borgerens kommune");
    expect(STATUS_CONFIDENTIAL).toContain("aldrig indgå i en eksport");
    expect(texts(sheet.blocks)).toEqual(
      expect.arrayContaining([
        "Tilbud: Fjorden",
        "BorgerID: B01",
        "Periode: Alle opfølgninger",
        "Opfølgninger i perioden: 3",
      ]),
    );
  });

  test("each goal shows method, SMORTE marks, progress and latest GAS", () => {
    const all = texts(sheet.blocks);
    expect(all.some((t) => t.startsWith("Indsatsmål M01"))).toBe(true);
    expect(all.some((t) => t.startsWith("Delmål M02 (under M01)"))).toBe(true);
    expect(all).toContain("Metode: Low Arousal");
    expect(all).toContain("Fremskridt i perioden: 50,0 % → 100,0 % (+50,0 procentpoint)");
    expect(all).toContain("Seneste GAS: 1");
    expect(all.find((t) => t.startsWith("SMORTE:"))).toMatch(/S: (opfyldt|mangler|bør ses efter), M: /);
  });

  test("a line chart per goal over its follow-ups' dates and values, 0-100 %", () => {
    expect(sheet.charts?.map((c) => [c.kind, c.title])).toEqual([
      ["line", "M01: målopfyldelse over tid"],
      ["line", "M02: målopfyldelse over tid"],
    ]);
    const grid = layoutSheet(sheet);
    expect(grid.charts).toHaveLength(2);
    expect(grid.charts![0].series[0].categoryValues).toEqual([46082, 46266]);
    expect(grid.charts![0].series[0].numbers).toEqual([0.5, 1]);
    expect(grid.print?.footer).toEqual({ offer: "Fjorden", sheet: "Status B01", madeAt: "15-01-2027 kl. 10:30" });
  });

  test("a goal without follow-ups in the period says so and gets no chart", () => {
    const none = statusSheet(citizenStatus(data, "B01", { from: 47000 })!, { offer: "", madeAt: "" });
    expect(texts(none.blocks).filter((t) => t === "Ingen opfølgninger i perioden.")).toHaveLength(2);
    expect(layoutSheet(none).charts).toEqual([]);
  });
});
