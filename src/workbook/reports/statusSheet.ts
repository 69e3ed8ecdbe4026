/**
 * The sheet `Status ID`: one citizen's status for the status meeting with the municipality. A header
 * that says who it is about, the period, and that the report is confidential (names and free text:
 * for the offer and the citizen's municipality only, never part of an export); then for every goal
 * its facts, SMORTE marks, progress and GAS, every follow-up in the period, and a line chart of the
 * follow-ups' values over time.
 */
import { SMORTE_LETTERS, formatDay } from "../../domain";
import { statusSheetName } from "../../domain/status";
import type { CitizenStatus, StatusGoal } from "../../domain/status";
import type { Block, BlockCell, ChartSpec, SheetContent } from "../port";
import { formatDecimal, formatPercent } from "./danishText";
import { paragraph } from "./paragraph";

export interface StatusSheetOptions {
  /** The offer's name (`Tilbud`). */
  readonly offer: string;
  /** When the report was made, e.g. "15-01-2027 kl. 10:30". */
  readonly madeAt: string;
}

/** The confidentiality line at the top of every status report. */
export const STATUS_CONFIDENTIAL =
  "Fortroligt: rapporten indeholder borgerens navn og fritekst. Den er kun til tilbuddet og borgerens kommune " +
  "(statusmødet) og må aldrig indgå i en eksport eller sendes videre til regionen.";

const LETTER_WORDS = { ok: "opfyldt", warning: "bør ses efter", error: "mangler" } as const;

const periodText = (s: CitizenStatus): string =>
  s.from === null && s.to === null
    ? "Alle opfølgninger"
    : s.from === null
      ? `Til og med ${formatDay(s.to as number)}`
      : s.to === null
        ? `Fra ${formatDay(s.from)}`
        : `${formatDay(s.from)} – ${formatDay(s.to)}`;

const signedPoints = (change: number): string =>
  `${change >= 0 ? "+" : "−"}${formatPercent(Math.abs(change)).replace(" %", "")} procentpoint`;

/** "50,0 % → 100,0 % (+50,0 procentpoint)", "100,0 %" or "ingen vurdering i perioden". */
export function progressText(g: StatusGoal): string {
  if (g.latestValue === null) return "Ingen tællende opfølgning i perioden";
  if (g.change === null) return formatPercent(g.latestValue);
  return `${formatPercent(g.firstValue)} → ${formatPercent(g.latestValue)} (${signedPoints(g.change)})`;
}

/** "S: opfyldt, M: mangler, …" */
export const smorteText = (g: StatusGoal): string =>
  SMORTE_LETTERS.map((l) => `${l}: ${LETTER_WORDS[g.letters[l]]}`).join(", ");

const dateOr = (d: number | null): string => (d === null ? "ikke angivet" : formatDay(d));

const FOLLOW_UP_HEADERS = ["Dato", "Vurdering", "Måling", "Værdi", "GAS", "Note", "Udført af"];

function goalBlocks(g: StatusGoal, blocks: Block[], charts: ChartSpec[]): void {
  const title = g.parentId ? `Delmål ${g.goalId} (under ${g.parentId})` : `Indsatsmål ${g.goalId}`;
  blocks.push({ kind: "heading", text: `${title}: ${g.text}` });
  blocks.push({
    kind: "keyValues",
    rows: [
      ["Succeskriterium", g.successCriterion || "ikke angivet"],
      ["Måltype", g.goalType],
      ["Metode", g.method],
      ["Periode for målet", `${dateOr(g.startDate)} – ${dateOr(g.endDate)}`],
      ["Status", g.status],
      ["Ansvarlig", g.responsible || "ikke angivet"],
      ["SMORTE", g.smorteComplete ? `Komplet: ${smorteText(g)}` : smorteText(g)],
      ["Fremskridt i perioden", progressText(g)],
      ["Seneste GAS", g.latestGas === null ? "ingen" : g.latestGas],
    ],
    formats: ["text", "text", "text", "text", "text", "text", "text", "text", "integer"],
  });
  if (g.followUps.length === 0) {
    blocks.push({ kind: "text", text: "Ingen opfølgninger i perioden." }, { kind: "blank" });
    return;
  }
  const rows: BlockCell[][] = g.followUps.map((f) => [
    f.date,
    f.assessment || (f.value === null ? "" : f.category),
    f.measurement,
    f.value,
    f.gas,
    f.note,
    f.doneBy,
  ]);
  const dataBlock = blocks.length;
  blocks.push({
    kind: "table",
    headers: FOLLOW_UP_HEADERS,
    rows,
    formats: ["date", "text", "decimal", "percent", "integer", "text", "text"],
    wrap: true,
  });
  charts.push({
    kind: "line",
    title: `${g.goalId}: målopfyldelse over tid`,
    dataBlock,
    categoriesColumn: 0,
    series: [{ name: "Værdi", valuesColumn: 3 }],
    valueMin: 0,
    valueMax: 1,
    percentAxis: true,
  });
  blocks.push({ kind: "blank" });
}

/**
 * Build the `Status ID` sheet.
 * @example await port.writeSheet(statusSheet(citizenStatus(data, "B01")!, { offer: "Bostedet", madeAt: "15-01-2027 kl. 10:30" }));
 */
export function statusSheet(status: CitizenStatus, options: StatusSheetOptions): SheetContent {
  const blocks: Block[] = [
    { kind: "title", text: `Statusrapport: ${status.name || status.citizenId} (${status.citizenId})` },
    ...paragraph(STATUS_CONFIDENTIAL, 110),
    { kind: "blank" },
    {
      kind: "keyValues",
      rows: [
        ["Tilbud", options.offer || "ikke angivet"],
        ["Borger", status.name || "ikke angivet"],
        ["BorgerID", status.citizenId],
        ["Målgruppe", status.targetGroup || "ikke angivet"],
        ["Afdeling", status.department || "ikke angivet"],
        ["Kontaktperson", status.contactPerson || "ikke angivet"],
        ["Periode", periodText(status)],
        ["Udarbejdet", options.madeAt],
        ["Mål", status.goals.length],
        ["Opfølgninger i perioden", status.followUpCount],
        ["GAS T-score i perioden", status.gasT === null ? "ingen GAS-niveauer" : formatDecimal(status.gasT)],
      ],
      formats: ["text", "text", "text", "text", "text", "text", "text", "text", "integer", "integer", "text"],
    },
    { kind: "blank" },
    ...paragraph(
      "Værdi er opfølgningens målopfyldelse (0-100 %): skalaens værdi for vurderingen, eller fremskridtet fra " +
        "udgangspunkt mod målværdi for en måling. GAS: -2 til +2, hvor 0 er det forventede resultat.",
      110,
    ),
    { kind: "blank" },
  ];
  const charts: ChartSpec[] = [];
  if (status.goals.length === 0) blocks.push({ kind: "text", text: "Borgeren har ingen mål." });
  for (const g of status.goals) goalBlocks(g, blocks, charts);
  return {
    name: statusSheetName(status.citizenId),
    blocks,
    charts,
    widths: [24, 18, 9, 9, 6, 44, 16],
    print: { offer: options.offer, madeAt: options.madeAt },
  };
}
