import { FunctionNote } from "./note";

export const REFERENCE_NOTES: Record<string, FunctionNote> = {
  STANDARD: {
    examples: [
      { formula: '=SPR.STANDARD("PSU_NATIONAL_EW")', says: "PSUs required across England and Wales (paragraph 120a)." },
      { formula: '=SPR.STANDARD("aep_teams_national")', says: "Keys are case-insensitive." },
      { formula: '=SPR.STANDARD("PSU_NATIONAL_EW", {"PSU_NATIONAL_EW",310;"PSU_LONDON",80})', says: "A revised figure from an override table (footnote 61: figures may change): 310 instead of 297." },
    ],
    notes: [
      "An unknown key gives #VALUE! with the nearest keys, so a typo is easy to correct.",
      'overrides is a two-column table of registry keys and revised figures, kept once in the workbook (say a sheet "Revised SPR figures") and passed to SPR.STANDARD and to every public-order unit function, so a revision reaches every formula without a new release. Keys not listed keep the SPR\'s figure.',
    ],
  },
  STANDARDS: {
    examples: [{ formula: "=SPR.STANDARDS()", says: "Spills the registry; the first rows are shown." }],
    notes: [
      "These are the figures the SPR itself sets. Footnote 61 warns that the public-order figures may change: the capability functions take revised figures as arguments, so no new release is needed.",
    ],
  },
  ASSUMPTION: {
    examples: [{ formula: '=SPR.ASSUMPTION("RAG_AMBER_MARGIN")' }],
    notes: ["Assumptions are defaults the force should review; SPR.ASSUMPTIONS shows each one's source, or marks it illustrative."],
  },
  ASSUMPTIONS: { examples: [{ formula: "=SPR.ASSUMPTIONS()" }] },
  FORCES: {
    examples: [
      { formula: '=SPR.FORCES("TARIAN")', says: "The three southern Welsh forces of the TARIAN ROCU." },
      { formula: '=SPR.FORCES("Wales")', says: "The Home Office region of Wales includes North Wales, which is in the North West ROCU." },
    ],
    notes: [
      "Officer FTE is the Home Office figure at 31 March 2019, shipped as a dated reference point: enter current figures for live planning.",
      'A region name ("Eastern") selects the Home Office region; a ROCU\'s code or label ("ERSOU") selects the ROCU. Kent is in ERSOU but the South East region.',
    ],
  },
  REGION: {
    examples: [
      { formula: '=SPR.REGION("Avon and Somerset Constabulary")' },
      { formula: '=SPR.REGION("Kent", "region")' },
    ],
  },
};
