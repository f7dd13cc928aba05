// Debian's Chromium driven by playwright-core, launched as the toolchain notes say works on these machines (root, no
// sandbox, no background networking that would try to leave the machine).
import * as fs from "fs";
import { Browser, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);

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
