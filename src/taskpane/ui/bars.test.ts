import fc from "fast-check";
import { barGeometry } from "./bars";

describe("barGeometry: where a bar sits in its track, in percent", () => {
  it("fills the track with the largest value, and scales the others (hand-worked)", () => {
    expect(barGeometry(30.6, 30.6, false)).toEqual({ left: 0, width: 100 });
    expect(barGeometry(1.3, 98.7, false).width).toBeCloseTo((1.3 / 98.7) * 100, 12); // 1.317…%
    expect(barGeometry(0, 5, false)).toEqual({ left: 0, width: 0 });
  });

  it("signed: a shortfall grows right from the centre, a surplus left, the largest magnitude filling half", () => {
    expect(barGeometry(4, 8, true)).toEqual({ left: 50, width: 25 });
    expect(barGeometry(-8, 8, true)).toEqual({ left: 0, width: 50 });
    expect(barGeometry(-2, 8, true)).toEqual({ left: 37.5, width: 12.5 });
  });

  it("draws nothing rather than NaN when nothing is non-zero or a value is not finite", () => {
    expect(barGeometry(0, 0, true)).toEqual({ left: 50, width: 0 });
    expect(barGeometry(NaN, 10, false)).toEqual({ left: 0, width: 0 });
    expect(barGeometry(Infinity, Infinity, false)).toEqual({ left: 0, width: 0 });
  });

  it("always stays inside its track (property)", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), fc.boolean(), (v, top, signed) => {
        const largest = Math.abs(top);
        const g = barGeometry(v, Math.max(largest, Number.isFinite(v) ? Math.abs(v) : 0), signed);
        return g.left >= 0 && g.width >= 0 && g.left + g.width <= 100 + 1e-9 && Number.isFinite(g.left + g.width);
      }),
    );
  });
});
