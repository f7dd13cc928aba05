import { Assumption } from "./assumption";

/**
 * Hours of work per item of SOC demand, for SPR.WORKLOADFTE and SPR.SOCREQ, and OCGs per Lead Responsible Officer.
 * The SPR sets none of these (paragraph 78: capacity varies with the threat) and no public source gives national
 * figures: all are illustrative placeholders showing how the model works. Use the force's own time recording.
 */
export const SOC_ASSUMPTIONS: Assumption[] = [
  {
    key: "SOC_HOURS_OCG_BAND1",
    value: 3000,
    unit: "hours per mapped OCG per year",
    source: "",
    illustrative: true,
    reasoning:
      "P-band 1 (highest threat): a sustained proactive investigation for most of the year with surveillance, financial investigation and disclosure; about 1.8 FTE at default productive hours.",
  },
  {
    key: "SOC_HOURS_OCG_BAND2",
    value: 1200,
    unit: "hours per mapped OCG per year",
    source: "",
    illustrative: true,
    reasoning: "P-band 2: an investigation or disruption operation for part of the year; about 0.7 FTE.",
  },
  {
    key: "SOC_HOURS_OCG_BAND3",
    value: 400,
    unit: "hours per mapped OCG per year",
    source: "",
    illustrative: true,
    reasoning: "P-band 3: targeted disruptions and intelligence development; about a quarter of an FTE.",
  },
  {
    key: "SOC_HOURS_OCG_BAND4",
    value: 100,
    unit: "hours per mapped OCG per year",
    source: "",
    illustrative: true,
    reasoning:
      "P-band 4 (lowest threat): the LRO's 4P plan, periodic intelligence review and an occasional disruption; about two hours a week.",
  },
  {
    key: "FRAUD_DISSEMINATION_HOURS",
    value: 20,
    unit: "hours per NFIB dissemination",
    source: "",
    illustrative: true,
    reasoning:
      "An average over NFIB disseminations (paragraphs 67, 74.3): victim contact, initial enquiries and a decision for most; a minority become full investigations and dominate the average.",
  },
  {
    key: "CYBER_INCIDENT_HOURS",
    value: 35,
    unit: "hours per C5/C6 incident",
    source: "",
    illustrative: true,
    reasoning:
      "A force cybercrime unit leading on a C5/C6 incident (paragraph 93): victim engagement, evidence capture and analysis, Protect advice and a report.",
  },
  {
    key: "COUNTY_LINE_HOURS",
    value: 250,
    unit: "hours per county line per year",
    source: "",
    illustrative: true,
    reasoning:
      "A county line active in the force area: intelligence development, a closure operation and safeguarding referrals for those exploited (paragraphs 66, 74.6).",
  },
  {
    key: "OCGS_PER_LRO",
    value: 3,
    unit: "mapped OCGs per Lead Responsible Officer",
    source: "",
    illustrative: true,
    reasoning:
      "An LRO (paragraph 74.4), usually a detective inspector holding the role alongside other duties, can keep a few 4P plans active; three is a placeholder.",
  },
];
