// Section 22 contribution tables: the exact engine (BigInt over typed decimals, controlled rounding so lines and
// forces' totals both come out exact) against the straightforward spreadsheet method measured in the same run:
// each line shared on its own by a floating-point largest remainder in pence.
const { s22Table } = require("../lib/core/section22/table");
const { s22Share } = require("../lib/core/section22/share");
const { roundTable } = require("../lib/core/section22/round-table");
const { contributionBasis } = require("../lib/core/section22/quotas");
const { apportionUnits } = require("../lib/core/allocate");
const { FORCES } = require("../lib/core/forces/forces-data");
const { floatLargestRemainder } = require("./float-largest-remainder");

/** The baseline table: each line by float largest remainder in pence, then row totals by addition. */
function perLineFloatTable(weights, linePence) {
  const columns = linePence.map((c) => floatLargestRemainder(c, weights));
  return weights.map((_, i) => {
    const row = columns.map((col) => col[i]);
    return [...row, row.reduce((a, b) => a + b, 0)];
  });
}

let seed = 84;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const budget = (lines) => Array.from({ length: lines }, () => Math.floor(10_000_00 + random() * 200_000_000)); // £10k–£2m in pence

const fte = FORCES.map((f) => f.officerFte);
const lines = budget(30);
const linePounds = lines.map((p) => p / 100);
// the largest table S22TABLE accepts: 200 weights × 250 lines = 50,000 cells
const bigWeights = Array.from({ length: 200 }, () => Math.round(50_000 + random() * 500_000) / 100);
const bigLines = budget(250);

/** Over `tables` random national budgets: forces whose per-line total misses S22SHARE, and forces S22TABLE flags. */
function drift(tables) {
  const basis = contributionBasis(fte, 0);
  let perLineMisses = 0;
  let flagged = 0;
  for (let k = 0; k < tables; k++) {
    const costs = budget(30).map(BigInt);
    const share = apportionUnits(costs.reduce((a, b) => a + b, 0n), basis.e);
    const perLine = costs.map((c) => apportionUnits(c, basis.e));
    share.forEach((s, i) => perLine.reduce((a, col) => a + col[i], 0n) !== s && perLineMisses++);
    const t = roundTable(basis.e, basis.eSum, costs);
    t.rowTotals.forEach((r, i) => r !== t.shares[i] && flagged++);
  }
  return { perLineMisses, flagged };
}

let measured;
const once = () => (measured ??= drift(1000));

module.exports = {
  name: "S22",
  cases: [
    {
      name: "S22TABLE 43 forces × 30 lines (pence)",
      run: () => s22Table({ weights: fte, lineCosts: linePounds, fixedFraction: 0, unit: 0.01, showHeaders: false }),
      baseline: () => perLineFloatTable(fte, lines),
      baselineName: "per-line float largest remainder",
    },
    {
      name: "S22TABLE 43 × 30 with a 25% equal element",
      run: () => s22Table({ weights: fte, lineCosts: linePounds, fixedFraction: 0.25, unit: 0.01, showHeaders: true }),
      baseline: () => perLineFloatTable(fte, lines),
      baselineName: "per-line float largest remainder",
    },
    {
      name: "S22TABLE 200 × 250, the 50,000-cell limit",
      run: () => s22Table({ weights: bigWeights, lineCosts: bigLines.map((p) => p / 100), fixedFraction: 0, unit: 0.01, showHeaders: false }),
      baseline: () => perLineFloatTable(bigWeights, bigLines),
      baselineName: "per-line float largest remainder",
      samples: 5,
    },
    {
      name: "S22SHARE £48,123,456.78 over 43 forces",
      run: () => s22Share(fte, 48123456.78, 0, 0.01),
      baseline: () => floatLargestRemainder(4812345678, fte),
      baselineName: "float largest remainder",
    },
    {
      name: "per-line rounding: force totals off S22SHARE, 1,000 tables",
      measure: () => ({ value: once().perLineMisses, unit: `of ${43 * 1000} force totals` }),
    },
    {
      name: "S22TABLE: force totals off S22SHARE, 1,000 tables",
      measure: () => ({ value: once().flagged, unit: `of ${43 * 1000} force totals` }),
    },
  ],
};
