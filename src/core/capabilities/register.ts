/**
 * The capability register: every numbered capability the SPR (February 2023) lists, threat by threat, with the tier
 * that should provide it. A test compares its ids with the numbered lists in the SPR text (test/fixtures).
 */
import { Cell } from "../cell";
import { SprError, valueError } from "../errors";
import { nearest } from "../nearest";
import { Capability, Threat, Tier } from "./capability";
import { CIVIL_EMERGENCIES_CAPABILITIES } from "./civil-emergencies";
import { CROSS_CUTTING_CAPABILITIES } from "./cross-cutting";
import { CSA_CAPABILITIES } from "./csa";
import { CYBER_CAPABILITIES } from "./cyber";
import { PUBLIC_ORDER_CAPABILITIES } from "./public-order";
import { SOC_CAPABILITIES } from "./soc";
import { TERRORISM_CAPABILITIES } from "./terrorism";
import { VAWG_CAPABILITIES } from "./vawg";

export const CAPABILITIES: readonly Capability[] = [
  ...VAWG_CAPABILITIES,
  ...TERRORISM_CAPABILITIES,
  ...SOC_CAPABILITIES,
  ...CYBER_CAPABILITIES,
  ...CSA_CAPABILITIES,
  ...PUBLIC_ORDER_CAPABILITIES,
  ...CIVIL_EMERGENCIES_CAPABILITIES,
  ...CROSS_CUTTING_CAPABILITIES,
];

const BY_ID = new Map(CAPABILITIES.map((c) => [c.id, c]));

/** "40.3(a)", " 33A ", "117c." → "40.3a", "33a", "117c". */
export function normaliseId(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\s()]/g, "")
    .replace(/\.$/, "");
}

/** The capability with this id, or null. */
export function lookupCapability(raw: string): Capability | null {
  return BY_ID.get(normaliseId(raw)) ?? null;
}

/** The ids closest to an unknown one, for the error message. */
export function nearestIds(raw: string): string[] {
  return nearest(
    normaliseId(raw).toUpperCase(),
    [...BY_ID.keys()].map((id) => id.toUpperCase()),
  ).map((id) => id.toLowerCase());
}

export const CAPABILITIES_HEADER = ["ID", "Threat", "Tier", "Capability", "Requirement", "SPR paragraph"];

/** The register as a table with a header row, optionally only one threat and/or one tier. */
export function capabilitiesTable(threat?: Threat, tier?: Tier): Cell[][] {
  const rows = CAPABILITIES.filter((c) => (!threat || c.threat === threat) && (!tier || c.tier === tier));
  if (rows.length === 0) {
    const tiers = [...new Set(CAPABILITIES.filter((c) => c.threat === threat).map((c) => c.tier))];
    throw new SprError(
      "#N/A",
      `tier: no ${threat} capability sits at the ${tier} tier; ${threat} capabilities are at: ${tiers.join(", ")}`,
    );
  }
  return [CAPABILITIES_HEADER, ...rows.map((c) => [c.id, c.threat, c.tier, c.title, c.requirement, c.paragraph])];
}

/** For messages: the id a user typed is not in the register. */
export function unknownIdError(raw: string, where: string): SprError {
  return valueError(
    "ids",
    `no SPR capability "${raw}"${where}; nearest ids: ${nearestIds(raw).join(", ")} (SPR.CAPABILITIES() lists them all)`,
  );
}
