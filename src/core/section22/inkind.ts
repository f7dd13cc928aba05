/**
 * SPR.INKIND: the value of the officers and staff a force seconds to its ROCU, offset against its cash
 * contribution in SPR.S22TABLE (SPR paragraph 84: contributions of officers, staff and funding).
 *
 *   in-kind = FTE seconded × cost per FTE, rounded to the unit (default the penny), halves away from zero.
 *
 * The product is exact (each number read as Excel shows it, at 15 significant digits), and only the result is rounded, once, so it can go straight into
 * SPR.S22TABLE's in_kind argument, which takes whole multiples of the unit.
 */
import { excelDecimal } from "../decimal";
import { checkUnits, multiply, roundToUnits, unitDecimal, unitsToNumber } from "./money";

export function inKindValue(fte: number, costPerFte: number, unit: number): number {
  const u = unitDecimal(unit);
  const units = roundToUnits(multiply(excelDecimal(fte), excelDecimal(costPerFte)), u);
  return unitsToNumber(checkUnits("cost_per_fte", units, u, `${costPerFte} per FTE × ${fte} FTE`), u);
}
