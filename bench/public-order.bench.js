// PEAKCONCURRENT: the O(n log n) sweep (exact sums, times to the second, packed-key sort) against the brute force a
// spreadsheet user would write (for each start, add up the events in force then: O(n²)) and against a plain sweep
// with a comparator sort, on the same calendars;
// and UNITCAPACITY's exact arithmetic against plain floating-point floor division.
const { peakConcurrent, toSeconds } = require("../lib/core/public-order/peak");
const { unitCapacity } = require("../lib/core/public-order/staffing");
const { unitRoles } = require("../lib/core/public-order/units");

/** A deterministic calendar: n events over a year, starts on the quarter hour, 1 to 48 hours long, 1 to 12 PSUs. */
function calendar(n) {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const starts = [];
  const ends = [];
  const demands = [];
  for (let i = 0; i < n; i++) {
    const s = 45000 + Math.floor(next() * 365 * 96) / 96;
    starts.push(s);
    ends.push(s + (1 + Math.floor(next() * 48)) / 24);
    demands.push(1 + Math.floor(next() * 12));
  }
  return { starts, ends, demands };
}

function bruteForce({ starts, ends, demands }) {
  const s = starts.map(toSeconds);
  const e = ends.map(toSeconds);
  let best = 0;
  for (const t of s) {
    let level = 0;
    for (let i = 0; i < s.length; i++) if (s[i] <= t && t < e[i]) level += demands[i];
    if (level > best) best = level;
  }
  return best;
}

/** The plain sweep: float sums, moments sorted with a comparator. */
function plainSweep({ starts, ends, demands }) {
  const moments = [];
  starts.forEach((s, i) => moments.push([toSeconds(s), 1, demands[i]], [toSeconds(ends[i]), 0, -demands[i]]));
  moments.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let level = 0;
  let best = 0;
  for (const m of moments) {
    level += m[2];
    if (level > best) best = level;
  }
  return best;
}

const small = calendar(2000);
const large = calendar(100000);
for (const c of [small]) {
  if (peakConcurrent(c.starts, c.ends, c.demands) !== bruteForce(c) || plainSweep(c) !== bruteForce(c))
    throw new Error("sweep and brute force disagree");
}

const psu = unitRoles("PSU");
const floatCapacity = (trained, tpp) => Math.min(...psu.map((r, i) => Math.floor(trained[i] / (r.perUnit * tpp))));

module.exports = {
  name: "PUBLIC ORDER",
  cases: [
    {
      name: "PEAKCONCURRENT, 2,000 events",
      run: () => peakConcurrent(small.starts, small.ends, small.demands),
      baseline: () => bruteForce(small),
      baselineName: "brute force O(n²)",
    },
    {
      name: "PEAKCONCURRENT, 100,000 events",
      run: () => peakConcurrent(large.starts, large.ends, large.demands),
      baseline: () => plainSweep(large),
      baselineName: "plain sweep (comparator sort)",
      samples: 5,
    },
    {
      name: "UNITCAPACITY, PSU at 5.2 per post",
      run: () => unitCapacity(psu, [60, 200, 1050, 150], 5.2),
      baseline: () => floatCapacity([60, 200, 1050, 150], 5.2),
      baselineName: "float floor division",
    },
  ],
};
