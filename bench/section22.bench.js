// The money family (ALLOCATE and the Section 22 functions): the exact engine (BigInt over each number as Excel shows
// it, controlled rounding so lines and forces' totals both come out exact) against the straightforward spreadsheet
// method measured in the same run, and each function at the largest input it accepts, with the budget it must meet.
const { s22Table } = require("../lib/core/section22/table");
const { s22Share } = require("../lib/core/section22/share");
const { roundTable } = require("../lib/core/section22/round-table");
const { contributionBasis } = require("../lib/core/section22/quotas");
const { apportionUnits } = require("../lib/core/allocate");
const { allocate } = require("../lib/core/allocate");
const { s22Explain } = require("../lib/core/section22/explain");
const { inKindValue } = require("../lib/core/section22/inkind");
const { MAX_PARTS } = require("../lib/core/section22/money");
const { MAX_TABLE_CELLS } = require("../lib/core/section22/table");
const { MAX_RATES, uplift } = require("../lib/core/section22/uplift");
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
if (bigWeights.length * bigLines.length !== MAX_TABLE_CELLS) throw new Error("the S22TABLE case is no longer at the limit");

// the largest inputs the family accepts: MAX_PARTS weights (£0.01–£5,000 each), MAX_RATES rates of 15 significant
// digits (each year adds 17 digits to the exact projection, the worst case), MAX_PARTS in-kind cells
const partWeights = Array.from({ length: MAX_PARTS }, () => Math.round(1 + random() * 500_000) / 100);
const longRates = Array.from({ length: MAX_RATES }, (_, k) => 0.0123456789012345 + k * 1e-9);
const inKindFte = partWeights.map((w) => Math.round(w) / 100);
/** The projection in floating point: each year the last one times (1 + rate), rounded to the penny. */
const floatUplift = (amount, rates) => {
  let v = amount;
  return rates.map((r) => Math.round((v *= 1 + r) * 100) / 100);
};

/** Over `tables` random national budgets: forces whose per-line total misses S22SHARE, and forces S22TABLE flags. */
function drift(tables) {
  const basis = contributionBasis(fte, 0);
  let perLineMisses = 0;
  let flagged = 0;
  for (let k = 0; k < tables; k++) {
    const costs = budget(30).map(BigInt);
    const share = apportionUnits(
      costs.reduce((a, b) => a + b, 0n),
      basis.e,
    );
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
      run: () =>
        s22Table({ weights: bigWeights, lineCosts: bigLines.map((p) => p / 100), fixedFraction: 0, unit: 0.01, showHeaders: false }),
      baseline: () => perLineFloatTable(bigWeights, bigLines),
      baselineName: "per-line float largest remainder",
      budgetMs: 2000,
      samples: 5,
    },
    {
      name: "S22SHARE £48,123,456.78 over 43 forces",
      run: () => s22Share(fte, 48123456.78, 0, 0.01),
      baseline: () => floatLargestRemainder(4812345678, fte),
      baselineName: "float largest remainder",
    },
    {
      name: `ALLOCATE £9,999,999,999,999.99 over ${MAX_PARTS.toLocaleString("en-GB")} weights, the limit`,
      run: () => allocate(9999999999999.99, partWeights, 0.01),
      baseline: () => floatLargestRemainder(999999999999999, partWeights),
      baselineName: "float largest remainder (inexact)",
      budgetMs: 100,
      samples: 7,
    },
    {
      name: `S22SHARE with a 20% equal element over ${MAX_PARTS.toLocaleString("en-GB")} forces, the limit`,
      run: () => s22Share(partWeights, 48123456.78, 0.2, 0.01),
      baseline: () => floatLargestRemainder(4812345678, partWeights),
      baselineName: "float largest remainder, no equal element",
      budgetMs: 100,
      samples: 7,
    },
    {
      name: `S22EXPLAIN every one of ${MAX_PARTS.toLocaleString("en-GB")} forces, the limit`,
      run: () => s22Explain(partWeights, 48123456.78, 0.2, 0.01),
      baseline: () => s22Share(partWeights, 48123456.78, 0.2, 0.01),
      baselineName: "S22SHARE of the same",
      budgetMs: 1000,
      samples: 5,
    },
    {
      name: `UPLIFT over ${MAX_RATES.toLocaleString("en-GB")} rates of 15 digits to the penny, the limit`,
      run: () => uplift(3120000, longRates, 0.01),
      baseline: () => floatUplift(3120000, longRates),
      baselineName: "float compounding (inexact)",
      budgetMs: 250,
      samples: 7,
    },
    {
      name: `UPLIFT over ${MAX_RATES.toLocaleString("en-GB")} rates of 15 digits, unrounded`,
      run: () => uplift(3120000, longRates),
      baseline: () => floatUplift(3120000, longRates),
      baselineName: "float compounding (inexact)",
      budgetMs: 250,
      samples: 7,
    },
    {
      name: `INKIND over ${MAX_PARTS.toLocaleString("en-GB")} cells, the limit`,
      run: () => inKindFte.map((f) => inKindValue(f, 71234.56, 0.01)),
      baseline: () => inKindFte.map((f) => Math.round(f * 71234.56 * 100) / 100),
      baselineName: "float product rounded",
      budgetMs: 150,
      samples: 7,
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
