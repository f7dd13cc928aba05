// `npm run demo`: builds every example plan in examples/ into examples/out/ with the `spr build` command line, each
// as the live workbook and its shareable copy (-shared.xlsx).
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "examples", "out");
fs.mkdirSync(outDir, { recursive: true });
let failed = 0;
for (const f of fs
  .readdirSync(path.join(root, "examples"))
  .filter((n) => n.endsWith(".json"))
  .sort()) {
  // examples/out/ holds only what the demo writes, so replacing last run's files there is safe; beside each live
  // workbook, the shareable copy its readers without the add-in receive
  for (const [suffix, flags] of [
    [".xlsx", []],
    ["-shared.xlsx", ["--shareable"]],
  ]) {
    const out = path.join(outDir, f.replace(/\.json$/, suffix));
    const args = [path.join(root, "bin", "spr.js"), "build", path.join("examples", f), "-o", out, "--force", ...flags];
    if (spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" }).status !== 0) failed++;
  }
}
// the other outputs of issue 18: two plans compared, and the draft assurance statements (a force's, the nation's)
const spr = (...args) =>
  spawnSync(process.execPath, [path.join(root, "bin", "spr.js"), ...args, "--force"], { cwd: root, stdio: "inherit" }).status;
for (const args of [
  [
    "compare",
    "examples/avon-and-somerset-2026-27.json",
    "examples/dorset-2026-27.json",
    "-o",
    path.join(outDir, "compare-avon-dorset.xlsx"),
  ],
  ["statement", "examples/avon-and-somerset-2026-27.json", "-o", path.join(outDir, "statement-avon-and-somerset.docx")],
  ["statement", "examples/england-and-wales-2026-27.json", "-o", path.join(outDir, "apcc-summary-england-and-wales.docx")],
]) {
  if (spr(...args) !== 0) failed++;
}
process.exit(failed ? 1 : 0);
