import { Assumption } from "./assumption";

/**
 * Planning under uncertainty: how many trials a simulation runs and the seed it starts from when the caller gives
 * neither. Method settings, not threat figures: neither changes what is being estimated, only how closely and from
 * which reproducible stream.
 */
export const UNCERTAINTY_ASSUMPTIONS: Assumption[] = [
  {
    key: "SIM_TRIALS",
    value: 10_000,
    unit: "trials",
    source: "",
    illustrative: true,
    reasoning:
      "With 10,000 trials a P90 is estimated to within about ±0.6 percentage points of probability (95% interval, ±1.96·√(0.9 × 0.1 ÷ 10,000)), and a call takes milliseconds. Use up to 100,000 for a final figure.",
  },
  {
    key: "SIM_SEED",
    value: 1,
    unit: "seed (whole number)",
    source: "",
    illustrative: true,
    reasoning:
      "Any fixed seed makes a workbook recalculate to the same figures on every machine. Try a few other seeds: if a percentile moves, run more trials.",
  },
];
