import fc from "fast-check";
import { cedRequired } from "./ced";

describe("CED-trained officers", () => {
  it("sums officers × share over roles, exactly", () => {
    // 100 AFOs × 1 + 850 response officers × 0.3 + 60 roads policing × 0.5 = 100 + 255 + 30 = 385
    expect(cedRequired([100, 850, 60], [1, 0.3, 0.5])).toBe(385);
    // 3 × 0.1 is 0.3 exactly (floating point gives 0.30000000000000004)
    expect(cedRequired([3], [0.1])).toBe(0.3);
    // 123,170.86 × 0.15 = 18,475.629
    expect(cedRequired([123170.86], [0.15])).toBe(18475.629);
    expect(cedRequired([40, 12], [0, 0])).toBe(0);
  });

  it("agrees with the floating-point sum to rounding (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 1000 })), { minLength: 1, maxLength: 20 }),
        (rows) => {
          const officers = rows.map((r) => r[0]);
          const shares = rows.map((r) => r[1] / 1000);
          const float = rows.reduce((s, r, i) => s + officers[i] * shares[i], 0);
          // integer thousandths: the exact answer is Σ officers × permille ÷ 1000
          const exact = rows.reduce((s, r) => s + r[0] * r[1], 0) / 1000;
          const got = cedRequired(officers, shares);
          return got === exact && Math.abs(got - float) < 1e-6;
        },
      ),
    );
  });
});
