import { Assumption } from "./assumption";

/** Assumptions used across capabilities. */
export const GENERAL_ASSUMPTIONS: Assumption[] = [
  {
    key: "RAG_AMBER_MARGIN",
    value: 0.1,
    unit: "fraction of required",
    source: "",
    illustrative: true,
    reasoning:
      "A surplus under 10% of the requirement is flagged AMBER: one abstraction-heavy week can erase it. Forces set their own tolerance.",
  },
  {
    key: "CHECK_TOLERANCE",
    value: 0.25,
    unit: "fraction of the derived figure",
    source: "",
    illustrative: true,
    reasoning:
      "How far a plan's figure may stray from the one derived from published officer numbers (a national share, a Section 22 weight on an officer basis) before the Checks block warns: a quarter either way allows for growth since the dated FTE and for agreed adjustments, and still catches a typing slip or another force's figure. Set your own.",
  },
];
