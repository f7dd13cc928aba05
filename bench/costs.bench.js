// Costs and the medium term: the medium-term build of a force and of a region against the same plan built for one
// year (same run), S22YEARS over four years against one S22TABLE, and the exact employer cost against floats.
const fs = require("fs");
const path = require("path");
const { readPlan } = require("../lib/plan/validate");
const { layoutWorkbook } = require("../lib/workbook/build");
const { s22Table } = require("../lib/core/section22/table");
const { s22Years } = require("../lib/core/section22/years");
const { employCostPence } = require("../lib/core/costs/employ");
const { FORCES } = require("../lib/core/forces/forces-data");

const STAMP = { builtAt: "2026-12-02T06:00:00Z", planDigest: "0".repeat(64), planSource: "bench" };
const example = (f) => JSON.parse(fs.readFileSync(path.join(__dirname, "..", "examples", f), "utf8"));

// the force example without its uncertainty block (100,000-trial simulations would swamp what costs add)
const forceMedium = example("avon-and-somerset-2026-27.json");
delete forceMedium.uncertainty;
const forceOneYear = { ...forceMedium };
delete forceOneYear.costs;
const regionMedium = example("swrocu-2026-27.json");
const regionOneYear = { ...regionMedium };
delete regionOneYear.costs;
const plans = [forceMedium, forceOneYear, regionMedium, regionOneYear].map((p) => readPlan(JSON.stringify(p)));

const weights = FORCES.map((f) => f.officerFte);
const lines = Array.from({ length: 30 }, (_, k) => 100000 + k * 12345.67);
const rates = lines.map((_, k) => (k % 3 === 0 ? [0.02, 0.02, 0.02] : [0.042, 0.03, 0.03]));
const RATES = { pension: 0.353, ni: 0.15, niThreshold: 5000, levy: 0.005 };

module.exports = {
  name: "Costs",
  cases: [
    {
      name: "medium-term build of a force (4 years, costs and Medium term sheets)",
      run: () => layoutWorkbook(plans[0], STAMP),
      baseline: () => layoutWorkbook(plans[1], STAMP),
      baselineName: "the same plan built for one year",
      samples: 9,
      budgetMs: 1000,
    },
    {
      name: "medium-term build of a region (4 years, Section 22 by year)",
      run: () => layoutWorkbook(plans[2], STAMP),
      baseline: () => layoutWorkbook(plans[3], STAMP),
      baselineName: "the same plan built for one year",
      samples: 9,
      budgetMs: 1000,
    },
    {
      name: "S22YEARS, 43 forces × 30 lines × 4 years, to the penny",
      run: () => s22Years({ weights, lineCosts: lines, rates, fixedFraction: 0.2, unit: 0.01 }),
      baseline: () => s22Table({ weights, lineCosts: lines, fixedFraction: 0.2, unit: 0.01, showHeaders: false }),
      baselineName: "S22TABLE, one year",
    },
    {
      name: "EMPLOYCOST, exact to the penny",
      run: () => employCostPence(48231, RATES),
      baseline: () => Math.round((48231 * 1.358 + 0.15 * (48231 - 5000)) * 100),
      baselineName: "float formula",
    },
  ],
};
