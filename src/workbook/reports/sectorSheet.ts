/**
 * The sheet `Sektor Y`: the sector's results from many offers' exports (docs/rules.md §9) — who was
 * read and what was refused, the figures per target group, per method and per target group × method
 * with their coverage and last year beside them, and per target group a funnel plot of the offers with
 * its table beside it and a plain-Danish reading guide. Only published figures reach the sheet.
 */
import { sectorSheetName, sectorTableName } from "../../domain";
import type { FunnelComparison, SectorFigures, SectorResult } from "../../domain/sector";
import type { Block, BlockCell, CellFormat, ChartSpec, SheetContent } from "../port";
import { FIGURE_FORMATS as EVALUATION_FIGURE_FORMATS } from "./figureTables";
import { paragraph } from "./paragraph";

export interface SectorSheetOptions {
  readonly madeAt?: string;
}

const FIGURE_HEADERS = [
  "Tilbud med tal",
  "Dækning",
  "Borgere",
  "Mål",
  "Opnået",
  "Delvist",
  "Ikke opnået",
  "Gennemsnit",
  "Borgergennemsnit",
  "GAS T",
  "Sidste år",
  "Ændring",
] as const;
/** Coverage columns, then the evaluation's own figure formats (the figures are the same kind). */
const FIGURE_FORMATS: readonly CellFormat[] = ["integer", "text", ...EVALUATION_FIGURE_FORMATS];

/** "3 af 12 tilbud har skjulte tal her", or that none has. */
export function coverageText(
  f: Pick<SectorFigures, "offers" | "suppressedOffers" | "suppressed">,
  offersRead: number,
): string {
  const hidden =
    f.suppressedOffers === 0
      ? "ingen tilbud har skjulte tal her"
      : `${f.suppressedOffers} af ${offersRead} tilbud har skjulte tal her`;
  return f.suppressed === 1 ? `Skjult i sektoren (for få borgere); ${hidden}` : hidden;
}

const figureCells = (f: Omit<SectorFigures, "group">, offersRead: number): BlockCell[] => [
  f.offers,
  coverageText(f, offersRead),
  f.citizens,
  f.goals,
  f.achieved,
  f.partial,
  f.notAchieved,
  f.mean,
  f.citizenMean,
  f.gasT,
  f.previousMean,
  f.change,
];

const FUNNEL_HEADERS = [
  "Tilbud",
  "Borgere",
  "Tilbuddets borgergennemsnit",
  "Sektoren",
  "Nedre 95 %",
  "Øvre 95 %",
  "Nedre 99,8 %",
  "Øvre 99,8 %",
  "Placering",
];

const READING_GUIDE =
  "Sådan læses tragten: hvert punkt er et tilbud – hvor mange borgere det har (vandret) og borgernes gennemsnitlige målopfyldelse (lodret). " +
  "Den midterste linje er sektorens gennemsnit. Linjerne omkring den viser, hvor langt et tilbud kan ligge fra gennemsnittet alene ved tilfældigheder: " +
  "de inderste (95 %) og de yderste (99,8 %). Jo færre borgere, jo bredere er tragten, for et lille tilbud kan få et højt eller lavt tal af ren tilfældighed. " +
  "Et tilbud uden for de yderste linjer afviger mere, end tilfældigheder kan forklare, og det er værd at se nærmere på, hvorfor – " +
  "et tilbud inden for linjerne er ikke bedre eller dårligere end de andre, heller ikke når dets tal er det højeste. " +
  "Linjerne er regnet, som om hver borgers resultat var enten opnået eller ikke opnået; det giver den størst mulige spredning, så linjerne er hellere for brede end for smalle.";

/**
 * Build the `Sektor Y` sheet.
 * @example await port.writeSheet(sectorSheet(consolidate(files, 2026), { madeAt: "02-12-2026 kl. 10:00" }));
 */
export function sectorSheet(result: SectorResult, options: SectorSheetOptions): SheetContent {
  const { year } = result;
  const read = result.offers.length;
  const blocks: Block[] = [
    { kind: "title", text: `Sektorens resultater ${year}` },
    {
      kind: "keyValues",
      rows: [
        ["År", String(year)],
        ["Region", result.region === "" ? "(ingen)" : result.region],
        ["Tilbud læst", read],
        [`Filer fra ${year - 1} (sidste år)`, result.previousFiles],
        ["Filer fra andre år (ikke brugt)", result.unusedFiles],
        ["Mindste antal borgere bag et tal", result.minCount],
      ],
      formats: ["text", "text", "integer", "integer", "integer", "integer"],
    },
    // No "files refused" count: a refused file stops the whole run, so a written sheet has none.
    ...paragraph(
      "Alle valgte filer er læst og godkendt: en fil, der afvises, stopper sammenlægningen, og intet bliver skrevet, før den er rettet eller fjernet.",
    ),
    ...paragraph(
      "Tallene er lagt sammen af tilbuddenes egne regionale eksporter og bruger kun de tal, tilbuddene har offentliggjort. " +
        `En række, et tilbud har skjult, bliver aldrig gættet eller regnet ud; en sektorrække med færre end ${result.minCount} borgere vises som skjult. ` +
        "Dækning siger, hvor mange tilbud der har skjulte tal i rækken.",
    ),
    { kind: "blank" },
    { kind: "heading", text: "Pr. målgruppe" },
  ];
  const table = (name: string, first: string[], rows: BlockCell[][]): Block => ({
    kind: "table",
    name: sectorTableName(year, name),
    headers: [...first, ...FIGURE_HEADERS],
    rows,
    formats: [...first.map(() => "text" as CellFormat), ...FIGURE_FORMATS],
  });
  blocks.push(
    table(
      "Maalgrupper",
      ["Målgruppe"],
      [...result.byTargetGroup, result.total].map((g) => [g.group, ...figureCells(g, read)]),
    ),
  );
  const headerBlock = blocks.length - 1;
  blocks.push({ kind: "blank" }, { kind: "heading", text: "Pr. metode" });
  blocks.push(
    table(
      "Metoder",
      ["Metode"],
      result.byMethod.map((g) => [g.group, ...figureCells(g, read)]),
    ),
  );
  blocks.push({ kind: "blank" }, { kind: "heading", text: "Pr. målgruppe og metode" });
  blocks.push(
    table(
      "Kryds",
      ["Målgruppe", "Metode"],
      result.targetGroupByMethod.map((c) => [c.targetGroup, c.method, ...figureCells(c, read)]),
    ),
  );
  blocks.push(
    { kind: "blank" },
    { kind: "heading", text: "Sammenligning af tilbuddene (tragtdiagram)" },
    ...paragraph(READING_GUIDE),
  );

  const charts: ChartSpec[] = [];
  result.comparison.forEach((c, i) => {
    blocks.push(
      { kind: "blank" },
      { kind: "heading", text: `${c.targetGroup}: sektorens gennemsnit ${percent(c.sector)}` },
    );
    blocks.push(funnelTable(c, sectorTableName(year, `Tragt${i + 1}`)));
    charts.push(funnelChart(c, blocks.length - 1));
  });
  return {
    name: sectorSheetName(year),
    blocks,
    charts,
    widths: [26, 18, 14, 14, 12, 12, 12, 12, 14, 10, 10, 10, 10, 10],
    print: { madeAt: options.madeAt, headerBlock },
  };
}

const percent = (x: number): string => `${(x * 100).toFixed(1).replace(".", ",")} %`;

const POSITION_TEXT = {
  over: "Over (uden for 99,8 %)",
  under: "Under (uden for 99,8 %)",
  "inden for": "Inden for",
} as const;

function funnelTable(c: FunnelComparison, name: string): Block {
  const offers = [...c.offers].sort((a, b) => a.citizens - b.citizens || a.offerId.localeCompare(b.offerId));
  return {
    kind: "table",
    name,
    headers: FUNNEL_HEADERS,
    rows: offers.map((o) => [
      o.offerId,
      o.citizens,
      o.citizenMean,
      c.sector,
      o.lower95,
      o.upper95,
      o.lower998,
      o.upper998,
      POSITION_TEXT[o.position],
    ]),
    formats: ["text", "integer", "percent", "percent", "percent", "percent", "percent", "percent", "text"],
  };
}

function funnelChart(c: FunnelComparison, dataBlock: number): ChartSpec {
  return {
    kind: "scatter",
    title: `Tragtdiagram: ${c.targetGroup}`,
    dataBlock,
    xAxisTitle: "Antal borgere",
    yAxisTitle: "Borgergennemsnit",
    valueMin: 0,
    valueMax: 1,
    percentAxis: true,
    series: [
      { name: "Tilbud", valuesColumn: 2, xColumn: 1 },
      { name: "Sektoren", valuesColumn: 3, xColumn: 1, line: true },
      { name: "Nedre 95 %", valuesColumn: 4, xColumn: 1, line: true },
      { name: "Øvre 95 %", valuesColumn: 5, xColumn: 1, line: true },
      { name: "Nedre 99,8 %", valuesColumn: 6, xColumn: 1, line: true },
      { name: "Øvre 99,8 %", valuesColumn: 7, xColumn: 1, line: true },
    ],
  };
}
