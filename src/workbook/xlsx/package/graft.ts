/**
 * Saving report sheets into a copy of an .xlsx file without rebuilding it: the new sheets are
 * written as SpreadsheetML of their own (`sheetXml.ts`) and grafted into the original package —
 * their few styles merged into the workbook's styles and renumbered, tables given fresh part names
 * and ids, the sheet list, relationships and content types extended. Every
 * other part of the original (the user's sheets, data, formats, drop-downs, charts, names) is copied
 * byte for byte. A sheet of the same name is replaced in place, keeping its position.
 */
import JSZip from "jszip";
import { normaliseHeader } from "../../../domain";
import type { SheetGrid } from "../../layout/grid";
import { withPrintTitles } from "../printTitles";
import { StyleBook, sheetXml, tableXml } from "./sheetXml";
import { XlsxPackage, relsPathOf, resolveTarget } from "./xlsxPackage";
import { attributes, elements, escapeXml, setAttribute, tags, unprefixed } from "./xml";

const REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const REL_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const RELS_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

// ---- styles -------------------------------------------------------------------------------

interface Section {
  readonly whole: string;
  readonly items: string[];
}

function section(xml: string, name: string, item: string): Section | null {
  const found = elements(xml, name).next();
  if (found.done) return null;
  const m = found.value;
  const inner = m.inner ?? "";
  const items = [...elements(inner, item)].map((x) => inner.slice(x.start, x.end));
  return { whole: xml.slice(m.start, m.end), items };
}

const renderSection = (name: string, items: readonly string[]): string =>
  `<${name} count="${items.length}">${items.join("")}</${name}>`;

/** Put a section in place of the old one, or after `after` (a section name) when it is missing. */
function putSection(
  xml: string,
  name: string,
  old: Section | null,
  items: readonly string[],
  after: readonly string[],
): string {
  const rendered = renderSection(name, items);
  if (old) return xml.replace(old.whole, rendered);
  for (const prev of after) {
    const m = elements(xml, prev).next();
    if (!m.done) return xml.slice(0, m.value.end) + rendered + xml.slice(m.value.end);
  }
  return xml.replace(/<styleSheet\b[^>]*>/, (open) => `${open}${rendered}`);
}

/** Merge the source workbook's cell formats into the destination's; returns the new styles and the index map. */
export function mergeStyles(dest: string, src: string): { styles: string; xfMap: Map<number, number> } {
  const dNum = section(dest, "numFmts", "numFmt");
  const sNum = section(src, "numFmts", "numFmt");
  const numItems = [...(dNum?.items ?? [])];
  const byCode = new Map<string, number>();
  let maxId = 163;
  for (const it of numItems) {
    const a = attributes(it);
    byCode.set(a.formatCode, Number(a.numFmtId));
    maxId = Math.max(maxId, Number(a.numFmtId));
  }
  const numMap = new Map<number, number>();
  for (const it of sNum?.items ?? []) {
    const a = attributes(it);
    const known = byCode.get(a.formatCode);
    if (known !== undefined) numMap.set(Number(a.numFmtId), known);
    else {
      maxId += 1;
      numMap.set(Number(a.numFmtId), maxId);
      byCode.set(a.formatCode, maxId);
      numItems.push(`<numFmt numFmtId="${maxId}" formatCode="${escapeXml(a.formatCode)}"/>`);
    }
  }
  let out = putSection(dest, "numFmts", dNum, numItems, []);

  const offsets: Record<string, number> = {};
  for (const [name, item] of [
    ["fonts", "font"],
    ["fills", "fill"],
    ["borders", "border"],
  ] as const) {
    const d = section(out, name, item);
    const s = section(src, name, item);
    offsets[item] = d?.items.length ?? 0;
    const after =
      name === "fonts" ? ["numFmts"] : name === "fills" ? ["fonts", "numFmts"] : ["fills", "fonts", "numFmts"];
    out = putSection(out, name, d, [...(d?.items ?? []), ...(s?.items ?? [])], after);
  }

  const dXf = section(out, "cellXfs", "xf");
  const sXf = section(src, "cellXfs", "xf");
  const xfItems = [...(dXf?.items ?? [])];
  const xfMap = new Map<number, number>();
  (sXf?.items ?? []).forEach((xf, i) => {
    const shifted = xf
      .replace(/\bnumFmtId="(\d+)"/, (_, n: string) => `numFmtId="${numMap.get(Number(n)) ?? n}"`)
      .replace(/\bfontId="(\d+)"/, (_, n: string) => `fontId="${Number(n) + offsets.font}"`)
      .replace(/\bfillId="(\d+)"/, (_, n: string) => `fillId="${Number(n) + offsets.fill}"`)
      .replace(/\bborderId="(\d+)"/, (_, n: string) => `borderId="${Number(n) + offsets.border}"`)
      .replace(/\bxfId="(\d+)"/, 'xfId="0"');
    xfMap.set(i, xfItems.length);
    xfItems.push(shifted);
  });
  out = putSection(out, "cellXfs", dXf, xfItems, ["cellStyleXfs", "borders"]);
  return { styles: out, xfMap };
}

// ---- sheets --------------------------------------------------------------------------------

/**
 * Renumber the style indexes (` s="N"` on cells) of a sheet written by `sheetXml`, whose only `s`
 * attributes are cell styles, to the merged workbook's indexes.
 * @example remapStyles('<c r="A1" s="2">', new Map([[1, 7]])) // '<c r="A1" s="8">'
 */
export function remapStyles(xml: string, xfMap: Map<number, number>): string {
  return xml.replace(/ s="(\d+)"/g, (_, n: string) => {
    const i = Number(n);
    return ` s="${i === 0 ? 0 : (xfMap.get(i) ?? 0)}"`;
  });
}

const maxNumber = (names: readonly string[], re: RegExp): number =>
  names.reduce((max, n) => {
    const m = re.exec(n);
    return m ? Math.max(max, Number(m[1])) : max;
  }, 0);

/** Make sure the workbook part has an open `<sheets>` element to add to (in schema order). */
function withSheetsElement(xml: string): string {
  if (/<sheets\s*\/>/.test(xml)) return xml.replace(/<sheets\s*\/>/, "<sheets></sheets>");
  if (/<sheets\b/.test(xml)) return xml;
  const next =
    /<(functionGroups|externalReferences|definedNames|calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b/.exec(
      xml,
    );
  return next
    ? xml.replace(next[0], `<sheets></sheets>${next[0]}`)
    : xml.replace("</workbook>", "<sheets></sheets></workbook>");
}

/** A part's text; a part written with a namespace prefix comes back with plain element names. */
async function text(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? unprefixed(await f.async("string")) : null;
}

/**
 * A copy of `original` with the grids written as sheets (replacing sheets of the same name in place,
 * new ones at the end) and, if given, `activeSheet` as the sheet the file opens on.
 */
export async function graftSheets(
  original: Uint8Array,
  grids: readonly SheetGrid[],
  activeSheet: string | null,
): Promise<Uint8Array> {
  const pkg = await XlsxPackage.load(original);
  const zip = pkg.zip;
  const wbPath = pkg.workbookPath;
  const wbRelsPath = relsPathOf(wbPath);
  let workbookXml = withSheetsElement((await text(zip, wbPath)) as string);
  let wbRels = ((await text(zip, wbRelsPath)) ?? `${RELS_HEAD}</Relationships>`).replace(
    /<Relationships([^>]*)\/>/,
    "<Relationships$1></Relationships>",
  );
  let types = (await text(zip, "[Content_Types].xml")) as string;

  if (grids.length > 0) {
    const book = new StyleBook();
    const written = grids.map((g) => ({ grid: g, xml: sheetXml(g, book) }));
    const stylesRel = tags(wbRels, "Relationship").find((r) => /\/styles$/.test(r.Type ?? ""));
    const stylesPath = stylesRel ? resolveTarget(wbPath, stylesRel.Target) : "xl/styles.xml";
    const destStyles = await text(zip, stylesPath);
    const { styles, xfMap } = destStyles
      ? mergeStyles(destStyles, book.stylesXml())
      : { styles: book.stylesXml(), xfMap: new Map<number, number>() };
    zip.file(stylesPath, styles);
    if (!destStyles) {
      wbRels = wbRels.replace(
        "</Relationships>",
        `<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      );
      types = types.replace(
        "</Types>",
        `<Override PartName="/${stylesPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
      );
    }

    const allPaths = Object.keys(zip.files);
    let nextSheetFile = maxNumber(allPaths, /^xl\/worksheets\/sheet(\d+)\.xml$/) + 1;
    let nextTableFile = maxNumber(allPaths, /^xl\/tables\/table(\d+)\.xml$/) + 1;
    let nextTableId = pkg.tables.reduce((m, t) => Math.max(m, t.id), 0) + 1;
    let nextSheetId = pkg.sheets.reduce((m, s) => Math.max(m, s.sheetId), 0) + 1;
    let nextRel =
      maxNumber(
        tags(wbRels, "Relationship").map((r) => r.Id ?? ""),
        /^rId(\d+)$/,
      ) + 1;

    for (const { grid: g, xml } of written) {
      let sheetXmlText = remapStyles(xml, xfMap);
      const existing = pkg.sheet(g.name);
      let path: string;
      if (existing) {
        path = existing.path;
        // Drop the old sheet's tables (the new sheet brings its own).
        const oldRels = tags((await text(zip, relsPathOf(path))) ?? "", "Relationship");
        const dropPart = (tp: string): void => {
          zip.remove(tp);
          types = types.replace(
            new RegExp(`<Override\\b[^>]*PartName="/${tp.replace(/[.[\]/]/g, "\\$&")}"[^>]*/>`),
            "",
          );
        };
        for (const r of oldRels.filter((x) => /\/table$/.test(x.Type ?? ""))) dropPart(resolveTarget(path, r.Target));
        // And its drawing with the charts on it (the new sheet brings its own charts).
        for (const r of oldRels.filter((x) => /\/drawing$/.test(x.Type ?? ""))) {
          const dp = resolveTarget(path, r.Target);
          const drawingRels = tags((await text(zip, relsPathOf(dp))) ?? "", "Relationship");
          for (const c of drawingRels.filter((x) => /\/chart$/.test(x.Type ?? "")))
            dropPart(resolveTarget(dp, c.Target));
          zip.remove(relsPathOf(dp));
          dropPart(dp);
        }
        zip.remove(relsPathOf(path));
      } else {
        path = `xl/worksheets/sheet${nextSheetFile++}.xml`;
        const relId = `rId${nextRel++}`;
        wbRels = wbRels.replace(
          "</Relationships>",
          `<Relationship Id="${relId}" Type="${REL_WORKSHEET}" Target="${path.replace(/^xl\//, "")}"/></Relationships>`,
        );
        workbookXml = workbookXml.replace(
          /<\/sheets>/,
          `<sheet name="${escapeXml(g.name)}" sheetId="${nextSheetId++}" r:id="${relId}"/></sheets>`,
        );
        types = types.replace("</Types>", `<Override PartName="/${path}" ContentType="${CT_WORKSHEET}"/></Types>`);
      }
      // The new sheet's tables, under fresh part names and ids (the sheet refers to them as rId1, rId2, …).
      const relLines: string[] = [];
      g.tables
        .filter((t) => t.name)
        .forEach((t, i) => {
          const tablePath = `xl/tables/table${nextTableFile++}.xml`;
          zip.file(tablePath, tableXml(t, nextTableId++));
          types = types.replace("</Types>", `<Override PartName="/${tablePath}" ContentType="${CT_TABLE}"/></Types>`);
          relLines.push(
            `<Relationship Id="rId${i + 1}" Type="${REL_TABLE}" Target="../tables/${tablePath.split("/").pop()}"/>`,
          );
        });
      if (relLines.length > 0) zip.file(relsPathOf(path), `${RELS_HEAD}${relLines.join("")}</Relationships>`);
      if (activeSheet && normaliseHeader(activeSheet) === normaliseHeader(g.name)) {
        sheetXmlText = sheetXmlText.replace(/<sheetView\b/, '<sheetView tabSelected="1"');
      }
      zip.file(path, sheetXmlText);
    }
  }

  if (activeSheet) {
    const names = tags(workbookXml, "sheet").map((s) => s.name);
    const index = names.findIndex((n) => normaliseHeader(n) === normaliseHeader(activeSheet));
    if (index >= 0) {
      workbookXml = /<workbookView\b/.test(workbookXml)
        ? setAttribute(workbookXml, "workbookView", "activeTab", String(index))
        : workbookXml.replace(/<sheets>/, `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets>`);
      // Only the active sheet is selected (several selected sheets would be grouped in Excel).
      for (const s of pkg.sheets) {
        if (grids.some((g) => normaliseHeader(g.name) === normaliseHeader(s.name))) continue;
        const xml = (await text(zip, s.path)) ?? "";
        const head = xml.slice(0, 4096);
        const selected = /<sheetView\b[^>]*\btabSelected="1"/.test(head);
        const shouldBe = normaliseHeader(s.name) === normaliseHeader(activeSheet);
        if (selected && !shouldBe) zip.file(s.path, head.replace(/\s+tabSelected="1"/, "") + xml.slice(4096));
        if (!selected && shouldBe)
          zip.file(s.path, head.replace(/<sheetView\b/, '<sheetView tabSelected="1"') + xml.slice(4096));
      }
    }
  }

  zip.file(wbPath, withPrintTitles(workbookXml, grids));
  zip.file(wbRelsPath, wbRels);
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
