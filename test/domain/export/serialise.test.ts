import { EXPORT_COLUMNS } from "../../../src/domain/schema";
import { exportToCsv, exportToJson, neutraliseText, plainNumber } from "../../../src/domain/export/serialise";
import type { ExportRow } from "../../../src/domain/types";

const row = (r: Partial<ExportRow>): ExportRow => ({
  schemaVersion: 2,
  region: "Region Nordjylland",
  offerId: "T-0001",
  year: 2026,
  targetGroup: "Autismespektrum",
  method: "KRAP",
  citizens: 6,
  goals: 9,
  achieved: 3,
  partial: 4,
  notAchieved: 2,
  mean: 0.5555555555555556,
  citizenMean: 0.5,
  gasT: 47.99197,
  gasCitizens: 4,
  suppressed: 0,
  ...r,
});

const suppressedRow = row({
  method: "TEACCH",
  citizens: null,
  goals: null,
  achieved: null,
  partial: null,
  notAchieved: null,
  mean: null,
  citizenMean: null,
  gasT: null,
  gasCitizens: null,
  suppressed: 1,
  suppressionReason: "Færre end 5 borgere.",
});

describe("CSV export (RFC 4180)", () => {
  const csv = exportToCsv([row({}), suppressedRow]);

  test("starts with a UTF-8 byte-order mark and the header of the export columns", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")[0]).toBe(EXPORT_COLUMNS.join(","));
  });

  test("lines end with CRLF, also the last", () => {
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(csv.slice(1).split("\r\n")).toHaveLength(4);
  });

  test("numbers use '.' decimals and at most 6 decimals; empty figures are empty fields", () => {
    const [, first, second] = csv.slice(1).split("\r\n");
    expect(first).toBe("2,Region Nordjylland,T-0001,2026,Autismespektrum,KRAP,6,9,3,4,2,0.555556,0.5,47.99197,4,0");
    expect(second).toBe("2,Region Nordjylland,T-0001,2026,Autismespektrum,TEACCH,,,,,,,,,,1");
  });

  test("the suppression reason (or any field outside the export columns) is never written", () => {
    const withExtra = { ...suppressedRow, name: "Anna Eksempel", citizenId: "B01", note: "privat" } as ExportRow;
    const text = exportToCsv([withExtra]);
    expect(text).not.toMatch(/Færre end|Anna|B01|privat/);
  });

  test("text with commas, quotes or line breaks is quoted, quotes doubled", () => {
    const text = exportToCsv([row({ method: 'Marte Meo, "light"', targetGroup: "Sindslidelse\nog misbrug" })]);
    expect(text).toContain('"Sindslidelse\nog misbrug","Marte Meo, ""light"""');
  });

  test("text that would run as a formula in a spreadsheet is neutralised", () => {
    const text = exportToCsv([
      row({ method: '=HYPERLINK("http://x")', targetGroup: "+45 gruppe", region: "-1+2", offerId: "@SUM(A1)" }),
      row({ method: "\tTab", targetGroup: "\rCR" }),
    ]);
    const lines = text.slice(1).split("\r\n");
    expect(lines[1]).toBe(
      '2,\'-1+2,\'@SUM(A1),2026,\'+45 gruppe,"\'=HYPERLINK(""http://x"")",6,9,3,4,2,0.555556,0.5,47.99197,4,0',
    );
    expect(text).toContain("'\tTab");
    expect(text).toContain('"\'\rCR"');
  });
});

describe("plain numbers", () => {
  test("no exponent, '.' decimals", () => {
    expect(plainNumber(0.5)).toBe("0.5");
    expect(plainNumber(1e-7)).toBe("0.0000001");
    expect(plainNumber(50)).toBe("50");
    expect(plainNumber(Number.NaN)).toBe("");
  });
});

describe("neutralising text", () => {
  test("only text beginning with = + - @ tab or CR gets an apostrophe", () => {
    expect(neutraliseText("=1+1")).toBe("'=1+1");
    expect(neutraliseText("KRAP")).toBe("KRAP");
    expect(neutraliseText("Low-Arousal")).toBe("Low-Arousal");
  });
});

describe("JSON export", () => {
  const parsed = JSON.parse(exportToJson([row({ method: "=cmd" }), suppressedRow]));

  test("carries the schema version and exactly the export columns per row", () => {
    expect(parsed.schemaVersion).toBe(2);
    for (const r of parsed.rows) expect(Object.keys(r)).toEqual([...EXPORT_COLUMNS]);
  });

  test("empty figures are null, formula-like text neutralised, the reason left out", () => {
    expect(parsed.rows[1].mean).toBeNull();
    expect(parsed.rows[1].suppressed).toBe(1);
    expect(parsed.rows[0].method).toBe("'=cmd");
    expect(JSON.stringify(parsed)).not.toContain("Færre end");
  });
});

describe("export version 2: figures with at most 6 decimals", () => {
  test("a sum that floating point makes 0.6000000000000001 is written 0.6, in CSV and JSON alike", () => {
    const r = row({ mean: 0.1 + 0.5, citizenMean: 2 / 3, gasT: 50 + 1 / 7 });
    const line = exportToCsv([r]).slice(1).split("\r\n")[1].split(",");
    expect(line.slice(11, 14)).toEqual(["0.6", "0.666667", "50.142857"]);
    const json = JSON.parse(exportToJson([r])).rows[0];
    expect([json.mean, json.citizenMean, json.gasT]).toEqual([0.6, 0.666667, 50.142857]);
  });
});
