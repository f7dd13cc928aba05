// The baseline the benchmarks measure against: a plain floating-point largest remainder with the same tie-break,
// the straightforward implementation a spreadsheet user would write. Not a *.bench.js file, so the runner skips it.
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

module.exports = { floatLargestRemainder };
