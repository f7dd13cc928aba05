/**
 * SPR.UPLIFT: a multi-year projection of a contribution or budget line, compounded by each year's rate (pay award,
 * inflation):
 *
 *   value in year k = amount × (1 + rate_1) × (1 + rate_2) × … × (1 + rate_k)
 *
 * One value per rate. The compounding is exact (decimals as typed, BigInt digits), so no rounding creeps in from
 * year to year. With a unit, each year's figure is rounded to it on its own (halves away from zero) from the exact
 * projection: a rounded year is never the base of the next, so the rounding never compounds.
 */
import { Decimal, pow10, toDecimal } from "../decimal";
import { valueError } from "../errors";
import { decimalToNumber, multiply, roundToUnits, unitDecimal, unitsToNumber } from "./money";

export function uplift(amount: number, rates: number[], unit?: number): number[] {
  const u = unit === undefined ? undefined : unitDecimal(unit);
  let value: Decimal = toDecimal(amount);
  return rates.map((r, k) => {
    if (!(r > -1 && r <= 1)) throw valueError("rates", `expected a number > -1 and ≤ 1 (a fraction: 0.025 for 2.5%), got ${r}${rates.length > 1 ? ` (item ${k + 1})` : ""}`);
    const d = toDecimal(r);
    value = multiply(value, { digits: pow10(d.scale) + d.digits, scale: d.scale }); // 1 + r (r ≤ 1, so scale ≥ 0)
    return u ? unitsToNumber(roundToUnits(value, u), u) : decimalToNumber(value);
  });
}
