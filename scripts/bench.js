// `npm run bench`: runs every bench/*.bench.js against the compiled engine in lib/ and prints a table of medians,
// each beside a baseline measured in the same run, as a ratio. Writes bench/out/results.json.
// A case may set a budget (budgetMs for its median, or budget for a measured size); the run exits 1 when one is
// exceeded. Benchmarks, never timed unit tests: shared machines make timings noisy.
const fs = require("fs");
const path = require("path");
const { performance } = require("perf_hooks");

const root = path.resolve(__dirname, "..");

/** Median milliseconds per call: batches sized to about 20 ms, `samples` batches, after a warm-up. */
function measure(fn, samples = 15) {
  fn();
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    const dt = performance.now() - t0;
    if (dt > 20 || reps >= 1 << 20) break;
    reps *= 2;
  }
  const times = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    times.push((performance.now() - t0) / reps);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function fmt(ms) {
  if (ms === undefined) return "";
  if (ms < 0.001) return `${(ms * 1e6).toFixed(0)} ns`;
  if (ms < 1) return `${(ms * 1000).toFixed(1)} µs`;
  return `${ms.toFixed(2)} ms`;
}

async function main() {
  const only = process.argv[2];
  const files = fs
    .readdirSync(path.join(root, "bench"))
    .filter((f) => f.endsWith(".bench.js") && (!only || f.includes(only)))
    .sort();
  const rows = [];
  let overBudget = 0;
  for (const f of files) {
    const suite = require(path.join(root, "bench", f));
    const cases = typeof suite.cases === "function" ? await suite.cases() : suite.cases;
    for (const c of cases) {
      const row = { suite: suite.name, case: c.name };
      if (c.measure) {
        // a measured quantity (for example a bundle size) rather than a time
        const m = await c.measure();
        Object.assign(row, m);
      } else {
        row.medianMs = measure(c.run, c.samples);
        if (c.baseline) {
          row.baselineMs = measure(c.baseline, c.samples);
          row.baselineName = c.baselineName || "baseline";
          row.ratio = row.medianMs / row.baselineMs;
        }
        if (c.budgetMs !== undefined) {
          row.budgetMs = c.budgetMs;
          row.withinBudget = row.medianMs <= c.budgetMs;
        }
      }
      if (row.withinBudget === false) overBudget++;
      rows.push(row);
      const ratio = row.ratio !== undefined ? `${row.ratio.toFixed(2)}× ${row.baselineName}` : "";
      const budget =
        row.budgetMs !== undefined
          ? `budget ${fmt(row.budgetMs)} ${row.withinBudget ? "ok" : "EXCEEDED"}`
          : row.budget !== undefined
            ? `budget ${row.budget} ${row.withinBudget ? "ok" : "EXCEEDED"}`
            : "";
      const value = row.medianMs !== undefined ? fmt(row.medianMs) : `${row.value} ${row.unit || ""}`;
      console.log(
        `${(suite.name + " · " + c.name).padEnd(58)} ${value.padStart(12)}  ${row.baselineMs !== undefined ? fmt(row.baselineMs).padStart(10) : "".padStart(10)}  ${ratio.padEnd(28)} ${budget}`,
      );
    }
  }
  const out = path.join(root, "bench", "out");
  fs.mkdirSync(out, { recursive: true });
  const result = { node: process.version, date: new Date().toISOString(), rows };
  fs.writeFileSync(path.join(out, "results.json"), JSON.stringify(result, null, 2));
  console.log(`\n${rows.length} measurements written to bench/out/results.json`);
  if (overBudget) {
    console.error(`${overBudget} budget${overBudget === 1 ? "" : "s"} exceeded`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
