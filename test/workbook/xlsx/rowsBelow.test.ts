/**
 * Rows typed below a contract table after a blank row are not part of the table (Excel does not
 * extend it then), so they take no part in anything. The adapter finds them — in the table's columns,
 * outside every table — the same way whether it reads the package XML or the full ExcelJS model.
 */
import ExcelJS from "exceljs";
import { XlsxWorkbookAdapter } from "../../../src/workbook/xlsx/adapter";

async function bytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const followUps = (ws: ExcelJS.Worksheet, ref = "A1"): void => {
  ws.addTable({
    name: "Opfoelgning",
    ref,
    columns: ["OpfølgningID", "MålID", "Dato"].map((name) => ({ name })),
    rows: [["O1", "M1", 45800]],
  });
};

/** Both ways of reading, after readAll as the command line does it. */
async function bothWays(data: Uint8Array) {
  const light = await XlsxWorkbookAdapter.fromBuffer(data);
  await light.readAll();
  const full = await XlsxWorkbookAdapter.fromBuffer(data);
  await full.excel();
  await full.readAll();
  return { light: await light.rowsBelowTables(), full: await full.rowsBelowTables() };
}

describe("rows below a contract table", () => {
  test("rows with values in the table's columns after a blank row are found, with their sheet", async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet("Opfølgning");
      followUps(ws);
      ws.getRow(4).values = ["O2", "M1", 45900];
      ws.getRow(5).values = ["", "M1"];
      ws.getRow(7).values = ["O4"];
    });
    const { light, full } = await bothWays(data);
    expect(light).toEqual([{ table: "Opfoelgning", sheet: "Opfølgning", rows: [4, 5, 7] }]);
    expect(full).toEqual(light);
  });

  test("another table below, notes beside the columns and blank-looking cells are not rows below", async () => {
    const data = await bytes((wb) => {
      const ws = wb.addWorksheet("Opfølgning");
      followUps(ws, "B2");
      ws.addTable({ name: "Egne", ref: "B6", columns: [{ name: "Note" }, { name: "Tal" }], rows: [["x", 1]] });
      ws.getCell("A9").value = "note til venstre";
      ws.getCell("E9").value = "note til højre";
      ws.getCell("C10").value = "   ";
    });
    const { light, full } = await bothWays(data);
    expect(light).toEqual([]);
    expect(full).toEqual([]);
  });

  test("a sheet that ends with the table has none", async () => {
    const data = await bytes((wb) => followUps(wb.addWorksheet("Opfølgning")));
    const { light, full } = await bothWays(data);
    expect(light).toEqual([]);
    expect(full).toEqual([]);
  });
});
