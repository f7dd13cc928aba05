/**
 * The standards registry: every figure the SPR sets, once, with its paragraph.
 * Planning assumptions (anything the SPR does not set) live in ../assumptions, never here.
 */
import { Cell } from "../cell";
import { valueError } from "../errors";
import { nearest } from "../nearest";
import { GOVERNANCE_STANDARDS } from "./governance";
import { PUBLIC_ORDER_STANDARDS } from "./public-order";
import { SOC_STANDARDS } from "./soc";
import { Standard } from "./standard";

export const STANDARDS: readonly Standard[] = [...PUBLIC_ORDER_STANDARDS, ...SOC_STANDARDS, ...GOVERNANCE_STANDARDS];

const BY_KEY = new Map(STANDARDS.map((s) => [s.key, s]));

/** A standard by key (any case); an unknown key is a #VALUE! naming `argument`, with `where` (" (row 2)") after the key. */
export function findStandard(key: string, argument = "key", where = ""): Standard {
  const hit = BY_KEY.get(key.trim().toUpperCase());
  if (!hit) {
    const near = nearest(key.trim(), [...BY_KEY.keys()]);
    throw valueError(argument, `no SPR standard "${key}"${where}; nearest keys: ${near.join(", ")}`);
  }
  return hit;
}

/** The value of one standard, or its override from a user's table of revised figures (footnote 61: figures may change). */
export function standardValue(key: string, overrides?: ReadonlyMap<string, number>): number {
  const s = findStandard(key);
  return overrides?.get(s.key) ?? s.value;
}

export const STANDARDS_HEADER = ["Key", "Value", "Unit", "SPR paragraph", "What it says"];

export function standardsTable(): Cell[][] {
  return [STANDARDS_HEADER, ...STANDARDS.map((s) => [s.key, s.value, s.unit, s.paragraph, s.text])];
}
