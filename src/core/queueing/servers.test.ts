import fc from "fast-check";
import { referenceErlangC } from "../../../test/helpers/erlang-reference";
import { erlangC } from "./erlang";
import { serversFor } from "./servers";

describe("fewest servers for a probability of waiting", () => {
  it("matches hand computation", () => {
    // A = 2: C(2, 2) = 1; C(2, 3) = 4/9 = 0.444; C(2, 4) = 4 × (2/21) / (4 − 2 × 19/21) = (8/21) / (46/21) = 4/23 = 0.1739;
    // C(2, 5) = 5 × (4/109) / (5 − 2 × 105/109) = (20/109) / (335/109) = 4/67 = 0.0597
    expect(serversFor(2, 0.5)).toBe(3);
    expect(serversFor(2, 0.4)).toBe(4);
    expect(serversFor(2, 0.174)).toBe(4);
    expect(serversFor(2, 0.17)).toBe(5);
    expect(serversFor(2, 0.06)).toBe(5);
    expect(serversFor(2, 0.05)).toBe(6);
    // one server waits with probability A: 0.3 erlangs meets 0.35 with one server, not 0.25
    expect(serversFor(0.3, 0.35)).toBe(1);
    expect(serversFor(0.3, 0.25)).toBe(2);
  });

  it("needs no server for no traffic", () => {
    expect(serversFor(0, 0.05)).toBe(0);
  });

  it("finds the smallest count above the traffic with C ≤ target, up to 100,000 servers (log-space check)", () => {
    for (const [a, p] of [
      [950, 0.05],
      [9500, 0.05],
      [10000, 0.01],
      [95000, 0.05],
      [100000, 0.2],
    ]) {
      const n = serversFor(a, p);
      expect(referenceErlangC(a, n)).toBeLessThanOrEqual(p * (1 + 1e-9));
      expect(referenceErlangC(a, n - 1)).toBeGreaterThan(p * (1 - 1e-9));
      // square-root staffing: the answer sits a small multiple of √A above A
      expect((n - a) / Math.sqrt(a)).toBeGreaterThan(0.5);
      expect((n - a) / Math.sqrt(a)).toBeLessThan(3);
    }
  });

  it("is the smallest count with ERLANGC ≤ max_wait_prob (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 5000, noNaN: true }), fc.double({ min: 1e-9, max: 0.999, noNaN: true }), (a, p) => {
        const n = serversFor(a, p);
        return erlangC(a, n) <= p && (n - 1 <= a || erlangC(a, n - 1) > p);
      }),
    );
  });

  it("never falls as traffic rises or the target tightens (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        (a, extra, p) => {
          return serversFor(a + extra, p) >= serversFor(a, p) && serversFor(a, p / 2) >= serversFor(a, p);
        },
      ),
    );
  });

  it("refuses a target outside (0, 1), naming the argument", () => {
    expect(() => serversFor(2, 0)).toThrow(
      /^max_wait_prob: expected a number > 0 and < 1, at least 2.2251E-308 \(the smallest positive number Excel holds\), got 0$/,
    );
    expect(() => serversFor(2, 1)).toThrow(/^max_wait_prob: /);
    expect(() => serversFor(-2, 0.1)).toThrow(/^traffic: /);
  });

  it("keeps full precision down to Excel's smallest positive number and refuses targets below it (log-space check)", () => {
    for (const [a, p] of [
      [1000, 1e-300],
      [1000, 3e-308],
      [50, 2.2251e-308],
    ]) {
      const n = serversFor(a, p);
      expect(referenceErlangC(a, n)).toBeLessThanOrEqual(p * (1 + 1e-9));
      expect(referenceErlangC(a, n - 1)).toBeGreaterThan(p * (1 - 1e-9));
    }
    // SERVERSFOR(1E9, 1E-320) once walked 10^7 steps through subnormal numbers to a wrong 1,015,873,016
    expect(() => serversFor(1e9, 1e-320)).toThrow(/^max_wait_prob: expected a number > 0 and < 1, at least 2.2251E-308/);
  });
});
