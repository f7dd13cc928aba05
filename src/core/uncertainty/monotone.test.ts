import fc from "fast-check";
import { mapMonotone } from "./monotone";

describe("a non-decreasing function over many values", () => {
  it("gives exactly what calling the function on every value gives, with few calls", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 3000 }),
        fc.double({ min: 0.5, max: 200, noNaN: true }),
        (xs, step) => {
          const f = (x: number) => Math.ceil(x / step);
          const { result, calls } = mapMonotone(Float64Array.from(xs), f);
          expect(Array.from(result)).toEqual(xs.map(f));
          // k distinct answers cost at most about k·(log2 n + 1) + 2 calls
          const k = new Set(xs.map(f)).size;
          expect(calls).toBeLessThanOrEqual(k * (Math.ceil(Math.log2(xs.length)) + 1) + 2);
        },
      ),
    );
  });

  it("calls a constant input once", () => {
    let calls = 0;
    const r = mapMonotone(new Float64Array(100000).fill(3), (x) => (calls++, x * 2));
    expect(calls).toBe(1);
    expect(r.result.every((v) => v === 6)).toBe(true);
  });

  it("falls back to calling the function on every value if it is not in fact non-decreasing", () => {
    const xs = Float64Array.from([5, 1, 4, 2, 3]);
    const f = (x: number) => (x === 3 ? 0 : x);
    expect(Array.from(mapMonotone(xs, f).result)).toEqual([5, 1, 4, 2, 0]);
  });
});
