/**
 * Revised SPR figures (footnote 61: "Accurate at time of publication. Figures may change."). A user keeps a small
 * two-column table in the workbook, registry key and revised value, and passes it as the optional `overrides`
 * argument; every function that uses an SPR figure then plans against the revised one, with no new release.
 *
 *   | PSU_NATIONAL_EW | 310 |
 *   | PSU_CONSTABLES  | 20  |
 *
 * The table follows the rules of every two-column table (../keyed-table.ts): blank rows and a header row skipped,
 * known keys in any case, numbers ≥ 0, each key once.
 */
import { readKeyedTable } from "../keyed-table";
import { findStandard } from "./registry";

export type Overrides = ReadonlyMap<string, number>;

/** Reads an override table; an omitted or wholly blank one gives an empty map. */
export function readOverrides(name: string, v: unknown): Overrides {
  return readKeyedTable(name, v, { what: "a registry key", columns: "key, value", resolve: (key) => findStandard(key).key });
}
