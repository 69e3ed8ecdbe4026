/** @jest-environment jsdom */
/**
 * Figures and dates as the pane shows them: every negative figure carries the minus sign U+2212 (never
 * the hyphen-minus that Danish number formatting writes), a figure that rounds to zero has no sign, and
 * every date in a message or a card line is drawn in one unbreakable piece while the text reads as before.
 */
import "@testing-library/jest-dom";
import { render } from "@testing-library/react";
import fc from "fast-check";
import { danishNumber, danishPercent } from "../../src/domain/evaluation/danishFormat";
import { Dated } from "../../src/taskpane/components/DayText";
import { count, decimal, figure, gasText, percent } from "../../src/taskpane/components/FormParts";
import { Message } from "../../src/taskpane/components/Notice";

const MINUS = "\u2212";
const formatters: readonly [string, (n: number) => string][] = [
  ["count", (n) => count(Math.round(n))],
  ["percent", (n) => percent(n / 100)],
  ["percent med 1 decimal", (n) => percent(n / 100, 1)],
  ["decimal", (n) => decimal(n)],
  ["figure", (n) => figure(n)],
  ["danishNumber", (n) => danishNumber(n)],
  ["danishPercent", (n) => danishPercent(n / 100)],
];

describe("one minus sign in every shown figure", () => {
  test.each(formatters)("%s: no hyphen-minus, and a negative figure starts with U+2212", (_, show) => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (n) => {
        const text = show(n);
        expect(text).not.toContain("-");
        // What the figure says is negative is shown with the minus; zero never is.
        if (text.startsWith(MINUS)) expect(n).toBeLessThan(0);
        if (/[1-9]/.test(text) && n < 0) expect(text.startsWith(MINUS)).toBe(true);
      }),
    );
  });

  test("examples as staff read them", () => {
    expect(decimal(-30.2)).toBe(`${MINUS}30,2`);
    expect(percent(-0.3)).toBe(`${MINUS}30 %`);
    expect(percent(-0.001)).toBe("0 %");
    expect(count(-1500)).toBe(`${MINUS}1.500`);
    expect(figure(-2.5)).toBe(`${MINUS}2,5`);
    expect(figure(0.0000001)).toBe("0");
    expect(danishNumber(-0.34)).toBe(`${MINUS}0,3`);
    expect(danishNumber(-0.04)).toBe("0");
  });

  test("GAS levels keep their sign: +2, +1, 0, −1, −2", () => {
    expect([2, 1, 0, -1, -2].map(gasText)).toEqual(["+2", "+1", "0", `${MINUS}1`, `${MINUS}2`]);
  });
});

describe("dates that never break", () => {
  test("each date in a text is one nowrap piece, and the text reads unchanged", () => {
    const text = "Fristen var 14-02-2026, ny frist 01-03-2026.";
    const { container } = render(
      <p>
        <Dated text={text} />
      </p>,
    );
    const p = container.querySelector("p") as HTMLElement;
    expect(p).toHaveTextContent(text, { normalizeWhitespace: false });
    const pieces = Array.from(p.querySelectorAll("span")).map((s) => s.textContent);
    expect(pieces).toEqual(["14-02-2026", "01-03-2026"]);
    for (const s of Array.from(p.querySelectorAll("span"))) expect(getComputedStyle(s).whiteSpace).toBe("nowrap");
  });

  test("a text without a date is left as plain text", () => {
    const { container } = render(
      <p>
        <Dated text="Ingen dato her, kun 12-3." />
      </p>,
    );
    expect(container.querySelectorAll("span")).toHaveLength(0);
    expect(container).toHaveTextContent("Ingen dato her, kun 12-3.");
  });

  test("a message keeps its dates whole in the title, the text and every line", () => {
    const { container } = render(
      <Message
        notice={{
          intent: "warning",
          title: "Foreløbige tal til og med 14-01-2026",
          text: "Datoen ligger efter i dag (15-01-2026).",
          lines: ["Opfølgning 20-01-2026 tæller ikke med."],
        }}
      />,
    );
    const dates = Array.from(container.querySelectorAll("span"))
      .filter((s) => /^\d{2}-\d{2}-\d{4}$/.test(s.textContent ?? ""))
      .map((s) => s.textContent);
    expect(dates).toEqual(["14-01-2026", "15-01-2026", "20-01-2026"]);
    expect(container).toHaveTextContent(
      "Foreløbige tal til og med 14-01-2026. Datoen ligger efter i dag (15-01-2026).",
    );
    expect(container.querySelector("li")).toHaveTextContent("Opfølgning 20-01-2026 tæller ikke med.");
  });
});
