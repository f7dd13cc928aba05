/**
 * Shortfall and RAG rating: the two verdicts every capacity sheet ends in.
 */
import { valueError } from "./errors";

/** Required minus available: positive is a shortfall, negative a surplus. */
export function gap(required: number, available: number): number {
  const g = required - available;
  return g === 0 ? 0 : g;
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
