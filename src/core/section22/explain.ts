/**
 * SPR.S22EXPLAIN: how one force's S22SHARE figure was reached, in words a finance officer can give a PCC: its weight
 * share, the fixed (equal) element, the proportional element, its exact share, and the rounding adjustment.
 */
import { pow10, excelDecimal } from "../decimal";
import { valueError } from "../errors";
import { formatRatio, percent, pounds, poundsRatio } from "./money";
import { Share, s22ShareUnits } from "./share";

function typed(x: number): string {
  const d = excelDecimal(x);
  return d.scale >= 0 ? formatRatio(d.digits, pow10(d.scale), d.scale).text : formatRatio(d.digits * pow10(-d.scale), 1n, 0).text;
}

/** A signed adjustment of num ÷ den units: "0.43p" under £1, else "£412.50". */
function adjustment(num: bigint, den: bigint, s: Share): string {
  const abs = num < 0n ? -num : num;
  const pence = formatRatio(abs * s.unit.digits * 100n, den * pow10(s.unit.scale), 2);
  if (abs * s.unit.digits * 100n < den * pow10(s.unit.scale) * 100n) return `${pence.text.replace(/\.00$/, "")}p`;
  return poundsRatio(abs, den, s.unit);
}

function isPenny(s: Share): boolean {
  return s.unit.digits === 1n && s.unit.scale === 2;
}

/** "pennies" / "units of £1,000". */
function unitsWord(s: Share, count?: bigint): string {
  if (isPenny(s)) return count === 1n ? "penny" : "pennies";
  return `${count === 1n ? "unit" : "units"} of ${pounds(1n, s.unit)}`;
}

/** What every force's sentence shares, worked out once so that explaining all n forces costs O(n), not O(n²). */
interface Leftovers {
  /** Units handed out beyond the whole units of the exact shares. */
  given: bigint;
  /** The remainders of the forces that took a leftover unit. */
  upRemainders: Set<bigint>;
}

function leftovers(s: Share): Leftovers {
  const { e, eSum } = s.basis;
  let given = 0n;
  const upRemainders = new Set<bigint>();
  s.units.forEach((u, k) => {
    const exact = s.totalUnits * e[k];
    const extra = u - exact / eSum;
    given += extra;
    if (extra > 0n) upRemainders.add(exact % eSum);
  });
  return { given, upRemainders };
}

/** Why a force rounded down got no leftover unit: larger remainders, or the tie-break (larger weight, earlier force). */
function passedOver(s: Share, i: number, one: boolean, l: Leftovers): string {
  if (!l.upRemainders.has((s.totalUnits * s.basis.e[i]) % s.basis.eSum))
    return one ? "a force with a larger remainder" : "forces with larger remainders";
  return `${one ? "a force" : "forces"} with a larger or equal remainder (on an equal remainder the larger weight goes first, then the earlier force)`;
}

export function explainShare(s: Share, weights: number[], i: number, l: Leftovers = leftovers(s)): string {
  const { basis, totalUnits: total, unit } = s;
  const n = BigInt(weights.length);
  const one = pow10(basis.fixedScale);
  const fd = basis.fixedDigits;
  const x = s.units[i];
  const out: string[] = [];
  out.push(`Force ${i + 1} of ${n} contributes ${pounds(x, unit)} of ${pounds(total, unit)}.`);
  out.push(
    `Its weight, ${typed(weights[i])}, is ${percent(basis.w[i], basis.weightSum)} of the total weight of ${formatRatio(basis.weightSum, pow10(basis.weightScale), basis.weightScale).text}.`,
  );
  if (fd === 0n) {
    out.push(`The whole total is shared in proportion to weight.`);
  } else {
    const restPart =
      fd === one
        ? ""
        : `; the other ${percent(one - fd, one)} (${poundsRatio(total * (one - fd), one, unit)}) is shared in proportion to weight, ${poundsRatio(total * (one - fd) * basis.w[i], one * basis.weightSum, unit)} to this force`;
    out.push(
      `Fixed element: ${percent(fd, one)} of the total (${poundsRatio(total * fd, one, unit)}) is split equally between the ${n} forces, ${poundsRatio(total * fd, one * n, unit)} each${restPart}.`,
    );
  }
  const exactNum = total * basis.e[i];
  const floor = exactNum / basis.eSum;
  const given = l.given;
  const diff = x * basis.eSum - exactNum;
  const one1 = given === 1n;
  const firstStep = `after every force took the whole ${unitsWord(s)} of its exact share, the ${given} leftover ${unitsWord(s, given)} went ${one1 ? "" : "one each "}to`;
  let rounding: string;
  if (diff === 0n) rounding = "which is exact: no rounding was needed.";
  else if (x > floor)
    rounding = `${adjustment(diff, basis.eSum, s)} above its exact share: ${firstStep} ${one1 ? "the force with the largest remainder, this one" : "the forces with the largest remainders, this force among them"}.`;
  else rounding = `${adjustment(diff, basis.eSum, s)} below its exact share: ${firstStep} ${passedOver(s, i, one1, l)}.`;
  out.push(
    `Its exact share is ${poundsRatio(exactNum, basis.eSum, unit)}; rounded to whole ${unitsWord(s)} so that the ${n} shares add up exactly to ${pounds(total, unit)}, it is ${pounds(x, unit)}, ${rounding}`,
  );
  return out.join(" ");
}

/** The sentence for one force (1-based `forceIndex`), or for every force when it is omitted. */
export function s22Explain(weights: number[], total: number, fixedFraction: number, unit: number, forceIndex?: number): string[] {
  const s = s22ShareUnits(weights, total, fixedFraction, unit);
  if (forceIndex === undefined) {
    const l = leftovers(s);
    return weights.map((_, i) => explainShare(s, weights, i, l));
  }
  if (!Number.isInteger(forceIndex) || forceIndex < 1 || forceIndex > weights.length) {
    throw valueError("force_index", `expected a whole number from 1 to ${weights.length} (one of the weights), got ${forceIndex}`);
  }
  return [explainShare(s, weights, forceIndex - 1)];
}
