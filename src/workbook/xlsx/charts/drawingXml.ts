/**
 * A sheet's drawing part (`xl/drawings/drawingN.xml`): one one-cell anchor per chart, at the chart's
 * top-left cell with the chart's size (so tall wrapped rows beside it do not stretch it), each
 * holding a graphic frame that points at a chart part through the drawing's relationships (`rId1`, `rId2`, … in chart order). The frame's
 * description is the chart's title, which screen readers announce.
 */
import type { GridChart } from "../../layout/grid";
import { escapeXml } from "../package/xml";

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

/** English Metric Units per point. */
const EMU_PER_POINT = 12700;

const marker = (row: number, col: number): string =>
  `<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;

function anchorXml(chart: GridChart, index: number): string {
  const { row, col } = chart.anchor;
  const cx = Math.round(chart.width * EMU_PER_POINT);
  const cy = Math.round(chart.height * EMU_PER_POINT);
  // Markers count from 0: the chart starts at the top-left corner of its cell.
  return (
    "<xdr:oneCellAnchor>" +
    marker(row - 1, col - 1) +
    `<xdr:ext cx="${cx}" cy="${cy}"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Diagram ${index + 1}" descr="${escapeXml(chart.title)}"/>` +
    "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId${index + 1}"/>` +
    "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>"
  );
}

/** @example drawingXml(grid.charts) // '<?xml …?><xdr:wsDr …><xdr:twoCellAnchor>…' */
export function drawingXml(charts: readonly GridChart[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${NS}>` +
    charts.map(anchorXml).join("") +
    "</xdr:wsDr>"
  );
}
