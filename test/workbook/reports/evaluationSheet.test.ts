import { ACTION_PLAN_COLUMNS, ACTION_PLAN_STATUSES } from "../../../src/domain/schema";
import type { RawTable } from "../../../src/domain/types";
import { evaluationSheet } from "../../../src/workbook/reports/evaluationSheet";
import { allTexts, keyValues, rowOf, tableAfter, type TableBlock } from "./blockHelpers";
import { GAS_B01, GAS_LOW_AROUSAL, leftOutRows, workedExampleModel as model } from "./workedExampleModel";

const sheet = evaluationSheet(model, { madeAt: "15-01-2027 kl. 10:30" });

describe("Årsevaluering: header", () => {
  test("the sheet is named for the year", () => {
    expect(sheet.name).toBe("Årsevaluering 2026");
  });

  test("the header says the offer, the year, when it was made and what the figures rest on", () => {
    const kv = keyValues(sheet);
    expect(kv).toMatchObject({
      Tilbud: "Bostedet Eksempel",
      TilbudsID: "T-0001",
      Region: "Region Nordjylland",
      År: "2026",
      Udarbejdet: "15-01-2027 kl. 10:30",
      Borgere: 3,
      Mål: 5,
      Opfølgninger: 7,
      "Mål med resultat i 2026": 4,
      "Udeladte rækker": 0,
    });
  });

  test("with no left-out rows the header says that every row could be used", () => {
    expect(allTexts(sheet).some((t) => t.startsWith("Ingen rækker er udeladt"))).toBe(true);
  });

  test("a few left-out rows are listed one by one with sheet, row, column and reason", () => {
    const withErrors = { ...model, basis: { ...model.basis, leftOut: leftOutRows(3) } };
    const s = evaluationSheet(withErrors, { madeAt: "x" });
    expect(keyValues(s)["Udeladte rækker"]).toBe(3);
    const list = s.blocks.find((b): b is TableBlock => b.kind === "table" && b.headers[0] === "Ark");
    expect(list?.headers).toEqual(["Ark", "Række", "Kolonne", "Årsag"]);
    expect(list?.rows).toEqual([
      ["Opfølgning", 10, "Dato", "Datoen kan ikke læses. Skriv den som dd-mm-åååå."],
      ["Opfølgning", 11, "Dato", "Datoen kan ikke læses. Skriv den som dd-mm-åååå."],
      ["Opfølgning", 12, "Dato", "Datoen kan ikke læses. Skriv den som dd-mm-åååå."],
    ]);
  });

  test("many left-out rows are summarised per sheet and column and point to the full list on Grundlag", () => {
    const withErrors = { ...model, basis: { ...model.basis, leftOut: leftOutRows(40) } };
    const s = evaluationSheet(withErrors, { madeAt: "x" });
    const summary = s.blocks.find((b): b is TableBlock => b.kind === "table" && b.headers[0] === "Ark");
    expect(summary?.headers).toEqual(["Ark", "Kolonne", "Antal rækker", "Rækker", "Eksempel på årsag"]);
    expect(summary?.rows).toHaveLength(1);
    expect(summary?.rows[0].slice(0, 3)).toEqual(["Opfølgning", "Dato", 40]);
    expect(String(summary?.rows[0][3])).toMatch(/^10, 11, .* …$/);
    expect(allTexts(s).join(" ")).toMatch(/40 rækker indgår ikke .* Grundlag 2026\./);
  });
});

describe("Årsevaluering: results per method and per target group, this year beside last year", () => {
  const methods = tableAfter(sheet, "Resultater pr. metode");

  test("the method table has the figures' columns with a remark column last", () => {
    expect(methods.headers).toEqual([
      "Metode",
      "Borgere",
      "Mål",
      "Opnået",
      "Delvist",
      "Ikke opnået",
      "Gennemsnit",
      "Borgervægtet gennemsnit",
      "GAS T",
      "Sidste år",
      "Ændring",
      "Bemærkning",
    ]);
  });

  test("fractions are shown as percent, GAS T with decimals and the change with a sign", () => {
    const formatOf = (h: string): string | undefined => methods.formats?.[methods.headers.indexOf(h)];
    expect(formatOf("Gennemsnit")).toBe("percent");
    expect(formatOf("Borgervægtet gennemsnit")).toBe("percent");
    expect(formatOf("Sidste år")).toBe("percent");
    expect(formatOf("GAS T")).toBe("decimal");
    expect(formatOf("Ændring")).toBe("signedPercent");
    expect(formatOf("Borgere")).toBe("integer");
  });

  test("Low Arousal: 2 citizens, 3 goals, 1/1/1, mean 50 %, GAS T 47.99, no figure last year", () => {
    const la = rowOf(methods, "Low Arousal");
    expect(la).toMatchObject({
      Borgere: 2,
      Mål: 3,
      Opnået: 1,
      Delvist: 1,
      "Ikke opnået": 1,
      Gennemsnit: 0.5,
      "Borgervægtet gennemsnit": 0.5,
      "Sidste år": null,
      Ændring: null,
    });
    expect(la["GAS T"]).toBeCloseTo(GAS_LOW_AROUSAL, 9);
    expect(la["GAS T"]).toBeCloseTo(47.992, 3);
  });

  test("KRAP fell from 100 % to 50 %: its row marks both remarks, and they are written out in full below", () => {
    const krap = rowOf(methods, "KRAP");
    expect(krap).toMatchObject({
      Borgere: 1,
      Mål: 1,
      Delvist: 1,
      Gennemsnit: 0.5,
      "GAS T": null,
      "Sidste år": 1,
      Ændring: -0.5,
    });
    expect(krap.Bemærkning).toBe("For få data; Faldet");
    expect(rowOf(methods, "Low Arousal").Bemærkning).toBe("For få data");
    const texts = allTexts(sheet);
    expect(texts).toContain("• KRAP: For få data: 1 borger med resultat i 2026 (mindst 5).");
    expect(texts).toContain("• KRAP: Gennemsnittet faldt fra 100 % i 2025 til 50 % i 2026.");
  });

  test("the offer total closes the table as 'I alt'", () => {
    const last = methods.rows[methods.rows.length - 1];
    expect(last[0]).toBe("I alt");
    expect(rowOf(methods, "I alt")).toMatchObject({
      Borgere: 2,
      Mål: 4,
      Gennemsnit: 0.5,
      "Sidste år": 1,
      Ændring: -0.5,
    });
  });

  test("groups appear in the model's (Danish) order", () => {
    expect(methods.rows.map((r) => r[0])).toEqual(["KRAP", "Low Arousal", "I alt"]);
  });

  test("target groups: Udviklingshæmning fell from 100 % to 50 %, Autismespektrum has no last year", () => {
    const groups = tableAfter(sheet, "Resultater pr. målgruppe");
    expect(groups.headers[0]).toBe("Målgruppe");
    const uh = rowOf(groups, "Udviklingshæmning");
    expect(uh).toMatchObject({
      Borgere: 1,
      Mål: 2,
      Opnået: 1,
      "Ikke opnået": 1,
      Gennemsnit: 0.5,
      "Sidste år": 1,
      Ændring: -0.5,
    });
    expect(uh["GAS T"]).toBeCloseTo(GAS_B01, 9);
    expect(rowOf(groups, "Autismespektrum")).toMatchObject({
      Borgere: 1,
      Mål: 2,
      Delvist: 2,
      "GAS T": 50,
      "Sidste år": null,
    });
  });

  test("the target group × method table: a label row per target group, one indented row per method, last year's only too", () => {
    const cross = tableAfter(sheet, "Målgruppe og metode");
    expect(cross.headers.slice(0, 2)).toEqual(["Målgruppe / metode", "Borgere"]);
    expect(cross.rows.map((r) => r[0])).toEqual([
      "Autismespektrum",
      "   KRAP",
      "   Low Arousal",
      "Udviklingshæmning",
      "   KRAP",
      "   Low Arousal",
    ]);
    expect(cross.rows[0].slice(1).every((c) => c === null)).toBe(true);
    expect(cross.rows[4].slice(1)).toEqual([0, 0, 0, 0, 0, null, null, null, 1, null]);
    expect(cross.rows[5].slice(1, 3)).toEqual([1, 2]);
  });
});

describe("Årsevaluering: data quality", () => {
  const quality = tableAfter(sheet, "Datakvalitet");

  test("active goals, SMORTE-complete, overdue at 31 December, involved — as counts and shares of active goals", () => {
    expect(quality.headers).toEqual(["Datakvalitet", "Antal", "Andel af aktive mål"]);
    expect(rowOf(quality, "Aktive mål")).toMatchObject({ Antal: 5 });
    expect(rowOf(quality, "Aktive mål, SMORTE-komplette")).toMatchObject({
      Antal: 4,
      "Andel af aktive mål": 0.8,
    });
    expect(rowOf(quality, "Aktive mål, opfølgning forsinket 31-12-2026")).toMatchObject({
      Antal: 4,
      "Andel af aktive mål": 0.8,
    });
    expect(rowOf(quality, "Aktive mål, borgeren inddraget")).toMatchObject({
      Antal: 3,
      "Andel af aktive mål": 0.6,
    });
    expect(rowOf(quality, "Borgere med aktive mål uden resultat")).toMatchObject({ Antal: 1 });
    expect(quality.formats).toEqual(["text", "integer", "percent"]);
  });
});

describe("Årsevaluering: the chart of mean fulfilment per method, Y beside Y−1", () => {
  test("the chart points at a table of method, mean 2026 and mean 2025", () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts![0];
    expect(chart.kind).toBe("bar");
    expect(chart.percentAxis).toBe(true);
    const data = sheet.blocks[chart.dataBlock] as TableBlock;
    expect(data.kind).toBe("table");
    expect(data.headers).toEqual(["Metode", "Gennemsnit 2026", "Gennemsnit 2025"]);
    expect(data.rows).toEqual([
      ["KRAP", 0.5, 1],
      ["Low Arousal", 0.5, null],
    ]);
    expect(data.formats).toEqual(["text", "percent", "percent"]);
    expect(chart.title).toContain("2026");
    expect(chart.title).toContain("2025");
  });
});

describe("Årsevaluering: the action plan (trin 4)", () => {
  const planOf = (s: typeof sheet): TableBlock =>
    s.blocks.find((b): b is TableBlock => b.kind === "table" && b.name === "Handleplan_2026") as TableBlock;

  test("a first run gives an Excel table Handleplan_2026 with the trin-4 columns and the suggested rows", () => {
    const plan = planOf(sheet);
    expect(plan.headers).toEqual([...ACTION_PLAN_COLUMNS]);
    expect(plan.rows.map((r) => r[0])).toEqual(["Målopfyldelse med KRAP", "Målopfyldelse med Low Arousal"]);
    expect(plan.rows[0][6]).toBe("Ikke startet");
    expect(plan.lists?.Status).toEqual([...ACTION_PLAN_STATUSES]);
  });

  test("re-running keeps the leader's rows as typed and adds suggestions only for new focus areas", () => {
    const typed: RawTable = {
      headers: [...ACTION_PLAN_COLUMNS, "Budget"],
      rows: [
        {
          Fokusområde: "målopfyldelse med krap",
          Tiltag: "Temadag om KRAP for alle medarbejdere",
          "Mål for tiltaget": "Alle har deltaget",
          "Hvordan og hvornår": "Marts",
          "Ansvarlig for udførelse": "Afdelingsleder",
          "Ansvarlig for opfølgning": "Forstander",
          Status: "I gang",
          Budget: 12000,
        },
        {
          Fokusområde: "Dokumentation",
          Tiltag: "Opfølgning hver måned",
          "Mål for tiltaget": "",
          "Hvordan og hvornår": "",
          "Ansvarlig for udførelse": "",
          "Ansvarlig for opfølgning": "",
          Status: "Ikke startet",
          Budget: "",
        },
        // An empty row the table had (e.g. the row Excel keeps to type in) is not kept as a plan row.
        { Fokusområde: "", Tiltag: "", "Mål for tiltaget": "", Status: "", Budget: "" },
      ],
    };
    const rerun = evaluationSheet(model, { madeAt: "x", keptPlan: typed });
    const plan = planOf(rerun);
    expect(plan.headers).toEqual([...ACTION_PLAN_COLUMNS, "Budget"]);
    expect(plan.rows).toHaveLength(3);
    expect(plan.rows[0]).toEqual([
      "målopfyldelse med krap",
      "Temadag om KRAP for alle medarbejdere",
      "Alle har deltaget",
      "Marts",
      "Afdelingsleder",
      "Forstander",
      "I gang",
      12000,
    ]);
    expect(plan.rows[1][0]).toBe("Dokumentation");
    expect(plan.rows[2][0]).toBe("Målopfyldelse med Low Arousal");
    expect(plan.rows[2]).toHaveLength(8);
    expect(allTexts(rerun).some((t) => t.startsWith("Handleplanen er bevaret"))).toBe(true);
    expect(plan.wrap).toBe(true);
  });

  test("re-running twice gives the same plan (no suggestion is added again)", () => {
    const first = planOf(sheet);
    const asRead: RawTable = {
      headers: first.headers,
      rows: first.rows.map((r) => Object.fromEntries(first.headers.map((h, i) => [h, r[i] as string]))),
    };
    const second = planOf(evaluationSheet(model, { madeAt: "x", keptPlan: asRead }));
    expect(second.rows).toEqual(first.rows);
  });

  test("last year's plan is shown below so the loop closes", () => {
    const previous: RawTable = {
      rows: [
        {
          Fokusområde: "Inddragelse",
          Tiltag: "Borgeren skriver målet med",
          "Mål for tiltaget": "",
          "Hvordan og hvornår": "",
          "Ansvarlig for udførelse": "",
          "Ansvarlig for opfølgning": "",
          Status: "Gennemført",
        },
      ],
    };
    const s = evaluationSheet(model, { madeAt: "x", previousPlan: previous });
    const shown = tableAfter(s, "Sidste års handleplan");
    expect(shown.name).toBeUndefined();
    expect(shown.headers).toEqual([...ACTION_PLAN_COLUMNS]);
    expect(shown.rows).toEqual([["Inddragelse", "Borgeren skriver målet med", "", "", "", "", "Gennemført"]]);
  });

  test("without last year's evaluation the sheet says there is no plan to follow up on", () => {
    const texts = allTexts(sheet);
    expect(texts.some((t) => t.includes("ingen årsevaluering for 2025"))).toBe(true);
  });
});

describe("Årsevaluering: values, not live formulas", () => {
  test("no cell of the sheet is a formula", () => {
    for (const b of sheet.blocks) {
      if (b.kind !== "table") continue;
      for (const r of b.rows) for (const c of r) expect(typeof c === "object" && c !== null).toBe(false);
    }
  });
});

describe("Årsevaluering: reads well when printed", () => {
  test("no text line is longer than the printed width of the sheet", () => {
    const long = evaluationSheet(
      { ...model, basis: { ...model.basis, leftOut: leftOutRows(40) } },
      { madeAt: "15-01-2027 kl. 10:30" },
    );
    for (const b of long.blocks) if (b.kind === "text") expect(b.text.length).toBeLessThanOrEqual(125);
  });
});
