// ALLOCATE: exact largest remainder (BigInt over typed decimals) against a plain floating-point largest remainder
// with the same tie-break, the straightforward implementation a spreadsheet user would write.
const { allocate } = require("../lib/core/allocate");
const { FORCES } = require("../lib/core/forces/forces-data");

function floatLargestRemainder(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const parts = quotas.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const o of order) {
    if (left <= 0) break;
    parts[o.i]++;
    left--;
  }
  return parts;
}

const fte = FORCES.map((f) => f.officerFte);

module.exports = {
  name: "ALLOCATE",
  cases: [
    {
      name: "297 PSUs over 43 forces by officer FTE",
      run: () => allocate(297, fte),
      baseline: () => floatLargestRemainder(297, fte),
      baselineName: "float largest remainder",
    },
    {
      name: "£48,123,456.78 over 43 forces to the penny",
      run: () => allocate(48123456.78, fte, 0.01),
      baseline: () => floatLargestRemainder(4812345678, fte),
      baselineName: "float largest remainder",
    },
  ],
};
