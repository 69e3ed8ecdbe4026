/** @jest-environment jsdom */
/**
 * Ledelse → Sektor, "Saml tilbuddenes eksporter": the consultant picks the offers' export files, sees
 * which offers and years were read and what was refused (file, row, reason), chooses year and
 * threshold, and writes `Sektor Y` into the open workbook through the port. A refused file stops the
 * write, as on the command line.
 */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { FILE_B, WORKED_FILES } from "../domain/sector/workedExample";
import { renderReadyPane } from "./support/harness";

jest.setTimeout(30_000);

const filesOf = (list: ReadonlyArray<readonly [string, string]>): File[] =>
  list.map(([name, text]) => new File([text], name, { type: name.endsWith(".csv") ? "text/csv" : "application/json" }));

async function openSector() {
  const pane = await renderReadyPane();
  await pane.user.click(screen.getByRole("tab", { name: "Ledelse" }));
  await pane.user.click(await screen.findByRole("tab", { name: "Sektor" }));
  // The view arrives in a chunk of its own.
  await screen.findByRole("heading", { name: "Saml tilbuddenes eksporter" });
  return pane;
}

test("picked files are read and listed per year, and Sektor 2026 is written with the worked example's figures", async () => {
  const { user, adapter } = await openSector();
  await user.upload(screen.getByLabelText("Tilbuddenes eksportfiler"), filesOf(WORKED_FILES));
  expect(await screen.findByText("4 filer valgt: 4 godkendt, 0 afvist.")).toBeInTheDocument();
  const read = screen.getByRole("list", { name: "Læste tilbud pr. år" });
  expect(
    within(read)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["Læst for 2025: 1 tilbud (A).", "Læst for 2026: 3 tilbud (A, B, C)."]);
  expect(screen.getByRole("combobox", { name: "År" })).toHaveValue("2026");
  expect(adapter.workbook.sheets.some((s) => s.name === "Sektor 2026")).toBe(false);

  await user.click(screen.getByRole("button", { name: "Skriv arket Sektor 2026" }));
  expect(await screen.findByText("Arket Sektor 2026 er skrevet: 3 tilbud, 1 målgruppe.")).toBeInTheDocument();
  const groups = await adapter.readSheetTable("Sektor 2026", "Sektor_2026_Maalgrupper");
  expect(groups?.rows[0]).toMatchObject({ Målgruppe: "Autisme", Borgere: 130, Opnået: 53, "GAS T": 49 });
  // The comparison: B (0.3 with 60 citizens) is under the 99.8 % limits, listed first; A and C inside.
  const offers = screen.getByRole("list", { name: "Tilbuddene i Autisme" });
  expect(
    within(offers)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual(["B: 30,0 %, 60 borgereUnder", "A: 90,0 %, 10 borgereInden for", "C: 70,0 %, 60 borgereInden for"]);
  await user.click(screen.getByRole("button", { name: "Gå til arket Sektor 2026" }));
  expect(adapter.workbook.activeSheet).toBe("Sektor 2026");
});

test("a tampered file and a duplicate are refused with file, row and reason, and nothing can be written", async () => {
  const { user, adapter } = await openSector();
  const tampered: Array<[string, string]> = [
    ["b-rettet.csv", FILE_B.replace("60,60,12,12,36", "60,60,12,12,30")],
    ["a-2026.json", WORKED_FILES[0][1]],
    ["a-kopi.json", WORKED_FILES[0][1]],
  ];
  await user.upload(screen.getByLabelText("Tilbuddenes eksportfiler"), filesOf(tampered));
  expect(await screen.findByText("3 filer valgt: 1 godkendt, 2 afvist.")).toBeInTheDocument();
  const alert = screen.getByText(/^2 filer er afvist/).closest("[role=group], .fui-MessageBar") as HTMLElement;
  expect(alert).toHaveTextContent("b-rettet.csv, række 1: tallene passer ikke");
  expect(alert).toHaveTextContent("a-kopi.json: a-2026.json har allerede tilbuddet A for 2026");
  expect(screen.getByRole("button", { name: /Skriv arket/ })).toBeDisabled();
  expect(screen.queryByRole("combobox", { name: "År" })).not.toBeInTheDocument();
  expect(adapter.workbook.sheets.some((s) => s.name.startsWith("Sektor"))).toBe(false);

  // Picking the right files again clears the refusal.
  await user.upload(screen.getByLabelText("Tilbuddenes eksportfiler"), filesOf(WORKED_FILES));
  expect(await screen.findByText("4 filer valgt: 4 godkendt, 0 afvist.")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Skriv arket Sektor 2026" })).toBeEnabled();
});

test("the threshold must be at least 3; a high one shows the sector's small rows as suppressed", async () => {
  const { user, adapter } = await openSector();
  await user.upload(screen.getByLabelText("Tilbuddenes eksportfiler"), filesOf(WORKED_FILES));
  const min = await screen.findByRole("spinbutton", { name: /Mindste antal borgere/ });
  await user.clear(min);
  await user.type(min, "2");
  expect(screen.getByText(/Mindst 3/)).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Skriv arket Sektor 2026" })).toBeDisabled();
  await user.clear(min);
  await user.type(min, "200");
  await user.click(screen.getByRole("button", { name: "Skriv arket Sektor 2026" }));
  await screen.findByText(/Arket Sektor 2026 er skrevet/);
  const groups = await adapter.readSheetTable("Sektor 2026", "Sektor_2026_Maalgrupper");
  expect(groups?.rows[0]).toMatchObject({
    Målgruppe: "Autisme",
    Borgere: "",
    Dækning: expect.stringContaining("Skjult"),
  });
});

test("choosing last year writes Sektor 2025 from the files of 2025 only", async () => {
  const { user, adapter } = await openSector();
  await user.upload(screen.getByLabelText("Tilbuddenes eksportfiler"), filesOf(WORKED_FILES));
  await user.selectOptions(await screen.findByRole("combobox", { name: "År" }), "2025");
  // The files of 2026 are neither the year nor the year before: named in a warning, not used.
  expect(screen.getByText("b-2026.csv gælder 2026 og er ikke brugt (kun 2025 og 2024 bruges).")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Skriv arket Sektor 2025" }));
  expect(await screen.findByText("Arket Sektor 2025 er skrevet: 1 tilbud, 1 målgruppe.")).toBeInTheDocument();
  const groups = await adapter.readSheetTable("Sektor 2025", "Sektor_2025_Maalgrupper");
  expect(groups?.rows[0]).toMatchObject({ Målgruppe: "Autisme", Borgere: 10, "Tilbud med tal": 1 });
});
