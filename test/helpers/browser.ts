// Debian's Chromium driven by playwright-core, launched as the toolchain notes say works on these machines (root, no
// sandbox, no background networking that would try to leave the machine).
import { Browser, BrowserContext, Page, chromium } from "playwright-core";
import { CHROMIUM_INSTALL, describeWith } from "./binaries";
import { DevServer, startDevServer } from "./dev-server";

export const CHROMIUM = "/usr/bin/chromium";

/** `describe` for tests that need Chromium: a failure in CI when it is missing, a loud skip locally. */
export function describeWithChromium(what: string): jest.Describe {
  return describeWith([CHROMIUM], what, CHROMIUM_INSTALL);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
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
