import { FunctionNote } from "./note";

export const CAPABILITIES_NOTES: Record<string, FunctionNote> = {
  CAPABILITIES: {
    examples: [
      { formula: '=SPR.CAPABILITIES("SOC", "force")', says: "The seven SOC core capabilities every force should have locally (paragraph 74)." },
      { formula: '=SPR.CAPABILITIES(, "national")', says: "Capabilities delivered nationally that forces use." },
    ],
    notes: [
      "The register holds every numbered capability in the SPR's lists: VAWG 33a–m, counter-terrorism 40.1a–40.4c and 42a–c, SOC 74.1–74.7 and 75.1–75.13, cyber 92.1a–c, 93 and 94a–c, CSA 106.1–106.8 and 107a–c, public order 117a–j, civil emergencies 133.1–133.2 and 134a–c, and the cross-cutting capabilities of 147–174. Titles and requirements paraphrase the SPR (© Crown copyright 2023, OGL v3.0): read the paragraph for its own words.",
      "Tiers: force (the force holds it), collaboration (in force or with other forces), regional (the ROCU or a regional structure), national (a national body the force uses).",
    ],
  },
  CAPABILITYCHECK: {
    examples: [
      {
        formula: '=SPR.CAPABILITYCHECK({"74.1";"74.2";"74.3";"74.4";"74.5";"74.6";"74.7"}, {"in force";"in force";"partial";"absent";"via collaboration";"";"in force"})',
        says: "A force's SOC core: 74.3 partial (AMBER), 74.4 absent (RED), 74.6 not assessed (AMBER).",
      },
      { formula: '=SPR.CAPABILITYCHECK({"75.9";"75.10"}, {"via ROCU";"via ROCU"})', says: "Everything listed is met: one GREEN row." },
      { formula: '=SPR.CAPABILITYCHECK({"74.3"}, {"via ROCU"})', says: "74.3 is a force capability (paragraph 74): via ROCU with no reliance recorded is AMBER, with a note." },
      { formula: '=SPR.CAPABILITYCHECK({"74.3"}, {"via ROCU"}, {"ROCU tasking agreement 2026/27"})', says: "The reliance is recorded: met, one GREEN row." },
    ],
    notes: [
      'Statuses (any case): "in force", "via collaboration" and "via ROCU" are met and not listed, except "via ROCU" for a capability the SPR places in the force (tier force, paragraph 74), which is AMBER unless rocu_reliance names the agreement the force relies on; "partial" is AMBER; "absent" is RED; a blank (or "not assessed") is AMBER, because an unassessed capability is a gap in the assurance the PCC gives (paragraph 24.1). This RAG rule is the add-in\'s, not the SPR\'s.',
      "A row blank in both columns is skipped, so the ranges can be longer than the list. Type ids as text: Excel reads 75.10 typed as a number as 75.1.",
    ],
  },
  CAPABILITYSUMMARY: {
    examples: [
      {
        formula: '=SPR.CAPABILITYSUMMARY({"74.1";"74.2";"74.3";"74.4";"74.5";"74.6";"74.7"}, {"in force";"in force";"partial";"absent";"via collaboration";"";"in force"})',
        says: "Every register capability not listed counts as not assessed, so each row adds up to the register.",
      },
    ],
    notes: ["RAG per threat: RED when any capability is absent; AMBER when any is partial, via the ROCU with no reliance recorded (force capabilities) or not assessed; GREEN only when all are met."],
  },
};
