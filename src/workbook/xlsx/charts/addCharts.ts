/**
 * Putting the charts of report sheets into a written .xlsx package (ExcelJS has no chart API, and the
 * graft writes sheets as plain SpreadsheetML): for each sheet with charts, a drawing part with a
 * two-cell anchor per chart, a chart part per chart, the sheet's `<drawing>` element in its schema
 * place, the relationships sheet → drawing → charts, and their content types. Parts are numbered
 * after the ones the package already has, so the user's own drawings and charts stay as they are.
 */
import JSZip from "jszip";
import { normaliseHeader } from "../../../domain";
import type { SheetGrid } from "../../layout/grid";
import { XlsxPackage, relsPathOf } from "../package/xlsxPackage";
import { tags } from "../package/xml";
import { chartXml } from "./chartXml";
import { drawingXml } from "./drawingXml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const RELS_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

/** Worksheet elements that follow `<drawing>` in the schema's sequence. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * Put a `<drawing r:id>` element into a worksheet part at its place in the schema's order.
 * @example withDrawing('<worksheet><sheetData/><tableParts count="1"/></worksheet>', "rId9")
 * // '<worksheet><sheetData/><drawing r:id="rId9"/><tableParts count="1"/></worksheet>'
 */
export function withDrawing(sheet: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  const clean = sheet.replace(/<drawing\b[^>]*\/>/, "");
  for (const name of AFTER_DRAWING) {
    const at = clean.search(new RegExp(`<${name}\\b`));
    if (at >= 0) return clean.slice(0, at) + element + clean.slice(at);
  }
  return clean.replace(/<\/worksheet>\s*$/, `${element}</worksheet>`);
}

const highest = (paths: readonly string[], re: RegExp): number =>
  paths.reduce((max, p) => {
    const m = re.exec(p);
    return m ? Math.max(max, Number(m[1])) : max;
  }, 0);

/** A copy of the package with every grid's charts drawn on its sheet (found by name). */
export async function addCharts(bytes: Uint8Array, grids: readonly SheetGrid[]): Promise<Uint8Array> {
  const drawn = grids.filter((g) => (g.charts?.length ?? 0) > 0);
  if (drawn.length === 0) return bytes;
  const pkg = await XlsxPackage.load(bytes);
  const zip: JSZip = pkg.zip;
  const paths = Object.keys(zip.files);
  let nextDrawing = highest(paths, /^xl\/drawings\/drawing(\d+)\.xml$/) + 1;
  let nextChart = highest(paths, /^xl\/charts\/chart(\d+)\.xml$/) + 1;
  let types = await zip.file("[Content_Types].xml")!.async("string");
  const override = (part: string, type: string): void => {
    types = types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
  };
  for (const grid of drawn) {
    const sheet = pkg.sheets.find((s) => normaliseHeader(s.name) === normaliseHeader(grid.name));
    if (!sheet) continue;
    const charts = grid.charts ?? [];
    const drawingPath = `xl/drawings/drawing${nextDrawing++}.xml`;
    const chartRels: string[] = [];
    charts.forEach((chart, i) => {
      const chartPath = `xl/charts/chart${nextChart++}.xml`;
      zip.file(chartPath, chartXml(chart, sheet.name, pkg.date1904));
      override(chartPath, CT_CHART);
      chartRels.push(
        `<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/${chartPath.split("/").pop()}"/>`,
      );
    });
    zip.file(drawingPath, drawingXml(charts));
    zip.file(relsPathOf(drawingPath), `${RELS_HEAD}${chartRels.join("")}</Relationships>`);
    override(drawingPath, CT_DRAWING);

    const relsPath = relsPathOf(sheet.path);
    const rels = (await zip.file(relsPath)?.async("string")) ?? `${RELS_HEAD}</Relationships>`;
    const open = rels.replace(/<Relationships([^>]*)\/>/, "<Relationships$1></Relationships>");
    const kept = open.replace(/<Relationship\b[^>]*\/drawing"[^>]*\/>/g, "");
    const relId = `rId${
      highest(
        tags(kept, "Relationship").map((r) => r.Id ?? ""),
        /^rId(\d+)$/,
      ) + 1
    }`;
    const target = `../drawings/${drawingPath.split("/").pop()}`;
    zip.file(
      relsPath,
      kept.replace(
        "</Relationships>",
        `<Relationship Id="${relId}" Type="${REL}/drawing" Target="${target}"/></Relationships>`,
      ),
    );
    const sheetXml = await zip.file(sheet.path)!.async("string");
    zip.file(sheet.path, withDrawing(sheetXml, relId));
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
