/** @jest-environment jsdom */
/**
 * mountTaskpane: inside Excel the pane reads the workbook through Office.js (here the fake Excel
 * behind a global `Excel.run`); opened in an ordinary browser it says where SMORTE belongs.
 */
import "@testing-library/jest-dom";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { insideExcel, mountTaskpane } from "../../src/taskpane/mount";
import { seedFake } from "../workbook/office/harness";
import { exampleTables } from "./support/harness";

jest.setTimeout(30_000);

const globals = globalThis as unknown as { Office?: unknown; Excel?: unknown };

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  document.body.innerHTML = "";
});

function rootElement(): HTMLElement {
  const root = document.createElement("div");
  document.body.appendChild(root);
  return root;
}

describe("mounting the pane", () => {
  test("outside Excel the page explains that SMORTE runs in Excel and points to the preview", () => {
    expect(insideExcel()).toBe(false);
    act(() => mountTaskpane(rootElement()));
    expect(screen.getByText(/SMORTE er et tilføjelsesprogram til Excel/)).toBeInTheDocument();
    expect(screen.getByText(/npm run preview/)).toBeInTheDocument();
  });

  test("inside Excel the pane reads the open workbook through Office.js", async () => {
    const fake = seedFake(exampleTables());
    globals.Office = { context: { host: "Excel" }, HostType: { Excel: "Excel" } };
    globals.Excel = { run: fake.run };
    expect(insideExcel()).toBe(true);
    act(() => mountTaskpane(rootElement()));
    // The worked example has no Kvalitetsmodel sheet yet: the pane offers to add it.
    const proceed = await screen.findByRole("button", { name: "Fortsæt uden at ændre noget" }, { timeout: 10_000 });
    await userEvent.setup({ delay: null }).click(proceed);
    const list = await screen.findByRole("list", { name: "Borgere" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    expect(fake.runs.length).toBeGreaterThan(0);
  });
});
