/**
 * What every browser test file shares: the built preview served on a free port and one Chromium for
 * the file's tests (started before the first test, stopped after the last), the folder the
 * screenshots go to, and the checks several files make (text that appears after a moment, a page
 * wider than the pane, requests that left the machine).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { launchBrowser, type Browser } from "./browser";
import { startPreviewServer, type RunningServer } from "./server";

export const SHOTS = path.resolve(__dirname, "../../..", "test-artifacts", "screenshots");

export interface Preview {
  /** The preview's address, ending in "/". */
  readonly url: string;
  /** A new tab of the file's Chromium at the given viewport size. */
  newPage(width: number, height?: number): Promise<Page>;
}

/** Call at the top of a test file: the server and the browser live as long as the file's tests. */
export function previewForThisFile(): Preview {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startPreviewServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(thing: T | undefined): T => {
    if (thing === undefined)
      throw new Error("The preview is not started: previewForThisFile() belongs at a file's top level.");
    return thing;
  };
  return {
    get url() {
      return started(server).url;
    },
    newPage: (width, height) => started(browser).newPage(width, height),
  };
}

/** Waits up to five seconds for the first match of `locator` to show text matching `pattern`. */
export async function expectText(locator: Locator, pattern: RegExp): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const text = (await locator.count()) > 0 ? await locator.first().innerText() : "";
    if (pattern.test(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(await locator.first().innerText()).toMatch(pattern);
}

/** Does the page scroll sideways (wider than the pane)? */
export const overflowsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

/** The requests that went anywhere but the preview's own server (data: and blob: stay in the page). */
export const foreignRequests = (requests: readonly string[], preview: Preview): string[] =>
  requests.filter((u) => !u.startsWith(preview.url) && !u.startsWith("data:") && !u.startsWith("blob:"));
