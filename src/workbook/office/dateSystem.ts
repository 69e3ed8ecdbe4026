/**
 * Excel's two date systems. Office.js hands dates over as serial numbers in the workbook's own
 * system; the domain counts from 1900. A workbook set to the 1904 date system (old Mac files) has
 * every serial 1,462 days smaller, so its dates are shifted on the way in and out.
 *
 * The probe costs nothing extra: `DATE(2000,1,1)` evaluated by Excel (`workbook.functions`, ExcelApi
 * 1.2) rides along in the first sync of every batch that reads or writes dates.
 */
import { DAYS_1904 } from "../dateSystem";

export { DAYS_1904, dateColumnIndexes, dateIn, dateOut } from "../dateSystem";

/** DATE(2000,1,1) in the 1900 system. */
const JAN_1_2000 = 36526;

export interface DateProbe {
  /** Days to add to a serial read from the workbook (0, or 1,462 in a 1904 workbook); after the sync. */
  offset(): number;
}

/** Queue the probe; read `offset()` after the next sync. */
export function probeDateSystem(context: Excel.RequestContext): DateProbe {
  const result = context.workbook.functions.date(2000, 1, 1);
  result.load("value");
  return {
    offset: () => (Number(result.value) === JAN_1_2000 - DAYS_1904 ? DAYS_1904 : 0),
  };
}
