import fc from "fast-check";
import { Decimal } from "../decimal";
import {
  checkUnits,
  divideRounded,
  formatRatio,
  maxUnits,
  percent,
  pounds,
  poundsRatio,
  roundToUnits,
  unitDecimal,
  unitsText,
  wholeUnits,
  wholeUnitsList,
} from "./money";

const PENNY: Decimal = { digits: 1n, scale: 2 };

describe("reading money against a unit", () => {
  it("reads the unit as Excel shows it, at a scale ≥ 0", () => {
    expect(unitDecimal(0.01)).toEqual(PENNY);
    expect(unitDecimal(1000)).toEqual({ digits: 1000n, scale: 0 });
    expect(unitDecimal(0.1 + 0.2)).toEqual({ digits: 3n, scale: 1 });
    expect(() => unitDecimal(0)).toThrow(/^unit: expected a number > 0, got 0$/);
  });

  it("takes an amount at 15 significant digits, then as whole units", () => {
    expect(wholeUnits("total", 3120000 * 1.031, PENNY)).toBe(321672000n);
    expect(wholeUnits("total", 1025000.0000000001, PENNY)).toBe(102500000n);
    expect(() => wholeUnits("total", 1025000.001, PENNY)).toThrow(/^total: expected a whole multiple of unit 0.01, got 1025000.001$/);
    expect(wholeUnitsList("line_costs", [0.1 + 0.2, 5], PENNY)).toEqual([30n, 500n]);
    expect(() => wholeUnitsList("line_costs", [1, -1], PENNY)).toThrow(/^line_costs: expected a number ≥ 0, got -1 \(item 2\)$/);
  });

  it("keeps every amount within 15 digits at the unit's places", () => {
    expect(maxUnits(PENNY)).toBe(999_999_999_999_999n);
    expect(maxUnits({ digits: 25n, scale: 2 })).toBe(39_999_999_999_999n); // × 25 = 999,999,999,999,975
    expect(maxUnits({ digits: 1000n, scale: 0 })).toBe(999_999_999_999n);
    expect(wholeUnits("total", 9999999999999.99, PENNY)).toBe(999_999_999_999_999n);
    expect(() => wholeUnits("total", 1e13, PENNY)).toThrow(
      /^total: expected at most 9,999,999,999,999.99, the most that stays exact to unit 0.01 in Excel's 15 significant digits; got 10000000000000$/,
    );
    expect(checkUnits("x", -999_999_999_999_999n, PENNY)).toBe(-999_999_999_999_999n);
    expect(() => checkUnits("line_costs", 10n ** 15n, PENNY)).toThrow(
      /^line_costs: add up to 10,000,000,000,000.00, more than 9,999,999,999,999.99/,
    );
    expect(unitsText(123456n, { digits: 5n, scale: 1 })).toBe("61,728.0");
  });
});

describe("rounding and formatting against BigInt references", () => {
  /** Half away from zero, worked on the sign and magnitude separately. */
  const reference = (num: bigint, den: bigint) => {
    const a = num < 0n ? -num : num;
    const q = a / den + (2n * (a % den) >= den ? 1n : 0n);
    return num < 0n ? -q : q;
  };

  it("divideRounded rounds halves away from zero", () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(7n, 3n)).toBe(2n);
    expect(divideRounded(-7n, 3n)).toBe(-2n);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.bigInt({ min: 1n, max: 10n ** 20n }), (n, d) =>
        expect(divideRounded(n, d)).toBe(reference(n, d)),
      ),
    );
  });

  it("roundToUnits rounds a decimal to whole units as Excel's ROUND does", () => {
    expect(roundToUnits({ digits: 40000005n, scale: 3 }, PENNY)).toBe(4000001n); // £40,000.005 → £40,000.01
    expect(roundToUnits({ digits: -40000005n, scale: 3 }, PENNY)).toBe(-4000001n);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: 0, max: 12 }), (digits, scale) => {
        // value ÷ 0.01 = digits × 100 ÷ 10^scale
        expect(roundToUnits({ digits, scale }, PENNY)).toBe(reference(digits * 100n, 10n ** BigInt(scale)));
      }),
    );
  });

  it("formats ratios with separators, exact or marked", () => {
    expect(formatRatio(1234567n, 100n, 2)).toEqual({ text: "12,345.67", exact: true });
    expect(formatRatio(2n, 3n, 4)).toEqual({ text: "0.6667", exact: false });
    expect(formatRatio(-5n, 1000n, 2)).toEqual({ text: "-0.01", exact: false });
    expect(pounds(100000000n, PENNY)).toBe("£1,000,000.00");
    expect(poundsRatio(200000000n, 3n, PENNY)).toBe("£666,666.6667…");
    expect(percent(4198n, 10000n)).toBe("41.98%");
    expect(percent(1n, 3n)).toBe("about 33.3333%");
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 6 }),
        (n, d, places) => {
          const f = formatRatio(n, d, places);
          const digits = BigInt(f.text.replace(/[,.]/g, ""));
          expect(digits).toBe(reference(n * 10n ** BigInt(places), d));
          expect(f.exact).toBe((n * 10n ** BigInt(places)) % d === 0n);
        },
      ),
    );
  });
});
