// The functions bundle: its size (minified, and gzipped) from a real production build, and the time headless
// Chromium takes to load and register it (every CustomFunctions.associate call), beside the time to load office.js
// alone, measured in the same run; and the task pane's own code and stylesheet, gzipped. Budgets: functions under 100 KB
// gzipped; loading and registering under 100 ms; the task pane's own files under 100 KB gzipped (the pane carries
// the whole engine and workbook layout, since it builds the same workbook as spr build, so it grows with each
// capability as functions.js does, and takes the same budget); the chunks the pane loads only on demand, outside its
// first bundle, each measured by webpack's record of its chunk group: the Word writer behind the statement button
// under 150 KB gzipped, and the .xlsx writer behind "Save a copy to share" under 300 KB gzipped. ExcelJS in the
// browser is its own browserified distribution (exceljs/dist/exceljs.min.js, the package's "browser" entry: its own
// copies of JSZip, sax, a Buffer and stream shim, and polyfills), about 250 KB gzipped alone; with JSZip (which our
// charts, dynamic-array, calculation and ownership parts edit the package with) and the adapter, about 280 KB. It is
// fetched from the add-in's own origin only when a planner asks for a copy, so the budget is that size with a margin,
// and a jump past it (a second copy of something) fails the run.
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const { CHROMIUM, CHROMIUM_ARGS } = require("../scripts/chromium");
const LOADS = 15;

function build() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "spr-bench-dist-"));
  const stats = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "spr-bench-stats-")), "stats.json");
  const r = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out, `--json=${stats}`],
    { cwd: root, encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`build failed: ${r.stdout}${r.stderr}`);
  const json = JSON.parse(fs.readFileSync(stats, "utf8"));
  fs.rmSync(path.dirname(stats), { recursive: true, force: true });
  return { dist: out, stats: json };
}

/** The gzipped size of the JavaScript files of a chunk group loaded on demand (its webpackChunkName), 0 if absent. */
function chunkGroupGz(dist, stats, name) {
  const group = stats.namedChunkGroups?.[name];
  return (group?.assets ?? [])
    .map((a) => (typeof a === "string" ? a : a.name))
    .filter((f) => f.endsWith(".js"))
    .reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
}

function serve(dist) {
  const officeDir = path.join(root, "node_modules", "@microsoft", "office-js", "dist");
  const pages = {
    "/functions.html": `<!doctype html><script src="/office-js/office.js"></script><script>let n=0;const a=CustomFunctions.associate;CustomFunctions.associate=function(){n++;return a.apply(this,arguments)};window.__t0=performance.now()</script><script src="/functions.js"></script><script>window.__t=performance.now()-window.__t0;window.__n=n</script>`,
    "/baseline.html": `<!doctype html><script>window.__t0=performance.now()</script><script src="/office-js/office.js"></script><script>window.__t=performance.now()-window.__t0;window.__n=0</script>`,
  };
  const server = http.createServer((req, res) => {
    const url = req.url.split("?")[0];
    if (pages[url]) return res.end(pages[url]);
    const file = url.startsWith("/office-js/") ? path.join(officeDir, url.slice("/office-js/".length)) : path.join(dist, url);
    if (!file.startsWith(officeDir) && !file.startsWith(dist)) return res.writeHead(403).end();
    fs.readFile(file, (err, data) => (err ? res.writeHead(404).end() : res.end(data)));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function loadTimes(browser, base, page, loads) {
  const times = [];
  let registered = 0;
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`${base}/${page}`, { waitUntil: "load" });
    times.push(await p.evaluate("window.__t"));
    registered = await p.evaluate("window.__n");
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], registered };
}

async function cases() {
  const { dist, stats } = build();
  const js = fs.readFileSync(path.join(dist, "functions.js"));
  const gz = zlib.gzipSync(js, { level: 9 }).length;
  const pane = ["taskpane.js", "taskpane.css"].reduce(
    (n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length,
    0,
  );
  // chunks loaded on demand, kept out of taskpane.js: the Word writer (docx) behind "Draft the assurance statement",
  // the .xlsx writer (ExcelJS) behind "Save a copy to share"
  const lazy = chunkGroupGz(dist, stats, "docx");
  const xlsx = chunkGroupGz(dist, stats, "xlsx");
  const result = [
    { name: "functions.js minified", measure: () => ({ value: (js.length / 1024).toFixed(1), unit: "KB" }) },
    {
      name: "functions.js gzipped",
      measure: () => ({ value: (gz / 1024).toFixed(1), unit: "KB", budget: "100 KB", withinBudget: gz < 100 * 1024 }),
    },
    // the task pane's own code and stylesheet (it shares functions.js, measured above)
    {
      name: "task pane: taskpane.js + taskpane.css gzipped",
      measure: () => ({ value: (pane / 1024).toFixed(1), unit: "KB", budget: "100 KB", withinBudget: pane < 100 * 1024 }),
    },
    {
      name: "task pane: the statement's Word writer (docx), loaded on demand, gzipped",
      measure: () => ({ value: (lazy / 1024).toFixed(1), unit: "KB", budget: "150 KB", withinBudget: lazy > 0 && lazy < 150 * 1024 }),
    },
    {
      name: "task pane: the shareable copy's .xlsx writer (ExcelJS), loaded on demand, gzipped",
      measure: () => ({ value: (xlsx / 1024).toFixed(1), unit: "KB", budget: "300 KB", withinBudget: xlsx > 0 && xlsx < 300 * 1024 }),
    },
  ];
  if (!fs.existsSync(CHROMIUM)) {
    result.push({ name: "load and register in Chromium", measure: () => ({ value: "skipped (no /usr/bin/chromium)", unit: "" }) });
    return result;
  }
  const { chromium } = require("playwright-core");
  const server = await serve(dist);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const ours = await loadTimes(browser, base, "functions.html", LOADS);
    const floor = await loadTimes(browser, base, "baseline.html", LOADS);
    result.push({
      name: `load and register ${ours.registered} functions in Chromium`,
      measure: () => ({
        value: ours.median.toFixed(1),
        unit: "ms",
        baselineMs: floor.median,
        baselineName: "office.js alone",
        ratio: ours.median / floor.median,
        budget: "100 ms",
        withinBudget: ours.median < 100,
      }),
    });
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dist, { recursive: true, force: true });
  }
  return result;
}

module.exports = { name: "Functions bundle", cases };
