/**
 * Small helpers for looking at files through LibreOffice: which charts LibreOffice found in a
 * workbook it converted to .ods, and a copy of an .xlsx package in which only one sheet is visible
 * (LibreOffice prints only visible sheets, so its PDF shows that sheet with its charts).
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";

/**
 * The chart classes of every embedded chart object in an .ods file ("chart:bar", "chart:line", …),
 * one per chart LibreOffice found.
 */
export async function odsChartClasses(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: string[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    if (!/^Object \d+\/content\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async("string");
    const m = /<chart:chart\b[^>]*\bchart:class="([^"]+)"/.exec(xml);
    if (m) out.push(m[1]);
  }
  return out;
}

/** The same, for an .ods file on disk (synchronous callers wait on the promise). */
export const odsCharts = (path: string): Promise<string[]> => odsChartClasses(new Uint8Array(readFileSync(path)));

/** A copy of an .xlsx package in which every sheet but `sheet` is hidden and `sheet` is the active one. */
export async function onlySheet(bytes: Uint8Array, sheet: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const wbPath = "xl/workbook.xml";
  let xml = await zip.file(wbPath)!.async("string");
  const names: string[] = [];
  xml = xml.replace(/<sheet\b([^>]*?)\/>/g, (whole, attrs: string) => {
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1] ?? "";
    names.push(name);
    const clean = attrs.replace(/\s+state="[^"]*"/, "");
    return name === sheet ? `<sheet${clean}/>` : `<sheet${clean} state="hidden"/>`;
  });
  const index = names.indexOf(sheet);
  if (/<workbookView\b[^>]*activeTab=/.test(xml))
    xml = xml.replace(/(<workbookView\b[^>]*activeTab=")\d+"/, `$1${index}"`);
  else if (/<workbookView\b/.test(xml)) xml = xml.replace(/<workbookView\b/, `<workbookView activeTab="${index}"`);
  else xml = xml.replace(/<sheets>/, `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets>`);
  zip.file(wbPath, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
