/**
 * Reading what LibreOffice makes of a workbook, for the tests that open our sheets in it: whether
 * `soffice` is on PATH, the CSV filter that writes raw values of every sheet, and the CSV's rows.
 */
import { spawnSync } from "node:child_process";

export const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).status === 0;

/** LibreOffice CSV filter: comma, double quote, UTF-8, en-US numbers, raw values, every sheet (-1). */
export const CSV_EXPORT = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1";

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The body rows of the first table whose header row starts with `headers`, after row `from`. */
export function tableBody(rows: string[][], headers: readonly string[], from = 0): string[][] {
  const h = rows.findIndex((r, i) => i >= from && headers.every((x, j) => r[j] === x));
  if (h < 0) throw new Error(`LibreOffice's sheet has no table ${headers.join(", ")}`);
  const body: string[][] = [];
  for (let i = h + 1; i < rows.length && rows[i].some((c) => c !== ""); i++) body.push(rows[i]);
  return body;
}
