// Debian's Chromium as the toolchain notes say it works on these machines (root, no sandbox, no background networking
// that would try to leave the machine): one list for the browser tests (test/helpers/browser.ts) and the benchmarks.
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

module.exports = { CHROMIUM, CHROMIUM_ARGS };
