// The cost of closing a gap of public-order officers, worked by hand from the employer cost of one officer a year (E,
// the force workbook's own Costs sheet, so these figures follow whatever pay table it uses): once, each officer is
// recruited (RECRUITMENT_COST £2,000), trained (COURSE_COST_PSU £1,000) and spends 5 days on the course
// (COURSE_DAYS_PSU) at E ÷ 261 working days (WORKING_DAYS_PER_YEAR); then E every year. In pence, rounded once.
import { LayoutContext } from "../../src/workbook/layout/context";

/** The employer cost of one officer a year on a laid-out workbook's Costs sheet, in pence. */
export function employPence(ctx: LayoutContext): bigint {
  return BigInt(Math.round((ctx.lookup("costs.employ").values[0][0] as number) * 100));
}

/** Closing a gap of `officers` public-order officers: [once, a year] in pence. */
export function psuGapPence(officers: number, employ: bigint): [bigint, bigint] {
  const n = BigInt(officers);
  const num = n * ((2_000n + 1_000n) * 100n * 261n + 5n * employ); // pence × 261
  return [(2n * num + 261n) / (2n * 261n), n * employ];
}

/** Pence as the statement writes pounds: "£1,861,063.19". */
export function gbp(pence: bigint): string {
  const sign = pence < 0n ? "-" : "";
  const p = pence < 0n ? -pence : pence;
  return `${sign}£${(p / 100n).toLocaleString("en-GB")}.${String(p % 100n).padStart(2, "0")}`;
}

/** Pence as a workbook cell holds pounds. */
export function pounds(pence: bigint): number {
  return Number(pence) / 100;
}
