/**
 * Saving report sheets into a copy of a file opened from disk: the package stays consistent and the
 * user's own sheets are copied unchanged.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbookAdapter } from "../../../src/workbook/xlsx/adapter";
import { attributes, tags } from "../../../src/workbook/xlsx/package/xml";
import { relsPathOf, resolveTarget } from "../../../src/workbook/xlsx/package/xlsxPackage";
import type { SheetContent } from "../../../src/workbook/port";
import { seedXlsxBytes } from "./seedXlsx";
import { GOALS_AND_FOLLOW_UPS } from "../contract/fixtures";

const REPORT = (year: number, rows: number): SheetContent => ({
  name: `Årsevaluering ${year}`,
  blocks: [
    { kind: "title", text: `Årsevaluering ${year}` },
    { kind: "keyValues", rows: [["Andel", 0.5]], formats: ["percent"] },
    {
      kind: "table",
      name: `Handleplan${year}`,
      headers: ["Tiltag", "Status"],
      rows: Array.from({ length: rows }, (_, i) => [`Tiltag ${i + 1}`, "I gang"]),
      lists: { Status: ["I gang", "Afsluttet"] },
    },
  ],
});

/** Everything a spreadsheet program checks first: relationships resolve, content types match, ids unique. */
async function packageProblems(data: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(data);
  const problems: string[] = [];
  const files = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const overrides = tags(types, "Override").map((o) => o.PartName.slice(1));
  for (const o of overrides) if (!files.includes(o)) problems.push(`content type for missing part ${o}`);
  for (const f of files.filter((x) => /^xl\/(worksheets\/sheet|tables\/table)\d+\.xml$/.test(x))) {
    if (!overrides.includes(f)) problems.push(`no content type for ${f}`);
  }
  for (const rels of files.filter((f) => f.endsWith(".rels"))) {
    const owner = rels.replace(/_rels\/(.*)\.rels$/, "$1");
    for (const r of tags(await zip.file(rels)!.async("string"), "Relationship")) {
      if (r.TargetMode === "External") continue;
      const target = resolveTarget(owner === rels ? "" : owner, r.Target);
      if (!files.includes(target)) problems.push(`${rels}: ${r.Id} points at missing ${target}`);
    }
  }
  const tableXml = await Promise.all(
    files.filter((f) => /^xl\/tables\//.test(f)).map((f) => zip.file(f)!.async("string")),
  );
  const heads = tableXml.map((x) => attributes(/<table\b([^>]*)>/.exec(x)![1]));
  const ids = heads.map((h) => h.id);
  const names = heads.map((h) => h.name.toLowerCase());
  if (new Set(ids).size !== ids.length) problems.push(`table ids repeat: ${ids.join(",")}`);
  if (new Set(names).size !== names.length) problems.push(`table names repeat: ${names.join(",")}`);
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const sheetIds = tags(wb, "sheet").map((s) => s.sheetId);
  if (new Set(sheetIds).size !== sheetIds.length) problems.push("sheet ids repeat");
  let selected = 0;
  for (const s of files.filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    if (/<sheetView\b[^>]*tabSelected="1"/.test(await zip.file(s)!.async("string"))) selected += 1;
  }
  if (selected > 1) problems.push(`${selected} sheets selected at once`);
  return problems;
}

async function sheetPart(data: Uint8Array, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = tags(await zip.file(relsPathOf("xl/workbook.xml"))!.async("string"), "Relationship");
  const s = tags(wb, "sheet").find((x) => x.name === sheet)!;
  const path = resolveTarget("xl/workbook.xml", rels.find((r) => r.Id === s["r:id"])!.Target);
  return zip.file(path)!.async("string");
}

// Each test packs and unpacks real .xlsx files: seconds on a busy 2-core machine, under coverage more.
jest.setTimeout(30_000);

describe("report sheets saved into a copy of a file opened from disk", () => {
  test("the user's sheets are copied unchanged and the package stays consistent", async () => {
    const original = await seedXlsxBytes(GOALS_AND_FOLLOW_UPS);
    const port = await XlsxWorkbookAdapter.fromBuffer(original);
    await port.writeSheet(REPORT(2026, 2));
    await port.writeSheet({
      name: "Grundlag 2026",
      blocks: [{ kind: "table", name: "Grundlag2026", headers: ["MålID"], rows: [["M01"]] }],
    });
    const saved = await port.toBuffer();
    expect(await packageProblems(saved)).toEqual([]);
    expect(await sheetPart(saved, "Mål")).toBe(await sheetPart(original, "Mål"));
    expect(await sheetPart(saved, "Opfølgning")).toBe(await sheetPart(original, "Opfølgning"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(saved) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Mål", "Opfølgning", "Årsevaluering 2026", "Grundlag 2026"]);
    expect(wb.getWorksheet("Årsevaluering 2026")!.getCell("B2").numFmt).toBe("0.0%");
  });

  test("running the evaluation again replaces the sheet and its tables in place; the leader's rows can be read first", async () => {
    const first = await XlsxWorkbookAdapter.fromBuffer(await seedXlsxBytes(GOALS_AND_FOLLOW_UPS));
    await first.writeSheet(REPORT(2026, 3));
    await first.writeSheet(REPORT(2027, 1));
    const once = await first.toBuffer();
    const second = await XlsxWorkbookAdapter.fromBuffer(once);
    expect((await second.readSheetTable("Årsevaluering 2026", "Handleplan2026"))?.rows).toHaveLength(3);
    await second.writeSheet(REPORT(2026, 1));
    await second.activateSheet("Årsevaluering 2026");
    const twice = await second.toBuffer();
    expect(await packageProblems(twice)).toEqual([]);
    const zip = await JSZip.loadAsync(twice);
    expect(Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))).toHaveLength(4);
    const third = await XlsxWorkbookAdapter.fromBuffer(twice);
    expect((await third.readSheetTable("Årsevaluering 2026", "Handleplan2026"))?.rows).toEqual([
      { Tiltag: "Tiltag 1", Status: "I gang" },
    ]);
    expect((await third.readSheetTable("Årsevaluering 2027", "Handleplan2027"))?.rows).toHaveLength(1);
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    expect(tags(wb, "sheet").map((s) => s.name)).toEqual([
      "Mål",
      "Opfølgning",
      "Årsevaluering 2026",
      "Årsevaluering 2027",
    ]);
    expect(tags(wb, "workbookView")[0].activeTab).toBe("2");
  });

  test("a table name used on another sheet is refused before anything is saved", async () => {
    const port = await XlsxWorkbookAdapter.fromBuffer(await seedXlsxBytes(GOALS_AND_FOLLOW_UPS));
    await expect(
      port.writeSheet({ name: "Andet", blocks: [{ kind: "table", name: "Maal", headers: ["x"], rows: [["y"]] }] }),
    ).rejects.toThrow("Tabelnavnet Maal bruges allerede på arket Mål.");
  });

  test("writing a record after report sheets loads the full model and keeps both", async () => {
    const port = await XlsxWorkbookAdapter.fromBuffer(await seedXlsxBytes(GOALS_AND_FOLLOW_UPS));
    await port.writeSheet(REPORT(2026, 1));
    await port.upsert("Maal", { goalId: "M03", citizenId: "B01", text: "Nyt mål", startDate: 46100 });
    const again = await XlsxWorkbookAdapter.fromBuffer(await port.toBuffer());
    expect((await again.readAll()).tables.Maal!.rows.map((r) => r.MålID)).toEqual(["M01", "M02", "M03"]);
    expect((await again.readSheetTable("Årsevaluering 2026", "Handleplan2026"))?.rows).toHaveLength(1);
  });
});
