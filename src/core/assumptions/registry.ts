/**
 * The assumptions registry: every planning figure the SPR does not set, with its source or an "illustrative" mark.
 * Kept apart from the standards registry so an assumption is never presented as an SPR standard.
 */
import { Cell } from "../cell";
import { valueError } from "../errors";
import { nearest } from "../nearest";
import { ARMED_POLICING_ASSUMPTIONS } from "./armed-policing";
import { Assumption, ILLUSTRATIVE } from "./assumption";
import { COST_ASSUMPTIONS } from "./costs";
import { GENERAL_ASSUMPTIONS } from "./general";
import { PUBLIC_ORDER_ASSUMPTIONS } from "./public-order";
import { SECTION22_ASSUMPTIONS } from "./section22";
import { SOC_ASSUMPTIONS } from "./soc";
import { UNCERTAINTY_ASSUMPTIONS } from "./uncertainty";
import { WORKFORCE_ASSUMPTIONS } from "./workforce";

export const ASSUMPTIONS: readonly Assumption[] = [
  ...GENERAL_ASSUMPTIONS,
  ...WORKFORCE_ASSUMPTIONS,
  ...ARMED_POLICING_ASSUMPTIONS,
  ...SOC_ASSUMPTIONS,
  ...PUBLIC_ORDER_ASSUMPTIONS,
  ...SECTION22_ASSUMPTIONS,
  ...UNCERTAINTY_ASSUMPTIONS,
  ...COST_ASSUMPTIONS,
];

const BY_KEY = new Map(ASSUMPTIONS.map((a) => [a.key, a]));

/** How an assumption key is read everywhere (functions, plan validation, the build): trimmed, upper case. */
export function assumptionKey(key: string): string {
  return key.trim().toUpperCase();
}

/** A plan's assumption overrides by their registry key, however the plan spelled them ("annual_leave_days"). */
export function planAssumptions(overrides: Readonly<Record<string, number>> | undefined): Map<string, number> {
  return new Map(Object.entries(overrides ?? {}).map(([k, v]) => [assumptionKey(k), v]));
}

export function findAssumption(key: string): Assumption {
  const hit = BY_KEY.get(assumptionKey(key));
  if (!hit) {
    const near = nearest(key.trim(), [...BY_KEY.keys()]);
    throw valueError("key", `no planning assumption "${key}"; nearest keys: ${near.join(", ")}`);
  }
  return hit;
}

/** The default value of an assumption, as the registry holds it. */
export function assumptionValue(key: string): number {
  return findAssumption(key).value;
}

export function sourceOf(a: Assumption): string {
  return a.illustrative ? ILLUSTRATIVE : a.source;
}

export const ASSUMPTIONS_HEADER = ["Key", "Value", "Unit", "Source", "Reasoning"];

export function assumptionsTable(): Cell[][] {
  return [ASSUMPTIONS_HEADER, ...ASSUMPTIONS.map((a) => [a.key, a.value, a.unit, sourceOf(a), a.reasoning])];
}
