import { FunctionNote } from "./note";

const TARIAN = "{1144.69;1308.43;2986.47}"; // Dyfed-Powys, Gwent, South Wales: officer FTE at 31 March 2019

/** How every money function (ALLOCATE and the Section 22 functions) reads its numbers: one note, shown on each. */
export const MONEY_NOTE =
  "Money is read as Excel shows it: each amount, weight, rate and unit is taken at 15 significant digits (Excel's precision) before it is checked against the unit, so a figure computed in Excel such as =3120000*1.031 (3216719.9999999995 in binary) is £3,216,720.00. A value still not a whole multiple of the unit at that precision is refused, naming the argument. An amount (or a sum of line costs or in-kind values) must have at most 15 digits down to the unit's places, £9,999,999,999,999.99 at the penny, so that it and every share of it can be shown exactly; larger ones are refused rather than answered inexactly. At most 10,000 weights (parts, forces or cells) per call.";

export const SECTION22_NOTES: Record<string, FunctionNote> = {
  S22SHARE: {
    examples: [
      { formula: "=SPR.S22SHARE({41.98,58.02}, 1000000)", says: "A fixed general contribution ratio of 41.98% of £1,000,000: £419,800.00 and £580,200.00." },
      { formula: `=SPR.S22SHARE(${TARIAN}, 1000000)`, says: "TARIAN's three forces pro rata to officer FTE (31 March 2019). Floors leave 2p, which go to the largest remainders (Gwent .94p, Dyfed-Powys .60p)." },
      { formula: `=SPR.S22SHARE(${TARIAN}, 1000000, 0.2)`, says: "The same with a 20% equal element: a fixed £66,666.666… each plus 80% pro rata, the combined share rounded once." },
      { formula: "=SPR.S22SHARE({1;1;2}, 100, 0.2)", says: "Exact shares £26.6667, £26.6667, £46.6667 all leave ⅔p: the 2 leftover pennies go to the larger weight, then the earlier force." },
      { formula: "=SPR.S22SHARE({1;3}, 3216719.9999999995)", says: "A total computed in Excel as =3120000*1.031 is read as Excel shows it, £3,216,720.00: £804,180.00 and £2,412,540.00." },
    ],
    notes: [
      "Method: each force's exact share is total × fixed_fraction ÷ n + total × (1 − fixed_fraction) × weight ÷ sum of weights, worked out exactly (numbers read as Excel shows them). The combined share is rounded once, by largest remainder (as SPR.ALLOCATE): every force gets the whole pennies of its exact share and the pennies left over go one each to the largest remainders; ties go to the larger weight, then the earlier force.",
      "So the shares add up exactly to total and no force is a penny or more from its exact share. Rounding the equal and proportional parts separately could put a force up to two pennies out; this never does.",
      "total must be a whole multiple of unit (you cannot share £10.005 in whole pennies). A weight of 0 pays nothing unless there is a fixed element. The basis (FTE, net revenue expenditure, funding formula share, population or a fixed ratio) is the agreement's choice, not an SPR figure: SPR paragraph 84 requires the contribution, varying by region and force size.",
      MONEY_NOTE,
    ],
  },
  S22TABLE: {
    examples: [
      {
        formula: `=SPR.S22TABLE(${TARIAN}, {600000,250000,150000},, {0;300000;0},, TRUE)`,
        says: "TARIAN's lines pro rata to FTE. Each line sums to its cost and each total is the force's S22SHARE of £1,000,000 (line by line, South Wales would have paid a penny too much and Dyfed-Powys a penny too little). Gwent's £300,000 of seconded officers exceed its share: a credit of £59,461.65, flagged.",
      },
      { formula: "=SPR.S22TABLE({1;1;1}, {0.01,0.01,0.01})", says: "Three lines of 1p: per-line rounding would give all three pennies to force 1; the table gives each force one." },
      { formula: "=SPR.S22TABLE({3;3;2;2;2}, {0.06,0.04},,,, TRUE)", says: "A rare table where no rounding keeps every cell within a penny of exact and every total at its S22SHARE figure: two forces differ by 1p, and the flag says so." },
    ],
    notes: [
      "Columns: one per budget line, then Total, In-kind, Cash due (total − in-kind) and Flag. With show_headers TRUE: a header row, a Force column and a closing Total row, ready to paste into a report. The shape never depends on the data, so formulas can point at it.",
      "Rounding (controlled rounding): every cell is its exact share rounded down or up; every line adds up exactly to its cost; every force's total is its exact share of the whole budget rounded down or up, and is the figure SPR.S22SHARE gives for the budget total whenever any such table allows it. The pennies left over go to the cells with the largest remainders first (ties: larger weight, earlier force, earlier line). When rounding each line on its own already gives every force its S22SHARE total, that is the table.",
      "Flags: \"OK\" when there is nothing to flag; \"CREDIT: in-kind exceeds share\" where the cash due is negative; \"ROUNDING: …\" on the rare force whose total had to differ from its S22SHARE figure by one unit (it takes small, particular weights and costs: none of the thousands of sample tables built on the 43 forces' officer FTE needed it).",
      "Line costs and in-kind values must be whole multiples of unit: use SPR.INKIND, which rounds to the penny. Subtract grants from a line before sharing it (SPR.GAP nets exactly); a negative cost is refused.",
      MONEY_NOTE + " A table has at most 50,000 cells (forces × lines).",
    ],
  },
  INKIND: {
    examples: [
      { formula: "=SPR.INKIND({2.5;1;0}, 61234.57)", says: "2.5 × £61,234.57 = £153,086.425, rounded half away from zero to £153,086.43." },
      { formula: "=SPR.INKIND({2;1.5}, {58000;72500.5})", says: "A cost per force: £116,000.00 and £108,750.75." },
    ],
    notes: ["Cost per FTE is the force's own full cost of a seconded officer or staff member (pay, on-costs, overheads as the agreement defines them): there is no default. The product is exact and rounded once, so it can go straight into SPR.S22TABLE's in_kind.", MONEY_NOTE],
  },
  S22POSTS: {
    examples: [
      { formula: "=SPR.S22POSTS({1163.92;1446.72;3070.9465;2008.667;3552.5702;1609.12;1172.08}, 50)", says: "An ERSOU uplift of 50 posts pro rata to officer FTE (Bedfordshire … Suffolk): quotas 4.15, 5.16, 10.95, 7.16, 12.67, 5.74, 4.18." },
      { formula: `=SPR.S22POSTS(${TARIAN}, 12, {2;2;2})`, says: "Twelve posts with at least two from each force." },
    ],
    notes: ["Largest remainder in whole posts, minimums first (as SPR.ALLOCATE with unit 1). SPR paragraph 77 records the ROCU network's growth of 725 officers (ROCU_GROWTH_OFFICERS) and 124 fraud posts (ROCU_FRAUD_POSTS).", MONEY_NOTE],
  },
  UPLIFT: {
    examples: [
      { formula: "=SPR.UPLIFT(1000000, {0.025,0.03,0.02})", says: "£1m uplifted by 2.5%, then 3%, then 2%: 1,025,000, 1,055,750, 1,076,865 exactly." },
      { formula: "=SPR.UPLIFT(333.33, {0.015;0.015}, 0.01)", says: "A column of rates gives a column; with a unit each year is rounded from the exact projection (338.32995 → 338.33; 343.40489925 → 343.40)." },
      { formula: "=SPR.UPLIFT(3120000, {0.031,0.025})", says: "Exact: 3,216,720 and 3,297,138, where =3120000*1.031*1.025 in floating point is 3297137.999999999." },
    ],
    notes: [
      "Year k = amount × (1 + rate_1) × … × (1 + rate_k), one value per rate (the starting year itself is not repeated). Rates are fractions: 0.025 for 2.5%; a rate above 1 (100%) is refused as a likely percentage typed as a whole number.",
      "Not rounded by default: the compounding is exact. With a unit, each year is rounded on its own, so the rounding never compounds. The rates (pay awards, inflation) are the force's planning assumptions, not SPR figures.",
      "At most 1,000 rates (years) per call: the exact projection gains up to 17 digits a year, so the work grows with the square of the years. With a unit, a year's figure must stay within 15 digits at the unit's places (£9,999,999,999,999.99 at the penny). Amount and rates are read as Excel shows them (15 significant digits).",
    ],
  },
  S22EXPLAIN: {
    examples: [
      { formula: `=SPR.S22EXPLAIN(${TARIAN}, 1000000, 0.2,, 2)`, says: "Gwent's share with a 20% equal element, in words." },
      { formula: "=SPR.S22EXPLAIN({1;1;2}, 100, 0.2,, 2)", says: "A force that lost the leftover penny on the tie-break." },
    ],
    notes: ["Give the same arguments as SPR.S22SHARE, read the same way (as Excel shows them). Without force_index, one sentence per force spills in the shape of weights (at most 10,000 forces). Amounts the sentence cannot show exactly end in \"…\"."],
  },
};
