/**
 * SPR.PAY: basic pay for a rank at a pay point from the shipped, dated pay table (./pay-data, data/pay-scales.csv).
 * The point defaults to the top of the scale the table holds; a rank or point the table does not hold is refused
 * with what it does hold, so the user enters the force's own figure rather than get a guess.
 */
import { Cell } from "../cell";
import { valueError } from "../errors";
import { PAY_SCALES, PayPoint } from "./pay-data";

/** The ranks SPR.PAY knows, from constable to chief superintendent (the ranks the pay award covers). */
export const RANKS = ["constable", "sergeant", "inspector", "chief inspector", "superintendent", "chief superintendent"] as const;
export type Rank = (typeof RANKS)[number];

function pointsOf(rank: Rank): PayPoint[] {
  return PAY_SCALES.filter((p) => p.rank === rank).sort((a, b) => a.point - b.point);
}

/** The pay point of a rank: the given point, or the top one the table holds. */
export function payPoint(rank: Rank, point?: number): PayPoint {
  const points = pointsOf(rank);
  if (points.length === 0) {
    throw valueError(
      "rank",
      `no ${rank} pay point could be confirmed from a public source, so none is shipped; enter your force's ${rank} salary instead (see SPR.PAYSCALES)`,
    );
  }
  if (point === undefined) return points[points.length - 1];
  const hit = points.find((p) => p.point === point);
  if (!hit)
    throw valueError(
      "point",
      `expected one of the ${rank} pay points shipped (${points.map((p) => p.point).join(", ")}), got ${point}; enter your force's own figure for others`,
    );
  return hit;
}

export const PAY_HEADER = ["Rank", "Pay point", "Basic pay (£ a year)", "Effective from", "Source"];

/** The whole shipped pay table with its header. */
export function payTable(): Cell[][] {
  return [PAY_HEADER, ...PAY_SCALES.map((p) => [p.rank, p.point, p.salary, p.effectiveFrom, p.source])];
}
