import { Assumption } from "./assumption";

/** Defaults of the Section 22 contribution functions (SPR paragraph 84 requires the contribution, not its basis). */
export const SECTION22_ASSUMPTIONS: Assumption[] = [
  {
    key: "S22_ROUNDING_UNIT",
    value: 0.01,
    unit: "GBP",
    source: "Currency: one penny, the smallest unit of sterling (Coinage Act 1971, s. 1)",
    illustrative: false,
    reasoning:
      "Contributions are invoiced to the penny, so shares are whole pence that add up exactly to the budget. Use 1 for whole pounds.",
  },
  {
    key: "S22_FIXED_FRACTION",
    value: 0,
    unit: "fraction of the total",
    source: "",
    illustrative: true,
    reasoning:
      "No equal fixed element unless the force's Section 22 agreement sets one: the default shares everything in proportion to the weights. Agreements differ; enter yours.",
  },
];
