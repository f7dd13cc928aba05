/**
 * PSUs a force must be able to field: its share of the national requirement (SPR paragraphs 119–120) and the peak of
 * its own events (paragraph 116a–b), combined by policy:
 *   "max": the larger of the two, for a force that would meet a national call from the same officers it keeps for
 *          local events (the two are not expected at once);
 *   "sum": both at once, for a force that must meet a national call while keeping local cover.
 */
export const PSUREQ_POLICIES = ["max", "sum"] as const;
export type PsuReqPolicy = (typeof PSUREQ_POLICIES)[number];

export function psuRequirement(nationalShare: number, localPeak: number, policy: PsuReqPolicy): number {
  return policy === "sum" ? nationalShare + localPeak : Math.max(nationalShare, localPeak);
}
