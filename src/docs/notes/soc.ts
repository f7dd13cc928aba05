import { FunctionNote } from "./note";

export const SOC_NOTES: Record<string, FunctionNote> = {
  PBAND: {
    examples: [
      { formula: "=SPR.PBAND(25, {10,20,40})", says: "A MoRiLE score of 25 against cut-offs 10, 20 and 40: at least 20, under 40, so band 2." },
      { formula: "=SPR.PBAND({5;10;20;40;90}, {10,20,40})", says: "One band per score; a score equal to a cut-off takes the higher-threat band." },
    ],
    notes: [
      "The SPR (paragraph 80.1, footnote 48) says OCGs are scored with MoRiLE and then banded by the Prioritisation Mechanism from 4 (lowest threat) to 1 (highest); it sets no cut-off scores. The three thresholds are the force's own: where band 3, band 2 and band 1 start, strictly ascending. There is no default.",
      "Bands: score < t1 → 4; t1 ≤ score < t2 → 3; t2 ≤ score < t3 → 2; score ≥ t3 → 1. A score on a cut-off goes to the higher-threat band, so a borderline group is not under-prioritised.",
    ],
  },
  WORKLOADFTE: {
    examples: [
      { formula: "=SPR.WORKLOADFTE({120;40;15}, {20;35;250})", says: "120 NFIB disseminations at 20 h, 40 C5/C6 cyber incidents at 35 h and 15 county lines at 250 h: 7,550 h ÷ 1,679.14 productive hours." },
      { formula: '=SPR.WORKLOADFTE(120, SPR.ASSUMPTION("FRAUD_DISSEMINATION_HOURS"))', says: "Hours per item from the assumptions registry (illustrative: use your own time recording)." },
      { formula: "=SPR.WORKLOADFTE({120,40,15}, {20,35,250}, 1510)", says: "With the force's own productive hours: 7,550 ÷ 1,510 = 5 FTE." },
    ],
    notes: [
      "FTE = Σ volume × hours each ÷ productive hours. Volumes and hours are the force's own; the registry's FRAUD_DISSEMINATION_HOURS, CYBER_INCIDENT_HOURS and COUNTY_LINE_HOURS are illustrative placeholders, not SPR figures (paragraphs 78 and 95–96 leave capacity to the force).",
      "hours_each may be a single value applied to every volume. The default productive hours are SPR.PRODUCTIVEHOURS() with its defaults.",
    ],
  },
  SOCREQ: {
    examples: [
      {
        formula: "=SPR.SOCREQ({2,5,8,12}, {3000,1200,400,100}, {0,0.5,1,1}, 1600)",
        says: "2, 5, 8, 12 OCGs in bands 1–4; the ROCU owns band 1, half of band 2: force 7,400 h ÷ 1,600 = 4.625 FTE, ROCU 9,000 h ÷ 1,600 = 5.625, total 10.25.",
      },
      { formula: "=SPR.SOCREQ({2;5;8;12}, {3000;1200;400;100}, {0;0.5;1;1})", says: "The same at the default productive hours (1,679.14)." },
    ],
    notes: [
      "force FTE = Σ OCGs × hours × share ÷ productive hours; ROCU FTE = Σ OCGs × hours × (1 − share) ÷ productive hours; total = force + ROCU. Leave OCGs owned by the NCA or another agency out of ocgs_by_band.",
      "Shares are the force's own ownership decisions from its tasking (paragraph 79); paragraph 85a asks that specialist capability be sought through the ROCU first. The hours per OCG in the registry (SOC_HOURS_OCG_BAND1 to 4: 3,000, 1,200, 400, 100) are illustrative; put them in cells with =SPR.ASSUMPTION(\"SOC_HOURS_OCG_BAND1\") and so on, or use your own.",
    ],
  },
  LROREQ: {
    examples: [
      { formula: "=SPR.LROREQ(10)", says: "10 mapped OCGs at 3 per LRO (illustrative default): 4 LROs." },
      { formula: "=SPR.LROREQ(40, 4)", says: "The force's own caseload of 4 OCGs per LRO." },
    ],
    notes: ["Paragraph 74.4 asks for LROs assigned to mapped OCGs where possible. The answer counts officers holding the role, not FTE: the role usually sits alongside other duties, whose time SOCREQ's hours cover."],
  },
};
