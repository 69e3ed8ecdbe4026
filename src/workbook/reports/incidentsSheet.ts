/**
 * The sheet `Hændelser Y` (or `Hændelser Y K1` …): the overgreb analysis as a leader and the
 * arbejdsmiljøgruppe print it (docs/rules.md, "Overgreb: the analysis"), built from the analysis model
 * as plain values.
 *
 * Top to bottom: what the figures rest on and the rows left out; the total; per direction, type,
 * direction × type, department and situation (this period beside the same period a year earlier);
 * per month (the data of the column chart: this period and the one before), weekday and time of day;
 * the handling figures; the citizens involved, then the per-citizen list (the offer's own sheet only:
 * it is never exported); the learning table, kept as the group wrote it when the analysis is run
 * again; and the learning table of the period before, so the loop closes.
 */
import { ACTION_PLAN_STATUSES, LEARNING_COLUMNS, incidentsSheetName, learningTableName } from "../../domain";
import { MONTH_NAMES, WEEKDAY_NAMES, periodMonths, periodText, previousPeriod } from "../../domain/incidents";
import type { RawTable } from "../../domain";
import type { GroupCompared, IncidentAnalysis, Period } from "../../domain/incidents";
import type { Block, BlockCell, CellFormat, ChartSpec, SheetContent } from "../port";
import { planFromTable } from "./actionPlan";
import { leftOutTable } from "./leftOut";
import { paragraph } from "./paragraph";

export interface IncidentsSheetOptions {
  /** When the analysis was made, e.g. "15-01-2027 kl. 10:30". */
  readonly madeAt: string;
  /** The offer's name (Indstillinger: Tilbud), for the title. */
  readonly offerName?: string;
  /** This period's learning table as read back from the existing sheet (kept on re-run). */
  readonly keptLearning?: RawTable | null;
  /** The learning table of the period before (`learningPeriod`), shown so the loop closes. */
  readonly previousLearning?: RawTable | null;
}

/** Column widths: group names in A, counts in B-D; the learning table's texts wrap in A-C. */
const WIDTHS = [34, 26, 16, 14, 18, 16, 16, 16];

const COMPARED_FORMATS: readonly CellFormat[] = ["text", "integer", "integer", "integer"];

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * The period whose learning table closes the loop: the quarter before (K1 → K4 of the year before),
 * or the year before.
 * @example learningPeriod({ year: 2026, quarter: 1 }) // { year: 2025, quarter: 4 }
 */
export function learningPeriod(period: Period): Period {
  if (period.quarter === null) return previousPeriod(period);
  return period.quarter === 1
    ? { year: period.year - 1, quarter: 4 }
    : { year: period.year, quarter: period.quarter - 1 };
}

/** The two column headers of this period and the one a year earlier. */
function periodHeaders(a: IncidentAnalysis): [string, string] {
  return [periodText(a.period), periodText(previousPeriod(a.period))];
}

function comparedTable(first: string, groups: readonly GroupCompared[], a: IncidentAnalysis): Block {
  const [now, before] = periodHeaders(a);
  return {
    kind: "table",
    headers: [first, now, before, "Ændring"],
    rows: groups.map((g): BlockCell[] => [g.group, g.count, g.previous, g.change]),
    formats: COMPARED_FORMATS,
  };
}

function basisBlocks(a: IncidentAnalysis, options: IncidentsSheetOptions): Block[] {
  const [now, before] = periodHeaders(a);
  const offer = (options.offerName ?? "").trim();
  const blocks: Block[] = [
    { kind: "title", text: `Episoder med vold og overgreb ${now}${offer ? ` – ${offer}` : ""}` },
    ...paragraph(
      `Analysen tæller episoderne i ${now} efter deres dato og stiller dem ved siden af ${before}. ` +
        "Den er arbejdsmiljøgruppens grundlag for at lære af episoderne: hvor, hvornår og i hvilke situationer de sker, " +
        "og om de er fulgt op. Tallene er værdier, ikke formler. Beskrivelser, læring og aftaler står kun i registret.",
    ),
    { kind: "blank" },
    { kind: "heading", text: "Hvad tallene bygger på" },
    {
      kind: "keyValues",
      rows: [
        ["Periode", now],
        ["Sammenlignet med", before],
        ["Udarbejdet", options.madeAt],
        ["Episoder i perioden", a.basis.incidents],
        ["Risikovurderinger i registret", a.basis.assessments],
        ["Udeladte rækker", a.basis.leftOut.length],
      ],
      formats: ["text", "text", "text", "integer", "integer", "integer"],
    },
  ];
  if (a.basis.leftOut.length === 0) {
    blocks.push({ kind: "text", text: "Ingen rækker er udeladt: alle rækker i registret kunne bruges." });
  } else {
    blocks.push(
      ...paragraph(
        "Disse rækker indgår ikke i nogen tal, fordi de har en fejl. Ret dem i registret, og kør analysen igen.",
      ),
      leftOutTable(a.basis.leftOut),
    );
  }
  return blocks;
}

function monthBlock(a: IncidentAnalysis): Block {
  const [now, before] = periodHeaders(a);
  return {
    kind: "table",
    headers: ["Måned", now, before],
    rows: periodMonths(a.period).map((m): BlockCell[] => [MONTH_NAMES[m], a.byMonth[m], a.byMonthPrevious[m]]),
    formats: ["text", "integer", "integer"],
  };
}

function handlingBlock(a: IncidentAnalysis): Block {
  const h = a.handling;
  const total = a.total.count;
  const rows: BlockCell[][] = [
    ["Episoder mod medarbejdere", h.towardsStaff, share(h.towardsStaff, total)],
    ["– heraf med debriefing", h.debriefed, share(h.debriefed, h.towardsStaff)],
    ["Episoder med fravær (1 dag eller mere)", h.withAbsence, share(h.withAbsence, total)],
    ["– heraf anmeldt som arbejdsskade", h.injuryReported, share(h.injuryReported, h.withAbsence)],
    ["Analyseret af arbejdsmiljøgruppen", h.analysed, share(h.analysed, total)],
    ["Medarbejder alene med borgeren", h.alone, share(h.alone, total)],
  ];
  return { kind: "table", headers: ["Håndtering", "Antal", "Andel"], rows, formats: ["text", "integer", "percent"] };
}

function citizenBlocks(a: IncidentAnalysis): Block[] {
  const rows = a.perCitizen.map((c): BlockCell[] => [
    c.citizenId,
    c.count,
    c.previous,
    c.latestEpisode,
    c.latestAssessment?.date ?? null,
    c.latestAssessment?.risk ?? null,
    c.latestAssessment?.nextDate ?? null,
    c.withoutRiskAssessment ? "Ja" : "Nej",
  ]);
  return [
    { kind: "heading", text: "Borgere" },
    {
      kind: "keyValues",
      rows: [
        ["Borgere med episoder", a.citizens.involved],
        ["– heraf uden risikovurdering det seneste år", a.citizens.withoutRiskAssessment],
      ],
      formats: ["integer", "integer"],
    },
    { kind: "blank" },
    { kind: "heading", text: "Borgere med episoder (kun til tilbuddets eget brug)" },
    ...paragraph(
      "Listen er til tilbuddets eget arbejde med risikovurderinger og forebyggelse. Den må ikke sendes videre. " +
        '"Uden risikovurdering" betyder ingen vurdering i de 365 dage til og med borgerens seneste episode i perioden.',
    ),
    {
      kind: "table",
      headers: [
        "BorgerID",
        `Episoder ${periodText(a.period)}`,
        `Episoder ${periodText(previousPeriod(a.period))}`,
        "Seneste episode",
        "Seneste risikovurdering",
        "Risiko",
        "Næste vurdering",
        "Uden risikovurdering",
      ],
      rows,
      formats: ["text", "integer", "integer", "date", "date", "text", "date", "text"],
    },
  ];
}

function learningBlocks(a: IncidentAnalysis, options: IncidentsSheetOptions): Block[] {
  const kept = planFromTable(options.keptLearning, LEARNING_COLUMNS);
  const earlier = learningPeriod(a.period);
  const blocks: Block[] = [
    { kind: "heading", text: `Læring og tiltag ${periodText(a.period)} (arbejdsmiljøgruppen)` },
    ...paragraph(
      (kept.rows.length > 0 ? "Tabellen er bevaret, som den stod. " : "") +
        "Skriv, hvad gruppen har lært af periodens episoder, hvilke tiltag der sættes i gang, hvem der er ansvarlig, " +
        "fristen og status. Når analysen køres igen, bevares tabellen, som den står her.",
    ),
    {
      kind: "table",
      name: learningTableName(a.period.year, a.period.quarter),
      headers: kept.headers,
      rows: kept.rows,
      formats: kept.headers.map(() => "text"),
      lists: { Status: ACTION_PLAN_STATUSES },
      wrap: true,
    },
    { kind: "blank" },
    {
      kind: "heading",
      text: `Læring og tiltag fra ${periodText(earlier)} (fra arket ${incidentsSheetName(earlier.year, earlier.quarter)})`,
    },
  ];
  const previous = options.previousLearning ? planFromTable(options.previousLearning, LEARNING_COLUMNS) : null;
  if (previous === null) {
    blocks.push({
      kind: "text",
      text: `Arbejdsbogen har ingen analyse for ${periodText(earlier)}, så der er ingen tiltag at følge op på.`,
    });
  } else if (previous.rows.length === 0) {
    blocks.push({ kind: "text", text: `Læringstabellen for ${periodText(earlier)} er tom.` });
  } else {
    blocks.push(
      {
        kind: "text",
        text: "Følg op på tiltagene: blev de gennemført, og hvad viser periodens tal? Skriv det i tabellen ovenfor.",
      },
      {
        kind: "table",
        headers: previous.headers,
        rows: previous.rows,
        formats: previous.headers.map(() => "text"),
        wrap: true,
      },
    );
  }
  return blocks;
}

/**
 * Build the analysis sheet.
 * @example
 * const kept = await port.readSheetTable(incidentsSheetName(2026, 1), learningTableName(2026, 1));
 * await port.writeSheet(incidentsSheet(analysis, { madeAt: "02-04-2026 kl. 10:00", keptLearning: kept }));
 */
export function incidentsSheet(a: IncidentAnalysis, options: IncidentsSheetOptions): SheetContent {
  const [now, before] = periodHeaders(a);
  const blocks: Block[] = [...basisBlocks(a, options)];
  blocks.push(
    { kind: "blank" },
    { kind: "heading", text: "Episoder i alt" },
    comparedTable("Episoder", [{ group: "I alt", ...a.total }], a),
    { kind: "blank" },
    { kind: "heading", text: "Pr. retning (hvem mod hvem)" },
    comparedTable("Retning", a.byDirection, a),
    { kind: "blank" },
    { kind: "heading", text: "Pr. type (den alvorligste form)" },
    comparedTable("Type", a.byType, a),
    { kind: "blank" },
    { kind: "heading", text: `Retning og type ${now}` },
    {
      kind: "table",
      headers: ["Retning", "Type", "Antal"],
      rows: a.directionByType.map((p): BlockCell[] => [p.direction, p.type, p.count]),
      formats: ["text", "text", "integer"],
    },
    { kind: "blank" },
    { kind: "heading", text: "Pr. afdeling" },
    comparedTable("Afdeling", a.byDepartment, a),
    { kind: "blank" },
    { kind: "heading", text: "Pr. situation" },
    comparedTable("Situation", a.bySituation, a),
    { kind: "blank" },
    { kind: "heading", text: `Episoder pr. måned, ${now} og ${before}` },
  );
  const monthIndexInBlocks = blocks.length;
  blocks.push(
    monthBlock(a),
    { kind: "blank" },
    { kind: "heading", text: `Pr. ugedag ${now}` },
    {
      kind: "table",
      headers: ["Ugedag", "Antal"],
      rows: WEEKDAY_NAMES.map((d, i): BlockCell[] => [d, a.byWeekday[i]]),
      formats: ["text", "integer"],
    },
    { kind: "blank" },
    { kind: "heading", text: `Tidspunkt på døgnet ${now}` },
    {
      kind: "table",
      headers: ["Tidsrum", "Antal"],
      rows: a.byTimeOfDay.map((b): BlockCell[] => [b.band === "ukendt" ? "ukendt" : `kl. ${b.band}`, b.count]),
      formats: ["text", "integer"],
    },
    { kind: "blank" },
    { kind: "heading", text: `Opfølgning på episoderne ${now}` },
    handlingBlock(a),
    { kind: "blank" },
    ...citizenBlocks(a),
    { kind: "blank" },
    ...learningBlocks(a, options),
  );
  const chart: ChartSpec = {
    kind: "column",
    title: `Episoder pr. måned, ${now} og ${before}`,
    dataBlock: monthIndexInBlocks,
    categoriesColumn: 0,
    series: [
      { name: now, valuesColumn: 1 },
      { name: before, valuesColumn: 2 },
    ],
    yAxisTitle: "Episoder",
    valueMin: 0,
  };
  return {
    name: incidentsSheetName(a.period.year, a.period.quarter),
    blocks,
    charts: [chart],
    widths: WIDTHS,
    print: { offer: (options.offerName ?? "").trim(), madeAt: options.madeAt },
  };
}
