/**
 * Largest-remainder apportionment (the Hamilton method): share a total in whole multiples of a unit, in proportion
 * to weights, so the parts add up exactly to the total.
 *
 * 1. Per-part minimums are honoured first: a part whose proportional share would fall below its minimum is fixed at
 *    the minimum and the rest is shared again among the others, until no share falls below its minimum.
 * 2. Each remaining part gets the whole units of its exact quota (quota = rest × weight ÷ sum of weights).
 * 3. The units left over go one each to the largest fractional remainders. Ties: the larger weight first, then the
 *    earlier position in the list.
 * All arithmetic is exact (BigInt over each number as Excel shows it, at 15 significant digits: see
 * ./section22/money), so no part ever strays more than one unit from its exact quota and the sum is the total to the
 * last penny. A total too large to stay exact in 15 significant digits is refused.
 */
import { commonScale, excelDecimal, timesUnit } from "./decimal";
import { valueError } from "./errors";
import { checkParts, unitDecimal, wholeUnits, wholeUnitsList } from "./section22/money";

/**
 * The order in which leftover units are handed out: the larger remainder first, then the larger weight, then the
 * earlier position. Negative when part a comes before part b. Exported so every apportionment built on this one
 * (the Section 22 tables) breaks ties the same documented way.
 */
export function compareRemainders(remA: bigint, weightA: bigint, posA: number, remB: bigint, weightB: bigint, posB: number): number {
  if (remA !== remB) return remB > remA ? 1 : -1;
  if (weightA !== weightB) return weightB > weightA ? 1 : -1;
  return posA - posB;
}

/** The core method on whole units. `weights` are exact integers (already scaled); minimums in units. */
export function apportionUnits(totalUnits: bigint, weights: bigint[], minimums?: bigint[]): bigint[] {
  const n = weights.length;
  const mins = minimums ?? weights.map(() => 0n);
  const parts = new Array<bigint>(n).fill(0n);
  const pinned = new Array<boolean>(n).fill(false);

  // Step 1: pin parts whose quota would fall below their minimum, until stable.
  for (;;) {
    let rest = totalUnits;
    let weightSum = 0n;
    for (let i = 0; i < n; i++) {
      if (pinned[i]) rest -= mins[i];
      else weightSum += weights[i];
    }
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (pinned[i] || mins[i] === 0n) continue;
      // quota < min  ⇔  rest × w < min × weightSum
      if (weightSum === 0n || rest * weights[i] < mins[i] * weightSum) {
        pinned[i] = true;
        changed = true;
      }
    }
    if (changed) continue;
    if (weightSum === 0n && rest > 0n) throw valueError("weights", "leave nothing to share the rest of the total by once minimums are met");

    // Steps 2 and 3 over the free parts.
    const remainders: { i: number; num: bigint }[] = [];
    let given = 0n;
    for (let i = 0; i < n; i++) {
      if (pinned[i]) {
        parts[i] = mins[i];
        continue;
      }
      if (weightSum === 0n) continue;
      const product = rest * weights[i];
      parts[i] = product / weightSum;
      given += parts[i];
      remainders.push({ i, num: product % weightSum });
    }
    let left = rest - given;
    remainders.sort((a, b) => compareRemainders(a.num, weights[a.i], a.i, b.num, weights[b.i], b.i));
    for (const r of remainders) {
      if (left <= 0n) break;
      parts[r.i] += 1n;
      left -= 1n;
    }
    return parts;
  }
}

/**
 * Shares `total` in multiples of `unit` in proportion to `weights` (all ≥ 0, not all 0), honouring `minimums`.
 * Arguments are named as the Excel function names them, so errors point at the right one.
 */
export function allocate(total: number, weights: number[], unit = 1, minimums?: number[]): number[] {
  const unitD = unitDecimal(unit);
  if (!(total >= 0)) throw valueError("total", `expected a number ≥ 0, got ${total}`);
  if (weights.length === 0) throw valueError("weights", "expected at least one weight");
  checkParts("weights", weights.length);
  if (weights.some((w) => !(w >= 0))) throw valueError("weights", "expected numbers ≥ 0 (a negative weight has no share)");
  const totalUnits = wholeUnits("total", total, unitD);

  let minUnits: bigint[] | undefined;
  if (minimums) {
    if (minimums.length !== weights.length)
      throw valueError("minimums", `expected one minimum per weight (${weights.length}), got ${minimums.length}`);
    minUnits = wholeUnitsList("minimums", minimums, unitD);
    const need = minUnits.reduce((a, b) => a + b, 0n);
    if (need > totalUnits)
      throw valueError("minimums", `add up to more than total (${timesUnit(need, unitD)} > ${timesUnit(totalUnits, unitD)})`);
  }
  const { ints } = commonScale(weights.map(excelDecimal));
  const weightSum = ints.reduce((a, b) => a + b, 0n);
  const minSum = minUnits ? minUnits.reduce((a, b) => a + b, 0n) : 0n;
  if (weightSum === 0n && totalUnits > minSum) throw valueError("weights", "are all zero, so there is nothing to share the total by");
  return apportionUnits(totalUnits, ints, minUnits).map((p) => timesUnit(p, unitD));
}
