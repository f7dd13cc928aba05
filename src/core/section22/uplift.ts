/**
 * SPR.UPLIFT: a multi-year projection of a contribution or budget line, compounded by each year's rate (pay award,
 * inflation):
 *
 *   value in year k = amount × (1 + rate_1) × (1 + rate_2) × … × (1 + rate_k)
 *
 * One value per rate. The compounding is exact (each number read as Excel shows it, at 15 significant digits; BigInt
 * digits), so no rounding creeps in from year to year. With a unit, each year's figure is rounded to it on its own
 * (halves away from zero) from the exact projection: a rounded year is never the base of the next, so the rounding
 * never compounds.
 */
import { excelDecimal, pow10, scaledToNumber } from "../decimal";
import { valueError } from "../errors";
import { checkUnits, divideRounded, unitDecimal, unitsToNumber } from "./money";

/**
 * The most rates (years) one projection takes. The exact value gains up to 17 digits a year (a rate read at 15
 * significant digits), so the work grows with the square of the years: 1,000 years of such rates take about 0.1 s
 * (bench/section22.bench.js); beyond that a recalculation would seem to hang.
 */
export const MAX_RATES = 1000;

export function uplift(amount: number, rates: number[], unit?: number, amountName = "amount"): number[] {
  const u = unit === undefined ? undefined : unitDecimal(unit);
  if (rates.length > MAX_RATES)
    throw valueError(
      "rates",
      `expected at most ${MAX_RATES.toLocaleString("en-GB")} rates (one per year), got ${rates.length.toLocaleString("en-GB")}`,
    );
  const start = excelDecimal(amount);
  // value = digits × 10^-scale, with ten = 10^scale kept as we go so each year costs time linear in its digits
  let digits = start.scale >= 0 ? start.digits : start.digits * pow10(-start.scale);
  let scale = Math.max(start.scale, 0);
  let ten = pow10(scale);
  return rates.map((r, k) => {
    const item = rates.length > 1 ? ` (item ${k + 1})` : "";
    if (!(r > -1 && r <= 1)) throw valueError("rates", `expected a number > -1 and ≤ 1 (a fraction: 0.025 for 2.5%), got ${r}${item}`);
    const d = excelDecimal(r); // r ≤ 1, so d.scale ≥ 0
    const step = pow10(d.scale);
    digits *= step + d.digits; // × (1 + r)
    scale += d.scale;
    ten *= step;
    if (!u) return scaledToNumber(digits, scale, ten);
    const units = divideRounded(digits * pow10(u.scale), ten * u.digits);
    return unitsToNumber(
      checkUnits(amountName, units, u, `${amount}, which grows to ${scaledToNumber(digits, scale, ten)} by year ${k + 1}`),
      u,
    );
  });
}
