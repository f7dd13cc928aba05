/**
 * Exact decimal arithmetic for apportionment: a number is read as the decimal the user typed (its shortest
 * round-trip form, so 0.1 is one tenth, not the binary fraction nearest it), held as digits × 10^-scale in BigInt.
 * Money and posts are then shared in whole units with no floating-point drift.
 */
export interface Decimal {
  digits: bigint;
  /** Value = digits × 10^-scale. May be negative for very large numbers. */
  scale: number;
}

export function toDecimal(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError("toDecimal needs a finite number");
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`unreadable number ${x}`);
  const frac = m[3] ?? "";
  const exp = m[4] ? Number(m[4]) : 0;
  const digits = BigInt(m[1] + m[2] + frac);
  return { digits, scale: frac.length - exp };
}

/**
 * Excel's precision: 15 significant digits. Microsoft, "Excel specifications and limits" (number precision: 15
 * digits) and "Floating-point arithmetic may give inaccurate results in Excel" (KB 78113).
 */
export const EXCEL_DIGITS = 15;

/**
 * A number as Excel shows it: rounded to 15 significant digits (halves away from zero), trailing zeros dropped, so
 * `3120000*1.031` (3216719.9999999995 in binary) reads as 3216720 and `0.1+0.2` as 0.3. A number typed with 15 digits
 * or fewer reads exactly as typed (15-digit decimals survive the round trip through a double), as with toDecimal.
 */
export function excelDecimal(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError("excelDecimal needs a finite number");
  if (x === 0) return { digits: 0n, scale: 0 };
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return { digits: BigInt(x), scale: 0 }; // whole, 15 digits or fewer
  const m = /^(-?)(\d)\.(\d+)e([+-]\d+)$/.exec(x.toExponential(EXCEL_DIGITS - 1));
  if (!m) throw new RangeError(`unreadable number ${x}`);
  const frac = m[3].replace(/0+$/, "");
  return { digits: BigInt(m[1] + m[2] + frac), scale: frac.length - Number(m[4]) };
}

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Brings decimals to one common scale, returning their integer numerators and that scale. */
export function commonScale(xs: Decimal[]): { ints: bigint[]; scale: number } {
  const scale = xs.reduce((s, x) => Math.max(s, x.scale), 0);
  return { ints: xs.map((x) => x.digits * pow10(scale - x.scale)), scale };
}

/** The exact sum of decimals. */
export function addDecimals(xs: Decimal[]): Decimal {
  const { ints, scale } = commonScale(xs);
  return { digits: ints.reduce((a, b) => a + b, 0n), scale };
}

/** a ÷ b as an exact integer, or null when it is not whole. */
export function exactQuotient(a: Decimal, b: Decimal): bigint | null {
  const { ints } = commonScale([a, b]);
  if (ints[1] === 0n || ints[0] % ints[1] !== 0n) return null;
  return ints[0] / ints[1];
}

/**
 * digits × 10^-scale (scale ≥ 0) as the nearest double, ties to even, in time linear in the size of the digits: a
 * quotient of about 64 bits, made odd when inexact ("round to odd", so the one rounding Number() then makes is the
 * correct one), scaled by a power of two. `tenToScale` is 10^scale, passed in by callers that keep it as they go.
 * Near the ends of the double range (where scaling by a power of two could round again) it reads the decimal text.
 */
export function scaledToNumber(digits: bigint, scale: number, tenToScale: bigint = pow10(scale)): number {
  if (digits === 0n) return 0;
  const neg = digits < 0n;
  const a = neg ? -digits : digits;
  const k = 64 - (bitLength(a) - bitLength(tenToScale));
  if (Math.abs(k) > 900) return timesUnit(digits, { digits: 1n, scale });
  const num = k >= 0 ? a << BigInt(k) : a;
  const den = k >= 0 ? tenToScale : tenToScale << BigInt(-k);
  let quotient = num / den;
  if (quotient * den !== num) quotient |= 1n;
  const x = Number(quotient) * 2 ** -k;
  return neg ? -x : x;
}

/** Bits in x > 0 (linear time: hexadecimal text needs no division). */
function bitLength(x: bigint): number {
  const hex = x.toString(16);
  return hex.length * 4 - Math.clz32(Number.parseInt(hex[0], 16)) + 28;
}

/** count × unit, as the nearest double to the exact decimal product. */
export function timesUnit(count: bigint, unit: Decimal): number {
  const digits = count * unit.digits;
  if (unit.scale <= 0) return Number(digits * pow10(-unit.scale));
  const neg = digits < 0n;
  const s = (neg ? -digits : digits).toString().padStart(unit.scale + 1, "0");
  const text = `${neg ? "-" : ""}${s.slice(0, s.length - unit.scale)}.${s.slice(s.length - unit.scale)}`;
  return Number(text);
}
