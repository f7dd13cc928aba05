// The national roll-up workbook laid out (issue 18): every sheet and every formula's cached value, as `spr build`
// computes it before writing. From reference data alone (43 forces' derived shares by SPR.NATIONALSHARE) beside a
// baseline of the 86 SPR.NATIONALSHARE calls alone; and from 43 force plans beside a baseline of laying out the 43
// force workbooks one by one (the least a roll-up must do), so the ratio is what rolling them up costs.
const fs = require("fs");
const path = require("path");
const { layoutWorkbook } = require("../lib/workbook/build");
const { readPlan, validatePlan } = require("../lib/plan/validate");
const { FORCES } = require("../lib/core/forces/forces-data");
const fns = require("../lib/functions/functions");
const { rollup: BUDGET } = require("./budgets");

const root = path.resolve(__dirname, "..");
const STAMP = { builtAt: "2026-11-29T12:00:00Z", planDigest: "0", planSource: "bench" };
const nation = readPlan(fs.readFileSync(path.join(root, "examples", "england-and-wales-2026-27.json"), "utf8"));

// 43 force plans: the Avon & Somerset example for every force, its share derived (no agreed figure), no uncertainty
const avon = JSON.parse(fs.readFileSync(path.join(root, "examples", "avon-and-somerset-2026-27.json"), "utf8"));
delete avon.uncertainty;
delete avon.publicOrder.nationalPsuShare;
const forcePlans = FORCES.map((f) => ({
  source: `${f.force}.json`,
  plan: validatePlan({ ...avon, organisation: { kind: "force", name: f.force } }),
}));

const fromReference = () => layoutWorkbook(nation, STAMP).models;
const nationOfPlans = { ...nation, forcePlans: forcePlans.map((p) => p.source) };
const fromPlans = () => layoutWorkbook(nationOfPlans, STAMP, undefined, undefined, forcePlans).models;

const check = layoutWorkbook(nationOfPlans, STAMP, undefined, undefined, forcePlans).ctx;
if (check.rollUp.filter((f) => f.member).length !== 43) throw new Error("the roll-up did not take the 43 force plans");

// OVERCOMMIT over a large combined calendar beside PEAKCONCURRENT's sweep over the same calendar: what listing the
// periods and their events costs on top of the peak (near linear: one sweep plus the events listed)
const { overCommitments } = require("../lib/core/public-order/over-commitment");
const { peakConcurrent } = require("../lib/core/public-order/peak");
function calendar(n) {
  let seed = 2026;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const starts = Array.from({ length: n }, () => 46100 + Math.floor(next() * 365 * 96) / 96);
  return { starts, ends: starts.map((t) => t + (1 + Math.floor(next() * 48)) / 24), psus: starts.map(() => 1 + Math.floor(next() * 12)) };
}
const big = calendar(100000);
const capacity = Math.round(peakConcurrent(big.starts, big.ends, big.psus) * 0.8);

module.exports = {
  name: "ROLLUP",
  cases: [
    {
      name: "national workbook from reference data alone (43 forces)",
      run: fromReference,
      baseline: () => FORCES.forEach((f) => ["PSU", "BDU"].forEach((k) => fns.nationalShare(f.force, k))),
      baselineName: "86 SPR.NATIONALSHARE calls",
      budgetMs: BUDGET.referenceBudgetMs,
      samples: 5,
    },
    {
      name: "national workbook from 43 force plans",
      run: fromPlans,
      baseline: () => forcePlans.forEach((p) => layoutWorkbook(p.plan, STAMP)),
      baselineName: "the 43 force workbooks laid out one by one",
      budgetMs: BUDGET.budgetMs,
      samples: 3,
    },
    {
      name: "OVERCOMMIT over 100,000 events against 80% of their peak",
      run: () => overCommitments(big.starts, big.ends, big.psus, capacity),
      baseline: () => peakConcurrent(big.starts, big.ends, big.psus),
      baselineName: "PEAKCONCURRENT's sweep",
      samples: 5,
    },
  ],
};
