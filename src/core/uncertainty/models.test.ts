// Each requirement model against the plainest possible statement of it: the engine function called on every trial.
import fc from "fast-check";
import { arvsRequired } from "../armed-policing/arv";
import { eventPsus } from "../public-order/event-psus";
import { peakConcurrent } from "../public-order/peak";
import { psuRequirement } from "../public-order/requirement";
import { socRequirement } from "../soc/socreq";
import { arvModel } from "./arv-model";
import { psuModel } from "./psu-model";
import { MAX_TORNADO_CELLS, drawInput, percentilesOf, simulate, tornado } from "./simulate";
import { socModel } from "./soc-model";

const S = { shape: "TRIANGULAR" as const, trials: 2000, seed: 99 };
const demand = { meanMinutes: 150, arvsPerIncident: 1.5, peakFactor: 1.4, minutesPerYear: 525600 };
const triple = (max: number) =>
  fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }), fc.integer({ min: 0, max })).map((t) => {
    const [low, likely, high] = [...t].sort((a, b) => a - b);
    return { low, likely, high };
  });

describe("ARVs on duty under uncertain incidents", () => {
  it("equals SPR.ARVREQ's engine called on every trial's incidents", () => {
    fc.assert(
      fc.property(
        triple(40000),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom("TRIANGULAR" as const, "PERT" as const),
        (incidents, floor, shape) => {
          const u = { incidents, demand, maxWaitProb: 0.05, coverageMinimum: floor };
          const s = { ...S, shape };
          const naive = drawInput(incidents, 0, s).map((x) => arvsRequired({ ...demand, incidentsPerYear: x }, 0.05, floor));
          expect(simulate(arvModel(u), s)).toEqual(naive);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("gives SPR.ARVREQ's answer at every percentile when the incidents are certain", () => {
    // 950 incidents × 150 min × 1.5 × 1.4 ÷ 525,600 = 0.569 erlangs → 3 ARVs; a floor of 4 wins
    const u = { incidents: { low: 950, likely: 950, high: 950 }, demand, maxWaitProb: 0.05, coverageMinimum: 4 };
    expect(percentilesOf(simulate(arvModel(u), S), [0.5, 0.9], true)).toEqual([4, 4]);
    expect(percentilesOf(simulate(arvModel({ ...u, coverageMinimum: 0 }), S), [0.5, 0.9], true)).toEqual([3, 3]);
  });

  it("refuses an estimate whose high end overloads the queueing model, naming incidents_high", () => {
    expect(() => arvModel({ incidents: { low: 1, likely: 1, high: 1e15 }, demand, maxWaitProb: 0.05, coverageMinimum: 0 })).toThrow(
      /^incidents_high: these inputs offer/,
    );
  });

  it("accepts up to 10,000 erlangs, the documented limit of a simulation, and refuses more (ARVSIM with 1E10 incidents once ran 56 s)", () => {
    // one incident offers 150 × 1.5 × 1.4 ÷ 525,600 = 5.993e-4 erlangs: 16,685,714 incidents offer 9,999.99…; 1E10 offer 5,993,151
    const u = (high: number) => ({ incidents: { low: 0, likely: high / 2, high }, demand, maxWaitProb: 0.05, coverageMinimum: 0 });
    const answers = simulate(arvModel(u(16_685_714)), { ...S, trials: 50 });
    expect(Math.max(...answers)).toBeLessThanOrEqual(10_000 + 3 * 100);
    expect(() => arvModel(u(1e10))).toThrow(
      /^incidents_high: these inputs offer 5993150\.\d+ erlangs at the highest estimate; a simulation accepts at most 10,000$/,
    );
  });
});

describe("PSUs under uncertain attendance", () => {
  const day = 46200;
  const event = fc.record({
    start: fc.integer({ min: 0, max: 20 }).map((h) => day + h / 24),
    hours: fc.integer({ min: 1, max: 30 }),
    attendance: triple(120000),
    perPsu: fc.constantFrom(1000, 2500, 10000),
  });

  it("equals EVENTPSUS, PEAKCONCURRENT and PSUREQ called on every trial", () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom("max" as const, "sum" as const),
        (evs, share, policy) => {
          const events = evs.map((e) => ({ start: e.start, end: e.start + e.hours / 24, attendance: e.attendance, perPsu: e.perPsu }));
          const s = { ...S, trials: 300 };
          const draws = events.map((e, i) => drawInput(e.attendance, i, s));
          const naive = Array.from({ length: s.trials }, (_, t) => {
            const psus = events.map((e, i) => eventPsus(draws[i][t], e.perPsu));
            return psuRequirement(
              share,
              peakConcurrent(
                events.map((e) => e.start),
                events.map((e) => e.end),
                psus,
              ),
              policy,
            );
          });
          expect(Array.from(simulate(psuModel(events, share, policy), s))).toEqual(naive);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("gives the tornado a sweep would give with each event held, without recombining any trial (O(events × trials))", () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom("max" as const, "sum" as const),
        fc.constantFrom(0.1, 0.5, 0.9, 1),
        (evs, share, policy, p) => {
          const events = evs.map((e) => ({ start: e.start, end: e.start + e.hours / 24, attendance: e.attendance, perPsu: e.perPsu }));
          const s = { ...S, trials: 200 };
          const model = psuModel(events, share, policy);
          // the plain statement: each held event's part filled in and every trial swept again
          const plain = tornado({ inputs: model.inputs, transform: model.transform, combine: model.combine }, s, p, true);
          const combine = jest.spyOn(model, "combine");
          expect(tornado(model, s, p, true)).toEqual(plain);
          expect(combine).not.toHaveBeenCalled();
        },
      ),
      { numRuns: 40 },
    );
  });

  it("refuses a tornado over more than MAX_TORNADO_CELLS events × trials, naming trials and the most it runs", () => {
    const events = Array.from({ length: 1001 }, (_, i) => ({
      start: day + i,
      end: day + i + 0.5,
      attendance: { low: 0, likely: 1, high: 2 },
      perPsu: 1,
    }));
    expect(MAX_TORNADO_CELLS).toBe(10_000_000);
    expect(() => tornado(psuModel(events, 0, "max"), { ...S, trials: 10_000 }, 0.9, true)).toThrow(
      /^trials: a tornado over 1,001 inputs runs at most 9,990 trials \(inputs × trials ≤ 10,000,000\), got 10,000$/,
    );
  });

  it("gives PSUREQ's answer when every attendance is certain", () => {
    // Glastonbury 210,000 at 10,000 per PSU = 21 PSUs, overlapping a protest of 8,000 at 2,500 = 4: peak 25 > share 7
    const events = [
      { start: day, end: day + 5, attendance: { low: 210000, likely: 210000, high: 210000 }, perPsu: 10000 },
      { start: day + 3, end: day + 3.25, attendance: { low: 8000, likely: 8000, high: 8000 }, perPsu: 2500 },
    ];
    expect(percentilesOf(simulate(psuModel(events, 7, "max"), S), [0.1, 0.9], true)).toEqual([25, 25]);
    expect(percentilesOf(simulate(psuModel(events, 7, "sum"), S), [0.9], true)).toEqual([32]);
  });
});

describe("SOC FTE under uncertain OCG counts", () => {
  const hours = [3000, 1200, 400, 100];
  const share = [0.3, 0.6, 0.9, 1];

  it("equals SOCREQ called on every trial's whole-group counts", () => {
    fc.assert(
      fc.property(
        fc.array(triple(60), { minLength: 4, maxLength: 4 }),
        fc.constantFrom("force" as const, "rocu" as const, "total" as const),
        (ocgs, measure) => {
          const draws = ocgs.map((e, i) => drawInput(e, i, S));
          const naive = Array.from(
            { length: S.trials },
            (_, t) =>
              socRequirement(
                draws.map((d) => Math.round(d[t])),
                hours,
                share,
                1600,
              )[measure],
          );
          expect(Array.from(simulate(socModel(ocgs, hours, share, 1600, measure), S))).toEqual(naive);
        },
      ),
      { numRuns: 20 },
    );
  });

  it("gives SOCREQ's answer when the counts are certain", () => {
    // force: 4 × 3,000 × 0.3 + 11 × 1,200 × 0.6 + 23 × 400 × 0.9 + 31 × 100 × 1 = 3,600 + 7,920 + 8,280 + 3,100 = 22,900 h
    // ÷ 1,600 = 14.3125 FTE
    const certain = [4, 11, 23, 31].map((n) => ({ low: n, likely: n, high: n }));
    expect(percentilesOf(simulate(socModel(certain, hours, share, 1600, "force"), S), [0.5, 0.9], false)).toEqual([14.3125, 14.3125]);
  });
});
