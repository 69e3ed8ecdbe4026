/**
 * Reading an export file's text into records keyed by column name: CSV (RFC 4180, a BOM allowed) or
 * JSON (`{ schemaVersion, rows }`). Only the shape is read here; `validateExport` judges the content.
 */

export type RawRecord = Readonly<Record<string, unknown>>;

export type Parsed =
  | { readonly ok: true; readonly declaredVersion: unknown; readonly records: readonly RawRecord[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Split RFC 4180 CSV into lines of fields (quoted fields may hold commas, quotes and line breaks).
 * @example csvLines('a,"b,c"\r\n1,2\r\n') // [["a", "b,c"], ["1", "2"]]
 */
export function csvLines(text: string): string[][] | null {
  const lines: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let any = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      any = true;
    } else if (ch === ",") {
      fields.push(field);
      field = "";
      any = true;
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      if (any || field !== "") lines.push(fields);
      fields = [];
      field = "";
      any = false;
    } else {
      field += ch;
      any = true;
    }
    i++;
  }
  if (quoted) return null;
  if (any || field !== "") {
    fields.push(field);
    lines.push(fields);
  }
  return lines;
}

const NOT_EXPORT =
  "Filen er ikke en regional eksport fra SMORTE (den skal være CSV eller JSON med kolonnerne schemaVersion, offerId, year, targetGroup, method …).";

/**
 * Parse an export file's text; CSV fields stay text ("" = empty), JSON values stay as JSON gives them.
 * @example parseExport('{"schemaVersion":2,"rows":[]}').ok // true
 */
export function parseExport(text: string): Parsed {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart()[0];
  if (start === "{" || start === "[") {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return { ok: false, reason: "Filen er ikke gyldig JSON." };
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) return { ok: false, reason: NOT_EXPORT };
    const obj = value as { schemaVersion?: unknown; rows?: unknown };
    if (!Array.isArray(obj.rows)) return { ok: false, reason: NOT_EXPORT };
    if (!obj.rows.every((r) => r !== null && typeof r === "object" && !Array.isArray(r))) {
      return { ok: false, reason: NOT_EXPORT };
    }
    return { ok: true, declaredVersion: obj.schemaVersion, records: obj.rows as RawRecord[] };
  }
  const lines = csvLines(body);
  if (lines === null) return { ok: false, reason: "CSV-filen har et citationstegn, der ikke lukkes." };
  if (lines.length === 0) return { ok: false, reason: NOT_EXPORT };
  const header = lines[0].map((h) => h.trim());
  if (!header.includes("schemaVersion") || !header.includes("offerId")) return { ok: false, reason: NOT_EXPORT };
  const records: RawRecord[] = [];
  for (let r = 1; r < lines.length; r++) {
    const rec: Record<string, unknown> = {};
    header.forEach((h, c) => (rec[h] = lines[r][c] ?? ""));
    records.push(rec);
  }
  return { ok: true, declaredVersion: records[0]?.schemaVersion ?? null, records };
}
