/**
 * A grid written directly as SpreadsheetML: the sheet part, its table parts and a small styles part
 * with just the formats the grid uses. Used when report sheets are grafted into a copy of a file, where
 * building them with ExcelJS would cost more than everything else together. It renders what the
 * ExcelJS renderer (`../render.ts`) renders: values, number formats, bold titles and headers, text kept
 * as text, Excel tables, drop-downs, widths, wrapped rows, frozen rows, A4 one page wide with
 * the grid's orientation and footer (repeated rows are workbook names, added by the graft).
 */
import { FORMAT_CODES, a1, columnLetters, formulaText, isFormulaCell } from "../../layout/grid";
import type { CellStyle, GridTable, SheetGrid } from "../../layout/grid";
import { footerCodes } from "../../layout/print";
import { gridRowHeights, wrapsInCell } from "../../layout/wrap";
import type { BlockCell } from "../../port";
import type { Validation } from "../../template/validation";
import { listFormula } from "../../template/validation";
import { looksLikeInput } from "../cells";
import { escapeXml } from "./xml";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Excel's built-in number formats we use; others get custom ids. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

type FontKind = "plain" | "bold" | "title" | "heading" | "italic";
/** Wrapped text aligned top or bottom, or (`alignTop`) unwrapped text at the top of a tall row. */
type WrapKind = "none" | "top" | "bottom" | "alignTop";

interface StyleKey {
  readonly font: FontKind;
  readonly numFmt: string;
  readonly wrap: WrapKind;
  readonly border: boolean;
}

const FONT_XML: Record<FontKind, string> = {
  plain: '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  bold: '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  title: '<font><b/><sz val="16"/><name val="Calibri"/><family val="2"/></font>',
  heading: '<font><b/><sz val="12"/><name val="Calibri"/><family val="2"/></font>',
  italic: '<font><i/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
};
const FONT_OF_STYLE: Record<CellStyle, FontKind> = {
  title: "title",
  heading: "heading",
  header: "bold",
  key: "bold",
  note: "italic",
};

/** The styles a set of grids uses, collected as they are written. */
export class StyleBook {
  private readonly keys = new Map<string, number>();
  private readonly list: StyleKey[] = [];

  /** Index (in this book's cellXfs) of a style; 0 is the default. */
  index(key: StyleKey): number {
    if (key.font === "plain" && key.numFmt === "General" && key.wrap === "none" && !key.border) return 0;
    const k = `${key.font}|${key.numFmt}|${key.wrap}|${key.border ? 1 : 0}`;
    let i = this.keys.get(k);
    if (i === undefined) {
      this.list.push(key);
      i = this.list.length;
      this.keys.set(k, i);
    }
    return i;
  }

  /** A styles part holding exactly these styles (merged into the target workbook's styles later). */
  stylesXml(): string {
    const fonts: FontKind[] = ["plain", "bold", "title", "heading", "italic"];
    const custom = [...new Set(this.list.map((s) => s.numFmt).filter((f) => BUILTIN_FORMATS[f] === undefined))];
    const fmtId = (code: string): number => BUILTIN_FORMATS[code] ?? 164 + custom.indexOf(code);
    const xf = (s: StyleKey): string => {
      const align =
        s.wrap === "none"
          ? ""
          : s.wrap === "alignTop"
            ? '<alignment vertical="top"/>'
            : `<alignment wrapText="1" vertical="${s.wrap}"/>`;
      return (
        `<xf numFmtId="${fmtId(s.numFmt)}" fontId="${fonts.indexOf(s.font)}" fillId="0" borderId="${s.border ? 1 : 0}" xfId="0"` +
        `${s.numFmt !== "General" ? ' applyNumberFormat="1"' : ""}${s.font !== "plain" ? ' applyFont="1"' : ""}` +
        `${s.border ? ' applyBorder="1"' : ""}${align ? ' applyAlignment="1">' + align + "</xf>" : "/>"}`
      );
    };
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet ${NS}>` +
      `<numFmts count="${custom.length}">${custom.map((c, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(c)}"/>`).join("")}</numFmts>` +
      `<fonts count="${fonts.length}">${fonts.map((f) => FONT_XML[f]).join("")}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.list.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${this.list.map(xf).join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}

/** Text for XML, with characters XML 1.0 cannot hold written as OOXML `_xHHHH_` escapes. */
const xmlText = (text: string): string =>
  escapeXml(text.replace(/_x[0-9a-fA-F]{4}_/g, (m) => `_x005F${m}`)).replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`,
  );

function cellXml(ref: string, value: BlockCell, style: number): string {
  const s = style > 0 ? ` s="${style}"` : "";
  if (value === null || value === undefined || value === "") return style > 0 ? `<c r="${ref}"${s}/>` : "";
  if (isFormulaCell(value)) return `<c r="${ref}"${s}><f>${xmlText(formulaText(value).slice(1))}</f></c>`;
  if (typeof value === "number")
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(String(value))}</t></is></c>`;
}

function validationXml(row: number, col: number, rowCount: number, colCount: number, v: Validation): string {
  const r = v.rule;
  const common =
    ` allowBlank="1" showInputMessage="${v.prompt ? 1 : 0}" showErrorMessage="1" errorStyle="${v.style}"` +
    ` errorTitle="${escapeXml(v.errorTitle)}" error="${escapeXml(v.errorMessage)}"` +
    (v.prompt ? ` promptTitle="${escapeXml(v.promptTitle ?? "")}" prompt="${escapeXml(v.prompt)}"` : "") +
    ` sqref="${a1(row, col, Math.max(1, rowCount), colCount)}"`;
  if (r.kind === "list" || r.kind === "tableList") {
    return `<dataValidation type="list"${common}><formula1>${escapeXml(listFormula(r))}</formula1></dataValidation>`;
  }
  return `<dataValidation type="${r.kind}" operator="between"${common}><formula1>${r.min}</formula1><formula2>${r.max}</formula2></dataValidation>`;
}

/** A table part for a named grid table. */
export function tableXml(t: GridTable, id: number): string {
  const ref = a1(t.row, t.col, 1 + t.rows.length, t.headers.length);
  const columns = t.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${escapeXml(h)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table ${NS.split(" ")[0]} id="${id}" name="${escapeXml(t.name ?? "")}" ` +
    `displayName="${escapeXml(t.name ?? "")}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/>` +
    `<tableColumns count="${t.headers.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/**
 * The sheet part of a grid; table parts are referenced as `rId1`, `rId2`, … in the order of the
 * grid's named tables.
 */
export function sheetXml(grid: SheetGrid, styles: StyleBook): string {
  const rows = new Map<number, Map<number, string>>();
  const heights = new Map<number, number>();
  const put = (row: number, col: number, xml: string): void => {
    if (xml === "") return;
    let r = rows.get(row);
    if (!r) rows.set(row, (r = new Map()));
    r.set(col, xml);
  };
  const numFmtOf = (value: BlockCell, format: keyof typeof FORMAT_CODES | undefined): string =>
    format ? FORMAT_CODES[format] : looksLikeInput(value) ? "@" : "General";
  const wideText = (col: number, value: BlockCell): boolean => wrapsInCell(grid.widths, col, value);

  const tall = gridRowHeights(grid);
  for (const c of grid.cells) {
    const style = styles.index({
      font: c.style ? FONT_OF_STYLE[c.style] : "plain",
      numFmt: numFmtOf(c.value, c.format),
      wrap: wideText(c.col, c.value) ? "top" : tall.has(c.row) ? "alignTop" : "none",
      border: false,
    });
    put(c.row, c.col, cellXml(`${columnLetters(c.col)}${c.row}`, c.value, style));
  }
  for (const t of grid.tables) {
    t.headers.forEach((h, i) => {
      const style = styles.index({
        font: "bold",
        numFmt: looksLikeInput(h) ? "@" : "General",
        wrap: t.wrap ? "bottom" : "none",
        border: !t.name,
      });
      put(t.row, t.col + i, cellXml(`${columnLetters(t.col + i)}${t.row}`, h, style));
    });
    t.rows.forEach((r, ri) =>
      r.forEach((v, ci) => {
        const style = styles.index({
          font: "plain",
          numFmt: numFmtOf(v, t.formats?.[ci]),
          wrap: t.wrap ? "top" : "none",
          border: false,
        });
        put(t.row + 1 + ri, t.col + ci, cellXml(`${columnLetters(t.col + ci)}${t.row + 1 + ri}`, v, style));
      }),
    );
  }

  for (const [row, h] of tall) heights.set(row, h);
  const rowNumbers = [...new Set([...rows.keys(), ...heights.keys()])].sort((a, b) => a - b);
  let maxCol = 1;
  for (const r of rows.values()) for (const c of r.keys()) maxCol = Math.max(maxCol, c);
  const lastRow = rowNumbers[rowNumbers.length - 1] ?? 1;
  const data = rowNumbers
    .map((n) => {
      const cells = rows.get(n);
      const h = heights.get(n);
      const attrs = `r="${n}"${h ? ` ht="${h}" customHeight="1"` : ""}`;
      if (!cells || cells.size === 0) return `<row ${attrs}/>`;
      const sorted = [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x);
      return `<row ${attrs}>${sorted.join("")}</row>`;
    })
    .join("");
  const freeze = grid.freezeRows
    ? `<pane ySplit="${grid.freezeRows}" topLeftCell="A${grid.freezeRows + 1}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="A${grid.freezeRows + 1}" sqref="A${grid.freezeRows + 1}"/>`
    : "";
  const cols = grid.widths.length
    ? `<cols>${grid.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    : "";
  const validations = grid.validations.map((v) => validationXml(v.row, v.col, v.rowCount, v.colCount, v.validation));
  const named = grid.tables.filter((t) => t.name);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${columnLetters(maxCol)}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${freeze}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols +
    (data ? `<sheetData>${data}</sheetData>` : "<sheetData/>") +
    (validations.length
      ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`
      : "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${grid.print?.orientation ?? "landscape"}" fitToWidth="1" fitToHeight="0"/>` +
    (grid.print
      ? `<headerFooter><oddFooter>${escapeXml(footerCodes(grid.print.footer))}</oddFooter></headerFooter>`
      : "") +
    (named.length
      ? `<tableParts count="${named.length}">${named.map((_, i) => `<tablePart r:id="rId${i + 1}"/>`).join("")}</tableParts>`
      : "") +
    "</worksheet>"
  );
}
