/**
 * Page set-up of a report sheet through Office.js, from the grid's print description (as the .xlsx
 * writer sets it): A4, orientation, one page wide, repeated rows, the footer; and the heights of rows
 * with wrapped text. Queued on the caller's batch: no sync. Needs ExcelApi 1.9 (pageLayout).
 */
import type { SheetGrid } from "../layout/grid";
import { footerCodes } from "../layout/print";
import { gridRowHeights } from "../layout/wrap";

/** Excel's footer sections from the footer codes (`&L…&C…&R…`). */
export function footerSections(codes: string): { left: string; center: string; right: string } {
  const part = (tag: "L" | "C" | "R"): string => {
    const m = new RegExp(`&${tag}(.*?)(?=&[LCR]|$)`).exec(codes.replace(/&&/g, "\u0000"));
    return (m?.[1] ?? "").replace(/\u0000/g, "&&");
  };
  return { left: part("L"), center: part("C"), right: part("R") };
}

/** Queue the page set-up and wrapped-row heights of a grid onto its worksheet. */
export function setUpPage(ws: Excel.Worksheet, grid: SheetGrid): void {
  const cols = Math.max(1, grid.widths.length);
  for (const [row, h] of gridRowHeights(grid)) {
    const format = ws.getRangeByIndexes(row - 1, 0, 1, cols).format;
    format.rowHeight = h;
    // Short texts beside a wrapped one sit at the top of the tall row, level with its first line.
    format.verticalAlignment = "Top" as Excel.VerticalAlignment;
  }
  const print = grid.print;
  if (!print) return;
  const layout = ws.pageLayout;
  layout.paperSize = "A4" as Excel.PaperType;
  layout.orientation = (print.orientation === "portrait" ? "Portrait" : "Landscape") as Excel.PageOrientation;
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.from}:$${print.repeatRows.to}`);
  const f = footerSections(footerCodes(print.footer));
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = f.left;
  footer.centerFooter = f.center;
  footer.rightFooter = f.right;
}
