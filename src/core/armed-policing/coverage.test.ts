import fc from "fast-check";
import { arvsForCoverage, binding, coverageRadiusKm } from "./coverage";

const base = { areaKm2: 3000, targetShare: 0.9, responseMinutes: 20, speedKmh: 48, detourFactor: 1.2 };

describe("ARVs for a coverage target", () => {
  it("turns the road reach into a straight-line radius", () => {
    // 48 km/h × 20 min ÷ 60 = 16 road km; ÷ 1.2 = 13.33 km
    expect(coverageRadiusKm(base)).toBeCloseTo(40 / 3, 12);
  });

  it("covers the target share of the area with discs of that radius, rounding up", () => {
    // 0.9 × 3,000 = 2,700 km²; π × (40/3)² = 558.505 km² each; 2,700 ÷ 558.505 = 4.834 → 5
    expect(arvsForCoverage(base)).toBe(5);
    // 15 minutes: r = 12 ÷ 1.2 = 10 km, 314.159 km² each; 2,700 ÷ 314.159 = 8.594 → 9
    expect(arvsForCoverage({ ...base, responseMinutes: 15 })).toBe(9);
    // a straight road network (detour 1) and 60 km/h for 10 minutes: r = 10 km; 314.159 km² covers 300 km² with one
    expect(arvsForCoverage({ areaKm2: 300, targetShare: 1, responseMinutes: 10, speedKmh: 60, detourFactor: 1 })).toBe(1);
    expect(arvsForCoverage({ ...base, targetShare: 0 })).toBe(0);
  });

  it("needs more ARVs for a larger share or area, a shorter time, slower roads or a larger detour (property)", () => {
    const up = fc.double({ min: 1, max: 3, noNaN: true });
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 20000, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 5, max: 60, noNaN: true }),
        up,
        (area, share, minutes, k) => {
          const c = { ...base, areaKm2: area, targetShare: share, responseMinutes: minutes };
          const n = arvsForCoverage(c);
          return (
            arvsForCoverage({ ...c, areaKm2: area * k }) >= n &&
            arvsForCoverage({ ...c, targetShare: share * k }) >= n &&
            arvsForCoverage({ ...c, responseMinutes: minutes / k }) >= n &&
            arvsForCoverage({ ...c, speedKmh: base.speedKmh / k }) >= n &&
            arvsForCoverage({ ...c, detourFactor: base.detourFactor * k }) >= n
          );
        },
      ),
    );
  });

  it("refuses a response time so short that the answer is not a whole number Excel can hold", () => {
    expect(() => arvsForCoverage({ ...base, responseMinutes: 1e-7 })).toThrow(
      /^response_minutes: expected a response time in which one ARV covers more than a vanishing area/,
    );
  });
});

describe("which answer binds", () => {
  it("names the larger, or both when equal", () => {
    expect(binding(3, 5)).toBe("coverage");
    expect(binding(6, 5)).toBe("queueing");
    expect(binding(4, 4)).toBe("both");
  });
});
