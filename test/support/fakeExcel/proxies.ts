/**
 * Proxy objects of the fake Excel: exactly the subset of the Excel JavaScript API the Office adapter
 * uses. Method calls and property writes are queued and run at `context.sync()`; reads need
 * `load()` and a sync first, or they throw "property not loaded" like the real API.
 */
import { parseA1 } from "../../../src/workbook/layout/grid";
import { FakeContext, loadPaths, notLoaded } from "./context";
import { assertWritable, fakeError, filteredRangeConflict, maxCol, maxRow } from "./model";
import type {
  ChartSeriesState,
  ChartState,
  FakeCell,
  SheetState,
  TableState,
  FakeWorkbookState,
  Scalar,
} from "./model";

interface Rect {
  sheet: SheetState;
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

const bytesOf = (v: unknown): number => JSON.stringify(v ?? null).length;

abstract class FakeProxy<T> {
  protected readonly ctx: FakeContext;
  private readonly resolveFn: () => T | null;
  private readonly loaded = new Map<string, unknown>();
  private readonly navs = new Map<string, FakeProxy<unknown>>();
  private nullState: boolean | undefined;
  private readonly orNull: boolean;

  /**
   * `path`: the arguments of the call that named this object (one object path in the request), or
   * "eager" for a sub-object Office only sends when it is used (a range's `format`, a table's `rows`).
   */
  constructor(ctx: FakeContext, resolve: () => T | null, orNull = false, path: readonly unknown[] | "eager" = []) {
    this.ctx = ctx;
    this.resolveFn = resolve;
    this.orNull = orNull;
    if (path !== "eager") ctx.notePath(path);
    if (orNull) ctx.enqueue(() => (this.nullState = this.resolveFn() === null));
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  get context(): FakeContext {
    return this.ctx;
  }

  /** The live object at execution time; a missing one fails the batch like Excel's ItemNotFound. */
  target(): T {
    const t = this.resolveFn();
    if (t === null) throw fakeError("ItemNotFound", "The requested resource doesn't exist.");
    return t;
  }

  tryTarget(): T | null {
    return this.resolveFn();
  }

  load(arg?: unknown): this {
    const paths = loadPaths(arg);
    this.ctx.enqueue(() => {
      this.ctx.noteResult();
      // Loading a null object (from an *OrNullObject method) gives nothing; any other missing object
      // fails the batch with ItemNotFound, as in Excel.
      if (this.resolveFn() === null) {
        if (this.orNull) return;
        this.target();
      }
      for (const p of paths) this.loadPath(p);
    }, bytesOf(paths));
    return this;
  }

  loadPath(path: string): void {
    const [head, ...rest] = path.split("/");
    if (rest.length === 0) {
      const value = this.readProp(head);
      this.ctx.noteResponse(value, head);
      this.loaded.set(head, value);
    } else this.nav(head).loadPath(rest.join("/"));
  }

  protected nav<P extends FakeProxy<unknown>>(name: string, make?: () => P): P {
    let p = this.navs.get(name);
    if (!p) {
      if (!make) p = this.makeNav(name);
      else p = make();
      this.navs.set(name, p);
    }
    return p as P;
  }

  protected makeNav(name: string): FakeProxy<unknown> {
    throw new Error(`fake Excel: no navigation property ${name}`);
  }

  protected abstract readProp(name: string): unknown;

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected write(value: unknown, apply: (target: T) => void): void {
    this.ctx.enqueue(() => apply(this.target()), bytesOf(value));
  }
}

// ---------------------------------------------------------------------------------------------
// Writing cells as Excel does

const LOOKS_NUMERIC = /^\s*[-+]?(\d+([.]\d*)?|[.]\d+)(e[-+]?\d+)?\s*$/i;

/** Store a value the way Excel takes it from `values` (or `formulas` when `asFormula`). */
function storeCell(
  state: FakeWorkbookState,
  s: SheetState,
  row: number,
  col: number,
  v: unknown,
  _asFormula: boolean,
): void {
  const old = state.cell(s, row, col);
  const keep: Partial<FakeCell> = {
    numberFormat: old.numberFormat,
    bold: old.bold,
    fontSize: old.fontSize,
    wrap: old.wrap,
  };
  if (v === null || v === undefined || v === "") {
    state.setCell(s, row, col, { ...keep, value: "" });
    return;
  }
  if (typeof v === "number" || typeof v === "boolean") {
    state.setCell(s, row, col, { ...keep, value: v });
    return;
  }
  const text = String(v);
  if (old.numberFormat === "@") {
    state.setCell(s, row, col, { ...keep, value: text });
    return;
  }
  if (text.startsWith("'")) {
    state.setCell(s, row, col, { ...keep, value: text.slice(1) });
    return;
  }
  if (/^[=+\-@]/.test(text)) {
    if (LOOKS_NUMERIC.test(text)) {
      state.setCell(s, row, col, { ...keep, value: Number(text) });
      return;
    }
    // Excel would calculate it; the fake keeps the formula and shows an error as its value.
    state.setCell(s, row, col, { ...keep, value: "#NAME?", formula: text.startsWith("=") ? text : `=${text}` });
    return;
  }
  if (LOOKS_NUMERIC.test(text)) {
    state.setCell(s, row, col, { ...keep, value: Number(text) });
    return;
  }
  state.setCell(s, row, col, { ...keep, value: text });
}

/**
 * Values written through a filter land in the wrong rows (Office issue 224); the fake refuses them
 * with Excel's FilteredRangeConflict instead, so the adapter can never rely on it: a range of more
 * than one row that a table's filter hides rows in. One row is written as asked, hidden or not.
 */
function assertNotThroughFilter(state: FakeWorkbookState, r: Rect): void {
  if (r.rowCount < 2) return;
  if (state.filteredTableIn(r.sheet, r.row, r.row + r.rowCount - 1, r.col, r.col + r.colCount - 1))
    throw filteredRangeConflict();
}

function assertShape(value: unknown, rect: Rect, prop: string): unknown[][] {
  if (
    !Array.isArray(value) ||
    value.length !== rect.rowCount ||
    value.some((r) => !Array.isArray(r) || r.length !== rect.colCount)
  ) {
    throw fakeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`,
    );
  }
  return value as unknown[][];
}

// ---------------------------------------------------------------------------------------------

export class FakeRange extends FakeProxy<Rect> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  constructor(ctx: FakeContext, resolve: () => Rect | null, orNull = false, path: readonly unknown[] | "eager" = []) {
    super(ctx, resolve, orNull, path);
    this.format = new FakeRangeFormat(ctx, () => this.tryTarget());
    this.dataValidation = new FakeDataValidation(ctx, () => this.tryTarget(), false, "eager");
  }

  protected readProp(name: string): unknown {
    const r = this.target();
    const st = this.ctx.state;
    switch (name) {
      case "values":
        return st.values(r.sheet, r.row, r.col, r.rowCount, r.colCount);
      case "formulas":
        return Array.from({ length: r.rowCount }, (_, i) =>
          Array.from({ length: r.colCount }, (_, j) => {
            const c = st.cell(r.sheet, r.row + i, r.col + j);
            return c.formula ?? c.value;
          }),
        );
      case "numberFormat":
        return Array.from({ length: r.rowCount }, (_, i) =>
          Array.from(
            { length: r.colCount },
            (_, j) => st.cell(r.sheet, r.row + i, r.col + j).numberFormat ?? "General",
          ),
        );
      case "address":
        return st.address(r.sheet, r.row, r.col, r.rowCount, r.colCount);
      case "rowIndex":
        return r.row - 1;
      case "columnIndex":
        return r.col - 1;
      case "rowCount":
        return r.rowCount;
      case "columnCount":
        return r.colCount;
      default:
        throw new Error(`fake Excel: Range.${name} is not in the subset`);
    }
  }

  get values(): Scalar[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.write(v, (r) => {
      assertWritable(r.sheet);
      assertNotThroughFilter(this.ctx.state, r);
      const rows = assertShape(v, r, "values");
      rows.forEach((row, i) =>
        row.forEach((x, j) => storeCell(this.ctx.state, r.sheet, r.row + i, r.col + j, x, false)),
      );
    });
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write(v, (r) => {
      assertWritable(r.sheet);
      assertNotThroughFilter(this.ctx.state, r);
      const rows = assertShape(v, r, "formulas");
      rows.forEach((row, i) =>
        row.forEach((x, j) => storeCell(this.ctx.state, r.sheet, r.row + i, r.col + j, x, true)),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.write(v, (r) => {
      const rows = assertShape(v, r, "numberFormat");
      rows.forEach((row, i) =>
        row.forEach((x, j) => {
          const cell = this.ctx.state.cell(r.sheet, r.row + i, r.col + j);
          this.ctx.state.setCell(r.sheet, r.row + i, r.col + j, { ...cell, numberFormat: String(x) });
        }),
      );
    });
  }
  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }

  /** Clear contents and formats (Excel's `clear()`, "All"). */
  clear(): void {
    this.write(null, (r) => {
      assertWritable(r.sheet);
      for (const k of [...r.sheet.cells.keys()]) {
        const [row, col] = k.split(",").map(Number);
        if (row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount)
          r.sheet.cells.delete(k);
      }
      if (r.sheet.rowHeights)
        for (const row of [...r.sheet.rowHeights.keys()])
          if (row >= r.row && row < r.row + r.rowCount) r.sheet.rowHeights.delete(row);
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const r = this.tryTarget();
        return r ? { sheet: r.sheet, row: r.row + row, col: r.col + column, rowCount: 1, colCount: 1 } : null;
      },
      false,
      [row, column],
    );
  }

  getLastRow(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const r = this.tryTarget();
      return r ? { sheet: r.sheet, row: r.row + r.rowCount - 1, col: r.col, rowCount: 1, colCount: r.colCount } : null;
    });
  }

  getEntireRow(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const r = this.tryTarget();
      return r ? { sheet: r.sheet, row: r.row, col: 1, rowCount: r.rowCount, colCount: 16384 } : null;
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const r = this.tryTarget();
        return r ? { ...r, rowCount: r.rowCount + deltaRows, colCount: r.colCount + deltaColumns } : null;
      },
      false,
      [deltaRows, deltaColumns],
    );
  }

  private intersect(other: FakeRange): Rect | null {
    const a = this.tryTarget();
    const b = other.tryTarget();
    if (!a || !b || a.sheet !== b.sheet) return null;
    const row = Math.max(a.row, b.row);
    const col = Math.max(a.col, b.col);
    const lastRow = Math.min(a.row + a.rowCount, b.row + b.rowCount) - 1;
    const lastCol = Math.min(a.col + a.colCount, b.col + b.colCount) - 1;
    if (lastRow < row || lastCol < col) return null;
    return { sheet: a.sheet, row, col, rowCount: lastRow - row + 1, colCount: lastCol - col + 1 };
  }

  getIntersection(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => this.intersect(other), false, [{ ObjectPathId: 1234 }]);
  }

  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => this.intersect(other), true, [{ ObjectPathId: 1234 }]);
  }

  private findCell(
    text: string,
    criteria: { completeMatch?: boolean; matchCase?: boolean; searchDirection?: string },
  ): Rect | null {
    const memoKey = `${JSON.stringify([text, criteria])}`;
    const memo = this.ctx.memo.get(this) as Map<string, Rect | null> | undefined;
    if (memo?.has(memoKey)) return memo.get(memoKey) as Rect | null;
    const r = this.tryTarget();
    let found: Rect | null = null;
    if (r) {
      if (r.rowCount === 1 && r.colCount === 1)
        throw new Error("fake Excel: find on a single cell searches the whole sheet; the adapter must not rely on it");
      const norm = (s: string): string => (criteria.matchCase ? s : s.toLowerCase());
      // Excel's wildcards: "~*", "~?" and "~~" stand for the character itself.
      const wanted = norm(text.replace(/~([~*?])/g, "$1"));
      const backwards = criteria.searchDirection === "Backwards";
      const cells = r.rowCount * r.colCount;
      for (let k = 0; k < cells; k++) {
        const n = backwards ? cells - 1 - k : k;
        const i = Math.floor(n / r.colCount);
        const j = n % r.colCount;
        const v = norm(String(this.ctx.state.cell(r.sheet, r.row + i, r.col + j).value));
        if (criteria.completeMatch ? v === wanted : v.includes(wanted)) {
          found = { sheet: r.sheet, row: r.row + i, col: r.col + j, rowCount: 1, colCount: 1 };
          break;
        }
      }
    }
    const m = memo ?? new Map<string, Rect | null>();
    m.set(memoKey, found);
    this.ctx.memo.set(this, m);
    return found;
  }

  /** The used part of this range (cells with a value or formula), or a null object when all are empty. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const r = this.tryTarget();
        if (!r) return null;
        let top = Infinity;
        let left = Infinity;
        let bottom = -Infinity;
        let right = -Infinity;
        for (const [k, c] of r.sheet.cells) {
          if (c.value === "" && !c.formula) continue;
          const [row, col] = k.split(",").map(Number);
          if (row < r.row || row >= r.row + r.rowCount || col < r.col || col >= r.col + r.colCount) continue;
          top = Math.min(top, row);
          left = Math.min(left, col);
          bottom = Math.max(bottom, row);
          right = Math.max(right, col);
        }
        return top === Infinity
          ? null
          : { sheet: r.sheet, row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
      },
      true,
      [Boolean(_valuesOnly)],
    );
  }

  find(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean; searchDirection?: string }): FakeRange {
    return new FakeRange(this.ctx, () => this.findCell(text, criteria), false, [text, criteria]);
  }

  findOrNullObject(
    text: string,
    criteria: { completeMatch?: boolean; matchCase?: boolean; searchDirection?: string },
  ): FakeRange {
    return new FakeRange(this.ctx, () => this.findCell(text, criteria), true, [text, criteria]);
  }
}

export class FakeRangeFormat extends FakeProxy<Rect> {
  readonly font: FakeFont;
  constructor(ctx: FakeContext, resolve: () => Rect | null) {
    super(ctx, resolve, false, "eager");
    this.font = new FakeFont(ctx, resolve, false, "eager");
  }
  protected readProp(name: string): unknown {
    throw new Error(`fake Excel: RangeFormat.${name} is not readable in the subset`);
  }
  set columnWidth(points: number) {
    this.write(points, (r) => {
      for (let c = r.col; c < r.col + r.colCount; c++) r.sheet.widths.set(c, points);
    });
  }
  set wrapText(wrap: boolean) {
    this.write(wrap, (r) => this.each(r, (cell) => (cell.wrap = wrap)));
  }
  set rowHeight(points: number) {
    this.write(points, (r) => {
      const heights = (r.sheet.rowHeights ??= new Map());
      for (let i = r.row; i < r.row + r.rowCount; i++) heights.set(i, points);
    });
  }
  set verticalAlignment(_v: string) {
    this.write(_v, () => undefined);
  }
  each(r: Rect, f: (cell: FakeCell) => void): void {
    for (let i = 0; i < r.rowCount; i++)
      for (let j = 0; j < r.colCount; j++) {
        const cell = { ...this.ctx.state.cell(r.sheet, r.row + i, r.col + j) };
        f(cell);
        this.ctx.state.setCell(r.sheet, r.row + i, r.col + j, cell);
      }
  }
}

export class FakeFont extends FakeProxy<Rect> {
  protected readProp(name: string): unknown {
    throw new Error(`fake Excel: RangeFont.${name} is not readable in the subset`);
  }
  private each(r: Rect, f: (cell: FakeCell) => void): void {
    for (let i = 0; i < r.rowCount; i++)
      for (let j = 0; j < r.colCount; j++) {
        const cell = { ...this.ctx.state.cell(r.sheet, r.row + i, r.col + j) };
        f(cell);
        this.ctx.state.setCell(r.sheet, r.row + i, r.col + j, cell);
      }
  }
  set bold(b: boolean) {
    this.write(b, (r) => this.each(r, (c) => (c.bold = b)));
  }
  set size(n: number) {
    this.write(n, (r) => this.each(r, (c) => (c.fontSize = n)));
  }
  set italic(_b: boolean) {
    this.write(_b, () => undefined);
  }
}

export class FakeDataValidation extends FakeProxy<Rect> {
  protected readProp(name: string): unknown {
    throw new Error(`fake Excel: DataValidation.${name} is not readable in the subset`);
  }
  private entry(r: Rect) {
    const address = this.ctx.state.address(r.sheet, r.row, r.col, r.rowCount, r.colCount);
    let e = r.sheet.validations.find((v) => v.address === address);
    if (!e) {
      e = { address, rule: undefined };
      r.sheet.validations.push(e);
    }
    return e;
  }
  /** Remove the validations of this range and of every range inside it. */
  clear(): void {
    this.write(null, (r) => {
      r.sheet.validations = r.sheet.validations.filter((v) => {
        const local = v.address.slice(v.address.lastIndexOf("!") + 1);
        const x = parseA1(local);
        const inside =
          x.row >= r.row &&
          x.col >= r.col &&
          x.row + x.rowCount <= r.row + r.rowCount &&
          x.col + x.colCount <= r.col + r.colCount;
        return !inside;
      });
    });
  }
  set rule(rule: unknown) {
    this.write(rule, (r) => (this.entry(r).rule = rule));
  }
  set errorAlert(alert: unknown) {
    this.write(alert, (r) => (this.entry(r).errorAlert = alert));
  }
  set prompt(prompt: unknown) {
    this.write(prompt, (r) => (this.entry(r).prompt = prompt));
  }
}

// ---------------------------------------------------------------------------------------------

interface ColumnRef {
  table: TableState;
  index: number;
}

const headerTexts = (st: FakeWorkbookState, t: TableState): string[] =>
  st.values(t.sheet, t.row, t.col, 1, t.colCount)[0].map((v) => String(v));

export class FakeTableColumn extends FakeProxy<ColumnRef> {
  protected readProp(name: string): unknown {
    const c = this.target();
    if (name === "name") return headerTexts(this.ctx.state, c.table)[c.index];
    if (name === "index") return c.index;
    throw new Error(`fake Excel: TableColumn.${name} is not in the subset`);
  }
  get name(): string {
    return this.get("name");
  }
  private rect(c: ColumnRef | null, part: "all" | "body" | "header"): Rect | null {
    if (!c) return null;
    const t = c.table;
    const body = t.rowCount - 1 - (t.showTotals ? 1 : 0);
    if (part === "header") return { sheet: t.sheet, row: t.row, col: t.col + c.index, rowCount: 1, colCount: 1 };
    if (part === "body") return { sheet: t.sheet, row: t.row + 1, col: t.col + c.index, rowCount: body, colCount: 1 };
    return { sheet: t.sheet, row: t.row, col: t.col + c.index, rowCount: t.rowCount, colCount: 1 };
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.rect(this.tryTarget(), "all"));
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.rect(this.tryTarget(), "body"));
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.rect(this.tryTarget(), "header"));
  }
}

export class FakeTableColumnCollection extends FakeProxy<TableState> {
  protected readProp(name: string): unknown {
    if (name === "count") return this.target().colCount;
    throw new Error(`fake Excel: TableColumnCollection.${name} is not in the subset`);
  }
  private byName(key: string): ColumnRef | null {
    const t = this.tryTarget();
    if (!t) return null;
    // Excel finds a table column by its exact name, ignoring case.
    const index = headerTexts(this.ctx.state, t).findIndex((h) => h.toLowerCase() === key.toLowerCase());
    return index < 0 ? null : { table: t, index };
  }
  getItem(key: string): FakeTableColumn {
    return new FakeTableColumn(this.ctx, () => this.byName(key), false, [key]);
  }
  getItemOrNullObject(key: string): FakeTableColumn {
    return new FakeTableColumn(this.ctx, () => this.byName(key), true, [key]);
  }
  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(
      this.ctx,
      () => {
        const t = this.tryTarget();
        return t && index < t.colCount ? { table: t, index } : null;
      },
      false,
      [index],
    );
  }
  add(index: number | null | undefined, values?: unknown[][], name?: string): FakeTableColumn {
    let made: ColumnRef | null = null;
    this.write(values, (t) => {
      if (index !== null && index !== undefined && index !== t.colCount)
        throw new Error("fake Excel: only appending columns is in the subset");
      const col = t.col + t.colCount;
      for (let r = t.row; r < t.row + t.rowCount; r++) {
        if (this.ctx.state.cell(t.sheet, r, col).value !== "")
          throw new Error("fake Excel: adding a column over cells in use");
      }
      t.colCount += 1;
      if (values) values.forEach((row, i) => storeCell(this.ctx.state, t.sheet, t.row + i, col, row[0], false));
      if (name) storeCell(this.ctx.state, t.sheet, t.row, col, name, false);
      made = { table: t, index: t.colCount - 1 };
    });
    return new FakeTableColumn(this.ctx, () => made);
  }
}

export class FakeTableRowCollection extends FakeProxy<TableState> {
  protected readProp(name: string): unknown {
    if (name === "count") {
      const t = this.target();
      return t.rowCount - 1 - (t.showTotals ? 1 : 0);
    }
    throw new Error(`fake Excel: TableRowCollection.${name} is not in the subset`);
  }
  get count(): number {
    return this.get("count");
  }
  /**
   * Append rows. Without `values`, one empty row whose formula columns (a formula in the row above,
   * as Excel's calculated columns) get the formula, as Excel fills them.
   */
  add(index: number | null | undefined, values?: unknown[][]): void {
    this.write(values ?? null, (t) => {
      if (index !== null && index !== undefined) throw new Error("fake Excel: only appending rows is in the subset");
      assertWritable(t.sheet);
      // A table whose filter hides rows takes no new rows through the API.
      if ((t.hiddenRows?.size ?? 0) > 0) throw filteredRangeConflict();
      const st = this.ctx.state;
      const body = t.rowCount - 1 - (t.showTotals ? 1 : 0);
      const at = t.row + 1 + body;
      const count = values ? values.length : 1;
      const rect: Rect = { sheet: t.sheet, row: at, col: t.col, rowCount: count, colCount: t.colCount };
      const rows = values ? assertShape(values, rect, "rows.add") : null;
      // Excel inserts cells within the table's columns, pushing what is below down.
      st.shiftDown(t, at, count);
      t.rowCount += count;
      // New rows take the formats of the row above, and its formula where the column is calculated.
      for (let i = 0; i < count; i++) {
        for (let j = 0; j < t.colCount; j++) {
          const above = st.cell(t.sheet, at - 1, t.col + j);
          const calculated = body > 0 && above.formula !== undefined;
          st.setCell(t.sheet, at + i, t.col + j, {
            value: calculated ? above.value : "",
            numberFormat: above.numberFormat,
            ...(calculated ? { formula: above.formula } : {}),
          });
          if (rows) storeCell(st, t.sheet, at + i, t.col + j, rows[i][j], false);
        }
      }
    });
  }
}

export class FakeTable extends FakeProxy<TableState> {
  readonly columns: FakeTableColumnCollection;
  readonly rows: FakeTableRowCollection;
  constructor(
    ctx: FakeContext,
    resolve: () => TableState | null,
    orNull = false,
    path: readonly unknown[] | "eager" = [],
  ) {
    super(ctx, resolve, orNull, path);
    this.columns = new FakeTableColumnCollection(ctx, () => this.tryTarget(), false, "eager");
    this.rows = new FakeTableRowCollection(ctx, () => this.tryTarget(), false, "eager");
  }
  protected readProp(name: string): unknown {
    const t = this.target();
    switch (name) {
      case "name":
        return t.name;
      case "id":
        return t.id ?? `{${t.name}}`;
      case "showTotals":
        return t.showTotals;
      default:
        throw new Error(`fake Excel: Table.${name} is not in the subset`);
    }
  }
  protected makeNav(name: string): FakeProxy<unknown> {
    if (name === "worksheet") return new FakeWorksheet(this.ctx, () => this.tryTarget()?.sheet ?? null);
    return super.makeNav(name);
  }
  get worksheet(): FakeWorksheet {
    return this.nav("worksheet");
  }
  get name(): string {
    return this.get("name");
  }
  set name(n: string) {
    this.write(n, (t) => {
      if (this.ctx.state.tables.some((x) => x !== t && x.name.toLowerCase() === n.toLowerCase())) {
        throw fakeError("InvalidArgument", `A table named ${n} already exists.`);
      }
      t.name = n;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get showTotals(): boolean {
    return this.get("showTotals");
  }
  set style(_s: string) {
    this.write(_s, () => undefined);
  }
  private part(which: "all" | "header" | "body"): Rect | null {
    const t = this.tryTarget();
    if (!t) return null;
    const body = t.rowCount - 1 - (t.showTotals ? 1 : 0);
    if (which === "header") return { sheet: t.sheet, row: t.row, col: t.col, rowCount: 1, colCount: t.colCount };
    if (which === "body") return { sheet: t.sheet, row: t.row + 1, col: t.col, rowCount: body, colCount: t.colCount };
    return { sheet: t.sheet, row: t.row, col: t.col, rowCount: t.rowCount, colCount: t.colCount };
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.part("all"));
  }
  /** Clear every filter of the table (Table.clearFilters, ExcelApi 1.2): hidden rows show again. */
  clearFilters(): void {
    this.write(null, (t) => {
      t.hiddenRows = undefined;
    });
  }
  /** Delete the table with its cells, as Excel does. */
  delete(): void {
    this.write(null, (t) => {
      assertWritable(t.sheet);
      for (let r = t.row; r < t.row + t.rowCount; r++)
        for (let c = t.col; c < t.col + t.colCount; c++) t.sheet.cells.delete(`${r},${c}`);
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== t);
    });
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.part("header"));
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, () => this.part("body"));
  }
}

export class FakeTableCollection extends FakeProxy<TableState[]> {
  private readonly sheetOf: (() => SheetState | null) | null;
  readonly onChanged: {
    add(handler: (e: unknown) => Promise<unknown> | void): { remove(): void; context: { sync(): Promise<void> } };
  };

  constructor(ctx: FakeContext, sheetOf: (() => SheetState | null) | null) {
    super(
      ctx,
      () => {
        const s = sheetOf ? sheetOf() : null;
        if (sheetOf && !s) return null;
        return ctx.state.tables.filter((t) => !s || t.sheet === s);
      },
      false,
      "eager",
    );
    this.sheetOf = sheetOf;
    this.onChanged = {
      add: (handler) => {
        const listeners = ctx.state.tableChangeListeners;
        ctx.enqueue(() => listeners.push(handler as never));
        return {
          remove: () => ctx.enqueue(() => listeners.splice(listeners.indexOf(handler as never), 1)),
          context: { sync: () => ctx.sync() },
        };
      },
    };
  }
  protected readProp(name: string): unknown {
    if (name === "count") return this.target().length;
    throw new Error(`fake Excel: TableCollection.${name} is not in the subset`);
  }
  private itemsCache: { sync: number; items: FakeTable[] } | null = null;
  loadPath(path: string): void {
    const [head, ...rest] = path.split("/");
    if (head !== "items") return super.loadPath(path);
    // All "items/…" paths loaded in one sync share the same item proxies.
    if (this.itemsCache?.sync !== this.ctx.syncCount) {
      const items = this.target().map(
        (t) => new FakeTable(this.ctx, () => (this.ctx.state.tables.includes(t) ? t : null), false, "eager"),
      );
      this.itemsCache = { sync: this.ctx.syncCount, items };
    }
    const items = this.itemsCache.items;
    if (rest.length > 0) for (const item of items) item.loadPath(rest.join("/"));
    this.setLoaded("items", items);
  }
  get items(): FakeTable[] {
    return this.get("items");
  }
  private byName(name: string): TableState | null {
    const list = this.tryTarget();
    return list?.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, () => this.byName(name), false, [name]);
  }
  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.ctx, () => this.byName(name), true, [name]);
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    let made: TableState | null = null;
    this.write(address, () => {
      const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
      const sheetName = address.includes("!")
        ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'")
        : null;
      const sheet = sheetName ? this.ctx.state.sheet(sheetName) : this.sheetOf?.();
      if (!sheet) throw fakeError("ItemNotFound", `No sheet for ${address}`);
      if (!hasHeaders) throw new Error("fake Excel: tables without headers are not in the subset");
      const r = parseA1(local);
      for (const t of this.ctx.state.tables) {
        if (t.sheet !== sheet) continue;
        const overlap =
          t.row <= r.row + r.rowCount - 1 &&
          t.row + t.rowCount - 1 >= r.row &&
          t.col <= r.col + r.colCount - 1 &&
          t.col + t.colCount - 1 >= r.col;
        if (overlap) throw fakeError("InvalidArgument", "A table can't overlap another table.");
      }
      // A header-only range gets one empty body row, as in Excel.
      const rowCount = Math.max(2, r.rowCount);
      const t: TableState = {
        name: `Tabel${this.ctx.state.tables.length + 1}`,
        sheet,
        row: r.row,
        col: r.col,
        rowCount,
        colCount: r.colCount,
        showTotals: false,
        id: this.ctx.state.newTableId(),
      };
      this.ctx.state.tables.push(t);
      made = t;
    });
    return new FakeTable(this.ctx, () => made);
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * An object whose listed properties are write-only and recorded under `prefix.name` in `record()`
 * when the batch runs (chart axes, legend, page layout: the adapter only ever sets them).
 */
function recorder<R extends object>(
  ctx: FakeContext,
  record: () => Record<string, unknown>,
  prefix: string,
  props: readonly string[],
  extra: R = {} as R,
): R & Record<string, unknown> {
  const o = extra as R & Record<string, unknown>;
  for (const p of props) {
    Object.defineProperty(o, p, {
      set(v: unknown) {
        ctx.enqueue(() => (record()[`${prefix}${p}`] = v), bytesOf(v));
      },
      get() {
        throw notLoaded(p);
      },
    });
  }
  return o;
}

export class FakeChartSeries {
  constructor(
    private readonly ctx: FakeContext,
    private readonly series: () => ChartSeriesState,
  ) {}
  private set<K extends keyof ChartSeriesState>(k: K, v: ChartSeriesState[K]): void {
    this.ctx.enqueue(() => (this.series()[k] = v), bytesOf(v));
  }
  set name(n: string) {
    this.set("name", n);
  }
  set chartType(t: string) {
    this.set("chartType", t);
  }
  set markerStyle(m: string) {
    this.set("markerStyle", m);
  }
  get format(): { line: { lineStyle: string } } {
    const set = (v: string): void => this.set("lineStyle", v);
    return {
      line: {
        set lineStyle(v: string) {
          set(v);
        },
        get lineStyle(): string {
          throw notLoaded("format.line.lineStyle");
        },
      },
    };
  }
  setValues(r: FakeRange): void {
    this.ctx.enqueue(() => {
      const t = r.target();
      this.series().values = this.ctx.state.address(t.sheet, t.row, t.col, t.rowCount, t.colCount);
    });
  }
  setXAxisValues(r: FakeRange): void {
    this.ctx.enqueue(() => {
      const t = r.target();
      this.series().xValues = this.ctx.state.address(t.sheet, t.row, t.col, t.rowCount, t.colCount);
    });
  }
}

export class FakeChart extends FakeProxy<ChartState> {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: { getItemAt(i: number): FakeChartSeries; add(name?: string): FakeChartSeries };
  readonly axes: {
    valueAxis: Record<string, unknown> & { title: { text: string } };
    categoryAxis: Record<string, unknown> & { title: { text: string } };
  };
  constructor(ctx: FakeContext, resolve: () => ChartState | null, path: readonly unknown[] | "eager" = []) {
    super(ctx, resolve, false, path);
    const chart = (): ChartState => this.target();
    this.title = {
      set text(t: string) {
        ctx.enqueue(() => (chart().title = t), t.length);
      },
      get text(): string {
        throw notLoaded("title.text");
      },
    };
    this.legend = {
      set position(p: string) {
        ctx.enqueue(() => (chart().legendPosition = p), p.length);
      },
      get position(): string {
        throw notLoaded("legend.position");
      },
    };
    this.series = {
      getItemAt: (i) => new FakeChartSeries(ctx, () => chart().series[i]),
      add: (name) => {
        let made: ChartSeriesState | null = null;
        ctx.enqueue(() => {
          made = { ...(name ? { name } : {}) };
          chart().series.push(made);
        });
        return new FakeChartSeries(ctx, () => made as unknown as ChartSeriesState);
      },
    };
    const axis = (name: string): Record<string, unknown> & { title: { text: string } } =>
      recorder(
        ctx,
        () => chart().axes,
        `${name}.`,
        ["minimum", "maximum", "numberFormat", "reversePlotOrder", "position"],
        {
          title: recorder(ctx, () => chart().axes, `${name}.title.`, ["text"]) as unknown as { text: string },
        },
      );
    this.axes = { valueAxis: axis("valueAxis"), categoryAxis: axis("categoryAxis") };
  }
  protected readProp(name: string): unknown {
    throw new Error(`fake Excel: Chart.${name} is not readable in the subset`);
  }
  set width(w: number) {
    this.write(w, (c) => (c.width = w));
  }
  set height(h: number) {
    this.write(h, (c) => (c.height = h));
  }
  delete(): void {
    this.write(null, (c) => {
      for (const sheet of this.ctx.state.sheets) sheet.charts = sheet.charts.filter((x) => x !== c);
    });
  }
  setPosition(startCell: string, endCell?: string): void {
    this.write(startCell, (c) => (c.position = endCell ? `${startCell}:${endCell}` : startCell));
  }
}

export class FakeWorksheet extends FakeProxy<SheetState> {
  readonly tables: FakeTableCollection;
  readonly freezePanes: { freezeRows(count: number): void; unfreeze(): void };
  readonly charts: {
    add(type: string, source: FakeRange, seriesBy: string): FakeChart;
    load(arg?: unknown): { readonly items: FakeChart[] };
  };
  readonly pageLayout: Record<string, unknown> & {
    setPrintTitleRows(rows: string): void;
    headersFooters: { defaultForAllPages: Record<string, unknown> };
  };
  readonly onSelectionChanged: {
    add(handler: (e: { address: string; worksheetId: string }) => Promise<unknown> | void): {
      remove(): void;
      context: { sync(): Promise<void> };
    };
  };

  constructor(
    ctx: FakeContext,
    resolve: () => SheetState | null,
    orNull = false,
    path: readonly unknown[] | "eager" = [],
  ) {
    super(ctx, resolve, orNull, path);
    this.tables = new FakeTableCollection(ctx, () => this.tryTarget());
    this.freezePanes = {
      freezeRows: (count) => this.write(count, (s) => (s.frozenRows = count)),
      unfreeze: () => this.write(null, (s) => (s.frozenRows = 0)),
    };
    this.charts = {
      add: (type, source, seriesBy) => {
        let made: ChartState | null = null;
        this.write(type, (s) => {
          const r = source.target();
          made = {
            type,
            source: ctx.state.address(r.sheet, r.row, r.col, r.rowCount, r.colCount),
            seriesBy,
            title: "",
            series: [{ values: ctx.state.address(r.sheet, r.row, r.col, r.rowCount, r.colCount) }],
            axes: {},
          };
          s.charts.push(made);
        });
        return new FakeChart(ctx, () => made);
      },
      load: () => {
        const loaded: { items: FakeChart[] | null } = { items: null };
        ctx.enqueue(() => {
          const sheet = this.target();
          loaded.items = sheet.charts.map(
            (c) => new FakeChart(ctx, () => (sheet.charts.includes(c) ? c : null), "eager"),
          );
          ctx.noteResponse(sheet.charts.map((c) => c.title));
        });
        return {
          get items(): FakeChart[] {
            if (loaded.items === null) throw notLoaded("items");
            return loaded.items;
          },
        };
      },
    };
    const layout = (): Record<string, unknown> => (this.target().pageLayout ??= {});
    this.pageLayout = recorder(ctx, layout, "", ["paperSize", "orientation", "zoom"], {
      setPrintTitleRows: (rows: string) => ctx.enqueue(() => (layout().printTitleRows = rows), rows.length),
      headersFooters: {
        defaultForAllPages: recorder(ctx, layout, "footer.", ["leftFooter", "centerFooter", "rightFooter"]),
      },
    });
    this.onSelectionChanged = {
      add: (handler) => {
        const entry = { sheet: null as unknown as SheetState, handler };
        ctx.enqueue(() => {
          entry.sheet = this.target();
          ctx.state.selectionListeners.push(entry);
        });
        return {
          remove: () =>
            ctx.enqueue(() => ctx.state.selectionListeners.splice(ctx.state.selectionListeners.indexOf(entry), 1)),
          context: { sync: () => ctx.sync() },
        };
      },
    };
  }
  protected readProp(name: string): unknown {
    const s = this.target();
    switch (name) {
      case "name":
        return s.name;
      case "id":
        return s.id ?? `{${s.name}}`;
      case "position":
        return this.ctx.state.sheets.indexOf(s);
      default:
        throw new Error(`fake Excel: Worksheet.${name} is not in the subset`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  set name(n: string) {
    this.write(n, (s) => {
      if (this.ctx.state.sheets.some((x) => x !== s && x.name.toLowerCase() === n.toLowerCase())) {
        throw fakeError("InvalidArgument", `A sheet named ${n} already exists.`);
      }
      s.name = n;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(p: number) {
    this.write(p, (s) => {
      const st = this.ctx.state;
      st.sheets = st.sheets.filter((x) => x !== s);
      st.sheets.splice(p, 0, s);
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.tryTarget();
        if (!s) return null;
        // No address: the whole worksheet.
        if (address === undefined) return { sheet: s, row: 1, col: 1, rowCount: 1_048_576, colCount: 16_384 };
        const columns = /^([A-Z]+):([A-Z]+)$/i.exec(address);
        if (columns) {
          // Whole columns: every one of Excel's 1,048,576 rows.
          const from = parseA1(`${columns[1]}1`).col;
          const to = parseA1(`${columns[2]}1`).col;
          return { sheet: s, row: 1, col: from, rowCount: 1_048_576, colCount: to - from + 1 };
        }
        const r = parseA1(address);
        return { sheet: s, ...r };
      },
      false,
      address === undefined ? [] : [address],
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.tryTarget();
        return s ? { sheet: s, row: startRow + 1, col: startColumn + 1, rowCount, colCount: columnCount } : null;
      },
      false,
      [startRow, startColumn, rowCount, columnCount],
    );
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const s = this.tryTarget();
        if (!s) return null;
        let rows = maxRow(s);
        let cols = maxCol(s);
        for (const t of this.ctx.state.tables.filter((x) => x.sheet === s)) {
          rows = Math.max(rows, t.row + t.rowCount - 1);
          cols = Math.max(cols, t.col + t.colCount - 1);
        }
        return rows === 0 || cols === 0 ? null : { sheet: s, row: 1, col: 1, rowCount: rows, colCount: cols };
      },
      true,
    );
  }
  delete(): void {
    this.write(null, (s) => this.ctx.state.removeSheet(s));
  }
  activate(): void {
    this.write(null, (s) => (this.ctx.state.activeSheet = s.name));
  }
}

export class FakeWorksheetCollection extends FakeProxy<SheetState[]> {
  readonly onSelectionChanged: {
    add(handler: (e: { address: string; worksheetId: string }) => Promise<unknown> | void): {
      remove(): void;
      context: { sync(): Promise<void> };
    };
  };
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.state.sheets, false, "eager");
    this.onSelectionChanged = {
      add: (handler) => {
        const entry = { sheet: null, handler };
        ctx.enqueue(() => ctx.state.selectionListeners.push(entry));
        return {
          remove: () =>
            ctx.enqueue(() => ctx.state.selectionListeners.splice(ctx.state.selectionListeners.indexOf(entry), 1)),
          context: { sync: () => ctx.sync() },
        };
      },
    };
  }
  protected readProp(name: string): unknown {
    if (name === "count") return this.target().length;
    throw new Error(`fake Excel: WorksheetCollection.${name} is not in the subset`);
  }
  private itemsCache: { sync: number; items: FakeWorksheet[] } | null = null;
  loadPath(path: string): void {
    const [head, ...rest] = path.split("/");
    if (head !== "items") return super.loadPath(path);
    // All "items/…" paths loaded in one sync share the same item proxies.
    if (this.itemsCache?.sync !== this.ctx.syncCount) {
      const items = this.target().map(
        (s) => new FakeWorksheet(this.ctx, () => (this.ctx.state.sheets.includes(s) ? s : null), false, "eager"),
      );
      this.itemsCache = { sync: this.ctx.syncCount, items };
    }
    const items = this.itemsCache.items;
    if (rest.length > 0) for (const item of items) item.loadPath(rest.join("/"));
    this.setLoaded("items", items);
  }
  get items(): FakeWorksheet[] {
    return this.get("items");
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name) ?? null, false, [name]);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name) ?? null, true, [name]);
  }
  add(name: string): FakeWorksheet {
    let made: SheetState | null = null;
    this.write(name, () => (made = this.ctx.state.addSheet(name)));
    return new FakeWorksheet(this.ctx, () => made);
  }
}

/** `workbook.functions`: only DATE, which the adapter uses to learn the date system. */
export class FakeFunctionResult extends FakeProxy<number> {
  protected readProp(name: string): unknown {
    if (name === "value") return this.target();
    if (name === "error") return null;
    throw new Error(`fake Excel: FunctionResult.${name} is not in the subset`);
  }
  get value(): number {
    return this.get("value");
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  readonly functions: { date(year: number, month: number, day: number): FakeFunctionResult };
  constructor(ctx: FakeContext) {
    this.functions = {
      date: (year, month, day) =>
        new FakeFunctionResult(ctx, () => {
          // Days since 1899-12-30 (the 1900 system, past its false leap day), less 1,462 in the 1904 system.
          const serial = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
          return ctx.state.date1904 ? serial - 1462 : serial;
        }),
    };
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, null);
    this.application = { suspendApiCalculationUntilNextSync: () => ctx.suspendCalculation() };
  }
}
