/**
 * One capability the Strategic Policing Requirement (February 2023) expects a force, its ROCU, a collaboration or a
 * national body to provide, as the register holds it. Titles and requirements paraphrase the SPR (© Crown copyright
 * 2023, Open Government Licence v3.0); the paragraph is where to read the SPR's own words.
 */

/** The SPR's threat sections, in the SPR's order (cross-cutting capabilities last). */
export const THREATS = ["VAWG", "Terrorism", "SOC", "Cyber", "CSA", "Public order", "Civil emergencies", "Cross-cutting"] as const;
export type Threat = (typeof THREATS)[number];

/**
 * Where the SPR places the capability:
 * - force: the force maintains it itself ("locally their force has", "forces should maintain");
 * - collaboration: in force or through a collaboration with other forces ("have, or have access to", "as a force or
 *   across a region", "either within force or via collaboration");
 * - regional: delivered by the ROCU or a regional structure (ROCU core capabilities, paragraph 75);
 * - national: delivered by a national body the force uses (City of London Police, NFIB, CAID, CTSFO hubs, ANPR).
 */
export const TIERS = ["force", "regional", "national", "collaboration"] as const;
export type Tier = (typeof TIERS)[number];

export interface Capability {
  /** The SPR's own numbering: "74.5", "33a", "40.3d", "117c", "93". */
  id: string;
  threat: Threat;
  tier: Tier;
  /** A short name for a table cell. */
  title: string;
  /** What the SPR asks for, in a sentence (paraphrased). */
  requirement: string;
  /** The SPR paragraph(s) to read: the item itself, then related paragraphs. */
  paragraph: string;
}

/** One register row as written in the data files: id, tier, title, requirement and, when it differs from the id, the paragraph. */
export type CapabilityRow = [id: string, tier: Tier, title: string, requirement: string, paragraph?: string];

/** The rows of one threat section as capabilities. */
export function capabilitiesOf(threat: Threat, rows: CapabilityRow[]): Capability[] {
  return rows.map(([id, tier, title, requirement, paragraph]) => ({ id, threat, tier, title, requirement, paragraph: paragraph ?? id }));
}
