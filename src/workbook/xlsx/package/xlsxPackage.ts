/**
 * A read-only view of an .xlsx package that reads the contract's tables straight from the XML parts,
 * without building a full spreadsheet model: the workbook's sheet list, each sheet's table parts,
 * the shared strings, and only the cells inside the tables. This is what makes the command line fast
 * on large workbooks; anything that edits the data opens the full model instead.
 */
import JSZip from "jszip";
import { dayFromYmd, normaliseHeader } from "../../../domain";
import type { CellValue, RawRow, RawTable } from "../../../domain";
import { a1, columnLetters, parseA1 } from "../../layout/grid";
import {
  EXCEL_MAX_CELL_CHARS,
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  LIMIT_MESSAGES,
  PACKAGE_LIMITS,
  PackageLimitError,
} from "./limits";
import { BadCharacterError, attributes, decodeXml, elements, tags, textOf, unprefixed } from "./xml";
import { guardZip } from "./zipGuard";

export interface PackageSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** Zip path of the sheet part, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
}

export interface PackageTable {
  readonly name: string;
  readonly sheet: string;
  /** Zip path of the table part. */
  readonly path: string;
  readonly id: number;
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly columnNames: readonly string[];
}

/** Resolve a relationship target against the folder of the part that owns the relationships. */
export function resolveTarget(ownerPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ownerPath.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships part of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export const relsPathOf = (path: string): string => {
  const i = path.lastIndexOf("/");
  return `${path.slice(0, i)}/_rels/${path.slice(i + 1)}.rels`;
};

type Rect = { row: number; col: number; rowCount: number; colCount: number };

export class XlsxPackage {
  readonly zip: JSZip;
  readonly sheets: readonly PackageSheet[];
  readonly tables: readonly PackageTable[];
  /** The workbook counts dates from 1904 (old Mac files): serials differ, so the full model reads it. */
  readonly date1904: boolean;
  private sharedStrings: string[] | null = null;
  private readonly sheetXml = new Map<string, string>();

  /** Zip path of the workbook part (normally "xl/workbook.xml"). */
  readonly workbookPath: string;
  /** Zip path of the shared strings, as the workbook's relationships name it. */
  private readonly sharedStringsPath: string;

  private constructor(
    zip: JSZip,
    workbookPath: string,
    sharedStringsPath: string,
    sheets: PackageSheet[],
    tables: PackageTable[],
    date1904: boolean,
  ) {
    this.zip = zip;
    this.workbookPath = workbookPath;
    this.sharedStringsPath = sharedStringsPath;
    this.sheets = sheets;
    this.tables = tables;
    this.date1904 = date1904;
  }

  /** Open the bytes of an .xlsx file. Throws when it is not a spreadsheet package. */
  static async load(data: Uint8Array | ArrayBuffer): Promise<XlsxPackage> {
    if (data.byteLength > PACKAGE_LIMITS.fileBytes)
      throw new PackageLimitError(LIMIT_MESSAGES.fileBytes(data.byteLength));
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data);
    } catch {
      throw new PackageLimitError(LIMIT_MESSAGES.notZip());
    }
    await guardZip(zip);
    try {
      return await XlsxPackage.parse(zip);
    } catch (e) {
      if (e instanceof BadCharacterError)
        throw new PackageLimitError(LIMIT_MESSAGES.badCharacter("i projektmappens liste over ark og tabeller"));
      throw e;
    }
  }

  /** The workbook's sheets and tables from a guarded package. */
  private static async parse(zip: JSZip): Promise<XlsxPackage> {
    const text = async (path: string): Promise<string | null> =>
      zip.file(path) ? unprefixed(await zip.file(path)!.async("string")) : null;
    const rootRels = (await text("_rels/.rels")) ?? "";
    const officeDoc = tags(rootRels, "Relationship").find((r) => /\/officeDocument$/.test(r.Type ?? ""));
    const workbookPath = officeDoc ? resolveTarget("", officeDoc.Target) : "xl/workbook.xml";
    const workbookXml = await text(workbookPath);
    if (!workbookXml) throw new Error("Filen har ingen projektmappe (xl/workbook.xml).");
    const rels = tags((await text(relsPathOf(workbookPath))) ?? "", "Relationship");
    const stringsRel = rels.find((r) => /\/sharedStrings$/.test(r.Type ?? ""));
    const sharedStringsPath = stringsRel ? resolveTarget(workbookPath, stringsRel.Target) : "xl/sharedStrings.xml";
    const sheets: PackageSheet[] = [];
    for (const s of tags(workbookXml, "sheet")) {
      const rel = rels.find((r) => r.Id === s["r:id"]);
      if (!rel || !/\/worksheet$/.test(rel.Type ?? "")) continue; // chart sheets and the like
      sheets.push({
        name: s.name,
        sheetId: Number(s.sheetId),
        relId: s["r:id"],
        path: resolveTarget(workbookPath, rel.Target),
      });
    }
    const tables: PackageTable[] = [];
    for (const sheet of sheets) {
      const sheetRels = tags((await text(relsPathOf(sheet.path))) ?? "", "Relationship");
      for (const r of sheetRels.filter((x) => /\/table$/.test(x.Type ?? ""))) {
        const path = resolveTarget(sheet.path, r.Target);
        const xml = await text(path);
        if (!xml) continue;
        const head = /<table\b([^>]*)>/.exec(xml);
        if (!head) continue;
        const a = attributes(head[1]);
        const ref = parseA1(a.ref ?? "A1");
        const tableName = a.name ?? a.displayName ?? "";
        if (
          !(ref.row >= 1 && ref.col >= 1) ||
          ref.row + ref.rowCount - 1 > EXCEL_MAX_ROWS ||
          ref.col + ref.colCount - 1 > EXCEL_MAX_COLUMNS
        )
          throw new PackageLimitError(LIMIT_MESSAGES.tableArea(tableName, sheet.name));
        tables.push({
          name: tableName,
          sheet: sheet.name,
          path,
          id: Number(a.id ?? 0),
          ...ref,
          headerRows: a.headerRowCount === undefined ? 1 : Number(a.headerRowCount),
          totalsRows: a.totalsRowCount === undefined ? 0 : Number(a.totalsRowCount),
          columnNames: tags(xml, "tableColumn").map((c) => c.name ?? ""),
        });
      }
    }
    const pr = tags(workbookXml, "workbookPr")[0] ?? {};
    const date1904 = pr.date1904 === "1" || pr.date1904 === "true";
    return new XlsxPackage(zip, workbookPath, sharedStringsPath, sheets, tables, date1904);
  }

  sheet(name: string): PackageSheet | undefined {
    return this.sheets.find((s) => normaliseHeader(s.name) === normaliseHeader(name));
  }

  /**
   * The table of a name, compared as Excel does (case-insensitively). Two tables whose names differ
   * only in case (which Excel never writes) are refused: which one holds the data cannot be known.
   */
  table(name: string): PackageTable | undefined {
    const found = this.tables.filter((t) => normaliseHeader(t.name) === normaliseHeader(name));
    if (found.length > 1) {
      const [a, b] = found;
      throw new PackageLimitError(
        `Arbejdsbogen har to tabeller, hvis navne kun adskiller sig ved store og små bogstaver: ` +
          `${a.name} på arket ${a.sheet} og ${b.name} på arket ${b.sheet}. Excel skelner ikke mellem dem; ` +
          "omdøb eller slet den ene, og prøv igen.",
      );
    }
    return found[0];
  }

  private async strings(): Promise<string[]> {
    if (this.sharedStrings) return this.sharedStrings;
    const file = this.zip.file(this.sharedStringsPath);
    const xml = file ? unprefixed(await file.async("string")) : "";
    const out: string[] = [];
    try {
      for (const si of elements(xml, "si")) {
        if (out.length >= PACKAGE_LIMITS.sharedStrings) throw new PackageLimitError(LIMIT_MESSAGES.sharedStrings());
        out.push(textOf(si.inner ?? ""));
      }
    } catch (e) {
      if (e instanceof BadCharacterError)
        throw new PackageLimitError(LIMIT_MESSAGES.badCharacter(`i delen ${this.sharedStringsPath}`));
      throw e;
    }
    this.sharedStrings = out;
    return out;
  }

  async xmlOf(path: string): Promise<string> {
    const cached = this.sheetXml.get(path);
    if (cached !== undefined) return cached;
    const file = this.zip.file(path);
    const xml = file ? unprefixed(await file.async("string")) : "";
    this.sheetXml.set(path, xml);
    return xml;
  }

  /** Forget cached sheet text (after reading, to free memory). */
  release(): void {
    this.sheetXml.clear();
  }

  /**
   * The values of the given rectangles of one sheet, read in one pass over its XML. Cells outside
   * them are skipped without decoding. Values: numbers, text, booleans, error text ("#N/A"), formula
   * results; "" for empty cells.
   */
  async readRects(sheet: PackageSheet, rects: readonly Rect[]): Promise<CellValue[][][]> {
    const strings = await this.strings();
    const xml = await this.xmlOf(sheet.path);
    // A rectangle within the cell limit is read whole, as declared. A larger one (a table declared as
    // A1:XFD1048576) is read only up to its last row with a value, and that must be within the limit.
    // Rows may be stored in any order, as Excel and LibreOffice accept, so the whole sheet is scanned.
    const out: CellValue[][][] = rects.map(() => []);
    const rowOf = (i: number, index: number): CellValue[] => {
      const r = rects[i];
      if ((index + 1) * r.colCount > PACKAGE_LIMITS.tableCells) {
        const t = this.tables.find((x) => x.sheet === sheet.name && x.row === r.row && x.col === r.col);
        throw new PackageLimitError(LIMIT_MESSAGES.tableCells(t?.name ?? a1(r.row, r.col), sheet.name));
      }
      return (out[i][index] ??= new Array<CellValue>(r.colCount).fill(""));
    };
    const minRow = Math.min(...rects.map((r) => r.row));
    const maxRow = Math.max(...rects.map((r) => r.row + r.rowCount - 1));
    eachRow(xml, (rowNumber, body) => {
      if (rowNumber > maxRow || rowNumber < minRow || !body) return true;
      const hits = rects
        .map((r, i) => [r, i] as const)
        .filter(([r]) => rowNumber >= r.row && rowNumber < r.row + r.rowCount);
      if (hits.length > 0) {
        eachCell(body, (col, attrs, inner) => {
          for (const [r, i] of hits) {
            if (col < r.col || col >= r.col + r.colCount) continue;
            const value = checkedCellValue(sheet.name, rowNumber, col, attrs, inner, strings);
            if (value !== "") rowOf(i, rowNumber - r.row)[col - r.col] = value;
          }
          return true;
        });
      }
      return true;
    });
    // Holes between stored rows become empty rows; the header row always exists.
    return out.map((rows, i) => {
      const filled: CellValue[][] = [];
      const r = rects[i];
      const length = r.rowCount * r.colCount <= PACKAGE_LIMITS.tableCells ? r.rowCount : Math.max(rows.length, 1);
      for (let k = 0; k < length; k++) filled.push(rows[k] ?? rowOf(i, k));
      return filled;
    });
  }

  /**
   * Worksheet rows below a table that hold a value in the table's columns but belong to no table —
   * typically rows typed under a table after a blank row, which Excel does not add to the table, so
   * they would otherwise be left out without a word. A sheet whose dimension ends at the table's
   * last row is not scanned.
   */
  async rowsBelow(t: PackageTable): Promise<number[]> {
    const sheet = this.sheet(t.sheet) as PackageSheet;
    const xml = await this.xmlOf(sheet.path);
    const end = t.row + t.rowCount - 1;
    const dim = dimensionRef(xml);
    if (dim) {
      const d = parseA1(dim[1]);
      if (d.row + d.rowCount - 1 <= end) return [];
    }
    const others = this.tables.filter((x) => x !== t && x.sheet === t.sheet);
    const inOther = (row: number, col: number): boolean =>
      others.some((o) => row >= o.row && row < o.row + o.rowCount && col >= o.col && col < o.col + o.colCount);
    const strings = await this.strings();
    const found: number[] = [];
    eachRow(xml, (rowNumber, body) => {
      if (rowNumber <= end || !body) return true;
      eachCell(body, (col, attrs, inner) => {
        if (col < t.col || col >= t.col + t.colCount || inOther(rowNumber, col)) return true;
        if (String(checkedCellValue(sheet.name, rowNumber, col, attrs, inner, strings)).trim() === "") return true;
        found.push(rowNumber);
        return false;
      });
      return true;
    });
    return found;
  }

  /** A table as rows keyed by header text (the header cells; the column names where a cell is empty). */
  async readTable(t: PackageTable): Promise<RawTable> {
    const sheet = this.sheet(t.sheet) as PackageSheet;
    const [values] = await this.readRects(sheet, [t]);
    return rawTableFromRect(values, t);
  }

  /** Last used column of each sheet (cells with values, and tables). */
  async lastUsedColumns(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const s of this.sheets) {
      const xml = await this.xmlOf(s.path);
      const dim = dimensionRef(xml);
      let last = 0;
      if (dim) {
        const r = parseA1(dim[1]);
        last = r.col + r.colCount - 1;
        if (dim[1] === "A1" && !hasValueCell(xml)) last = 0;
      }
      for (const t of this.tables) if (t.sheet === s.name) last = Math.max(last, t.col + t.colCount - 1);
      out[s.name] = last;
    }
    return out;
  }

  /** Header texts of a table (from its cells). */
  async headersOf(t: PackageTable): Promise<string[]> {
    const sheet = this.sheet(t.sheet) as PackageSheet;
    const [values] = await this.readRects(sheet, [{ row: t.row, col: t.col, rowCount: 1, colCount: t.colCount }]);
    return headerTexts(values[0] ?? [], t);
  }

  /** Read several tables, one pass per sheet. */
  async readTables(list: readonly PackageTable[]): Promise<Map<PackageTable, RawTable>> {
    const out = new Map<PackageTable, RawTable>();
    const bySheet = new Map<string, PackageTable[]>();
    for (const t of list) bySheet.set(t.sheet, [...(bySheet.get(t.sheet) ?? []), t]);
    for (const [name, ts] of bySheet) {
      const values = await this.readRects(this.sheet(name) as PackageSheet, ts);
      ts.forEach((t, i) => out.set(t, rawTableFromRect(values[i], t)));
    }
    return out;
  }

  /** Address of a table, for messages and tests. */
  static address(t: PackageTable): string {
    return a1(t.row, t.col, t.rowCount, t.colCount);
  }
}

/**
 * Visit each `<row>` of a worksheet part in order: its number (the `r` attribute, else one more than
 * the row before) and its inner XML ("" for an empty `<row/>`). `visit` returns false to stop, true to go on.
 */
export function eachRow(xml: string, visit: (row: number, body: string) => boolean): void {
  let rowNumber = 0;
  for (const row of elements(xml, "row")) {
    const rAttr = /\br="(\d+)"/.exec(row.attrs);
    rowNumber = rAttr ? Number(rAttr[1]) : rowNumber + 1;
    if (!visit(rowNumber, row.inner ?? "")) return;
  }
}

/**
 * Visit each `<c>` of a row's inner XML: its column number (from `r`, else one more than the cell
 * before), its attribute text and its inner XML. `visit` returns false to stop, true to go on.
 */
export function eachCell(body: string, visit: (col: number, attrs: string, inner: string) => boolean): void {
  let col = 0;
  for (const c of elements(body, "c")) {
    const ref = /\br="([A-Z]+)\d+"/.exec(c.attrs);
    col = ref ? columnNumber(ref[1]) : col + 1;
    if (!visit(col, c.attrs, c.inner ?? "")) return;
  }
}

/**
 * The `<dimension ref="…">` of a sheet part. It comes before the sheet data by the schema's order, so
 * only the head of the part is searched (a crafted part cannot make the search slow).
 */
function dimensionRef(xml: string): RegExpExecArray | null {
  return /<dimension\b[^>]*\bref="([^"]+)"/.exec(xml.slice(0, 64 * 1024));
}

/** Does the sheet hold a cell with a value (`<c …><v>` or `<c …><is>`)? */
function hasValueCell(xml: string): boolean {
  for (const c of elements(xml, "c")) if (c.inner !== null && /^\s*<(v|is)\b/.test(c.inner)) return true;
  return false;
}

/** Column number of letters. @example columnNumber("AB") // 28 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

function cellValue(attrs: string, inner: string, strings: readonly string[]): CellValue {
  const t = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? "n";
  if (t === "inlineStr") return textOf(inner);
  const v = elements(inner, "v").next();
  if (v.done || v.value.inner === null) return "";
  const raw = v.value.inner;
  switch (t) {
    case "s":
      return strings[Number(raw)] ?? "";
    case "b":
      return raw === "1" || raw === "true";
    case "e":
    case "str":
      return decodeXml(raw);
    case "d":
      // An ISO 8601 date (Excel's Strict format and some other programs write dates so): its serial.
      return isoDateSerial(decodeXml(raw).trim()) ?? decodeXml(raw);
    default: {
      const n = Number(raw);
      return Number.isFinite(n) ? n : decodeXml(raw);
    }
  }
}

/**
 * A cell's value, refused with a Danish message naming sheet, row and column when its XML holds a
 * character reference that is no character, or its text is longer than Excel lets a cell be (no
 * program that saves real workbooks writes either; the limit keeps every text small).
 */
function checkedCellValue(
  sheet: string,
  row: number,
  col: number,
  attrs: string,
  inner: string,
  strings: readonly string[],
): CellValue {
  let value: CellValue;
  try {
    value = cellValue(attrs, inner, strings);
  } catch (e) {
    if (e instanceof BadCharacterError)
      throw new PackageLimitError(
        LIMIT_MESSAGES.badCharacter(`i række ${row}, kolonne ${columnLetters(col)} på arket ${sheet}`),
      );
    throw e;
  }
  if (typeof value === "string" && value.length > EXCEL_MAX_CELL_CHARS)
    throw new PackageLimitError(LIMIT_MESSAGES.cellText(sheet, row, columnLetters(col)));
  return value;
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The Excel serial of an ISO 8601 date or date-time as a `t="d"` cell holds it (the time as the
 * fraction; a time zone, which Excel does not write, is ignored). Null for anything else.
 * @example isoDateSerial("2025-03-02T12:00:00") // 45718.5
 */
export function isoDateSerial(text: string): number | null {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return null;
  const day = dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === null) return null;
  const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
  return seconds < 86_400 ? day + seconds / 86_400 : null;
}

function headerTexts(cells: readonly CellValue[], t: PackageTable): string[] {
  return Array.from({ length: t.colCount }, (_, i) => {
    const text = cells[i];
    return text === "" || text === null || text === undefined ? String(t.columnNames[i] ?? "") : String(text);
  });
}

function rawTableFromRect(values: CellValue[][], t: PackageTable): RawTable {
  const headers = t.headerRows > 0 ? headerTexts(values[0] ?? [], t) : [...t.columnNames];
  // Rows after the last stored one are not read (see readRects), so the totals row counts only if present.
  const body = values.slice(t.headerRows, Math.min(values.length, t.rowCount - t.totalsRows));
  const rows = body.map((r) => {
    const row: RawRow = {};
    headers.forEach((h, i) => {
      row[h] = r[i] ?? "";
    });
    return row;
  });
  return { rows, headerRow: t.row, headers };
}
