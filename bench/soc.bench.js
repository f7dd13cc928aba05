// SOC demand and the capability check: the engine's functions against the plain loops a spreadsheet user would write.
const { workloadFte } = require("../lib/core/soc/workload");
const { socRequirement } = require("../lib/core/soc/socreq");
const { CAPABILITIES } = require("../lib/core/capabilities/register");
const { readAssessments, summaryTable, unmetTable } = require("../lib/core/capabilities/check");

const N = 10000;
const volumes = Array.from({ length: N }, (_, k) => (k * 37) % 101);
const hours = Array.from({ length: N }, (_, k) => 1 + ((k * 13) % 50));

const ids = CAPABILITIES.map((c) => c.id);
const statuses = ids.map((_, k) => ["in force", "via collaboration", "via ROCU", "partial", "absent", ""][k % 6]);

/** The whole-register check with a linear search per id: what a lookup column in a workbook does. */
function linearCheck() {
  const rows = [];
  for (let k = 0; k < ids.length; k++) {
    const c = CAPABILITIES.find((x) => x.id === ids[k]);
    const s = statuses[k] || "not assessed";
    if (s === "partial" || s === "absent" || s === "not assessed")
      rows.push([c.id, c.title, s, c.paragraph, s === "absent" ? "RED" : "AMBER"]);
  }
  return rows;
}

module.exports = {
  name: "SOC",
  cases: [
    {
      name: `WORKLOADFTE over ${N} volumes`,
      run: () => workloadFte(volumes, hours, 1679.142857142857),
      baseline: () => volumes.reduce((a, v, k) => a + v * hours[k], 0) / 1679.142857142857,
      baselineName: "plain reduce",
    },
    {
      name: "SOCREQ, four bands",
      run: () => socRequirement([2, 5, 8, 12], [3000, 1200, 400, 100], [0, 0.5, 1, 1], 1679.142857142857),
      baseline: () => [2, 5, 8, 12].reduce((a, o, b) => a + o * [3000, 1200, 400, 100][b], 0) / 1679.142857142857,
      baselineName: "total only, no checks",
    },
    {
      name: `CAPABILITYCHECK + SUMMARY, whole register (${ids.length})`,
      run: () => {
        const a = readAssessments(ids, statuses);
        return [unmetTable(a), summaryTable(a)];
      },
      baseline: linearCheck,
      baselineName: "linear lookup, check only",
    },
  ],
};
