/**
 * One cell of a report sheet's own table written inside Excel (sheetTableCell.ts has the rule): four
 * syncs whatever the table's size — find the table, read its header and size, read the one row (its
 * values and formulas together), write the one cell. Only that row travels in a response, only that
 * cell in the request.
 */
import { normaliseHeader } from "../../domain";
import { checkedColumn, missingSheetTableMessage } from "../sheetTableCell";
import type { CurrentTableRow, SheetTableCellChange } from "../sheetTableCell";
import { fromExcel, isFormulaText } from "./values";

export async function updateSheetTableCellOffice(
  context: Excel.RequestContext,
  sheet: string,
  tableName: string,
  change: SheetTableCellChange,
): Promise<void> {
  const all = context.workbook.tables.load("items/name, items/worksheet/name");
  await context.sync();
  const t = all.items.find(
    (x) =>
      normaliseHeader(x.name) === normaliseHeader(tableName) &&
      normaliseHeader(x.worksheet.name) === normaliseHeader(sheet),
  );
  if (!t) throw new Error(missingSheetTableMessage(sheet, tableName));
  const header = t.getHeaderRowRange().load("values, rowIndex");
  const body = t.getDataBodyRange().load("rowCount");
  await context.sync();
  const headers = header.values[0].map((h) => String(h ?? ""));
  let current: CurrentTableRow | null = null;
  if (change.row >= 0 && change.row < body.rowCount) {
    const row = t
      .getDataBodyRange()
      .getCell(change.row, 0)
      .getResizedRange(0, headers.length - 1)
      .load("values, formulas");
    await context.sync();
    current = {
      values: row.values[0].map((v) => fromExcel(v)),
      formulas: row.formulas[0].map(isFormulaText),
      // rowIndex is 0-based; the header's worksheet row is rowIndex + 1, the body row's below it.
      sheetRow: header.rowIndex + 2 + change.row,
    };
  }
  const column = checkedColumn(t.worksheet.name, tableName, headers, current, change);
  t.getDataBodyRange().getCell(change.row, column).values = [[change.value === null ? "" : change.value]];
  await context.sync();
}
