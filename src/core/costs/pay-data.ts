/**
 * Police officer basic pay by rank and pay point (England and Wales, outside London), dated row by row, copied from
 * data/pay-scales.csv in this repository (a test checks the two agree). Only figures read from a public page are
 * shipped: where no pay point of a rank could be confirmed (sergeants, superintending ranks) the rank has no rows and
 * SPR.PAY asks for the force's own figure rather than guess. The 2025/26 award (4.2% from 1 September 2025, PRRB
 * eleventh report, accepted by the Home Secretary) is not yet applied to these rows: it is the default pay award.
 */
export interface PayPoint {
  rank: string;
  point: number;
  /** Basic annual pay in pounds. */
  salary: number;
  /** The date the figure took effect (ISO). */
  effectiveFrom: string;
  source: string;
}

const FED_INSPECTORS =
  "Police Federation of England and Wales, Inspector pay scales (outside London), with effect from 01/09/2023, polfed.org/pay/inspector-pay-scales/";
const FED_CHIEF_INSPECTORS =
  "Police Federation of England and Wales, Chief Inspector pay scales (outside London), with effect from 01/09/2023, polfed.org/pay/inspector-pay-scales/";
const CONSTABLES_2024 = (point: number, pounds: string) =>
  `Secondary source: para-bd.com, Police pay scales 2024/25 (4.75% award from 1 September 2024): constable pay point ${point} £${pounds}; Home Office Annex F (Circular 003/2025) holds the official table`;

export const PAY_SCALES: readonly PayPoint[] = [
  { rank: "constable", point: 1, salary: 29907, effectiveFrom: "2024-09-01", source: CONSTABLES_2024(1, "29,907") },
  { rank: "constable", point: 7, salary: 48231, effectiveFrom: "2024-09-01", source: CONSTABLES_2024(7, "48,231") },
  { rank: "inspector", point: 0, salary: 58422, effectiveFrom: "2023-09-01", source: FED_INSPECTORS },
  { rank: "inspector", point: 1, salary: 60015, effectiveFrom: "2023-09-01", source: FED_INSPECTORS },
  { rank: "inspector", point: 2, salary: 61602, effectiveFrom: "2023-09-01", source: FED_INSPECTORS },
  { rank: "inspector", point: 3, salary: 63198, effectiveFrom: "2023-09-01", source: FED_INSPECTORS },
  { rank: "chief inspector", point: 1, salary: 64449, effectiveFrom: "2023-09-01", source: FED_CHIEF_INSPECTORS },
  { rank: "chief inspector", point: 2, salary: 65703, effectiveFrom: "2023-09-01", source: FED_CHIEF_INSPECTORS },
  { rank: "chief inspector", point: 3, salary: 67017, effectiveFrom: "2023-09-01", source: FED_CHIEF_INSPECTORS },
];
