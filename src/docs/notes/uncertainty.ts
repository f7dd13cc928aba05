import { FunctionNote } from "./note";

const EVENTS =
  "{46197.3333;46277.5;46200.4583;46352.4167;46235.375}, {46202.8333;46277.75;46200.7083;46355.8333;46236.9167}, " +
  "{160000;18000;4000;45000;25000}, {210000;25000;8000;60000;40000}, {260000;32000;20000;80000;60000}, " +
  '{"MEDIUM";"HIGH";"HIGH";"LOW";"LOW"}';
const OCGS = "{2;8;15;20}, {4;11;23;31}, {8;16;30;45}, {3000;1200;400;100}, {0.3;0.6;0.9;1}";

const PERCENTILE =
  "Percentiles follow Excel's PERCENTILE.INC exactly: with the trials sorted x[0] ≤ … ≤ x[n−1] and h = (n − 1)·p, the p-th percentile is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). =PERCENTILE.INC(SPR.ARVSIM(…), 0.9) gives the same number for the same trials. p is a fraction: 0.9 for P90.";
const SEED =
  "Reproducible: the trials come from a seeded generator (xoshiro128**, seeded by splitmix32) using only 32-bit integer arithmetic, and every logarithm, exponential and normal quantile is computed from +, −, ×, ÷ and √ alone, so the same seed and trials give bit-for-bit the same answer in Excel for Windows and Mac, Excel on the web, a browser and `spr eval`. The functions are not volatile: they recalculate only when an input changes. Default trials 10,000 (assumption SIM_TRIALS), at most 100,000 in one call; default seed 1 (SIM_SEED).";
const THREE_POINT =
  "A three-point estimate is low, most likely and high. TRIANGULAR (the default) spreads it as a triangle: mean (low + likely + high) ÷ 3. PERT gives the extremes less weight: a Beta distribution with mean (low + 4·likely + high) ÷ 6. Inputs of a model are independent of each other; each has its own stream of the seed.";
const TORNADO =
  "How to read it: each row holds one input at its low, likely and high value while every other input stays uncertain, drawing exactly the same random numbers as before (common random numbers), so the differences are that input's doing and not sampling noise. Swing = held at high − held at low; the rows are sorted by swing, largest first. A zero swing means the input never changes the requirement at this percentile (an event that never sets the peak, for example).";

export const UNCERTAINTY_NOTES: Record<string, FunctionNote> = {
  TRIANGULARP: {
    examples: [
      { formula: "=SPR.TRIANGULARP(800, 950, 1300, 0.9)", says: "The mode sits at F = 150 ÷ 500 = 0.3; above it F⁻¹(0.9) = 1,300 − √(0.1 × 500 × 350) = 1,300 − 132.29." },
      { formula: "=SPR.TRIANGULARP(800, 950, 1300, {0.1,0.5,0.9})", says: "A row of probabilities spills a row of values." },
      { formula: "=SPR.TRIANGULARP(0, 5, 10, 0.125)", says: "Below the mode: 0 + √(0.125 × 10 × 5) = √6.25 = 2.5." },
    ],
    notes: [
      "F⁻¹(p) = low + √(p·(high − low)·(likely − low)) while p·(high − low) < likely − low, else high − √((1 − p)·(high − low)·(high − likely)). Exact up to rounding: no simulation.",
      "SPR.ARVREQP draws next year's incidents as TRIANGULARP(low, likely, high, u) with u uniform: the inverse-transform method.",
    ],
  },
  POISSONP: {
    examples: [
      { formula: "=SPR.POISSONP(2, 0.9)", says: "Cumulative probabilities 0.135, 0.406, 0.677, 0.857, 0.947: the first to reach 0.9 is at 4." },
      { formula: "=SPR.POISSONP(950, 0.9)", says: "950 incidents expected: 9 years in 10 bring at most 990." },
      { formula: "=SPR.POISSONP(1000000, 0.975)", says: "A large mean, stably: about 1,000,000 + 1.96 × 1,000." },
    ],
    notes: [
      "The smallest whole k with P(X ≤ k) ≥ p. Probabilities by Loader's saddle-point form (no factorials, no overflow, full precision at any mean), held over a window around the mean that leaves out less than 10^-290; lower tails are summed from the bottom up and upper tails from the top down, so a p near 1 is compared with the upper tail 1 − p and keeps its digits. Means up to 1,000,000,000; p from 0 to below 1.",
      "Excel has no Poisson inverse: POISSON.DIST gives the other direction.",
    ],
  },
  SIMULATE: {
    examples: [
      { formula: '=SPR.SIMULATE("TRIANGULAR", {800,950,1300}, 5)', says: "Five draws of next year's incidents." },
      { formula: '=SPR.SIMULATE("POISSON", {950}, 5)', says: "Five years of incidents at a steady 950 a year: year-to-year chance alone." },
      { formula: '=SPR.SIMULATE("SCENARIOS", {30,0.6;45,0.3;80,0.1}, 5)', says: "Weighted scenarios: 30 (60%), 45 (30%), 80 (10%)." },
      { formula: '=SPR.SIMSTATS(SPR.SIMULATE("NORMAL", {950, 150}), 1200, TRUE)', says: "A normal around 950 (sd 150), truncated at zero; 1,200 is exceeded in about 5% of years." },
    ],
    notes: [
      "TRIANGULAR and PERT take low, likely, high; POISSON the mean; NORMAL the mean and standard deviation (≥ 0), truncated at zero because incidents, crowds and groups are never negative; SCENARIOS a table of value and weight (weights ≥ 0, not all 0).",
      "Methods: inverse transform for TRIANGULAR, POISSON (SPR.POISSONP of a uniform), NORMAL (mean + sd·Φ⁻¹(Φ(−mean/sd) + u·(1 − Φ(−mean/sd)))) and SCENARIOS; PERT as low + (high − low)·G₁/(G₁ + G₂) with gamma draws G (Marsaglia and Tsang), exact in distribution.",
      SEED,
    ],
  },
  SIMSTATS: {
    examples: [
      { formula: "=SPR.SIMSTATS(SPR.ARVSIM(2000, 8000, 20000, 150), 6, TRUE)", says: "Planning for the single-figure answer (6 ARVs, from the likely 8,000 incidents) falls short in well over half of the trials." },
      { formula: '=SPR.SIMSTATS(SPR.SIMULATE("PERT", {800,950,1300}), , TRUE)', says: "No capacity: the last column is blank." },
    ],
    notes: [
      "Mean; standard deviation with n − 1 (as STDEV.S); P10, P50 and P90 by PERCENTILE.INC; the chance of a shortfall is the share of values strictly above capacity (a requirement equal to the capacity is met), so it never rises as capacity rises.",
      "Works on any column of numbers: a simulation here, or one built in the workbook.",
    ],
  },
  HISTOGRAM: {
    examples: [{ formula: "=SPR.HISTOGRAM(SPR.ARVSIM(2000, 8000, 20000, 150), 9)", says: "The share of trials needing 3, 4, … 11 ARVs: one bin per whole number." }],
    notes: [
      "Always `bins` rows, so a chart over it keeps its shape as inputs change. Bin widths are round (1, 2, 2.5 or 5 × a power of ten, whole numbers for whole-number samples); edges are multiples of the width, the first at or above the least value. A bin holds the values above the previous edge and at most its own, as FREQUENCY counts: FREQUENCY(samples, edges) ÷ COUNT(samples) gives the same shares.",
    ],
  },
  ARVREQP: {
    examples: [
      { formula: "=SPR.ARVREQP(2000, 8000, 20000, 150, {0.5,0.8,0.9})", says: "Incidents between 2,000 and 20,000 (most likely 8,000): to be 90% sure that at most 5% of incidents wait for an ARV, the force needs 9 on duty; the single figure for the likely 8,000 incidents is 6." },
      { formula: "=SPR.ARVREQP(800, 950, 1300, 150, 0.9, 0.05, 1.5, , , 1.4, 4)", says: "A small force's load (0.47 to 0.78 erlangs needs 3 ARVs) sits under its coverage minimum of 4: the uncertainty does not change the answer." },
      { formula: '=SPR.ARVREQP(2000, 8000, 20000, 150, {0.5,0.8,0.9}, , , , , , , "PERT")', says: "PERT puts less weight on the extremes: a lower median." },
      { formula: "=SPR.ARVREQP(2000, 8000, 20000, 150, 0.9, , , 100000)", says: "100,000 trials, the most one call runs." },
    ],
    notes: [
      "In each trial the incidents are drawn from the estimate and the ARVs come from SPR.ARVREQ's own engine (Erlang C, never below coverage_minimum); the answer is PERCENTILE.INC over the trials, rounded up to whole ARVs. With low = likely = high every trial gives SPR.ARVREQ's answer, so ARVREQP does too.",
      "ARVs never fall as incidents rise, so the engine is called only where the answer steps (bisection between sorted trials): about 100 queueing calls for 100,000 trials at a force's loads, each trial's answer still exactly the engine's. The cost grows with the load: a national-scale load of millions of erlangs takes seconds.",
      THREE_POINT,
      PERCENTILE,
      SEED,
      "The SPR sets no percentile. The capacity it asks for rests on the force's own assessment of threat and demand (paragraph 10c; 151 for ARVs, 116a and 119–120 for public order, 78 for SOC); a high percentile (P80, P90) is a way of saying how sure that assessment is. Paragraph 135's reasonable worst cases belong to civil emergencies, planned through the LRF, and are not a basis for these figures. Which percentile to resource to is the force's risk appetite, not an SPR figure.",
    ],
  },
  ARVSIM: {
    examples: [
      { formula: "=SPR.ARVSIM(2000, 8000, 20000, 150, , , 5)", says: "Five trials' ARVs." },
      { formula: "=SPR.HISTOGRAM(SPR.ARVSIM(2000, 8000, 20000, 150, 0.01), 9)", says: "A tighter wait target (1%) moves the whole distribution up." },
    ],
    notes: [
      "The trials SPR.ARVREQP takes its percentiles of, in trial order: feed them to SPR.SIMSTATS, SPR.HISTOGRAM or Excel's own functions. In Excel, =ROUNDUP(PERCENTILE.INC(SPR.ARVSIM(…), 0.9), 0) equals SPR.ARVREQP(…, 0.9, …) with the same arguments.",
      SEED,
    ],
  },
  PSUREQP: {
    examples: [
      { formula: `=SPR.PSUREQP(7, ${EVENTS}, {0.5,0.8,0.9})`, says: "Five events with uncertain crowds (the default crowd-per-PSU table): P50, P80 and P90 PSUs against a single figure of 61 at the likely crowds." },
    ],
    notes: [
      "In each trial every event's attendance is drawn from its estimate (events independently), then SPR.EVENTPSUS, the sweep of SPR.PEAKCONCURRENT (its order found once, the times being certain) and SPR.PSUREQ give the PSUs; the answer is PERCENTILE.INC over the trials, rounded up. With every low = likely = high it equals PSUREQ(national_share, PEAKCONCURRENT(starts, ends, EVENTPSUS(attendance, risk, crowd_per_psu)), policy).",
      THREE_POINT,
      PERCENTILE,
      SEED,
    ],
  },
  PSUSIM: {
    examples: [{ formula: `=SPR.SIMSTATS(SPR.PSUSIM(7, ${EVENTS}), 61, TRUE)`, says: "The chance that resourcing to the single figure (61 PSUs, at the likely crowds) falls short." }],
    notes: ["The trials SPR.PSUREQP takes its percentiles of, in trial order.", SEED],
  },
  PSUTORNADO: {
    examples: [
      { formula: `=SPR.PSUTORNADO(7, ${EVENTS}, 0.9, {"Glastonbury";"Derby";"Protest";"Christmas market";"Beach event"})`, says: "Glastonbury's crowd drives the P90 most; the events that never set the peak have no swing." },
    ],
    notes: [TORNADO, "Cost: three simulations per event (the other events' PSUs are kept), so 10 events at 10,000 trials take 30 quick passes."],
  },
  SOCREQP: {
    examples: [
      { formula: `=SPR.SOCREQP(${OCGS}, {0.5,0.8,0.9})`, says: "The force's investigator FTE for its mapped OCGs at P50, P80 and P90; the single figure at the likely counts is 13.64." },
      { formula: `=SPR.SOCREQP(${OCGS}, 0.9, "rocu")`, says: "The ROCU's share at P90." },
    ],
    notes: [
      "In each trial every band's count is drawn from its estimate and rounded to a whole group (bands independently); SPR.SOCREQ's engine gives force, ROCU and total FTE; the answer is PERCENTILE.INC of the one asked for (not rounded: FTE). With every low = likely = high it equals SPR.SOCREQ.",
      "Percentiles do not add: P90 of force FTE plus P90 of ROCU FTE is more than P90 of the total, because a bad year for one is not always a bad year for the other.",
      THREE_POINT,
      PERCENTILE,
      SEED,
    ],
  },
  SOCSIM: {
    examples: [{ formula: `=SPR.SOCSIM(${OCGS}, , , 5)`, says: "Five trials of the force's FTE." }],
    notes: ["The trials SPR.SOCREQP takes its percentiles of, in trial order.", SEED],
  },
  SOCTORNADO: {
    examples: [{ formula: `=SPR.SOCTORNADO(${OCGS}, 0.9)`, says: "Bands 1 to 3 swing about 3.2 to 3.4 FTE each between their low and high counts; band 4 about 1.5." }],
    notes: [TORNADO],
  },
};
