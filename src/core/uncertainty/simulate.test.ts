import fc from "fast-check";
import { Estimate } from "./distributions";
import {
  BLOCK_CELLS,
  SIMULATIONS_KEPT,
  UncertainModel,
  checkSimulation,
  drawInput,
  forgetSimulations,
  modelKey,
  percentileOf,
  percentilesOf,
  simulate,
  tornado,
} from "./simulate";

/** A toy requirement: the sum of the inputs. Percentiles shift with a constant, so a tornado's swings are known. */
function sumModel(inputs: Estimate[]): UncertainModel {
  return {
    inputs,
    transform: (_i, draws) => draws,
    combine: (parts, trials) => {
      const out = new Float64Array(trials);
      for (const p of parts) for (let t = 0; t < trials; t++) out[t] += p[t];
      return out;
    },
  };
}

const S = { shape: "TRIANGULAR" as const, trials: 5000, seed: 7 };

describe("running a model over many trials", () => {
  it("gives the deterministic answer in every trial when every input is certain", () => {
    const x = simulate(
      sumModel([
        { low: 2, likely: 2, high: 2 },
        { low: 3.5, likely: 3.5, high: 3.5 },
      ]),
      S,
    );
    expect(x.every((v) => v === 5.5)).toBe(true);
    expect(percentilesOf(x, [0, 0.5, 0.9, 1], false)).toEqual([5.5, 5.5, 5.5, 5.5]);
  });

  it("repeats exactly for the same seed and trials, and differs for another seed", () => {
    const m = sumModel([
      { low: 0, likely: 1, high: 4 },
      { low: 10, likely: 10, high: 30 },
    ]);
    expect(simulate(m, S)).toEqual(simulate(m, S));
    expect(simulate(m, { ...S, seed: 8 })).not.toEqual(simulate(m, S));
    // the first trials of a longer run are the trials of a shorter one
    expect(simulate(m, { ...S, trials: 10000 }).subarray(0, 5000)).toEqual(simulate(m, S));
  });

  it("gives input i its own stream i: its draws do not depend on the other inputs", () => {
    const e = { low: 0, likely: 1, high: 4 };
    expect(drawInput(e, 1, S)).toEqual(drawInput(e, 1, S));
    expect(drawInput(e, 1, S)).not.toEqual(drawInput(e, 0, S));
  });

  it("ranks inputs by swing in a tornado: for a sum the swing is exactly high − low (common random numbers)", () => {
    // holding input i at c shifts every trial by c − x_i: with the other inputs' draws unchanged, the percentile of
    // the sum moves by exactly (high − low) between the low and high holds
    const rows = tornado(
      sumModel([
        { low: 0, likely: 1, high: 2 },
        { low: 0, likely: 5, high: 10 },
        { low: 3, likely: 3, high: 3 },
      ]),
      S,
      0.9,
      false,
    );
    expect(rows.map((r) => r.input)).toEqual([1, 0, 2]);
    expect(rows[0].swing).toBeCloseTo(10, 9);
    expect(rows[1].swing).toBeCloseTo(2, 9);
    expect(rows[2].swing).toBe(0);
    expect(rows[0].atLikely - rows[0].atLow).toBeCloseTo(5, 9);
  });

  it("holds each tornado row between its low and high ends for a model that rises with every input", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (triples) => {
          const inputs = triples.map((t) => [...t].sort((a, b) => a - b)).map(([low, likely, high]) => ({ low, likely, high }));
          for (const r of tornado(sumModel(inputs), { ...S, trials: 300 }, 0.8, true)) {
            expect(r.atLow).toBeLessThanOrEqual(r.atLikely);
            expect(r.atLikely).toBeLessThanOrEqual(r.atHigh);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("holds at most BLOCK_CELLS parts at once, with the very trials one block would give (50 inputs × 100,000 trials)", () => {
    const inputs = Array.from({ length: 50 }, (_, i) => ({ low: i, likely: 2 * i, high: 5 * i + 1 }));
    const model = sumModel(inputs);
    const sizes: number[] = [];
    const counted = {
      ...model,
      combine: (parts: readonly Float64Array[], trials: number) => (sizes.push(parts.length * trials), model.combine(parts, trials)),
    };
    const s = { ...S, trials: 100_000 };
    const blocked = simulate(counted, s);
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(BLOCK_CELLS);
    expect(blocked).toEqual(
      model.combine(
        inputs.map((e, i) => drawInput(e, i, s)),
        s.trials,
      ),
    );
  });

  it("finds a percentile by selection exactly as by sorting (PERCENTILE.INC, whole or not)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (xs, p, whole) => {
          const values = Float64Array.from(xs, (x) => x / 4);
          expect(percentileOf(Float64Array.from(values), p, whole)).toBe(percentilesOf(values, [p], whole)[0]);
        },
      ),
    );
  });

  it("refuses trials beyond the cap and seeds beyond 32 bits, naming the argument", () => {
    expect(() => checkSimulation({ ...S, trials: 100001 })).toThrow(
      /^trials: expected a whole number from 1 to 100,000 \(the most one call runs\), got 100001$/,
    );
    expect(() => checkSimulation({ ...S, trials: 0 })).toThrow(/^trials: /);
    expect(() => checkSimulation({ ...S, trials: 2.5 })).toThrow(/^trials: /);
    expect(() => checkSimulation({ ...S, seed: -1 })).toThrow(/^seed: expected a whole number from 0 to 4,294,967,295, got -1$/);
    expect(() => checkSimulation({ ...S, seed: 2 ** 32 })).toThrow(/^seed: /);
    expect(() => checkSimulation({ ...S, trials: 100000, seed: 2 ** 32 - 1 })).not.toThrow();
  });
});

describe("reusing a simulation a workbook asks for again", () => {
  /** sumModel with a key, counting how often its trials are combined. */
  function counted(inputs: Estimate[], key: string) {
    const m = sumModel(inputs);
    const runs = { n: 0 };
    return { runs, model: { ...m, key, combine: (p: readonly Float64Array[], t: number) => (runs.n++, m.combine(p, t)) } };
  }
  const inputs = [
    { low: 1, likely: 2, high: 6 },
    { low: 0, likely: 3, high: 4 },
  ];

  beforeEach(() => forgetSimulations());

  it("gives the very numbers a fresh run gives, runs once, and hands out a copy each time", () => {
    const fresh = simulate(sumModel(inputs), S);
    const { runs, model } = counted(inputs, modelKey("sum", inputs));
    const first = simulate(model, S);
    first.fill(-1); // a caller reordering or overwriting its trials (percentileOf does) changes nobody else's
    const again = simulate(model, S);
    expect(runs.n).toBe(1);
    expect(Array.from(again)).toEqual(Array.from(fresh));
    // other settings are another simulation
    simulate(model, { ...S, seed: 8 });
    simulate(model, { ...S, trials: 4999 });
    simulate(model, { ...S, shape: "PERT" });
    expect(runs.n).toBe(4);
  });

  it("keeps the last SIMULATIONS_KEPT simulations only", () => {
    const { runs, model } = counted(inputs, "k");
    for (let seed = 0; seed <= SIMULATIONS_KEPT; seed++) simulate(model, { ...S, seed });
    expect(runs.n).toBe(SIMULATIONS_KEPT + 1);
    simulate(model, { ...S, seed: SIMULATIONS_KEPT }); // the most recent: kept
    expect(runs.n).toBe(SIMULATIONS_KEPT + 1);
    simulate(model, { ...S, seed: 0 }); // the oldest: forgotten
    expect(runs.n).toBe(SIMULATIONS_KEPT + 2);
  });

  it("keys models apart by every value that determines them, -0 and the infinities included", () => {
    expect(modelKey("psu", [{ a: 0 }], 1)).not.toBe(modelKey("psu", [{ a: -0 }], 1));
    expect(modelKey("x", Infinity)).not.toBe(modelKey("x", null));
    expect(modelKey("x", NaN)).not.toBe(modelKey("x", null));
    fc.assert(
      fc.property(fc.array(fc.double()), fc.array(fc.double()), (a, b) => {
        const same = a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
        return (modelKey("m", a) === modelKey("m", b)) === same;
      }),
    );
  });
});
