/**
 * Checks a proposed unit's make-up by role against SPR paragraph 122 (or the user's revised figures) and says, in a
 * sentence, where it departs.
 */
import { Role, UnitType, aUnit, countOf, unitSize } from "./units";

/** "a, b and c". */
export function listing(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "OK" when `composition` (officers by role, in role order) matches the definition; otherwise what differs. */
export function checkUnit(unit: UnitType, roles: readonly Role[], composition: readonly number[]): string {
  const diffs: string[] = [];
  roles.forEach((r, i) => {
    const d = composition[i] - r.perUnit;
    if (d !== 0) diffs.push(`${countOf(composition[i], r)} (${Math.abs(d)} too ${d < 0 ? "few" : "many"})`);
  });
  if (diffs.length === 0) return "OK";
  const where = `SPR paragraph ${roles[0].paragraph}${roles.some((r) => r.revised) ? " as revised in the overrides table" : ""}`;
  const defined = roles.filter((r) => r.perUnit > 0).map((r) => countOf(r.perUnit, r));
  const total = composition.reduce((a, b) => a + b, 0);
  return `Departs from ${where}: ${aUnit(unit)} has ${listing(defined)} (${unitSize(roles)} in all); this one has ${listing(diffs)}, ${total} in all.`;
}
