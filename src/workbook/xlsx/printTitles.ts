/**
 * Repeated print rows are not part of a worksheet: Excel keeps them as the workbook-level name
 * `_xlnm.Print_Titles` scoped to the sheet (`localSheetId` = the sheet's position). The graft writes
 * sheets as plain SpreadsheetML, so it adds these names to the workbook part itself.
 */
import { normaliseHeader } from "../../domain";
import type { SheetGrid } from "../layout/grid";
import { attributes, decodeXml, elements, escapeXml, tags } from "./package/xml";

/** Workbook elements that follow `<definedNames>` in the schema's sequence. */
const AFTER_NAMES =
  /<(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b/;

/**
 * The workbook part with a `_xlnm.Print_Titles` name for every grid that repeats rows (replacing one
 * the sheet had).
 * @example withPrintTitles('<workbook><sheets><sheet name="R" sheetId="1" r:id="rId1"/></sheets></workbook>', [grid])
 * // '…</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">\'R\'!$1:$1</definedName></definedNames></workbook>'
 */
export function withPrintTitles(workbookXml: string, grids: readonly SheetGrid[]): string {
  const names = tags(workbookXml, "sheet").map((s) => normaliseHeader(decodeXml(s.name ?? "")));
  const added: string[] = [];
  const scopes = new Set<number>();
  for (const g of grids) {
    const rows = g.print?.repeatRows;
    const index = names.indexOf(normaliseHeader(g.name));
    if (!rows || index < 0) continue;
    scopes.add(index);
    const ref = `'${g.name.replace(/'/g, "''")}'!$${rows.from}:$${rows.to}`;
    added.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(ref)}</definedName>`);
  }
  if (added.length === 0) return workbookXml;
  // The print titles of the sheets written now are replaced; every other name stays as it was.
  let xml = "";
  let at = 0;
  for (const e of elements(workbookXml, "definedName")) {
    const a = attributes(e.attrs);
    if (e.inner === null || a.name !== "_xlnm.Print_Titles" || !scopes.has(Number(a.localSheetId))) continue;
    xml += workbookXml.slice(at, e.start);
    at = e.end;
  }
  xml += workbookXml.slice(at);
  xml = xml.replace(/<definedNames\s*\/>/, "<definedNames></definedNames>");
  if (/<definedNames>/.test(xml)) return xml.replace("</definedNames>", `${added.join("")}</definedNames>`);
  const block = `<definedNames>${added.join("")}</definedNames>`;
  const next = AFTER_NAMES.exec(xml);
  return next ? xml.replace(next[0], `${block}${next[0]}`) : xml.replace("</workbook>", `${block}</workbook>`);
}
