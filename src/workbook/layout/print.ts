/**
 * Page set-up of a report sheet: A4, one page wide and as many pages tall as needed, portrait when the
 * sheet is narrow enough to stay readable on a portrait page, landscape otherwise; the title row (or a
 * long table's header row) repeated on every page; a footer with the offer, the sheet, the page and
 * when the sheet was made.
 */
import type { GridPrint } from "./grid";

/** Width in character units above which a portrait A4 page would print the sheet too small. */
export const PORTRAIT_MAX_WIDTH = 100;

/**
 * `width`: the printed width in character units (columns, and charts reaching beyond them).
 * @example printSetup("Grundlag 2026", 52, { offer: "Bostedet", madeAt: "15-01-2027" }, 5)
 * // { orientation: "portrait", repeatRows: { from: 5, to: 5 }, footer: { offer: "Bostedet", sheet: "Grundlag 2026", madeAt: "15-01-2027" } }
 */
export function printSetup(
  sheet: string,
  width: number,
  facts: { readonly offer?: string; readonly madeAt?: string } | undefined,
  repeatRow: number,
): GridPrint {
  return {
    orientation: width > PORTRAIT_MAX_WIDTH ? "landscape" : "portrait",
    repeatRows: { from: repeatRow, to: repeatRow },
    footer: { offer: facts?.offer ?? "", sheet, madeAt: facts?.madeAt ?? "" },
  };
}

/**
 * The footer as Excel's header/footer codes: offer left, sheet and page centre, date made right.
 * @example footerCodes({ offer: "Bostedet", sheet: "Årsevaluering 2026", madeAt: "15-01-2027" })
 * // "&LBostedet&CÅrsevaluering 2026 – side &P af &N&RLavet 15-01-2027"
 */
export function footerCodes(footer: GridPrint["footer"]): string {
  const escape = (s: string): string => s.replace(/&/g, "&&");
  const left = footer.offer ? `&L${escape(footer.offer)}` : "";
  const right = footer.madeAt ? `&RLavet ${escape(footer.madeAt)}` : "";
  return `${left}&C${escape(footer.sheet)} – side &P af &N${right}`;
}
