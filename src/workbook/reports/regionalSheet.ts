/**
 * The sheet `Regional rapport Y`: the regional export rows exactly as the CSV and JSON files carry
 * them, a plain-Danish explanation of the suppression, and which rows are suppressed and why — without
 * any figure of a suppressed row.
 */
import { ALL, EXPORT_COLUMNS, regionalSheetName, regionalTableName } from "../../domain";
import type { ExportRow } from "../../domain";
import type { Block, BlockCell, CellFormat, SheetContent } from "../port";
import { paragraph } from "./paragraph";

export interface RegionalSheetOptions {
  readonly year: number;
  /** The suppression threshold used (`MindsteAntal`). */
  readonly minCount: number;
  /** For the printed footer: the offer's name and when the sheet was made. */
  readonly offer?: string;
  readonly madeAt?: string;
}

/** Danish meaning of each export column, for the sheet's explanation table. */
export const EXPORT_COLUMN_HELP: Readonly<Record<(typeof EXPORT_COLUMNS)[number], string>> = {
  schemaVersion: "Filformatets version.",
  region: "Regionen, der modtager indberetningen.",
  offerId: "Tilbuddets id.",
  year: "Året, tallene gælder.",
  targetGroup: "Målgruppe; (alle) = alle målgrupper.",
  method: "Metode; (alle) = alle metoder.",
  citizens: "Antal borgere med mindst ét resultat.",
  goals: "Antal mål med et resultat i året.",
  achieved: "Mål vurderet opnået.",
  partial: "Mål vurderet delvist opnået.",
  notAchieved: "Mål vurderet ikke opnået.",
  mean: "Gennemsnitlig målopfyldelse som brøk (0-1).",
  citizenMean: "Gennemsnit, hvor hver borger vejer lige meget (0-1).",
  gasT: "Gennemsnitlig GAS T-score (50 = forventet).",
  gasCitizens: "Antal borgere med en GAS T-score (vægten, når GAS T lægges sammen på tværs af tilbud).",
  suppressed: "1 = rækken er skjult (for få borgere); alle tal er da tomme.",
};

const FORMATS: Readonly<Record<(typeof EXPORT_COLUMNS)[number], CellFormat>> = {
  schemaVersion: "integer",
  region: "text",
  offerId: "text",
  year: "text",
  targetGroup: "text",
  method: "text",
  citizens: "integer",
  goals: "integer",
  achieved: "integer",
  partial: "integer",
  notAchieved: "integer",
  mean: "percent",
  citizenMean: "percent",
  gasT: "decimal",
  gasCitizens: "integer",
  suppressed: "integer",
};

const rowLabel = (r: ExportRow): string =>
  r.targetGroup === ALL && r.method === ALL
    ? "Hele tilbuddet"
    : r.method === ALL
      ? `${r.targetGroup}, alle metoder`
      : `${r.targetGroup}, ${r.method}`;

/**
 * Build the `Regional rapport Y` sheet from the export rows.
 * @example await port.writeSheet(regionalSheet(regionalExportRows(model, settings), { year: 2026, minCount: 5 }));
 */
export function regionalSheet(rows: readonly ExportRow[], options: RegionalSheetOptions): SheetContent {
  const { year, minCount } = options;
  const suppressed = rows.filter((r) => r.suppressed === 1);
  const cells: BlockCell[][] = rows.map((r) =>
    EXPORT_COLUMNS.map((c) => (c === "year" ? String(r.year) : (r[c] as BlockCell))),
  );
  const blocks: Block[] = [
    { kind: "title", text: `Regional rapport ${year}` },
    ...paragraph(
      `Samlede tal til regionens indberetning: pr. målgruppe og metode, en total pr. målgruppe og en for hele tilbuddet. ` +
        `Der er ingen navne, BorgerID, fritekst eller datoer – kun tal for hele året. ` +
        `Tabellen svarer præcist til CSV- og JSON-filen.`,
    ),
    { kind: "blank" },
    { kind: "heading", text: "Skjulte tal (diskretion)" },
    ...paragraph(
      `En række bygger på for få borgere, når der er færre end ${minCount} (indstillingen MindsteAntal). ` +
        `Så står målgruppe og metode der stadig, men alle tal er tomme, og suppressed er 1, så ingen borger kan genkendes. ` +
        `Er kun én række under en total skjult, skjules også den næstmindste række under samme total, ` +
        `så det skjulte tal ikke kan regnes ud ved at trække de andre fra totalen.`,
    ),
  ];
  if (suppressed.length === 0) {
    blocks.push({ kind: "text", text: "Ingen rækker er skjult i år." });
  } else {
    blocks.push({ kind: "text", text: `Skjulte rækker (${suppressed.length}):` });
    for (const r of suppressed) {
      const why =
        r.suppressionReason ?? `færre end ${minCount} borgere, eller skjult for at beskytte en anden skjult række`;
      blocks.push({ kind: "text", text: `• ${rowLabel(r)}: ${why}` });
    }
  }
  blocks.push(
    { kind: "blank" },
    { kind: "heading", text: `Indberetning ${year} (${rows.length} rækker, ${suppressed.length} skjult)` },
    {
      kind: "table",
      name: regionalTableName(year),
      headers: [...EXPORT_COLUMNS],
      rows: cells,
      formats: EXPORT_COLUMNS.map((c) => FORMATS[c]),
    },
    { kind: "blank" },
    { kind: "heading", text: "Kolonnerne" },
    {
      kind: "table",
      headers: ["Kolonne", "Betydning"],
      rows: EXPORT_COLUMNS.map((c) => [c, EXPORT_COLUMN_HELP[c]]),
      formats: ["text", "text"],
    },
  );
  return {
    name: regionalSheetName(year),
    blocks,
    widths: [14, 20, 12, 8, 26, 28, 9, 8, 9, 8, 11, 9, 12, 8, 11],
    print: { offer: options.offer ?? "", madeAt: options.madeAt ?? "" },
  };
}
