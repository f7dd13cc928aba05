import fc from "fast-check";
import { arvReq } from "./armed-policing";
import { eventPsus, peakConcurrent, psuReq } from "./public-order";
import { socReq } from "./soc";
import {
  arvReqP,
  arvSim,
  histogram,
  poissonP,
  psuReqP,
  psuSim,
  psuTornado,
  simStats,
  simulate,
  socReqP,
  socSim,
  socTornado,
  triangularP,
} from "./functions";

/** PERCENTILE.INC as Excel's help states it, written out again here: rank (n − 1)·p + 1 counted from 1, interpolated. */
function excelPercentileInc(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const rank = (s.length - 1) * p + 1;
  const k = Math.floor(rank);
  return k >= s.length ? s[s.length - 1] : s[k - 1] + (rank - k) * (s[k] - s[k - 1]);
}

const flat = (g: number[][]) => g.map((r) => r[0]);

// Avon and Somerset's example calendar: Glastonbury (210,000, medium), a derby (25,000, high), a protest during
// Glastonbury (8,000, high), Bath Christmas Market (60,000, low), a beach event (40,000, low)
const STARTS = [[46197.3333], [46277.5], [46200.4583], [46352.4167], [46235.375]];
const ENDS = [[46202.8333], [46277.75], [46200.7083], [46355.8333], [46236.9167]];
const LIKELY = [[210000], [25000], [8000], [60000], [40000]];
const LOW = [[160000], [18000], [4000], [45000], [25000]];
const HIGH = [[260000], [32000], [20000], [80000], [60000]];
const RISK = [["medium"], ["high"], ["high"], ["low"], ["low"]];
const CROWD = [
  ["low", 20000],
  ["medium", 10000],
  ["high", 2500],
];

const OCG_LIKELY = [[4], [11], [23], [31]];
const OCG_LOW = [[2], [8], [15], [20]];
const OCG_HIGH = [[8], [16], [30], [45]];
const HOURS = [[3000], [1200], [400], [100]];
const SHARE = [[0.3], [0.6], [0.9], [1]];

describe("SPR.TRIANGULARP and SPR.POISSONP", () => {
  it("invert exactly, worked by hand", () => {
    // 800, 950, 1,300 at 0.9: 1,300 − √(0.1 × 500 × 350) = 1,300 − 132.288 = 1,167.71
    expect(triangularP(800, 950, 1300, 0.9)).toBeCloseTo(1167.7124344467704, 10);
    expect(triangularP(-10, 0, 10, 0.5)).toBe(0);
    // estimates near the largest double: the true answer, not "not a finite number". Above the mode,
    // high − √(0.1 × (high − low) × (high − likely)) = 1E300 × (1 − √0.1) = 6.8377223398316e299
    expect(triangularP(800, 950, 1e300, 0.9) / 6.837722339831621e299).toBeCloseTo(1, 12);
    expect(triangularP(0, 9e307, 9e307, 0.25)).toBeCloseTo(4.5e307, -293); // low + √p·(high − low) = 4.5E307
    expect(Math.abs(triangularP(-9e307, 0, 9e307, 0.5))).toBeLessThan(1e293);
    // 1E308 is a double but no cell holds it: refused by name
    expect(() => triangularP(0, 1, 1e308, 0.5)).toThrow(/^high: expected a number, got 1e\+308, beyond the numbers a cell holds/);
    // Poisson mean 2: cumulative 0.1353, 0.4060, 0.6767, 0.8571, 0.9473 → P90 is 4
    expect(poissonP(2, 0.9)).toBe(4);
    expect(poissonP(0, 0.5)).toBe(0);
  });

  it("name the argument that is wrong", () => {
    expect(() => triangularP(10, 5, 1, 0.5)).toThrow(/^high: expected a number ≥ low \(10\), got 1$/);
    expect(() => triangularP(1, 15, 10, 0.5)).toThrow(/^likely: expected a number from low \(1\) to high \(10\), got 15$/);
    expect(() => triangularP(1, 5, 10, 90)).toThrow(/^p: expected a number ≥ 0 and ≤ 1, got 90$/);
    expect(() => poissonP(-3, 0.5)).toThrow(/^mean: expected a number ≥ 0, got -3$/);
    expect(() => poissonP(3, 1)).toThrow(/^p: expected a number ≥ 0 and < 1, got 1$/);
    expect(() => poissonP(3e9, 0.5)).toThrow(/^mean: expected a mean ≤ 1,000,000,000/);
  });
});

describe("SPR.ARVREQP and SPR.ARVSIM", () => {
  it("equals SPR.ARVREQ when low = likely = high, whatever the other arguments", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50000 }),
        fc.integer({ min: 1, max: 600 }),
        fc.constantFrom(null, 0.01, 0.2),
        fc.constantFrom(null, 1, 2.5),
        fc.constantFrom(null, 1, 1.8),
        fc.constantFrom(null, 0, 6),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, minutes, wait, per, peak, floor, p) => {
          const expected = arvReq(n, minutes, wait, per, peak, floor);
          expect(arvReqP(n, n, n, minutes, [[p]], wait, per, 500, 3, peak, floor)).toEqual([[expected]]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is PERCENTILE.INC of SPR.ARVSIM's trials rounded up, one answer per percentile in the percentiles' shape", () => {
    const ps = [0.1, 0.5, 0.8, 0.9, 0.99];
    const trials = flat(arvSim(2000, 8000, 20000, 150, null, null, 20000, 4));
    const row = arvReqP(2000, 8000, 20000, 150, [ps], null, null, 20000, 4);
    expect(row).toEqual([ps.map((p) => Math.ceil(excelPercentileInc(trials, p)))]);
    expect(
      arvReqP(
        2000,
        8000,
        20000,
        150,
        ps.map((p) => [p]),
        null,
        null,
        20000,
        4,
      ),
    ).toEqual(row[0].map((v) => [v]));
    // and it rises with the percentile
    for (let i = 1; i < ps.length; i++) expect(row[0][i]).toBeGreaterThanOrEqual(row[0][i - 1]);
  });

  it("repeats exactly for the same seed, and differs for another", () => {
    expect(arvSim(2000, 8000, 20000, 150, null, null, 3000, 11)).toEqual(arvSim(2000, 8000, 20000, 150, null, null, 3000, 11));
    expect(arvSim(2000, 8000, 20000, 150, null, null, 3000, 11)).not.toEqual(arvSim(2000, 8000, 20000, 150, null, null, 3000, 12));
    expect(arvSim(2000, 8000, 20000, 150)).toHaveLength(10000); // SIM_TRIALS
  });

  it("names the argument that is wrong", () => {
    expect(() => arvReqP(1300, 950, 800, 150, [[0.9]])).toThrow(/^incidents_high: expected a number ≥ incidents_low \(1300\), got 800$/);
    expect(() => arvReqP(800, 1400, 1300, 150, [[0.9]])).toThrow(
      /^incidents_likely: expected a number from incidents_low \(800\) to incidents_high \(1300\), got 1400$/,
    );
    expect(() => arvReqP(-5, 950, 1300, 150, [[0.9]])).toThrow(/^incidents_low: expected a number ≥ 0, got -5$/);
    expect(() => arvReqP(800, 950, 1300, 150, [[90]])).toThrow(/^percentile: expected a fraction from 0 to 1 \(0\.9 for P90\), got 90$/);
    expect(() => arvReqP(800, 950, 1300, 150, [[0.5, -0.1]])).toThrow(
      /^percentile: expected a fraction from 0 to 1 \(0\.9 for P90\), got -0\.1 \(row 1, column 2\)$/,
    );
    expect(() => arvReqP(800, 950, 1300, 150, [["P90"]])).toThrow(
      /^percentile: expected a fraction from 0 to 1 \(0\.9 for P90\), got the text "P90"$/,
    );
    expect(() => arvReqP(800, 950, 1300, 150, [[0.9]], null, null, 1000000)).toThrow(
      /^trials: expected a whole number from 1 to 100,000 \(the most one call runs\), got 1000000$/,
    );
    expect(() => arvReqP(800, 950, 1300, 150, [[0.9]], null, null, null, -1)).toThrow(
      /^seed: expected a whole number from 0 to 4,294,967,295, got -1$/,
    );
    expect(() => arvReqP(800, 950, 1300, 150, [[0.9]], null, null, null, null, null, null, "uniform")).toThrow(
      /^shape: expected one of "TRIANGULAR", "PERT", got the text "uniform"$/,
    );
    expect(() => arvReqP(800, 950, 1300, 0, [[0.9]])).toThrow(/^mean_minutes: expected a number > 0, got 0$/);
  });
});

describe("SPR.PSUREQP, SPR.PSUSIM and SPR.PSUTORNADO", () => {
  it("equals PSUREQ(share, PEAKCONCURRENT(starts, ends, EVENTPSUS(attendance, risk, table))) when attendance is certain", () => {
    // Glastonbury 210,000 ÷ 10,000 = 21 PSUs overlapping the protest 8,000 ÷ 2,500 = 4: peak 25; max(7, 25) = 25
    const deterministic = psuReq(7, peakConcurrent(STARTS, ENDS, eventPsus(LIKELY, RISK, CROWD)));
    expect(deterministic).toBe(25);
    expect(psuReqP(7, STARTS, ENDS, LIKELY, LIKELY, LIKELY, RISK, [[0.1, 0.9]], null, CROWD)).toEqual([[25, 25]]);
    expect(psuReqP(7, STARTS, ENDS, LIKELY, LIKELY, LIKELY, RISK, [[0.9]], "sum", CROWD)).toEqual([[psuReq(7, 25, "sum")]]);
  });

  it("is PERCENTILE.INC of SPR.PSUSIM rounded up, and at least the certain answer's low end", () => {
    const trials = flat(psuSim(7, STARTS, ENDS, LOW, LIKELY, HIGH, RISK, null, CROWD, 5000, 2));
    const ps = [0.5, 0.8, 0.9];
    expect(psuReqP(7, STARTS, ENDS, LOW, LIKELY, HIGH, RISK, [ps], null, CROWD, 5000, 2)).toEqual([
      ps.map((p) => Math.ceil(excelPercentileInc(trials, p))),
    ]);
    // every trial lies between the requirement at everyone's low and everyone's high attendance
    const atLow = psuReqP(7, STARTS, ENDS, LOW, LOW, LOW, RISK, [[0.5]], null, CROWD)[0][0];
    const atHigh = psuReqP(7, STARTS, ENDS, HIGH, HIGH, HIGH, RISK, [[0.5]], null, CROWD)[0][0];
    expect(Math.min(...trials)).toBeGreaterThanOrEqual(atLow);
    expect(Math.max(...trials)).toBeLessThanOrEqual(atHigh);
  });

  it("ranks the events by swing: only events that can set the peak move it", () => {
    const t = psuTornado(
      7,
      STARTS,
      ENDS,
      LOW,
      LIKELY,
      HIGH,
      RISK,
      0.9,
      [["Glastonbury"], ["Derby"], ["Protest"], ["Bath"], ["Weston"]],
      null,
      CROWD,
      4000,
      1,
    );
    expect(t[0]).toEqual(["Input", "Held at low", "Held at likely", "Held at high", "Swing"]);
    expect(t).toHaveLength(6);
    // Glastonbury (16 to 26 PSUs) sets the peak: it swings most. The derby (8 to 13 PSUs alone) never reaches it.
    expect(t[1][0]).toBe("Glastonbury");
    expect(t.find((r) => r[0] === "Derby")![4]).toBe(0);
    for (const r of t.slice(1)) expect(r[4]).toBe((r[3] as number) - (r[1] as number));
  });

  it("names the argument that is wrong", () => {
    expect(() => psuReqP(7, STARTS, ENDS, LOW, LIKELY, LOW, RISK, [[0.9]], null, CROWD)).toThrow(
      /^attendance_likely: expected a number from attendance_low \(160000\) to attendance_high \(160000\), got 210000 \(event 1\)$/,
    );
    expect(() => psuReqP(7, STARTS, ENDS, LOW.slice(1), LIKELY, HIGH, RISK, [[0.9]], null, CROWD)).toThrow(
      /^attendance_low: expected 5 figures, one per event, got 4$/,
    );
    expect(() => psuReqP(7, STARTS, ENDS.slice(1), LOW, LIKELY, HIGH, RISK, [[0.9]], null, CROWD)).toThrow(
      /^ends: expected as many cells as starts \(5\), got 4$/,
    );
    expect(() => psuReqP(7, STARTS, ENDS, LOW, LIKELY, HIGH, [["severe"]], [[0.9]], null, CROWD)).toThrow(
      /^risk: expected one of "low", "medium", "high"/,
    );
    expect(() => psuReqP(7, ENDS, STARTS, LOW, LIKELY, HIGH, RISK, [[0.9]], null, CROWD)).toThrow(
      /^ends: expected each end after its start/,
    );
    expect(() => psuTornado(7, STARTS, ENDS, LOW, LIKELY, HIGH, RISK, [[0.5, 0.9]])).toThrow(
      /^percentile: expected a single fraction \(0\.9 for P90\), got a 1×2 range$/,
    );
    expect(() => psuTornado(7, STARTS, ENDS, LOW, LIKELY, HIGH, RISK, 0.9, [["a"], ["b"]], null, CROWD)).toThrow(
      /^labels: expected one label per event \(5\), got 2$/,
    );
  });

  it("is exact or refused: attendance near the largest double is refused by name, never an internal message", () => {
    // 9E307 attendance at 2,500 per PSU is 3.6E304 PSUs, far beyond 2^53 − 1 whole PSUs counted exactly
    const top = HIGH.map((r, i) => [i === 2 ? 9e307 : r[0]]);
    const refusal =
      /^attendance_high: these events at their highest attendance need more than 9,007,199,254,740,991 PSUs together with the national share, more than can be counted exactly$/;
    expect(() => psuReqP(7, STARTS, ENDS, LOW, LIKELY, top, RISK, [[0.9]], null, CROWD)).toThrow(refusal);
    expect(() => psuSim(7, STARTS, ENDS, LOW, LIKELY, top, RISK, null, CROWD, 100)).toThrow(refusal);
    expect(() => psuTornado(7, STARTS, ENDS, LOW, LIKELY, top, RISK, 0.9, undefined, null, CROWD, 100)).toThrow(refusal);
  });
});

describe("SPR.SOCREQP, SPR.SOCSIM and SPR.SOCTORNADO", () => {
  it("equals SPR.SOCREQ for certain counts, for each measure", () => {
    const [force, rocu, total] = socReq(OCG_LIKELY, HOURS, SHARE)[0];
    expect(socReqP(OCG_LIKELY, OCG_LIKELY, OCG_LIKELY, HOURS, SHARE, [[0.9]])).toEqual([[force]]);
    expect(socReqP(OCG_LIKELY, OCG_LIKELY, OCG_LIKELY, HOURS, SHARE, [[0.9]], "rocu")).toEqual([[rocu]]);
    expect(socReqP(OCG_LIKELY, OCG_LIKELY, OCG_LIKELY, HOURS, SHARE, [[0.9]], "total")).toEqual([[total]]);
  });

  it("is PERCENTILE.INC of SPR.SOCSIM (not rounded: FTE)", () => {
    const trials = flat(socSim(OCG_LOW, OCG_LIKELY, OCG_HIGH, HOURS, SHARE, null, 1600, 3000, 5));
    expect(socReqP(OCG_LOW, OCG_LIKELY, OCG_HIGH, HOURS, SHARE, [[0.9]], null, 1600, 3000, 5)[0][0]).toBeCloseTo(
      excelPercentileInc(trials, 0.9),
      10,
    );
  });

  it("ranks the bands by swing in FTE", () => {
    // Band 2 held at 8 and at 16 OCGs: 8 × 1,200 h × 0.6 = 5,760 h ÷ 1,600 = 3.6 FTE apart, for any draws of the others
    const t = socTornado(OCG_LOW, OCG_LIKELY, OCG_HIGH, HOURS, SHARE, 0.5, null, 1600, 3000, 5);
    const band2 = t.find((r) => r[0] === "Band 2")!;
    expect(band2[4]).toBeCloseTo(3.6, 9);
    const swings = t.slice(1).map((r) => r[4] as number);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
  });

  it("names the argument that is wrong", () => {
    expect(() => socReqP(OCG_LOW, OCG_LIKELY, [[8], [16], [30]], HOURS, SHARE, [[0.9]])).toThrow(
      /^ocgs_high: expected 4 figures, one per band, got 3$/,
    );
    expect(() => socReqP(OCG_LOW, [[4.5], [11], [23], [31]], OCG_HIGH, HOURS, SHARE, [[0.9]])).toThrow(
      /^ocgs_likely: expected a whole number ≥ 0 in every cell, got 4.5 \(item 1\)$/,
    );
    expect(() => socReqP(OCG_LOW, OCG_LIKELY, OCG_HIGH, HOURS, SHARE, [[0.9]], "region")).toThrow(
      /^measure: expected one of "force", "rocu", "total"/,
    );
  });
});

describe("SPR.SIMULATE, SPR.SIMSTATS and SPR.HISTOGRAM", () => {
  it("summarises simulated values: the chance of a shortfall never rises with capacity", () => {
    const x = simulate("POISSON", [[40]], 5000, 3);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 80 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(simStats(x, hi)[0][5]).toBeLessThanOrEqual(simStats(x, lo)[0][5] as number);
      }),
    );
    const [mean, sd, p10, p50, p90, none] = simStats(x)[0];
    // Poisson(40): mean 40, sd √40 = 6.32; P10/P50/P90 about 32, 40, 48
    expect(Math.abs((mean as number) - 40)).toBeLessThan(4 * Math.sqrt(40 / 5000));
    expect(Math.abs((sd as number) / Math.sqrt(40) - 1)).toBeLessThan(0.05);
    expect([p10, p50, p90]).toEqual([excelPercentileInc(flat(x), 0.1), excelPercentileInc(flat(x), 0.5), excelPercentileInc(flat(x), 0.9)]);
    expect(none).toBe("");
    // {1, 3}: mean 2, STDEV.S √2; P10 = 1 + 0.1 × 2 = 1.2, P90 = 1 + 0.9 × 2 = 2.8; 3 is above a capacity of 2: half
    expect(simStats([[1], [3]], 2, true)).toEqual([
      ["Mean", "Standard deviation", "P10", "P50", "P90", "Chance of shortfall"],
      [2, Math.SQRT2, 1.2, 2, 2.8, 0.5],
    ]);
  });

  it("draws each kind of input in a column of trials", () => {
    expect(simulate("TRIANGULAR", [[5, 5, 5]], 3)).toEqual([[5], [5], [5]]);
    expect(
      simulate(
        "SCENARIOS",
        [
          [7, 0],
          [9, 1],
        ],
        4,
      ),
    ).toEqual([[9], [9], [9], [9]]);
    // equal weights near the largest double are equal weights: half the trials each, not 2 in every trial
    const huge = simulate(
      "SCENARIOS",
      [
        [1, 9e307],
        [2, 9e307],
      ],
      10000,
    ).flat();
    const ones = huge.filter((v) => v === 1).length;
    expect(ones).toBeGreaterThan(4800);
    expect(ones).toBeLessThan(5200);
    expect(huge).toEqual(
      simulate(
        "SCENARIOS",
        [
          [1, 1],
          [2, 1],
        ],
        10000,
      ).flat(),
    );
    expect(simulate("NORMAL", [[3, 0]], 2)).toEqual([[3], [3]]);
    expect(simulate("PERT", [[1, 2, 9]], 50).every((r) => r[0] >= 1 && r[0] <= 9)).toBe(true);
  });

  it("gives a histogram of `bins` rows of edge and share", () => {
    const h = histogram(arvSim(2000, 8000, 20000, 150, null, null, 4000, 1), 12);
    expect(h).toHaveLength(12);
    expect(h.reduce((a, r) => a + r[1], 0)).toBeCloseTo(1, 12);
  });

  it("names the argument that is wrong", () => {
    expect(() => simulate("GAMMA", [[1]])).toThrow(/^distribution: expected one of "TRIANGULAR", "PERT", "POISSON", "NORMAL", "SCENARIOS"/);
    expect(() => simulate("POISSON", [[-2]])).toThrow(/^parameters: expected a number ≥ 0, got -2$/);
    expect(() => simulate("NORMAL", [[-2, 1]])).toThrow(/^parameters: expected a mean ≥ 0 \(the normal is truncated at zero\), got -2$/);
    expect(() => simulate("NORMAL", [[2, -1]])).toThrow(/^parameters: expected a standard deviation ≥ 0, got -1$/);
    expect(() => simulate("TRIANGULAR", [[9, 2, 1]])).toThrow(/^parameters: expected low ≤ likely ≤ high, got 9, 2, 1$/);
    expect(() => simulate("PERT", [[1, 2]])).toThrow(/^parameters: expected 3 numbers \(low, likely, high\) for PERT, got 2$/);
    expect(() =>
      simulate("SCENARIOS", [
        [1, 0],
        [2, 0],
      ]),
    ).toThrow(/^parameters: expected at least one weight above 0/);
    expect(() => simulate("SCENARIOS", [[1, 2, 3]])).toThrow(/^parameters: expected a table of two columns/);
    expect(() => simulate("POISSON", [[2]], 100001)).toThrow(/^trials: /);
    expect(() => simStats([[1]])).toThrow(/^samples: expected at least 2 values/);
    expect(() => histogram([[1], [2]], 0)).toThrow(/^bins: expected a whole number ≥ 1 and ≤ 1000, got 0$/);
  });
});
