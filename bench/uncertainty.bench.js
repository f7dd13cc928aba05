// Planning under uncertainty: 100,000 trials of a force's whole requirement model (ARVs from uncertain incidents, PSUs
// from five events' uncertain crowds, SOC FTE from uncertain OCG counts in four bands) against the plain per-trial loop
// measured in the same run: every engine function called on every trial (SERVERSFOR per trial, EVENTPSUS per event per
// trial, PEAKCONCURRENT with its sort per trial, SOCREQ per trial), on exactly the same draws. Budget: one second on
// one core for the whole model. Also the models one by one, the generator, and POISSONP for a large mean.
const { arvsRequired } = require("../lib/core/armed-policing/arv");
const { eventPsus } = require("../lib/core/public-order/event-psus");
const { peakConcurrent } = require("../lib/core/public-order/peak");
const { psuRequirement } = require("../lib/core/public-order/requirement");
const { socRequirement } = require("../lib/core/soc/socreq");
const { arvModel } = require("../lib/core/uncertainty/arv-model");
const { psuModel } = require("../lib/core/uncertainty/psu-model");
const { socModel } = require("../lib/core/uncertainty/soc-model");
const sim = require("../lib/core/uncertainty/simulate");
const { drawInput, percentilesOf } = sim;
// every run from cold: the engine keeps simulations it has run, and a benchmark repeats the same one
const simulate = (model, s) => (sim.forgetSimulations(), sim.simulate(model, s));
const { Xoshiro128 } = require("../lib/core/uncertainty/prng");
const { poissonInverse } = require("../lib/core/uncertainty/poisson");
const { uncertainty: BUDGET } = require("./budgets");

const TRIALS = 100_000;
const S = { shape: "TRIANGULAR", trials: TRIALS, seed: 2026 };
const PS = [0.5, 0.8, 0.9];

// A large force's inputs (figures illustrative): incidents 3,000 – 6,000 – 15,000 a year, 150 minutes, 1.5 ARVs each,
// peak factor 1.4 (loads of 2 to 9 erlangs); five events; OCGs in four bands
const ARV = {
  incidents: { low: 3000, likely: 6000, high: 15000 },
  demand: { meanMinutes: 150, arvsPerIncident: 1.5, peakFactor: 1.4, minutesPerYear: 525600 },
  maxWaitProb: 0.05,
  coverageMinimum: 4,
};
const DAY = 46200;
const EVENTS = [
  { start: DAY - 3, end: DAY + 2.5, attendance: { low: 168000, likely: 210000, high: 273000 }, perPsu: 10000 },
  { start: DAY + 77.5, end: DAY + 77.75, attendance: { low: 20000, likely: 25000, high: 32500 }, perPsu: 2500 },
  { start: DAY + 0.46, end: DAY + 0.71, attendance: { low: 3000, likely: 8000, high: 20000 }, perPsu: 2500 },
  { start: DAY + 152.4, end: DAY + 155.8, attendance: { low: 48000, likely: 60000, high: 78000 }, perPsu: 20000 },
  { start: DAY + 35.4, end: DAY + 36.9, attendance: { low: 32000, likely: 40000, high: 52000 }, perPsu: 20000 },
];
const OCGS = [
  { low: 2, likely: 4, high: 8 },
  { low: 8, likely: 11, high: 16 },
  { low: 15, likely: 23, high: 30 },
  { low: 20, likely: 31, high: 45 },
];
const HOURS = [3000, 1200, 400, 100];
const SHARE = [0.3, 0.6, 0.9, 1];
const PRODUCTIVE = 1679.142857142857;

function fast() {
  return [
    percentilesOf(simulate(arvModel(ARV), S), PS, true),
    percentilesOf(simulate(psuModel(EVENTS, 7, "max"), S), PS, true),
    percentilesOf(simulate(socModel(OCGS, HOURS, SHARE, PRODUCTIVE, "force"), S), PS, false),
  ];
}

/** The plain loop: the same draws, every engine function on every trial. */
function naive() {
  const incidents = drawInput(ARV.incidents, 0, S);
  const arvs = incidents.map((x) => arvsRequired({ ...ARV.demand, incidentsPerYear: x }, ARV.maxWaitProb, ARV.coverageMinimum));
  const crowds = EVENTS.map((e, i) => drawInput(e.attendance, i, S));
  const starts = EVENTS.map((e) => e.start);
  const ends = EVENTS.map((e) => e.end);
  const psus = new Float64Array(TRIALS);
  for (let t = 0; t < TRIALS; t++) {
    const demand = EVENTS.map((e, i) => eventPsus(crowds[i][t], e.perPsu));
    psus[t] = psuRequirement(7, peakConcurrent(starts, ends, demand), "max");
  }
  const ocgs = OCGS.map((e, i) => drawInput(e, i, S));
  const fte = new Float64Array(TRIALS);
  for (let t = 0; t < TRIALS; t++)
    fte[t] = socRequirement(
      ocgs.map((d) => Math.round(d[t])),
      HOURS,
      SHARE,
      PRODUCTIVE,
    ).force;
  return [percentilesOf(arvs, PS, true), percentilesOf(psus, PS, true), percentilesOf(fte, PS, false)];
}

// Refuse to time a fast answer that is wrong: both ways must agree exactly first.
if (JSON.stringify(fast()) !== JSON.stringify(naive()))
  throw new Error(`the model and the per-trial loop disagree: ${JSON.stringify(fast())} vs ${JSON.stringify(naive())}`);

/** The textbook Poisson inverse: the cumulative sum from 0, each term from the last in log space. */
function poissonBySum(mean, p) {
  let logp = -mean;
  let cdf = Math.exp(logp);
  let k = 0;
  while (cdf < p) {
    k++;
    logp += Math.log(mean) - Math.log(k);
    cdf += Math.exp(logp);
  }
  return k;
}
if (poissonInverse(1e5, 0.975) !== poissonBySum(1e5, 0.975)) throw new Error("POISSONP disagrees with the cumulative sum");

module.exports = {
  name: "UNCERTAINTY",
  cases: [
    {
      name: `whole force model, ${TRIALS.toLocaleString("en-GB")} trials: ARVs ${fast()[0].join("/")}, PSUs ${fast()[1].join("/")} (P50/80/90)`,
      run: fast,
      baseline: naive,
      baselineName: "per-trial engine loop",
      budgetMs: BUDGET.budgetMs,
      samples: 5,
    },
    {
      name: `ARVREQP model alone, ${TRIALS.toLocaleString("en-GB")} trials`,
      run: () => simulate(arvModel(ARV), S),
      baseline: () =>
        drawInput(ARV.incidents, 0, S).map((x) =>
          arvsRequired({ ...ARV.demand, incidentsPerYear: x }, ARV.maxWaitProb, ARV.coverageMinimum),
        ),
      baselineName: "SERVERSFOR per trial",
      samples: 5,
    },
    {
      name: `PSUREQP model alone (5 events), ${TRIALS.toLocaleString("en-GB")} trials`,
      run: () => simulate(psuModel(EVENTS, 7, "max"), S),
      baseline: () => {
        const crowds = EVENTS.map((e, i) => drawInput(e.attendance, i, S));
        const out = new Float64Array(TRIALS);
        for (let t = 0; t < TRIALS; t++)
          out[t] = psuRequirement(
            7,
            peakConcurrent(
              EVENTS.map((e) => e.start),
              EVENTS.map((e) => e.end),
              EVENTS.map((e, i) => eventPsus(crowds[i][t], e.perPsu)),
            ),
            "max",
          );
        return out;
      },
      baselineName: "EVENTPSUS + PEAKCONCURRENT per trial",
      samples: 5,
    },
    {
      name: "1,000,000 uniforms from the seeded generator",
      run: () => {
        const g = Xoshiro128.stream(1, 0);
        let s = 0;
        for (let i = 0; i < 1e6; i++) s += g.uniform();
        return s;
      },
      baseline: () => {
        let s = 0;
        for (let i = 0; i < 1e6; i++) s += Math.random();
        return s;
      },
      baselineName: "Math.random (not seedable)",
      samples: 7,
    },
    {
      name: "POISSONP(100,000, 0.975)",
      run: () => poissonInverse(1e5, 0.975),
      baseline: () => poissonBySum(1e5, 0.975),
      baselineName: "cumulative sum from 0",
    },
  ],
};
