/**
 * Shortfall and RAG rating: the two verdicts every capacity sheet ends in.
 */
import { commonScale, scaledToNumber, toDecimal } from "./decimal";
import { valueError } from "./errors";

/**
 * Required minus available: positive is a shortfall, negative a surplus. Worked exactly on the decimals given (their
 * shortest form) and returned as the nearest double, so money nets to the penny: £800,000 − £97,959.18 is
 * £702,040.82, where floating point gives 702040.8200000001. Whole numbers (the common case) need no decimals.
 */
export function gap(required: number, available: number): number {
  if (Number.isSafeInteger(required) && Number.isSafeInteger(available)) {
    const g = required - available; // one correctly rounded operation on exact whole numbers
    return g === 0 ? 0 : g;
  }
  const { ints, scale } = commonScale([toDecimal(required), toDecimal(available)]);
  return scaledToNumber(ints[0] - ints[1], scale);
}

export type Rag = "RED" | "AMBER" | "GREEN";

/**
 * RED where available falls short of required; AMBER where the surplus is less than `amberMargin` × required;
 * otherwise GREEN. With nothing required, any capacity is GREEN.
 */
export function rag(required: number, available: number, amberMargin: number): Rag {
  if (amberMargin < 0) throw valueError("amber_margin", `expected a fraction ≥ 0, got ${amberMargin}`);
  if (available < required) return "RED";
  if (available - required < amberMargin * required) return "AMBER";
  return "GREEN";
}
