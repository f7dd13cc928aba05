// Debian's Chromium driven by playwright-core, launched as the toolchain notes say works on these machines (root, no
// sandbox, no background networking that would try to leave the machine).
import * as fs from "fs";
import * as path from "path";
import { Browser, BrowserContext, Page, chromium } from "playwright-core";
import { CHROMIUM_INSTALL, describeWith } from "./binaries";
import { DevServer, ROOT, startDevServer } from "./dev-server";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the plain-JS list the benchmarks share
const chromiumSetup: { CHROMIUM: string; CHROMIUM_ARGS: string[] } = require("../../scripts/chromium");
export const CHROMIUM = chromiumSetup.CHROMIUM;
const CHROMIUM_ARGS = chromiumSetup.CHROMIUM_ARGS;

/** `describe` for tests that need Chromium: a failure in CI when it is missing, a loud skip locally. */
export function describeWithChromium(what: string): jest.Describe {
  return describeWith([CHROMIUM], what, CHROMIUM_INSTALL);
}

export const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Requests that went anywhere but the local server. */
export function offMachine(urls: string[]): string[] {
  return urls.filter((u) => !u.startsWith("blob:") && !u.startsWith("data:") && new URL(u).hostname !== "localhost");
}

export interface PaneSession {
  server: DevServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the pages of this session requested. */
  requests: string[];
  /** Script errors the pages raised. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Starts the real dev server on `port` and opens the task pane in Chromium, outside Excel, ready to use. */
export async function openTaskpane(port: number, width = 1024): Promise<PaneSession> {
  const server = await startDevServer(port);
  const browser = await launchChromium().catch((e) => {
    server.stop();
    throw e;
  });
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width, height: 800 } });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.base}/taskpane.html`);
  await page.waitForFunction(() => document.getElementById("host-status")?.textContent?.startsWith("Running outside Excel"));
  return { server, browser, context, page, requests, pageErrors, close: async () => (await browser.close(), server.stop()) };
}

/** Every element of the page wider than its box, or reaching outside the pane: "tag#id.class: why". */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.documentElement.clientWidth;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${Array.from(el.classList).join(".")}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    const bad: string[] = [];
    for (const el of [document.documentElement, document.body, ...Array.from(document.body.querySelectorAll("*"))]) {
      if (el.closest(".skip")) continue; // off screen until focused, by design
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // no box: hidden, or not rendered
      // a form control's own text scrolls inside it, as in any text box; its box must still fit
      const control = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;
      if (!control && el.scrollWidth > el.clientWidth && el.clientWidth > 0)
        bad.push(`${name(el)}: content ${el.scrollWidth} px in ${el.clientWidth} px`);
      if (box.right > pane + 0.5 || box.left < -0.5)
        bad.push(`${name(el)}: spans ${box.left.toFixed(1)}–${box.right.toFixed(1)} px of a ${pane} px pane`);
    }
    return bad;
  });
}

/** axe-core run over the whole page in the same browser: its serious and critical violations, with where they are. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(fs.readFileSync(AXE, "utf8"));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document);
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}
