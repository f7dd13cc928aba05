/**
 * Exact money arithmetic for ALLOCATE and the Section 22 functions, on top of ../decimal: amounts read as Excel shows
 * them (15 significant digits) and as whole multiples of a rounding unit (pence by default), exact products, rounding
 * half away from zero, and plain-English formatting.
 *
 * How money is read: each number is taken at 15 significant digits, Excel's precision (so `=3120000*1.031`, stored as
 * 3216719.9999999995, is £3,216,720.00), then checked against the unit. An amount is exact only while every multiple
 * of the unit up to it can be shown in 15 significant digits: at most 999,999,999,999,999 of the unit's last decimal
 * place (£9,999,999,999,999.99 at the penny). Larger amounts are refused, never shared inexactly.
 */
import { Decimal, EXCEL_DIGITS, commonScale, excelDecimal, exactQuotient, pow10, timesUnit } from "../decimal";
import { valueError } from "../errors";

/**
 * The most parts one money function shares or values in a call (weights, forces, in-kind cells). A ROCU has at most
 * 7 forces and England and Wales 43; 10,000 parts take about 0.1 s to share and 1 s to explain force by force
 * (bench/section22.bench.js), beyond which a recalculation would seem to hang.
 */
export const MAX_PARTS = 10_000;

/** One penny, the unit every cost is rounded to (see the S22_ROUNDING_UNIT assumption for Section 22's own unit). */
export const PENNY: Decimal = { digits: 1n, scale: 2 };

/** Refuses more than MAX_PARTS values in an argument, naming it. */
export function checkParts(name: string, count: number): void {
  if (count > MAX_PARTS)
    throw valueError(name, `expected at most ${MAX_PARTS.toLocaleString("en-GB")} values, got ${count.toLocaleString("en-GB")}`);
}

/** A rounding unit read as Excel shows it, at a scale ≥ 0 (1000 is 1000 × 10^0); must be > 0. */
export function unitDecimal(unit: number): Decimal {
  if (!(unit > 0) || !Number.isFinite(unit)) throw valueError("unit", `expected a number > 0, got ${unit}`);
  const d = excelDecimal(unit);
  return d.scale >= 0 ? d : { digits: d.digits * pow10(-d.scale), scale: 0 };
}

/**
 * The most units an amount may hold so that it, and every share of it, has at most 15 digits at the unit's decimal
 * places, so Excel shows it exactly: 999,999,999,999,999 pence at the penny, 999,999,999,999 units of £1,000.
 */
export function maxUnits(unit: Decimal): bigint {
  return (pow10(EXCEL_DIGITS) - 1n) / unit.digits;
}

function limitText(unit: Decimal): string {
  return `${unitsText(maxUnits(unit), unit)}, the most that stays exact to unit ${unitText(unit)} in Excel's 15 significant digits`;
}

/**
 * Refuses a whole number of units beyond maxUnits (either sign), naming the argument: an amount typed (`got` is what
 * the user gave) or, without `got`, a sum of the argument's amounts.
 */
export function checkUnits(name: string, units: bigint, unit: Decimal, got?: string): bigint {
  const max = maxUnits(unit);
  if (units <= max && -units <= max) return units;
  if (got !== undefined) throw valueError(name, `expected at most ${limitText(unit)}; got ${got}`);
  throw valueError(name, `add up to ${unitsText(units, unit)}, more than ${limitText(unit)}`);
}

/**
 * `amount` read as Excel shows it, as a whole number of `unit`s; a #VALUE! naming the argument when it is not a
 * whole multiple at that precision or is too large to stay exact.
 */
export function wholeUnits(name: string, amount: number, unit: Decimal, where = ""): bigint {
  const q = exactQuotient(excelDecimal(amount), unit);
  if (q === null) throw valueError(name, `expected a whole multiple of unit ${unitText(unit)}, got ${amount}${where}`);
  return checkUnits(name, q, unit, `${amount}${where}`);
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

/** A whole number of units written at the unit's places with thousands separators: "9,999,999,999,999.99". */
export function unitsText(units: bigint, unit: Decimal): string {
  const { ints, scale } = commonScale([{ digits: units * unit.digits, scale: unit.scale }]);
  return formatRatio(ints[0], pow10(scale), placesOf(unit)).text;
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
