import { capabilitiesOf } from "./capability";

/**
 * Violence against women and girls: paragraph 33. Forces maintain the capability to respond to every VAWG offence,
 * with trained officers and staff able to judge when they need to do each of the following (33a–m).
 */
export const VAWG_CAPABILITIES = capabilitiesOf("VAWG", [
  [
    "33a",
    "force",
    "Complex VAWG investigations",
    "Run complex, multi-faceted investigations that identify perpetrators, gather the evidence promptly and treat each incident as part of any wider pattern of behaviour and its cumulative impact.",
  ],
  [
    "33b",
    "force",
    "Digital forensics for VAWG",
    "Call on digital forensics specialists to obtain, analyse and use digital evidence in investigations and proceedings.",
    "33b; 158–164",
  ],
  [
    "33c",
    "force",
    "Preventative civil orders",
    "Use the legislative framework, including preventative civil orders (interim ones too), protection notices and orders and the domestic violence disclosure scheme (Clare's Law), to protect victims and intervene early.",
  ],
  [
    "33d",
    "force",
    "Civil order breaches",
    "Investigate breaches of civil orders with the full range of tools, to manage risk and minimise harm.",
  ],
  [
    "33e",
    "force",
    "Sex and violent offender management",
    "Monitor and manage registered sex offenders and other relevant offenders under MAPPA, sharing intelligence across agencies and investigating breaches of notification requirements.",
  ],
  [
    "33f",
    "force",
    "Sexual offending intelligence",
    "Gather, assess and record the available evidence of sexual offending in the force area to build a detailed intelligence picture.",
  ],
  [
    "33g",
    "force",
    "Honour-based abuse picture",
    "Work with partners to identify the extent and nature of 'honour'-based abuse in the force area.",
  ],
  ["33h", "force", "Domestic abuse safety planning", "Start safety planning and safeguarding arrangements in domestic abuse cases."],
  [
    "33i",
    "force",
    "Neighbourhood VAWG response",
    "Work with neighbourhood policing teams on VAWG and consider police watch schemes for a visible presence.",
  ],
  [
    "33j",
    "force",
    "Vulnerable victims and high-risk perpetrators",
    "Know the particularly vulnerable victims and higher-risk perpetrators in the area, especially in response and neighbourhood teams.",
  ],
  [
    "33k",
    "force",
    "Rape investigation best practice",
    "Use the Knowledge Hub materials on investigating rape and sexual offences so the force's approach follows best practice.",
  ],
  [
    "33l",
    "force",
    "Victim single point of contact",
    "Give victims a single point of contact who keeps them informed of decisions and of their rights under the Victims' Code.",
  ],
  [
    "33m",
    "force",
    "College VAWG learning",
    "Use the College of Policing's learning materials on vulnerability, violence and abuse to manage the risk from perpetrators across all VAWG offences.",
  ],
]);
