/** @jest-environment jsdom */
/**
 * Nothing typed is lost without a question: leaving a form with unsaved typing by a tab, Tilbage,
 * Annullér or the sheet asks "Kassér ændringerne?"; staying keeps every character; a saved form
 * leaves without asking.
 */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { renderReadyPane, tableRows } from "./support/harness";

jest.setTimeout(30_000);

async function startGoal(user: Awaited<ReturnType<typeof renderReadyPane>>["user"]) {
  await user.click(screen.getByRole("button", { name: /^B02/ }));
  await user.click(await screen.findByRole("button", { name: "Nyt mål" }));
  const text = await screen.findByRole("textbox", { name: "Mål" });
  await user.click(text);
  await user.paste("Bo laver selv aftensmad");
  return text;
}

describe("a form with unsaved typing", () => {
  test("a top tab asks first; Bliv her keeps what was typed", async () => {
    const { user } = await renderReadyPane();
    const text = await startGoal(user);
    await user.click(screen.getByRole("tab", { name: "Opfølgninger" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Kassér ændringerne?" });
    expect(dialog).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Bliv her" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Bliv her" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Nyt mål" })).toBeInTheDocument();
    expect(text).toHaveValue("Bo laver selv aftensmad");
  });

  test("Annullér asks first, and Kassér ændringerne leaves without writing", async () => {
    const { user, adapter } = await renderReadyPane();
    await startGoal(user);
    await user.click(screen.getByRole("button", { name: "Annullér" }));
    await screen.findByRole("alertdialog", { name: "Kassér ændringerne?" });
    await user.click(screen.getByRole("button", { name: "Kassér ændringerne" }));
    expect(await screen.findByRole("list", { name: "Mål for B02" })).toBeInTheDocument();
    expect(tableRows(adapter.workbook, "Maal")).toHaveLength(5);
  });

  test("Escape on the question stays on the form", async () => {
    const { user } = await renderReadyPane();
    const text = await startGoal(user);
    await user.click(screen.getByRole("tab", { name: "Ledelse" }));
    await screen.findByRole("alertdialog", { name: "Kassér ændringerne?" });
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(text).toHaveValue("Bo laver selv aftensmad");
  });

  test("an untouched form and a saved one leave without a question", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: /^B02/ }));
    await user.click(await screen.findByRole("button", { name: "Nyt mål" }));
    await screen.findByRole("heading", { name: "Nyt mål" });
    await user.click(screen.getByRole("button", { name: "Annullér" }));
    expect(await screen.findByRole("list", { name: "Mål for B02" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Nyt mål" }));
    const text = await screen.findByRole("textbox", { name: "Mål" });
    await user.click(text);
    await user.paste("Bo laver selv aftensmad en gang om ugen.");
    await user.click(screen.getByRole("button", { name: "Gem målet" }));
    await screen.findByText(/Målet M0006 er gemt/);
    await user.click(screen.getByRole("tab", { name: "Opfølgninger" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
  });

  test("Bliv her after a tab keeps the last notice; leaving clears it", async () => {
    const { user } = await renderReadyPane();
    await user.click(screen.getByRole("button", { name: /^B02/ }));
    await user.click(await screen.findByRole("button", { name: "Nyt mål" }));
    await user.click(await screen.findByRole("textbox", { name: "Mål" }));
    await user.paste("Bo laver selv aftensmad en gang om ugen.");
    await user.click(screen.getByRole("button", { name: "Gem målet" }));
    const saved = await screen.findByText(/Målet M0006 er gemt/);
    await user.click(screen.getByRole("button", { name: "Nyt mål" }));
    await user.click(await screen.findByRole("textbox", { name: "Mål" }));
    await user.paste("Bo vasker selv tøj.");
    await user.click(screen.getByRole("tab", { name: "Opfølgninger" }));
    await user.click(await screen.findByRole("button", { name: "Bliv her" }));
    expect(saved).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Opfølgninger" }));
    await user.click(await screen.findByRole("button", { name: "Kassér ændringerne" }));
    expect(screen.queryByText(/Målet M0006 er gemt/)).not.toBeInTheDocument();
  });
});
