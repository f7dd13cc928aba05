// Prints the plain closing line CI reads, "N passed, N failed", from Jest's JSON results.
const fs = require("fs");
const file = process.argv[2] || "jest-results.json";
let passed = 0;
let failed;
let skipped = 0;
try {
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  skipped = r.numPendingTests + r.numTodoTests;
} catch {
  // The type check or lint failed before any test ran: count that as one failure.
  failed = 1;
}
if (process.argv.includes("--steps-failed") && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
