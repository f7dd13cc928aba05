import { forcesIn } from "../forces/forces";
import { s22Explain } from "./explain";

describe("s22Explain", () => {
  it("says a 41.98% ratio needs no rounding", () => {
    const [text] = s22Explain([41.98, 58.02], 1_000_000, 0, 0.01, 1);
    expect(text).toBe(
      "Force 1 of 2 contributes £419,800.00 of £1,000,000.00. Its weight, 41.98, is 41.98% of the total weight of 100.00. " +
        "The whole total is shared in proportion to weight. Its exact share is £419,800.00; rounded to whole pennies so that the 2 shares " +
        "add up exactly to £1,000,000.00, it is £419,800.00, which is exact: no rounding was needed.",
    );
  });

  it("explains Gwent's TARIAN share: weight share, exact share and the leftover penny it got", () => {
    // 1,308.43 ÷ 5,439.59 = 24.05383…%; exact share 100,000,000p × 1,308.43 ÷ 5,439.59 = 24,053,834.9398p;
    // floors leave 2p, which go to Gwent (.9398) and Dyfed-Powys (.6010): Gwent pays 0.0602p ≈ 0.06p more than exact.
    const [text] = s22Explain(
      forcesIn("TARIAN").map((f) => f.officerFte),
      1_000_000,
      0,
      0.01,
      2,
    );
    expect(text).toContain("Force 2 of 3 contributes £240,538.35 of £1,000,000.00.");
    expect(text).toContain("Its weight, 1,308.43, is about 24.0538% of the total weight of 5,439.59.");
    expect(text).toContain("Its exact share is £240,538.3494…;");
    expect(text).toContain(
      "it is £240,538.35, 0.06p above its exact share: after every force took the whole pennies of its exact share, the 2 leftover pennies went one each to the forces with the largest remainders, this force among them.",
    );
  });

  it("explains a fixed element and a penny lost on the tie-break", () => {
    // £100, 20% equal: £20 ÷ 3 = £6.6667 each; the other £80 pro rata to 1, 1, 2: £20 to force 2. Exact £26.6667.
    // All three remainders are ⅔p; the 2 leftover pennies go to force 3 (larger weight) and force 1 (earlier).
    const [text] = s22Explain([1, 1, 2], 100, 0.2, 0.01, 2);
    expect(text).toContain(
      "Fixed element: 20% of the total (£20.00) is split equally between the 3 forces, £6.6667… each; the other 80% (£80.00) is shared in proportion to weight, £20.00 to this force.",
    );
    expect(text).toContain("Its exact share is £26.6667…;");
    expect(text).toContain("it is £26.66, 0.67p below its exact share");
    expect(text).toContain(
      "went one each to forces with a larger or equal remainder (on an equal remainder the larger weight goes first, then the earlier force).",
    );
  });

  it("gives one sentence per force when force_index is omitted, and words other units", () => {
    const all = s22Explain([1, 1, 1], 10_000, 0, 1000);
    expect(all).toHaveLength(3);
    expect(all[0]).toContain("it is £4,000, £666.67… above its exact share");
    expect(all[0]).toContain("the 1 leftover unit of £1,000 went to the force with the largest remainder, this one.");
  });

  it("names force_index when it is out of range", () => {
    expect(() => s22Explain([1, 2], 10, 0, 0.01, 3)).toThrow(
      /^force_index: expected a whole number from 1 to 2 \(one of the weights\), got 3$/,
    );
    expect(() => s22Explain([1, 2], 10, 0, 0.01, 1.5)).toThrow(/^force_index: /);
  });
});
