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

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Brings decimals to one common scale, returning their integer numerators and that scale. */
export function commonScale(xs: Decimal[]): { ints: bigint[]; scale: number } {
  const scale = xs.reduce((s, x) => Math.max(s, x.scale), 0);
  return { ints: xs.map((x) => x.digits * pow10(scale - x.scale)), scale };
}

/** a ÷ b as an exact integer, or null when it is not whole. */
export function exactQuotient(a: Decimal, b: Decimal): bigint | null {
  const { ints } = commonScale([a, b]);
  if (ints[1] === 0n || ints[0] % ints[1] !== 0n) return null;
  return ints[0] / ints[1];
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
