// ERLANGC and SERVERSFOR from 10 to 100,000 servers, each beside the straightforward method measured in the same run:
// for ERLANGC the recurrence from B(0) = 1 through every server; for SERVERSFOR a scan from 0 servers upwards, one
// recurrence step per count (already far better than re-evaluating C from scratch at each count).
// Traffic is 95% of the servers for ERLANGC (near capacity, the hard case) and 95% of the size for SERVERSFOR.
const { erlangC } = require("../lib/core/queueing/erlang");
const { serversFor } = require("../lib/core/queueing/servers");

function erlangCFromZero(a, c) {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return a >= c ? 1 : (c * b) / (c - a + a * b);
}

function serversForByScan(a, p) {
  let b = 1;
  for (let k = 1; ; k++) {
    b = (a * b) / (k + a * b);
    if (k > a && (k * b) / (k - a + a * b) <= p) return k;
  }
}

const SIZES = [10, 100, 1000, 10000, 100000];

// Refuse to time a fast answer that is wrong: both methods must agree first.
for (const n of SIZES) {
  const a = 0.95 * n;
  const fast = erlangC(a, n);
  const slow = erlangCFromZero(a, n);
  if (Math.abs(fast - slow) > 1e-12 * slow) throw new Error(`ERLANGC(${a}, ${n}) disagrees: ${fast} vs ${slow}`);
  if (serversFor(a, 0.05) !== serversForByScan(a, 0.05)) throw new Error(`SERVERSFOR(${a}, 0.05) disagrees`);
}

module.exports = {
  name: "QUEUEING",
  cases: [
    ...SIZES.map((n) => ({
      name: `ERLANGC(${0.95 * n}, ${n.toLocaleString("en-GB")})`,
      run: () => erlangC(0.95 * n, n),
      baseline: () => erlangCFromZero(0.95 * n, n),
      baselineName: "recurrence from 0",
    })),
    ...SIZES.map((n) => ({
      name: `SERVERSFOR(${0.95 * n}, 0.05) = ${serversFor(0.95 * n, 0.05).toLocaleString("en-GB")}`,
      run: () => serversFor(0.95 * n, 0.05),
      baseline: () => serversForByScan(0.95 * n, 0.05),
      baselineName: "scan from 0",
    })),
  ],
};
