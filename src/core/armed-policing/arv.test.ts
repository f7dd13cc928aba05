import fc from "fast-check";
import { ArvDemand, arvsRequired, offeredLoad } from "./arv";

const YEAR = 525600; // 8,760 hours × 60 minutes

function demand(incidentsPerYear: number, meanMinutes: number, peakFactor = 1, arvsPerIncident = 1): ArvDemand {
  return { incidentsPerYear, meanMinutes, arvsPerIncident, peakFactor, minutesPerYear: YEAR };
}

describe("offered load", () => {
  it("is the average number of ARVs busy: 8,760 one-hour incidents a year keep one ARV busy around the clock", () => {
    // 8,760 ÷ 525,600 = 1/60 incidents a minute × 60 minutes = 1 erlang
    expect(offeredLoad(demand(8760, 60))).toBeCloseTo(1, 15);
    // 1,200 × 90 ÷ 525,600 = 108,000 ÷ 525,600 = 0.205479 erlangs
    expect(offeredLoad(demand(1200, 90))).toBeCloseTo(0.205479452, 9);
    // sending two ARVs and planning for a peak twice the average: × 4
    expect(offeredLoad(demand(1200, 90, 2, 2))).toBeCloseTo(0.821917808, 9);
  });
});

describe("ARVs on duty", () => {
  it("meets the wait probability for the load", () => {
    // 1 erlang: C(1, 3) = (3/16) / (33/16) = 1/11 = 0.091 > 0.05; C(1, 4) = (4/65) / (196/65) = 1/49 = 0.020 → 4 ARVs
    expect(arvsRequired(demand(8760, 60), 0.05, 0)).toBe(4);
    expect(arvsRequired(demand(8760, 60), 0.1, 0)).toBe(3);
    // 0.2055 erlangs: C = A = 0.2055 with one ARV; with two, B = 0.021111 / 1.226590 = 0.017211 and
    // C = 0.034422 / (2 − 0.205479 + 0.003537) = 0.019144 ≤ 0.05 → 2 ARVs
    expect(arvsRequired(demand(1200, 90), 0.05, 0)).toBe(2);
    // peak factor 2 → 0.410959 erlangs: B(2) = 0.084445 / 1.495404 = 0.056470, C = 0.112940 / 1.612248 = 0.070 > 0.05 → 3
    expect(arvsRequired(demand(1200, 90, 2), 0.05, 0)).toBe(3);
  });

  it("never falls below the coverage minimum, and the coverage minimum never lowers the queueing answer", () => {
    expect(arvsRequired(demand(1200, 90), 0.05, 4)).toBe(4);
    expect(arvsRequired(demand(8760, 60), 0.05, 1)).toBe(4);
    expect(arvsRequired(demand(0, 90), 0.05, 3)).toBe(3);
    expect(arvsRequired(demand(0, 90), 0.05, 0)).toBe(0);
  });

  it("never falls when incidents, minutes or the peak factor rise (property)", () => {
    const positive = (max: number) => fc.double({ min: 0, max, noNaN: true });
    fc.assert(
      fc.property(
        positive(50000),
        fc.double({ min: 1, max: 600, noNaN: true }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        positive(2),
        (n, m, k, up) => {
          const base = arvsRequired(demand(n, m, k), 0.05, 0);
          return (
            arvsRequired(demand(n * (1 + up), m, k), 0.05, 0) >= base &&
            arvsRequired(demand(n, m * (1 + up), k), 0.05, 0) >= base &&
            arvsRequired(demand(n, m, k * (1 + up)), 0.05, 0) >= base
          );
        },
      ),
    );
  });

  it("refuses a load beyond the queueing model's range, naming the incidents", () => {
    expect(() => arvsRequired(demand(1e12, 1000), 0.05, 0)).toThrow(/^incidents_per_year: these inputs offer /);
  });
});
