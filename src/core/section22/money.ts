/**
 * Exact money arithmetic for the Section 22 tables, on top of ../decimal: amounts read as whole multiples of a
 * rounding unit (pence by default), exact products, rounding half away from zero, and plain-English formatting.
 */
import { Decimal, commonScale, exactQuotient, pow10, timesUnit, toDecimal } from "../decimal";
import { valueError } from "../errors";

/** A rounding unit read as the decimal typed; must be > 0. */
export function unitDecimal(unit: number): Decimal {
  if (!(unit > 0) || !Number.isFinite(unit)) throw valueError("unit", `expected a number > 0, got ${unit}`);
  return toDecimal(unit);
}

/** `amount` as a whole number of `unit`s, or a #VALUE! naming the argument when it is not a whole multiple. */
export function wholeUnits(name: string, amount: number, unit: Decimal, where = ""): bigint {
  const q = exactQuotient(toDecimal(amount), unit);
  if (q === null) throw valueError(name, `expected a whole multiple of unit ${unitText(unit)}, got ${amount}${where}`);
  return q;
}

/** Every amount of a list in whole units, checked ≥ 0, errors naming the argument and the item. */
export function wholeUnitsList(name: string, amounts: number[], unit: Decimal): bigint[] {
  return amounts.map((a, k) => {
    const where = amounts.length > 1 ? ` (item ${k + 1})` : "";
    if (!(a >= 0)) throw valueError(name, `expected a number ≥ 0, got ${a}${where}`);
    return wholeUnits(name, a, unit, where);
  });
}

export function unitText(unit: Decimal): string {
  return String(timesUnit(1n, unit));
}

export function unitsToNumber(units: bigint, unit: Decimal): number {
  return timesUnit(units, unit);
}

export function decimalToNumber(d: Decimal): number {
  return timesUnit(d.digits, { digits: 1n, scale: d.scale });
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { digits: a.digits * b.digits, scale: a.scale + b.scale };
}

/** Integer division rounding half away from zero (den > 0). */
export function divideRounded(num: bigint, den: bigint): bigint {
  const q = (2n * (num < 0n ? -num : num) + den) / (2n * den);
  return num < 0n ? -q : q;
}

/** `value` rounded to the nearest whole number of `unit`s, halves away from zero (as Excel's ROUND). */
export function roundToUnits(value: Decimal, unit: Decimal): bigint {
  const { ints } = commonScale([value, unit]);
  return divideRounded(ints[0], ints[1]);
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * num ÷ den written with `decimals` places (rounded half away from zero) and thousands separators; `exact` says
 * whether the figure shown is the exact value.
 */
export function formatRatio(num: bigint, den: bigint, decimals: number): { text: string; exact: boolean } {
  const scaled = num * pow10(decimals);
  const rounded = divideRounded(scaled, den);
  const exact = rounded * den === scaled;
  const neg = rounded < 0n;
  const digits = (neg ? -rounded : rounded).toString().padStart(decimals + 1, "0");
  const intPart = digits.slice(0, digits.length - decimals);
  const frac = decimals > 0 ? "." + digits.slice(digits.length - decimals) : "";
  return { text: `${neg ? "-" : ""}${group(intPart)}${frac}`, exact };
}

/** Decimal places a unit shows: 2 for 0.01, 0 for 1 or 1000. */
export function placesOf(unit: Decimal): number {
  return Math.max(unit.scale, 0);
}

/** "£1,234.56" for a whole number of units. */
export function pounds(units: bigint, unit: Decimal): string {
  return poundsRatio(units, 1n, unit);
}

/**
 * num ÷ den units in pounds: at the unit's places when that is exact ("£200,000.00"), else with `extraPlaces` more
 * and "…" when even those do not show it exactly ("£66,666.6667…").
 */
export function poundsRatio(num: bigint, den: bigint, unit: Decimal, extraPlaces = 2): string {
  const { ints, scale } = commonScale([{ digits: num * unit.digits, scale: unit.scale }]);
  const places = placesOf(unit);
  let f = formatRatio(ints[0], den * pow10(scale), places);
  if (!f.exact) f = formatRatio(ints[0], den * pow10(scale), places + extraPlaces);
  const sign = f.text.startsWith("-") ? "-" : "";
  return `${sign}£${f.text.slice(sign.length)}${f.exact ? "" : "…"}`;
}

/** A share num ÷ den as a percentage with up to four decimal places, trailing zeros dropped: "41.98%". */
export function percent(num: bigint, den: bigint): string {
  const f = formatRatio(num * 100n, den, 4);
  const t = f.text.includes(".") ? f.text.replace(/0+$/, "").replace(/\.$/, "") : f.text;
  return `${f.exact ? "" : "about "}${t}%`;
}
