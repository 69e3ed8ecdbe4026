/**
 * The sheet `Årsevaluering Y` (docs/rules.md §6, "The annual evaluation"), built from the evaluation model as plain values.
 *
 * Top to bottom: header with what the figures rest on and the rows left out; results per method and
 * per target group (this year beside last year, with remarks); per department; target group × method;
 * data quality; the chart's data (mean fulfilment per method, Y beside Y−1); the action plan (the
 * leader's rows kept, suggestions added for new focus areas); last year's action plan.
 */
import {
  ACTION_PLAN_STATUSES,
  actionPlanTableName,
  basisSheetName,
  evaluationSheetName,
  formatDay,
} from "../../domain";
import type { EvaluationModel, RawTable } from "../../domain";
import type { Block, BlockCell, CellFormat, SheetContent } from "../port";
import { mergeActionPlan, planFromTable } from "./actionPlan";
import { crossTable, groupTable, remarkLines } from "./figureTables";
import { paragraph } from "./paragraph";
import { LEFT_OUT_LIST_LIMIT, leftOutSummary, leftOutTable } from "./leftOut";

export interface EvaluationSheetOptions {
  /** When the evaluation was made, as the leader should read it, e.g. "15-01-2027 kl. 10:30". */
  readonly madeAt: string;
  /** This year's action plan as read back from the existing sheet (kept on re-run). */
  readonly keptPlan?: RawTable | null;
  /** Last year's action plan, read from `Årsevaluering Y−1`, shown so the PDSA loop closes. */
  readonly previousPlan?: RawTable | null;
}

/**
 * Column widths of the evaluation sheet: the first column holds group names and labels; B-D are wide
 * enough for the action plan's texts (which wrap); H fits "Borgervægtet gennemsnit".
 */
const WIDTHS = [40, 17, 15, 15, 12, 12, 12, 26, 8, 10, 10, 18];

const orNotGiven = (text: string): string => (text.trim() === "" ? "(ikke angivet)" : text);

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

function headerBlocks(model: EvaluationModel, madeAt: string): Block[] {
  const { basis, offer, year } = model;
  const rows: ReadonlyArray<readonly [string, BlockCell]> = [
    ["Tilbud", orNotGiven(offer.name)],
    ["TilbudsID", orNotGiven(offer.offerId)],
    ["Region", orNotGiven(offer.region)],
    ["År", String(year)],
    ["Udarbejdet", madeAt],
    ["Borgere", basis.citizens],
    ["Mål", basis.goals],
    ["Opfølgninger", basis.followUps],
    [`Mål med resultat i ${year}`, basis.units],
    ["Udeladte rækker", basis.leftOut.length],
  ];
  const formats: CellFormat[] = [
    "text",
    "text",
    "text",
    "text",
    "text",
    "integer",
    "integer",
    "integer",
    "integer",
    "integer",
  ];
  const blocks: Block[] = [
    { kind: "title", text: `Årsevaluering ${year}${offer.name.trim() ? ` – ${offer.name.trim()}` : ""}` },
    ...paragraph(
      `Evalueringen viser målopfyldelsen i ${year} pr. metode og pr. målgruppe, med sidste år ved siden af. ` +
        `Tallene er værdier, ikke formler: de dokumenterer året, som det blev vurderet. ` +
        `Hvert resultat kan spores på arket ${basisSheetName(year)}.`,
    ),
    { kind: "blank" },
    { kind: "heading", text: "Hvad tallene bygger på" },
    { kind: "keyValues", rows, formats },
  ];
  blocks.push({ kind: "blank" });
  if (basis.leftOut.length === 0) {
    blocks.push({ kind: "text", text: "Ingen rækker er udeladt: alle rækker kunne bruges." });
  } else if (basis.leftOut.length <= LEFT_OUT_LIST_LIMIT) {
    blocks.push(
      ...paragraph(
        "Disse rækker indgår ikke i nogen tal, fordi de har en fejl. Ret dem i arket, og kør evalueringen igen.",
      ),
    );
    blocks.push(leftOutTable(basis.leftOut));
  } else {
    blocks.push(
      ...paragraph(
        `${basis.leftOut.length} rækker indgår ikke i nogen tal, fordi de har en fejl. Her er de samlet pr. ark og kolonne; ` +
          `den fulde liste med række og årsag står på arket ${basisSheetName(year)}.`,
      ),
    );
    blocks.push(leftOutSummary(basis.leftOut));
  }
  return blocks;
}

const READING_GUIDE =
  "Gennemsnit: målenes gennemsnitlige målopfyldelse (0-100 %). Borgervægtet gennemsnit: hver borger vejer lige meget, " +
  "uanset antal mål. GAS T: borgernes gennemsnitlige GAS T-score (50 = det forventede resultat). " +
  "Sidste år: gennemsnittet året før; Ændring: forskellen i procentpoint.";

function qualityBlock(model: EvaluationModel): Block {
  const q = model.dataQuality;
  const overdueOn = formatDay(q.overdueOn);
  const rows: BlockCell[][] = [
    ["Aktive mål", q.activeGoals, null],
    ["Aktive mål, SMORTE-komplette", q.smorteComplete, share(q.smorteComplete, q.activeGoals)],
    [`Aktive mål, opfølgning forsinket ${overdueOn}`, q.overdueAtYearEnd, share(q.overdueAtYearEnd, q.activeGoals)],
    ["Aktive mål, borgeren inddraget", q.involved, share(q.involved, q.activeGoals)],
    ["Borgere med aktive mål uden resultat", q.citizensWithoutResult, null],
  ];
  return {
    kind: "table",
    headers: ["Datakvalitet", "Antal", "Andel af aktive mål"],
    rows,
    formats: ["text", "integer", "percent"],
  };
}

function chartDataBlock(model: EvaluationModel): Block {
  return {
    kind: "table",
    headers: ["Metode", `Gennemsnit ${model.year}`, `Gennemsnit ${model.year - 1}`],
    rows: model.byMethod.map((g) => [g.group, g.mean, g.previousMean]),
    formats: ["text", "percent", "percent"],
  };
}

function actionPlanBlocks(model: EvaluationModel, options: EvaluationSheetOptions): Block[] {
  const plan = mergeActionPlan(options.keptPlan, model.suggestedActions);
  const intro =
    plan.kept > 0
      ? `Handleplanen er bevaret, som den stod${plan.added > 0 ? `; ${plan.added} nye forslag er tilføjet nederst` : ""}. `
      : plan.rows.length > 0
        ? "Rækkerne er forslag ud fra resultaterne: metoder, hvor gennemsnittet faldt, eller hvor der er for få data. "
        : "Resultaterne giver ingen forslag i år; skriv selv ledelsens fokusområder. ";
  return [
    { kind: "heading", text: `Handleplan efter årsevalueringen ${model.year} (trin 4)` },
    ...paragraph(
      intro +
        "Ledelsen vælger fokusområder og skriver konkrete tiltag, målet med dem, hvordan og hvornår, " +
        "og hvem der er ansvarlig for udførelse og for opfølgning. Ret, slet og tilføj rækker frit: " +
        "når evalueringen køres igen, bevares handleplanen, som den står her.",
    ),
    {
      kind: "table",
      name: actionPlanTableName(model.year),
      headers: plan.headers,
      rows: plan.rows,
      formats: plan.headers.map(() => "text"),
      lists: { Status: ACTION_PLAN_STATUSES },
      wrap: true,
    },
  ];
}

function previousPlanBlocks(model: EvaluationModel, previous: RawTable | null | undefined): Block[] {
  const heading: Block = {
    kind: "heading",
    text: `Sidste års handleplan (fra ${evaluationSheetName(model.year - 1)})`,
  };
  if (!previous) {
    return [
      heading,
      {
        kind: "text",
        text: `Arbejdsbogen har ingen årsevaluering for ${model.year - 1}, så der er ingen handleplan at følge op på.`,
      },
    ];
  }
  const plan = planFromTable(previous);
  if (plan.rows.length === 0) {
    return [heading, { kind: "text", text: `Handleplanen for ${model.year - 1} er tom.` }];
  }
  return [
    heading,
    {
      kind: "text",
      text: "Følg op på sidste års tiltag: blev de udført, og hvad viser årets tal? Skriv det i årets handleplan.",
    },
    { kind: "table", headers: plan.headers, rows: plan.rows, formats: plan.headers.map(() => "text"), wrap: true },
  ];
}

/**
 * Build the `Årsevaluering Y` sheet.
 * @example
 * const kept = await port.readSheetTable(evaluationSheetName(2026), actionPlanTableName(2026));
 * const sheet = evaluationSheet(model, { madeAt: "15-01-2027 kl. 10:30", keptPlan: kept });
 * await port.writeSheet(sheet);
 */
export function evaluationSheet(model: EvaluationModel, options: EvaluationSheetOptions): SheetContent {
  const blocks: Block[] = [...headerBlocks(model, options.madeAt)];
  blocks.push(
    { kind: "blank" },
    { kind: "heading", text: `Resultater pr. metode ${model.year}` },
    ...paragraph(READING_GUIDE),
    groupTable("Metode", model.byMethod, model.total, model.remarks, "method"),
    ...remarkLines(model.remarks, "method"),
    { kind: "blank" },
    { kind: "heading", text: `Resultater pr. målgruppe ${model.year}` },
    groupTable("Målgruppe", model.byTargetGroup, model.total, model.remarks, "targetGroup"),
    ...remarkLines(model.remarks, "targetGroup"),
    { kind: "blank" },
    { kind: "heading", text: `Resultater pr. afdeling ${model.year}` },
    groupTable("Afdeling", model.byDepartment, model.total, [], "method"),
    { kind: "blank" },
    { kind: "heading", text: `Målgruppe og metode ${model.year}` },
    crossTable(model.targetGroupByMethod),
    { kind: "blank" },
    { kind: "heading", text: `Datakvalitet ${model.year}` },
    qualityBlock(model),
    { kind: "blank" },
    { kind: "heading", text: `Gennemsnitlig målopfyldelse pr. metode, ${model.year} og ${model.year - 1}` },
  );
  const dataBlock = blocks.length;
  blocks.push(chartDataBlock(model), { kind: "blank" });
  blocks.push(...actionPlanBlocks(model, options), { kind: "blank" });
  blocks.push(...previousPlanBlocks(model, options.previousPlan));
  return {
    name: evaluationSheetName(model.year),
    blocks,
    charts: [
      {
        kind: "bar",
        title: `Gennemsnitlig målopfyldelse pr. metode, ${model.year} og ${model.year - 1}`,
        dataBlock,
        valueMin: 0,
        valueMax: 1,
        percentAxis: true,
      },
    ],
    widths: WIDTHS,
    print: { offer: model.offer.name, madeAt: options.madeAt },
  };
}
