import fc from "fast-check";
import { Decimal, commonScale, excelDecimal, exactQuotient, pow10, scaledToNumber, timesUnit, toDecimal } from "./decimal";

/** The exact value of a double as a fraction num / den (den a power of two), from its bits: the reference. */
function exactBinary(x: number): { num: bigint; den: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = exp === 0 ? frac : frac | (1n << 52n);
  const e = (exp === 0 ? 1 : exp) - 1075;
  return e >= 0 ? { num: sign * (mant << BigInt(e)), den: 1n } : { num: sign * mant, den: 1n << BigInt(-e) };
}

/** x rounded to 15 significant digits, halves away from zero, worked on the exact binary value with BigInt. */
function reference15(x: number): Decimal {
  const { num, den } = exactBinary(x);
  if (num === 0n) return { digits: 0n, scale: 0 };
  const a = num < 0n ? -num : num;
  // find the power E with 10^14 ≤ a/den × 10^-E < 10^15
  let E = Math.floor(Math.log10(Math.abs(x))) - 14;
  const scaled = (E: number) => (E >= 0 ? { n: a, d: den * pow10(E) } : { n: a * pow10(-E), d: den });
  for (;;) {
    const { n, d } = scaled(E);
    if (n < pow10(14) * d) E--;
    else if (n >= pow10(15) * d) E++;
    else break;
  }
  const { n, d } = scaled(E);
  let q = (2n * n + d) / (2n * d); // half away from zero
  if (q === pow10(15)) {
    q = pow10(14);
    E++;
  }
  return { digits: num < 0n ? -q : q, scale: -E };
}

/** A decimal's value as a fraction, to compare decimals whatever their scales. */
const same = (a: Decimal, b: Decimal) => {
  const { ints } = commonScale([a, b]);
  return ints[0] === ints[1];
};

describe("excelDecimal: a number as Excel shows it", () => {
  it("reads computed money at 15 significant digits (worked by hand)", () => {
    expect(3120000 * 1.031).toBe(3216719.9999999995);
    expect(excelDecimal(3120000 * 1.031)).toEqual({ digits: 321672n, scale: -1 }); // 3,216,720
    expect(excelDecimal(1025000.0000000001)).toEqual({ digits: 1025n, scale: -3 });
    expect(excelDecimal(0.1 + 0.2)).toEqual({ digits: 3n, scale: 1 });
    expect(excelDecimal(702040.8200000001)).toEqual({ digits: 70204082n, scale: 2 });
    expect(excelDecimal(-0.5)).toEqual({ digits: -5n, scale: 1 });
    expect(excelDecimal(0)).toEqual({ digits: 0n, scale: 0 });
    expect(excelDecimal(Number("123456789012345678"))).toEqual({ digits: 123456789012346n, scale: -3 }); // 123456789012345680 in binary
  });

  it("agrees with toDecimal (the shortest form) on every number of 15 significant digits or fewer", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: -300, max: 300 }), (digits, scale) => {
        const x = Number(`${digits}e${-scale}`);
        fc.pre(Number.isFinite(x) && x !== 0 && Math.abs(x) > 1e-300);
        expect(same(excelDecimal(x), toDecimal(x))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("is the 15-digit rounding of the exact binary value (a BigInt reference) for any double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), (x) => {
        fc.pre(x !== 0 && Math.abs(x) > 1e-300);
        expect(same(excelDecimal(x), reference15(x))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("exact decimal arithmetic against BigInt references", () => {
  const decimal = fc.record({ digits: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), scale: fc.integer({ min: -20, max: 40 }) });

  it("commonScale keeps each value and brings them to the largest scale (at least 0)", () => {
    fc.assert(
      fc.property(fc.array(decimal, { minLength: 1, maxLength: 5 }), (xs) => {
        const { ints, scale } = commonScale(xs);
        expect(scale).toBe(Math.max(0, ...xs.map((x) => x.scale)));
        // value_i × 10^scale = digits_i × 10^(scale − scale_i)
        xs.forEach((x, i) => expect(ints[i]).toBe(x.digits * 10n ** BigInt(scale - x.scale)));
      }),
    );
  });

  it("exactQuotient is the whole quotient or null", () => {
    expect(exactQuotient({ digits: 321672n, scale: -1 }, { digits: 1n, scale: 2 })).toBe(321672000n);
    expect(exactQuotient({ digits: 1000001n, scale: 3 }, { digits: 1n, scale: 2 })).toBeNull(); // 1000.001 in pence
    expect(exactQuotient({ digits: 1n, scale: 0 }, { digits: 0n, scale: 0 })).toBeNull();
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        fc.integer({ min: 0, max: 6 }),
        (q, u, s) => {
          // (q × u) × 10^-s ÷ (u × 10^-s) = q
          expect(exactQuotient({ digits: q * u, scale: s }, { digits: u, scale: s })).toBe(q);
        },
      ),
    );
  });

  it("timesUnit and scaledToNumber give the nearest double to the exact decimal (Number of its text, a reference)", () => {
    const text = (digits: bigint, scale: number) => `${digits}e${-scale}`;
    expect(timesUnit(70204082n, { digits: 1n, scale: 2 })).toBe(702040.82);
    expect(scaledToNumber(3297138000000n, 6)).toBe(3297138);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 60n), max: 10n ** 60n }), fc.integer({ min: 0, max: 80 }), (digits, scale) => {
        expect(scaledToNumber(digits, scale)).toBe(Number(text(digits, scale)) || 0);
        expect(timesUnit(digits, { digits: 1n, scale })).toBe(Number(text(digits, scale)) || 0);
      }),
      { numRuns: 3000 },
    );
  });

  it("scaledToNumber rounds ties to even and stays right at the ends of the range", () => {
    // 2^53 + 1 lies halfway between two doubles: ties to even gives 2^53; 2^53 + 3 gives 2^53 + 4
    expect(scaledToNumber(9007199254740993n, 0)).toBe(9007199254740992);
    expect(scaledToNumber(9007199254740995n, 0)).toBe(9007199254740996);
    // just above the tie (by 10^-30) rounds up
    expect(scaledToNumber(9007199254740993n * 10n ** 30n + 1n, 30)).toBe(9007199254740994);
    expect(scaledToNumber(15n, 301)).toBe(1.5e-300);
    expect(scaledToNumber(15n * 10n ** 299n, 0)).toBe(1.5e300);
    expect(scaledToNumber(-25n, 1)).toBe(-2.5);
  });
});
