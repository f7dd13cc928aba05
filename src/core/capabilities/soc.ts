import { capabilitiesOf } from "./capability";

/**
 * Serious and organised crime: the seven core capabilities every force should have locally (paragraph 74) and the
 * thirteen items of paragraph 75's list of the regional response: eleven core specialist capabilities each ROCU
 * maintains, contingent on funding, and two national services (75.11, the City of London Police as National Lead
 * Force; 75.12, Action Fraud and the NFIB).
 */
export const SOC_CAPABILITIES = capabilitiesOf("SOC", [
  [
    "74.1",
    "force",
    "SOC intelligence and analysis",
    "Intelligence and analytical capability to understand the threat, risk and harm from SOC in the force area, the organised crime groups affecting communities and their priority individuals.",
  ],
  [
    "74.2",
    "force",
    "Senior SOC lead",
    "A designated senior officer overseeing the force's SOC response, chairing OCG management and force tasking boards and holding Lead Responsible Officers to account for their 4P plans.",
  ],
  [
    "74.3",
    "force",
    "SOC operational capability",
    "Operational capability for the SOC demand not owned by the ROCU, the NCA or a partner, including local calls for service, NFIB disseminations and fraud taskings adopted through the NSTCG.",
    "74.3; 67",
  ],
  [
    "74.4",
    "force",
    "SOC disruption and Lead Responsible Officers",
    "Disruption capability for the force's own SOC demand, with trained Lead Responsible Officers assigned to mapped OCGs and criminal networks where possible.",
  ],
  [
    "74.5",
    "force",
    "Force cybercrime unit",
    "A force cybercrime unit that investigates cybercrime and pursues offenders, gives Protect advice consistent with the NCSC's and refers vulnerable young people for Prevent intervention.",
    "74.5; 92–93",
  ],
  [
    "74.6",
    "force",
    "SOC prevention",
    "Capability to identify, deter and divert people from SOC, safeguarding with partners those criminally or sexually exploited, for example by county lines groups.",
  ],
  [
    "74.7",
    "force",
    "SOC performance measurement",
    "Capability to measure the force's impact on SOC across the 4Ps, following national performance frameworks such as those for drugs supply and county lines.",
  ],
  [
    "75.1",
    "regional",
    "Regional Intelligence Department",
    "A Regional Intelligence Department collecting, analysing and disseminating intelligence on organised crime in the region, with a ROCTA team, a Regional Sensitive Intelligence Unit and a Regional Prison Intelligence Unit.",
  ],
  ["75.2", "regional", "Undercover policing", "Foundation and advanced undercover operatives obtaining evidence and intelligence."],
  [
    "75.3",
    "regional",
    "Undercover policing online",
    "Online undercover officers (UCOL) tackling online child sexual abuse and dark-web criminality in authorised operations.",
  ],
  [
    "75.4",
    "regional",
    "GAIN co-ordination",
    "Government Agency Intelligence Network co-ordinators giving force and ROCU investigators lawful access to the intelligence partner agencies hold.",
  ],
  [
    "75.5",
    "regional",
    "Technical surveillance",
    "Technical surveillance units: equipment interference, intrusive surveillance, online covert activity and forensic analysis of devices.",
  ],
  [
    "75.6",
    "regional",
    "Targeted equipment interference",
    "Regional targeted equipment interference at the mandatory national minimum level, led by a dedicated regional TEI manager.",
  ],
  [
    "75.7",
    "regional",
    "Disruption team",
    "Disruption teams using the full range of tactics and powers across partners against organised criminals, including outcomes outside criminal justice.",
  ],
  [
    "75.8",
    "regional",
    "MARSOC hub",
    "A Multi-Agency Response to SOC hub co-ordinating police, HMPPS, the NCA and partners against the highest-harm SOC nominals.",
  ],
  [
    "75.9",
    "regional",
    "Regional cyber crime unit",
    "A regional cyber crime unit tackling serious cybercrime with the National Cyber Crime Unit and co-ordinating the force cybercrime units.",
    "75.9; 91",
  ],
  [
    "75.10",
    "regional",
    "Regional economic crime unit",
    "A regional economic crime unit and proactive economic crime teams investigating high-harm fraud reactively and proactively, with asset recovery, civil order and proactive SAR teams.",
    "75.10; 71–72",
  ],
  [
    "75.11",
    "national",
    "National Lead Force for fraud",
    "The City of London Police co-ordinates forces' response to fraud nationally: reporting, victim care, dissemination, national investigations, training and the NFIB.",
  ],
  [
    "75.12",
    "national",
    "Action Fraud and NFIB",
    "Fraud and cybercrime reports go to Action Fraud; the NFIB analyses them and sends intelligence packages with a viable lead to the force best placed to investigate.",
  ],
  [
    "75.13",
    "regional",
    "Drugs supply capabilities",
    "Regional capabilities against drugs supply, High Harm and Drugs Taskforces and county lines coordinators, fed by each force's local drugs threat assessment.",
    "75.13; 64–66",
  ],
]);
