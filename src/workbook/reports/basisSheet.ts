/**
 * The sheet `Grundlag Y`: every result unit the evaluation counted and every row it left out, so each
 * figure on `Årsevaluering Y` can be traced to goals and follow-ups. Pseudonyms and ids only: no
 * names, no goal texts, no notes.
 */
import { basisSheetName, basisTableName, evaluationSheetName, leftOutTableName } from "../../domain";
import type { EvaluationModel } from "../../domain";
import type { Block, BlockCell, SheetContent } from "../port";
import { leftOutTable } from "./leftOut";
import { paragraph } from "./paragraph";

export const BASIS_HEADERS = [
  "MålID",
  "BorgerID",
  "Målgruppe",
  "Afdeling",
  "Metode",
  "Værdi",
  "Kategori",
  "Dato",
  "OpfølgningID",
  "GAS",
  "Vægt",
] as const;

/**
 * Build the `Grundlag Y` sheet.
 * @example await port.writeSheet(basisSheet(evaluateYear(data, 2026)));
 */
export function basisSheet(model: EvaluationModel, madeAt = ""): SheetContent {
  const { year, units, basis } = model;
  const rows: BlockCell[][] = units.map((u) => [
    u.goalId,
    u.citizenId,
    u.targetGroup,
    u.department,
    u.method,
    u.value,
    u.category,
    u.date,
    u.followUpId,
    u.gas,
    u.weight,
  ]);
  const blocks: Block[] = [
    { kind: "title", text: `Grundlag for årsevaluering ${year}` },
    ...paragraph(
      `Hver række er ét mål med et resultat i ${year}: værdien af målets seneste tællende opfølgning i året. ` +
        `Disse rækker er grundlaget for alle tal på arket ${evaluationSheetName(year)}. ` +
        `Borgere står med deres BorgerID (pseudonym); navne og fritekst er ikke med.`,
      100,
    ),
    { kind: "blank" },
    { kind: "heading", text: `Mål med resultat i ${year} (${units.length})` },
  ];
  const unitsBlock = blocks.length;
  blocks.push(
    {
      kind: "table",
      name: basisTableName(year),
      headers: [...BASIS_HEADERS],
      rows,
      formats: ["text", "text", "text", "text", "text", "percent", "text", "date", "text", "integer", "integer"],
    },
    { kind: "blank" },
    { kind: "heading", text: `Udeladte rækker (${basis.leftOut.length})` },
  );
  if (basis.leftOut.length === 0) {
    blocks.push({ kind: "text", text: "Ingen rækker er udeladt." });
  } else {
    blocks.push(
      ...paragraph(
        "Disse rækker indgår ikke i nogen tal, fordi de har en fejl. Rækkenummeret er rækken i arket, som Excel viser den.",
        100,
      ),
    );
    blocks.push(leftOutTable(basis.leftOut, leftOutTableName(year)));
  }
  return {
    name: basisSheetName(year),
    blocks,
    widths: [14, 12, 26, 18, 28, 10, 16, 12, 14, 8, 8],
    // The long list of units prints with its column headers on every page.
    print: { offer: model.offer.name, madeAt, headerBlock: unitsBlock },
  };
}
