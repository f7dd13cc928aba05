/**
 * Conducted energy device (CED, Taser) trained officers the force's Strategic Threat and Risk Assessment calls for
 * (SPR paragraph 156.2): the officers in each role times the share of that role the STRA says should carry CED,
 * summed. All AFOs are CED-trained, so their share is 1. No share is assumed: the force gives every one.
 *
 * The sum is exact: each figure is read as the decimal typed (0.3 is three tenths) and multiplied in whole numbers,
 * so 850 officers at 0.3 is 255, not 254.99999999999997.
 */
import { commonScale, timesUnit, toDecimal } from "../decimal";

export function cedRequired(officers: readonly number[], shares: readonly number[]): number {
  const products = officers.map((n, i) => {
    const a = toDecimal(n);
    const b = toDecimal(shares[i]);
    return { digits: a.digits * b.digits, scale: a.scale + b.scale };
  });
  const { ints, scale } = commonScale(products);
  const total = ints.reduce((s, x) => s + x, 0n);
  return timesUnit(total, { digits: 1n, scale });
}
