/** @jest-environment jsdom */
/**
 * A notice's title and text are separate sentences: a full stop and a space between them, never
 * "…er oprettet Det blev gjort" or "(arket Mål, række 309)Det er …".
 */
import "@testing-library/jest-dom";
import { render } from "@testing-library/react";
import fc from "fast-check";
import { Message, asSentence } from "../../src/taskpane/components/Notice";

describe("notice sentences", () => {
  test("a title without a closing mark gets a full stop and a space before the text", () => {
    const { container } = render(
      <Message notice={{ intent: "error", title: "Filen blev ikke gemt", text: "Der er ikke plads på disken." }} />,
    );
    expect(container.textContent).toContain("Filen blev ikke gemt. Der er ikke plads på disken.");
  });

  test("a title that ends a sentence itself keeps its mark, and is never doubled", () => {
    const { container } = render(
      <Message
        notice={{ intent: "success", title: "Målet M01 er gemt (arket Mål, række 9).", text: "Det er SMORTE-komplet." }}
      />,
    );
    expect(container.textContent).toContain("Målet M01 er gemt (arket Mål, række 9). Det er SMORTE-komplet.");
    expect(container.textContent).not.toMatch(/\.\./);
  });

  test("every title ends in exactly one closing mark", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => /\S/.test(s)),
        (title) => {
          const s = asSentence(title);
          expect(s).toMatch(/[.!?:…]$/);
          expect(s.startsWith(title.trim())).toBe(true);
          expect(s.length - title.trim().length).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
