/**
 * Revised SPR figures (footnote 61: "Accurate at time of publication. Figures may change."). A user keeps a small
 * two-column table in the workbook, registry key and revised value, and passes it as the optional `overrides`
 * argument; every function that uses an SPR figure then plans against the revised one, with no new release.
 *
 *   | PSU_NATIONAL_EW | 310 |
 *   | PSU_CONSTABLES  | 20  |
 *
 * Rules: wholly blank rows are skipped (so a table can be given with room to grow); a first row whose value cell is
 * text and whose key cell is not a registry key is a header and is skipped; every other row needs a known key and a number ≥ 0; a key may appear once.
 */
import { asGrid, describe, isBlank } from "../args";
import { SprError, valueError } from "../errors";
import { findStandard } from "./registry";

export type Overrides = ReadonlyMap<string, number>;

function isKey(v: unknown): boolean {
  if (typeof v !== "string") return false;
  try {
    findStandard(v);
    return true;
  } catch {
    return false;
  }
}

/** Reads an override table; an omitted or wholly blank one gives an empty map. */
export function readOverrides(name: string, v: unknown): Overrides {
  const out = new Map<string, number>();
  if (v === null || v === undefined) return out;
  const g = asGrid(name, v);
  if (g.every((row) => row.every(isBlank))) return out;
  if (g[0].length !== 2) throw valueError(name, `expected a table of two columns (key, value), got a ${g.length}×${g[0].length} range`);
  const seenAt = new Map<string, number>();
  g.forEach(([key, value], r) => {
    if (isBlank(key) && isBlank(value)) return;
    const row = ` (row ${r + 1})`;
    if (r === 0 && typeof value === "string" && !isKey(key)) return; // a header row such as "Key | Value"
    if (typeof key !== "string" || key.trim() === "") throw valueError(name, `expected a registry key in the first column, got ${describe(key)}${row}`);
    let std;
    try {
      std = findStandard(key);
    } catch (e) {
      // "key: no SPR standard "X"; nearest keys: …" → "overrides: no SPR standard "X" (row 2); nearest keys: …"
      if (e instanceof SprError) throw valueError(name, e.message.replace(/^key: /, "").replace(/;|$/, `${row};`).replace(/;$/, ""));
      throw e;
    }
    if (typeof value !== "number") throw valueError(name, `expected a number ≥ 0 for ${std.key}, got ${describe(value)}${row}`);
    if (!Number.isFinite(value)) throw valueError(name, `expected a number ≥ 0 for ${std.key}, got ${describe(value)}${row}`);
    if (value < 0) throw valueError(name, `expected a number ≥ 0 for ${std.key}, got ${value}${row}`);
    const before = seenAt.get(std.key);
    if (before !== undefined) throw valueError(name, `gives ${std.key} twice (rows ${before + 1} and ${r + 1})`);
    seenAt.set(std.key, r);
    out.set(std.key, value === 0 ? 0 : value);
  });
  return out;
}
