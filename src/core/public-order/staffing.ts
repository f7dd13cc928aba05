/**
 * Posts, trained officers and whole units, exactly. A unit of type u needs perUnit(role) posts per role; a force keeps
 * `trained_per_post` (tpp) trained officers per post, so:
 *   trained needed for n units, per role = ⌈n × perUnit × tpp⌉        (whole officers, rounded up)
 *   units a role can field               = ⌊trained ÷ (perUnit × tpp)⌋ (whole units, rounded down)
 *   units the force can field            = the least over its roles   (the scarcest role binds)
 * tpp is read as the decimal typed (2.2 is 22/10, not the binary fraction nearest it) and the arithmetic is done in
 * BigInt, so 10 posts at 1.1 need 11 officers, never 12. The two roundings agree: n units are fieldable exactly when
 * every role has at least the trained officers the first line asks for.
 */
import { pow10, toDecimal } from "../decimal";
import { Role } from "./units";
import type { NumberRule } from "../args";

/** The rule trained officers per post is read by (the plan takes it from here). */
export const TRAINED_PER_POST_RULE = { min: 1 } as const satisfies NumberRule;

interface Ratio {
  num: bigint;
  den: bigint;
}

function ratio(x: number): Ratio {
  const d = toDecimal(x);
  return d.scale >= 0 ? { num: d.digits, den: pow10(d.scale) } : { num: d.digits * pow10(-d.scale), den: 1n };
}

/** ⌈posts × tpp⌉: trained officers to fill `posts` posts. */
export function trainedFor(posts: bigint, tpp: number): number {
  const { num, den } = ratio(tpp);
  return Number((posts * num + den - 1n) / den);
}

/** ⌊trained ÷ (perUnit × tpp)⌋: whole units one role can staff; null for a role with no posts (it never limits). */
export function unitsFrom(trained: number, perUnit: number, tpp: number): number | null {
  if (perUnit === 0) return null;
  const { num, den } = ratio(tpp);
  return Number((BigInt(trained) * den) / (BigInt(perUnit) * num));
}

/** Trained officers needed by role to field `count` units, in role order. */
export function staffByRole(roles: readonly Role[], count: number, tpp: number): number[] {
  return roles.map((r) => trainedFor(BigInt(count) * BigInt(r.perUnit), tpp));
}

/** Whole units the force can field from its trained officers by role (role order): limited by the scarcest role. */
export function unitCapacity(roles: readonly Role[], trained: readonly number[], tpp: number): number {
  let least = Infinity;
  roles.forEach((r, i) => {
    const u = unitsFrom(trained[i], r.perUnit, tpp);
    if (u !== null && u < least) least = u;
  });
  return least; // finite: unitRoles refuses a unit with no posts
}

export const GAP_DETAIL_HEADER = ["Role", "Per unit", "Trained required", "Trained available", "Shortfall", "Units fieldable", "Binds"];

/**
 * The gap by role, with a header row and a total row: officers per unit, trained officers required for
 * `required` units, available, shortfall (never negative: a surplus in one role cannot fill another), the units
 * each role alone could field, and TRUE for the role(s) that limit the force's capacity. The total row gives the
 * officers still to train and the units the force can field.
 */
export function gapDetail(
  roles: readonly Role[],
  required: number,
  trained: readonly number[],
  tpp: number,
): (string | number | boolean)[][] {
  const need = staffByRole(roles, required, tpp);
  const fieldable = roles.map((r, i) => unitsFrom(trained[i], r.perUnit, tpp));
  const capacity = unitCapacity(roles, trained, tpp);
  const shortfall = need.map((n, i) => Math.max(0, n - trained[i]));
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const rows: (string | number | boolean)[][] = roles.map((r, i) => [
    r.heading,
    r.perUnit,
    need[i],
    trained[i],
    shortfall[i],
    fieldable[i] ?? "",
    fieldable[i] === capacity,
  ]);
  return [GAP_DETAIL_HEADER, ...rows, ["Total", sum(roles.map((r) => r.perUnit)), sum(need), sum(trained), sum(shortfall), capacity, ""]];
}
