import { Assumption } from "./assumption";

/** Assumptions used across capabilities. */
export const GENERAL_ASSUMPTIONS: Assumption[] = [
  {
    key: "RAG_AMBER_MARGIN",
    value: 0.1,
    unit: "fraction of required",
    source: "",
    illustrative: true,
    reasoning: "A surplus under 10% of the requirement is flagged AMBER: one abstraction-heavy week can erase it. Forces set their own tolerance.",
  },
];
