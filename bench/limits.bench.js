// Each numeric function family at the largest size it accepts, with the budget it must meet (issue 14: time close to
// linear in the input, or a refusal past a documented limit). The limits live in the engine as named constants:
// MAX_TRAFFIC (queueing), MAX_SIMULATED_TRAFFIC (ARV simulations), MAX_TRIALS and MAX_TORNADO_CELLS (simulations and
// tornados). The PSU tornado also runs beside the plain method (re-sweep every trial for each held event) at 100
// events, where that is still affordable: the ratio shows what O(events × trials) buys over O(events² × trials).
const { erlangB, erlangC, MAX_TRAFFIC } = require("../lib/core/queueing/erlang");
const { serversFor } = require("../lib/core/queueing/servers");
const { arvModel, MAX_SIMULATED_TRAFFIC } = require("../lib/core/uncertainty/arv-model");
const { psuModel } = require("../lib/core/uncertainty/psu-model");
const { socModel } = require("../lib/core/uncertainty/soc-model");
const sim = require("../lib/core/uncertainty/simulate");
const { MAX_TORNADO_CELLS, MAX_TRIALS, percentilesOf, tornado } = sim;
// every run from cold: the engine keeps simulations it has run, and a benchmark repeats the same one
const simulate = (model, s) => (sim.forgetSimulations(), sim.simulate(model, s));
const { SMALLEST_POSITIVE } = require("../lib/core/cell");

const DEMAND = { meanMinutes: 150, arvsPerIncident: 1.5, peakFactor: 1.4, minutesPerYear: 525600 };
const perIncident = (DEMAND.meanMinutes * DEMAND.arvsPerIncident * DEMAND.peakFactor) / DEMAND.minutesPerYear;
// the widest estimate the ARV simulation accepts: 0 to MAX_SIMULATED_TRAFFIC erlangs, so nearly every trial is its own answer
const HIGH_INCIDENTS = Math.floor(MAX_SIMULATED_TRAFFIC / perIncident);
const ARV = {
  incidents: { low: 0, likely: HIGH_INCIDENTS / 2, high: HIGH_INCIDENTS },
  demand: DEMAND,
  maxWaitProb: 0.05,
  coverageMinimum: 0,
};

/** A busy force's calendar (illustrative): n events over a year, overlapping, crowds of 1,000 to 60,000. */
function calendar(n) {
  const day = 46200;
  return Array.from({ length: n }, (_, i) => {
    const start = day + ((i * 37) % 365) + (i % 24) / 24;
    const likely = 2000 + ((i * 7919) % 40000);
    return {
      start,
      end: start + 0.25 + (i % 5) / 24,
      attendance: { low: Math.round(likely * 0.7), likely, high: Math.round(likely * 1.6) },
      perPsu: [10000, 2500, 1000][i % 3],
    };
  });
}

const TORNADO_EVENTS = 1000;
const TORNADO_TRIALS = MAX_TORNADO_CELLS / TORNADO_EVENTS;
const BIG = psuModel(calendar(TORNADO_EVENTS), 10, "max");
const SMALL = psuModel(calendar(100), 10, "max");
const plain = (m) => ({ inputs: m.inputs, transform: m.transform, combine: m.combine });
const S = (trials) => ({ shape: "TRIANGULAR", trials, seed: 1 });

// Refuse to time a fast answer that is wrong: the tornado must equal the plain method's.
if (JSON.stringify(tornado(SMALL, S(2000), 0.9, true)) !== JSON.stringify(tornado(plain(SMALL), S(2000), 0.9, true)))
  throw new Error("PSU tornado disagrees with the plain method");

const OCGS = [
  { low: 2, likely: 4, high: 8 },
  { low: 8, likely: 11, high: 16 },
  { low: 15, likely: 23, high: 30 },
  { low: 20, likely: 31, high: 45 },
];

module.exports = {
  name: "LIMITS",
  cases: [
    {
      name: `ERLANGC(1E9, 3E9): largest traffic, servers far above`,
      run: () => erlangC(MAX_TRAFFIC, 3 * MAX_TRAFFIC),
      budgetMs: 200,
      samples: 5,
    },
    { name: `ERLANGB(1E9, 1E9)`, run: () => erlangB(MAX_TRAFFIC, MAX_TRAFFIC), budgetMs: 200, samples: 5 },
    {
      name: `SERVERSFOR(1E9, 2.2251E-308): largest traffic, tightest target`,
      run: () => serversFor(MAX_TRAFFIC, SMALLEST_POSITIVE),
      budgetMs: 200,
      samples: 5,
    },
    {
      name: `ARVSIM at ${MAX_SIMULATED_TRAFFIC.toLocaleString("en-GB")} erlangs (0 to ${HIGH_INCIDENTS.toLocaleString("en-GB")} incidents) × ${MAX_TRIALS.toLocaleString("en-GB")} trials`,
      run: () => simulate(arvModel(ARV), S(MAX_TRIALS)),
      budgetMs: 4000,
      samples: 3,
    },
    {
      name: `SOCREQP, 4 bands × ${MAX_TRIALS.toLocaleString("en-GB")} trials`,
      run: () =>
        percentilesOf(simulate(socModel(OCGS, [3000, 1200, 400, 100], [0.3, 0.6, 0.9, 1], 1679, "force"), S(MAX_TRIALS)), [0.9], false),
      budgetMs: 1000,
      samples: 3,
    },
    {
      name: `PSUREQP, ${TORNADO_EVENTS.toLocaleString("en-GB")} events × ${TORNADO_TRIALS.toLocaleString("en-GB")} trials`,
      run: () => percentilesOf(simulate(BIG, S(TORNADO_TRIALS)), [0.5, 0.9], true),
      budgetMs: 6000,
      samples: 3,
    },
    {
      name: `PSUTORNADO, ${TORNADO_EVENTS.toLocaleString("en-GB")} events × ${TORNADO_TRIALS.toLocaleString("en-GB")} trials (the largest)`,
      run: () => tornado(BIG, S(TORNADO_TRIALS), 0.9, true),
      budgetMs: 20000,
      samples: 3,
    },
    {
      name: "PSUTORNADO, 100 events × 10,000 trials",
      run: () => tornado(SMALL, S(10_000), 0.9, true),
      baseline: () => tornado(plain(SMALL), S(10_000), 0.9, true),
      baselineName: "re-sweep per held event",
      budgetMs: 2000,
      samples: 3,
    },
  ],
};
