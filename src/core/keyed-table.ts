/**
 * A two-column table of names and numbers a user keeps in the workbook, e.g. registry keys and revised figures, or
 * forces and weights. One reader for all of them, so they follow the same rules: wholly blank rows are skipped (a
 * table can be given with room to grow); a first row whose number cell is text and whose name cell is not a known
 * name is a header and is skipped; every other row needs a known name and a number ≥ 0; a name may appear once.
 */
import { asGrid, describe, isBlank, isOmitted } from "./args";
import { SprError, valueError } from "./errors";

export interface KeyedTableRules {
  /** What the first column holds, for messages: "a registry key", "a force". */
  what: string;
  /** The canonical name of a key; throws an SprError when it is unknown. */
  resolve(key: string): string;
  /** The column names for the shape message, e.g. "key, value". */
  columns: string;
}

function known(rules: KeyedTableRules, v: unknown): boolean {
  if (typeof v !== "string") return false;
  try {
    rules.resolve(v);
    return true;
  } catch {
    return false;
  }
}

/** Reads the table into canonical name → number, in row order; omitted or wholly blank gives an empty map. */
export function readKeyedTable(name: string, v: unknown, rules: KeyedTableRules): Map<string, number> {
  const out = new Map<string, number>();
  if (isOmitted(v)) return out;
  const g = asGrid(name, v);
  if (g[0].length !== 2)
    throw valueError(name, `expected a table of two columns (${rules.columns}), got a ${g.length}×${g[0].length} range`);
  const seenAt = new Map<string, number>();
  g.forEach(([key, value], r) => {
    if (isBlank(key) && isBlank(value)) return;
    const row = ` (row ${r + 1})`;
    if (r === 0 && typeof value === "string" && !known(rules, key)) return; // a header row such as "Key | Value"
    if (typeof key !== "string" || key.trim() === "")
      throw valueError(name, `expected ${rules.what} in the first column, got ${describe(key)}${row}`);
    let canonical: string;
    try {
      canonical = rules.resolve(key);
    } catch (e) {
      // The resolver's own words (its `detail`, without its argument name), told of this table's argument and row:
      // "overrides: no SPR standard "X" (row 2); nearest keys: …"
      if (e instanceof SprError) {
        const [what, ...more] = e.detail.split(";");
        throw valueError(name, [what + row, ...more].join(";"));
      }
      throw e;
    }
    if (typeof value !== "number") throw valueError(name, `expected a number ≥ 0 for ${canonical}, got ${describe(value)}${row}`);
    if (!Number.isFinite(value)) throw valueError(name, `expected a number ≥ 0 for ${canonical}, got ${describe(value)}${row}`);
    if (value < 0) throw valueError(name, `expected a number ≥ 0 for ${canonical}, got ${value}${row}`);
    const before = seenAt.get(canonical);
    if (before !== undefined) throw valueError(name, `gives ${canonical} twice (rows ${before + 1} and ${r + 1})`);
    seenAt.set(canonical, r);
    out.set(canonical, value === 0 ? 0 : value);
  });
  return out;
}
