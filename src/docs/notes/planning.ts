import { FunctionNote } from "./note";
import { MONEY_NOTE } from "./section22";

export const PLANNING_NOTES: Record<string, FunctionNote> = {
  ALLOCATE: {
    examples: [
      { formula: "=SPR.ALLOCATE(10, {1;1;1})", says: "Three equal weights: the one unit left over goes to the first row (the tie-break)." },
      { formula: "=SPR.ALLOCATE(1000000, {41.98,58.02}, 0.01)", says: "A general contribution ratio of 41.98% of £1,000,000, to the penny." },
      { formula: "=SPR.ALLOCATE(25, {1500;1500;900;500;500;200})", says: "Quotas 7.35, 7.35, 4.41, 2.45, 2.45, 0.98: floors give 22; the 3 left go to the largest remainders (0.98, 0.45, 0.45)." },
      { formula: "=SPR.ALLOCATE(10, {8;1;1}, 1, {0;2;2})", says: "Minimums first: the two small parts are held at 2 each and the rest goes to the first." },
      {
        formula: '=SPR.ALLOCATE(SPR.STANDARD("PSU_NATIONAL_EW"), {1198.27;1117.9794;3081.42})',
        says: "Worked example: the 297 PSUs shared between the three North East forces pro rata to their officer FTE at 31 March 2019 (an illustration of the mechanics, not an NPoCC allocation).",
      },
      {
        formula: '=SPR.ALLOCATE(SPR.STANDARD("PSU_NATIONAL_EW"), {3552.5702;88443.57675})',
        says: "Worked example: a force's share of the 297 PSUs (paragraph 120a). Kent (3,552.57 officer FTE, 31 March 2019) against the other 40 forces outside London (88,443.58 FTE; that London's 75 PSUs are separate is the project's reading of 120a, assumption PSU_297_EXCLUDES_LONDON): quotas 297 × 3,552.5702 ÷ 91,996.14695 = 11.469 and 285.531; floors 11 + 285 = 296; the PSU left goes to the larger remainder, so Kent's share is 11 (SPR.NATIONALSHARE(\"Kent\", \"PSU\") gives the same over all 41 forces).",
      },
    ],
    notes: [
      "Method: largest remainder (Hamilton). Each part first gets the whole units of its exact quota (total × weight ÷ sum of weights); the units left over go one each to the largest fractional remainders. Ties go to the larger weight, then to the earlier cell (reading row by row).",
      "Minimums are honoured first: a part whose quota falls below its minimum is held at the minimum and the rest is shared again among the others.",
      "Arithmetic is exact: numbers are read as Excel shows them (15 significant digits), so a total in pounds with unit 0.01 sums to the penny. No part differs from its exact quota by a whole unit or more (without minimums).",
      MONEY_NOTE,
      "A force's share of a national requirement: =SPR.ALLOCATE(SPR.STANDARD(\"PSU_NATIONAL_EW\"), weights) over the weights the forces agree (officer FTE, population, a fixed ratio). Shares of a requirement are a planning choice, not an SPR figure.",
    ],
  },
  GAP: {
    examples: [
      { formula: "=SPR.GAP(12, 9)", says: "Three short." },
      { formula: "=SPR.GAP({12;8}, {9;10})", says: "Cell by cell: 3 short, 2 spare." },
      { formula: "=SPR.GAP(800000, 97959.18)", says: "Worked on the decimals given, exactly: 702,040.82 (=800000-97959.18 in floating point is 702040.8200000001). The Section 22 sheet nets grants off lines this way." },
    ],
    notes: ["The difference is worked exactly on the decimals given (their shortest form) and returned as the nearest number Excel holds, so money nets to the penny."],
  },
  RAG: {
    examples: [
      { formula: "=SPR.RAG({100;100;100}, {95;105;110})", says: "Short → RED; a surplus under 10% of required → AMBER; 10% or more → GREEN." },
      { formula: "=SPR.RAG(100, 104, 0.05)", says: "A tighter 5% margin." },
    ],
    notes: ["The amber margin is a planning assumption (RAG_AMBER_MARGIN, illustrative), not an SPR figure: set your own."],
  },
};
