/**
 * What the pane draws, read back from the page: every date (dd-mm-åååå) in a text node that is
 * drawn on more than one line, and every hyphen-minus standing as a minus sign before a figure. Text
 * for screen readers only (1 px boxes), form fields and their options are not drawn text and are
 * skipped.
 */
import type { Page } from "playwright-core";

export interface ShownTextFaults {
  /** The text nodes (trimmed, at most 80 characters) in which a date breaks over two lines. */
  readonly brokenDates: readonly string[];
  /** The text nodes in which "-" stands for minus ("-30,2" rather than "−30,2"). */
  readonly hyphenMinus: readonly string[];
  /** How many dates were drawn on the page, so a check of nothing cannot pass unseen. */
  readonly datesSeen: number;
}

export function shownTextFaults(page: Page): Promise<ShownTextFaults> {
  return page.evaluate(() => {
    const brokenDates: string[] = [];
    const hyphenMinus: string[] = [];
    let datesSeen = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent ?? "";
      if (!el || text.trim() === "" || el.closest("input, textarea, select, option, script, style")) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2) continue;
      const shown = text.trim().slice(0, 80);
      for (const m of text.matchAll(/\d{2}-\d{2}-\d{4}/g)) {
        datesSeen++;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set(
          Array.from(range.getClientRects())
            .filter((r) => r.width > 0)
            .map((r) => Math.round(r.top)),
        );
        if (tops.size > 1) brokenDates.push(shown);
      }
      if (/(^|[\s(:])-\d/.test(text)) hyphenMinus.push(shown);
    }
    return { brokenDates, hyphenMinus, datesSeen };
  });
}
