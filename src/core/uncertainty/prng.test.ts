import fc from "fast-check";
import { Xoshiro128, fmix32, splitmix32 } from "./prng";

// An independent statement of both algorithms in BigInt arithmetic modulo 2^32 (no Math.imul, no 32-bit coercion),
// to hold the fast integer code to the definitions for any seed and stream.
const M = 1n << 32n;
const mul = (a: bigint, b: bigint) => (a * b) % M;
const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (32n - k))) % M;
function referenceSplitmix(seed: number, k: number): bigint {
  let z = (BigInt(seed) + BigInt(k) * 0x9e3779b9n) % M;
  z = mul(z ^ (z >> 16n), 0x85ebca6bn);
  z = mul(z ^ (z >> 13n), 0xc2b2ae35n);
  return z ^ (z >> 16n);
}
function referenceXoshiro(state: bigint[], count: number): number[] {
  const s = [...state];
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    out.push(Number(mul(rotl(mul(s[1], 5n), 7n), 9n)));
    const t = (s[1] << 9n) % M;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11n);
  }
  return out;
}

describe("the portable generator", () => {
  it("gives xoshiro128**'s published first outputs from the state 1, 2, 3, 4", () => {
    // By hand from the definition, result = rotl(s1 × 5, 7) × 9, then the state update:
    //  step 1: s = [1, 2, 3, 4]; 2 × 5 = 10; rotl(10, 7) = 1,280; × 9 = 11,520.
    //          t = 2 << 9 = 1,024; s2 = 3 ^ 1 = 2; s3 = 4 ^ 2 = 6; s1 = 2 ^ 2 = 0; s0 = 1 ^ 6 = 7; s2 = 2 ^ 1,024 = 1,026;
    //          s3 = rotl(6, 11) = 12,288 → s = [7, 0, 1,026, 12,288]
    //  step 2: s1 = 0, so the output is 0. t = 0; s2 = 1,026 ^ 7 = 1,029; s3 = 12,288 ^ 0 = 12,288; s1 = 0 ^ 1,029 = 1,029;
    //          s0 = 7 ^ 12,288 = 12,295; s2 = 1,029 ^ 0 = 1,029; s3 = rotl(12,288, 11) = 25,165,824
    //  step 3: 1,029 × 5 = 5,145; rotl(5,145, 7) = 658,560; × 9 = 5,927,040.
    // Steps 4 to 6 are the reference implementation's published values.
    const g = new Xoshiro128(1, 2, 3, 4);
    expect([1, 2, 3, 4, 5, 6].map(() => g.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it("seeds stream 0 of seed 1 with splitmix32, worked by hand", () => {
    // splitmix32(1, 1): x = 1 + 0x9E3779B9 = 0x9E3779BA
    //   x ^ x >>> 16            = 0x9E3779BA ^ 0x00009E37 = 0x9E37E78D
    //   × 0x85EBCA6B (mod 2^32) = 0x0D8209EF
    //   ^ >>> 13                = 0x0D8209EF ^ 0x00006C10 = 0x0D8265FF
    //   × 0xC2B2AE35 (mod 2^32) = 0x96A06FCB
    //   ^ >>> 16                = 0x96A06FCB ^ 0x000096A0 = 0x96A0F96B = 2,527,132,011
    expect(splitmix32(1, 1)).toBe(0x96a0f96b);
    expect([2, 3, 4].map((k) => splitmix32(1, k))).toEqual([314344336, 2535364964, 2041432039]);
    // first output of stream 0: s1 = 314,344,336; × 5 = 1,571,721,680 = 0x5DAE91D0; rotl 7 = 0xD748E82E = 3,611,879,470;
    // × 9 = 32,506,915,230 − 7 × 2^32 = 2,442,144,158
    const g = Xoshiro128.stream(1, 0);
    expect([1, 2, 3].map(() => g.nextUint32())).toEqual([2442144158, 3238099751, 3819917871]);
  });

  it("matches the BigInt statement of both algorithms for any seed and stream", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 1000 }), (seed, stream) => {
        const words = [1, 2, 3, 4].map((k) => referenceSplitmix(seed, 4 * stream + k));
        expect(words.map(Number)).toEqual([1, 2, 3, 4].map((k) => splitmix32(seed, 4 * stream + k)));
        const g = Xoshiro128.stream(seed, stream);
        expect(Array.from({ length: 8 }, () => g.nextUint32())).toEqual(referenceXoshiro(words, 8));
      }),
    );
  });

  it("finalises with a bijection (fmix32 of 0 is 0; distinct words stay distinct)", () => {
    expect(fmix32(0)).toBe(0);
    const seen = new Set<number>();
    for (let x = 0; x < 5000; x++) seen.add(fmix32(x * 7919));
    expect(seen.size).toBe(5000);
  });

  it("gives uniforms strictly between 0 and 1: (output + ½) ÷ 2^32", () => {
    const g = new Xoshiro128(1, 2, 3, 4);
    expect(g.uniform()).toBe(11520.5 / 4294967296);
    expect(g.uniform()).toBe(0.5 / 4294967296); // the output 0 still gives a number above 0
    const h = Xoshiro128.stream(7, 3);
    const draws = Array.from({ length: 10000 }, () => h.uniform());
    expect(draws.every((u) => u > 0 && u < 1)).toBe(true);
  });

  it("repeats a stream exactly for the same seed, and gives other streams and seeds other numbers", () => {
    const take = (g: Xoshiro128) => Array.from({ length: 20 }, () => g.nextUint32());
    expect(take(Xoshiro128.stream(42, 2))).toEqual(take(Xoshiro128.stream(42, 2)));
    expect(take(Xoshiro128.stream(42, 2))).not.toEqual(take(Xoshiro128.stream(42, 3)));
    expect(take(Xoshiro128.stream(42, 2))).not.toEqual(take(Xoshiro128.stream(43, 2)));
  });

  it("refuses an all-zero state", () => {
    expect(() => new Xoshiro128(0, 0, 0, 0)).toThrow(/not all zero/);
  });
});
