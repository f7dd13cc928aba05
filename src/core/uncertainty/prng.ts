/**
 * A portable, seedable pseudo-random generator: the same seed gives bit-for-bit the same stream in Node, in a browser
 * and in Excel, because it uses only 32-bit integer operations (Math.imul, shifts, xor, >>> 0) that every JavaScript
 * engine defines exactly. No Math.random, no clock.
 *
 * Generator: xoshiro128** (Blackman and Vigna, 2018; period 2^128 − 1), one 32-bit output per step:
 *
 *   result = rotl(s1 × 5, 7) × 9                (mod 2^32)
 *   t = s1 << 9;  s2 ^= s0;  s3 ^= s1;  s1 ^= s2;  s0 ^= s3;  s2 ^= t;  s3 = rotl(s3, 11)
 *
 * Seeding: splitmix32 (a Weyl sequence through MurmurHash3's 32-bit finaliser) turns a whole-number seed into the
 * four state words; each uncertain input of a model has its own stream j, whose four words are splitmix32 outputs
 * 4j + 1 to 4j + 4 from the seed. Holding one input fixed (the tornado) therefore leaves every other input's draws
 * unchanged. The four words come from a bijection of four distinct counters, so at most one is zero and the state is
 * never all zero.
 *
 *   splitmix32:  x += 0x9E3779B9;  z = x;  z = (z ^ z >>> 16) × 0x85EBCA6B;  z = (z ^ z >>> 13) × 0xC2B2AE35;  z ^= z >>> 16
 *
 * A uniform number is (output + ½) ÷ 2^32: strictly between 0 and 1 (never 0 or 1, so inverse transforms never
 * meet an infinite tail), exact in a double.
 */

export const GOLDEN_GAMMA = 0x9e3779b9;
const TWO_32 = 4294967296;

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit words. */
export function fmix32(x: number): number {
  let z = x >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** The k-th splitmix32 output (k = 1, 2, …) from a seed: fmix32(seed + k × 0x9E3779B9 mod 2^32). */
export function splitmix32(seed: number, k: number): number {
  return fmix32((seed + Math.imul(k, GOLDEN_GAMMA)) >>> 0);
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** A generator from its four state words (not all zero). */
  constructor(s0: number, s1: number, s2: number, s3: number) {
    if ((s0 | s1 | s2 | s3) === 0) throw new RangeError("xoshiro128** needs a state that is not all zero");
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
  }

  /** Stream `stream` (0, 1, …) of a seed (a whole number 0 to 2^32 − 1). */
  static stream(seed: number, stream = 0): Xoshiro128 {
    const k = 4 * stream;
    return new Xoshiro128(splitmix32(seed, k + 1), splitmix32(seed, k + 2), splitmix32(seed, k + 3), splitmix32(seed, k + 4));
  }

  /** The next 32-bit output, as a whole number 0 to 2^32 − 1. */
  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A uniform number strictly between 0 and 1: (output + ½) ÷ 2^32. */
  uniform(): number {
    return (this.nextUint32() + 0.5) / TWO_32;
  }
}
