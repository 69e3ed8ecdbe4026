/**
 * Helpers that make, from a SMORTE workbook, the same data as other programs write it: the 1904 date
 * system (every date serial 1,462 days smaller, `date1904="1"`), relationship targets written as
 * absolute part names (as openpyxl writes them), and a copy saved by LibreOffice.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { TABLE_SPECS, normaliseHeader } from "../../src/domain";
import { columnLetters } from "../../src/workbook/layout/grid";
import { XlsxPackage } from "../../src/workbook/xlsx/package/xlsxPackage";

const DAYS_1904 = 1462;

const dateHeaders = new Set(
  TABLE_SPECS.flatMap((t) => t.columns.filter((c) => c.type === "date").map((c) => normaliseHeader(c.name))),
);

/** The workbook in the 1904 date system: the flag set and every number in a contract date column shifted. */
export async function to1904(bytes: Uint8Array): Promise<Buffer> {
  const pkg = await XlsxPackage.load(bytes);
  const zip = await JSZip.loadAsync(bytes);
  const wbXml = await zip.file(pkg.workbookPath)!.async("string");
  zip.file(
    pkg.workbookPath,
    /<workbookPr\b/.test(wbXml)
      ? wbXml.replace(/<workbookPr\b/, '<workbookPr date1904="1"')
      : wbXml.replace(/<sheets>/, '<workbookPr date1904="1"/><sheets>'),
  );
  for (const sheet of pkg.sheets) {
    let xml = await zip.file(sheet.path)!.async("string");
    for (const t of pkg.tables.filter((x) => x.sheet === sheet.name && TABLE_SPECS.some((s) => s.table === x.name))) {
      const headers = await pkg.headersOf(t);
      const letters = new Set(
        headers.flatMap((h, i) => (dateHeaders.has(normaliseHeader(h)) ? [columnLetters(t.col + i)] : [])),
      );
      xml = xml.replace(
        /<c r="([A-Z]+)(\d+)"([^>]*?)>(<f>[^<]*<\/f>)?<v>([^<]+)<\/v><\/c>/g,
        (whole, col: string, row: string, attrs: string, f: string | undefined, v: string) => {
          const r = Number(row);
          const numeric = !/\bt="/.test(attrs) || /\bt="n"/.test(attrs);
          if (!letters.has(col) || r <= t.row || r >= t.row + t.rowCount || !numeric) return whole;
          return `<c r="${col}${row}"${attrs}>${f ?? ""}<v>${Number(v) - DAYS_1904}</v></c>`;
        },
      );
    }
    zip.file(sheet.path, xml);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Every relationship target written as an absolute part name ("/xl/worksheets/sheet1.xml"), as openpyxl does. */
export async function withAbsoluteTargets(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const f of Object.values(zip.files).filter((x) => !x.dir && x.name.endsWith(".rels"))) {
    // "xl/_rels/workbook.xml.rels" belongs to "xl/workbook.xml"; "_rels/.rels" to the package root.
    const folder = f.name.split("/").slice(0, -2);
    const xml = await f.async("string");
    zip.file(
      f.name,
      xml.replace(/(<Relationship\b[^>]*?\bTarget=")([^"]+)"/g, (whole, head: string, target: string) => {
        if (target.startsWith("/") || /TargetMode="External"/.test(whole) || /^[a-z]+:/i.test(target)) return whole;
        const parts = [...folder];
        for (const seg of target.split("/")) {
          if (seg === "..") parts.pop();
          else if (seg !== ".") parts.push(seg);
        }
        return `${head}/${parts.join("/")}"`;
      }),
    );
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Is LibreOffice installed? */
export function hasLibreOffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** The file opened and saved again as .xlsx by LibreOffice (headless, its own profile). */
export function savedByLibreOffice(file: string): Buffer {
  const out = mkdtempSync(path.join(os.tmpdir(), "smorte-lo-"));
  const profile = mkdtempSync(path.join(os.tmpdir(), "smorte-lo-profil-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      file,
    ],
    { stdio: "ignore", timeout: 180_000 },
  );
  const [written] = readdirSync(out);
  return readFileSync(path.join(out, written));
}
