import fc from "fast-check";
import { inKindValue } from "./inkind";
import { s22Posts } from "./posts";
import { uplift } from "./uplift";

describe("inKindValue", () => {
  it("values FTE × cost per FTE to the penny, halves away from zero", () => {
    // 2.5 × £61,234.57 = £153,086.425 → £153,086.43 (the half rounds up, as Excel's ROUND)
    expect(inKindValue(2.5, 61_234.57, 0.01)).toBe(153_086.43);
    // 0.1 × 0.7 is 0.07 exactly in decimals (in binary floating point it is 0.06999…)
    expect(inKindValue(0.1, 0.7, 0.01)).toBe(0.07);
    expect(inKindValue(3, 55_000, 1000)).toBe(165_000);
    expect(inKindValue(0, 55_000, 0.01)).toBe(0);
  });
});

describe("s22Posts", () => {
  it("places an ERSOU uplift of 50 posts pro rata to officer FTE (worked by hand)", () => {
    // FTE (31 March 2019) Bedfordshire 1,163.92, Cambridgeshire 1,446.72, Essex 3,070.9465, Hertfordshire 2,008.667,
    // Kent 3,552.5702, Norfolk 1,609.12, Suffolk 1,172.08; total 14,024.0237. Quotas 50 × FTE ÷ total:
    // 4.1497, 5.1580, 10.9489, 7.1615, 12.6660, 5.7370, 4.1788 → floors 47; 3 left to Essex, Norfolk, Kent.
    expect(s22Posts([1163.92, 1446.72, 3070.9465, 2008.667, 3552.5702, 1609.12, 1172.08], 50)).toEqual([4, 5, 11, 7, 13, 6, 4]);
  });

  it("honours minimums first", () => {
    // TARIAN, 12 posts, at least 2 each: quotas 2.525, 2.886, 6.589 are all above 2, so floors 2, 2, 6 and the two
    // left go to .886 and .589.
    expect(s22Posts([1144.69, 1308.43, 2986.47], 12, [2, 2, 2])).toEqual([2, 3, 7]);
    // a small force held at its minimum of 3; the other 7 shared 1:1 (quotas 3.5 each, tie → the earlier force)
    expect(s22Posts([1, 10, 10], 10, [3, 0, 0])).toEqual([3, 4, 3]);
  });

  it("names the argument", () => {
    expect(() => s22Posts([1, 1], 2.5)).toThrow(/^posts: expected a whole number ≥ 0, got 2.5$/);
    expect(() => s22Posts([1, 1], 4, [3, 3])).toThrow(/^minimums: add up to more than total/);
    expect(() => s22Posts([0, 0], 4)).toThrow(/^weights: /);
  });

  it("always sums to the posts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 43 }),
        fc.integer({ min: 0, max: 5000 }),
        (w, posts) => {
          fc.pre(w.some((x) => x > 0));
          expect(s22Posts(w, posts).reduce((a, b) => a + b, 0)).toBe(posts);
        },
      ),
    );
  });
});

describe("uplift", () => {
  it("compounds each year's rate exactly", () => {
    // £1,000,000 × 1.025 = 1,025,000; × 1.03 = 1,055,750; × 1.02 = 1,076,865.
    expect(uplift(1_000_000, [0.025, 0.03, 0.02])).toEqual([1_025_000, 1_055_750, 1_076_865]);
    // £100 × 1.1 = 110, × 1.1 = 121 exactly (1.1 × 1.1 in floating point is 1.2100000000000002)
    expect(uplift(100, [0.1, 0.1])).toEqual([110, 121]);
    expect(uplift(1000, [-0.5, 0])).toEqual([500, 500]);
  });

  it("rounds each year on its own from the exact projection when a unit is given", () => {
    // £333.33 × 1.015 = 338.32995 → 338.33; × 1.015 again = 343.40489925 → 343.40
    expect(uplift(333.33, [0.015, 0.015], 0.01)).toEqual([338.33, 343.4]);
    // the year-by-year rounding would differ here: 0.005 × 1.5 = 0.0075 → 0.01, then 0.0075 × 1.5 = 0.01125 → 0.01,
    // whereas rounding 0.01 × 1.5 = 0.015 would give 0.02
    expect(uplift(0.005, [0.5, 0.5], 0.01)).toEqual([0.01, 0.01]);
  });

  it("names rates outside −100% to 100%", () => {
    expect(() => uplift(100, [0.02, 2.5])).toThrow(
      /^rates: expected a number > -1 and ≤ 1 \(a fraction: 0.025 for 2.5%\), got 2.5 \(item 2\)$/,
    );
    expect(() => uplift(100, [-1])).toThrow(/^rates: /);
  });
});
