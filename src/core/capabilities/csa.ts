import { capabilitiesOf } from "./capability";

/**
 * Child sexual abuse: what child abuse investigation units and safeguarding teams, staffed by specially trained
 * officers and staff, should be able to do (106.1–106.8), and what forces need against online abuse (107a–c).
 */
export const CSA_CAPABILITIES = capabilitiesOf("CSA", [
  [
    "106.1",
    "force",
    "Child abuse intelligence",
    "Gather and assess intelligence and data on threats, risks and harms to children, to target persistent offenders and link investigations.",
  ],
  [
    "106.2",
    "force",
    "Spotting vulnerability",
    "Draw the available information together to recognise a child's vulnerability, share it with other forces and partners, and consider the risk to siblings and other children.",
  ],
  [
    "106.3",
    "force",
    "Child protection strategies",
    "Protection and prevention strategies tested through the local safeguarding partnership, with internal systems and multi-agency protocols that prioritise and act on concerns for children.",
  ],
  [
    "106.4",
    "force",
    "Complex child abuse investigations",
    "Complex, multi-faceted investigations to identify perpetrators, using arrests, victim and witness approaches, research enquiries and evidential searches.",
  ],
  [
    "106.5",
    "force",
    "Communicating with child victims",
    "Communicate with vulnerable victims, children above all, with their voice at the heart of decisions: trauma-aware interviewing, intermediaries and Achieving Best Evidence practice.",
  ],
  [
    "106.6",
    "force",
    "Managing child sex offenders",
    "Monitor offenders and manage re-offending, with neighbourhood teams where appropriate, using bail conditions and the other tools available to protect children.",
  ],
  [
    "106.7",
    "force",
    "Sexual harm prevention and risk orders",
    "Follow best practice on sexual harm prevention orders and sexual risk orders.",
  ],
  [
    "106.8",
    "force",
    "Child abuse digital forensics",
    "Access enough digital forensic specialists and current technology to handle growing numbers of devices and growing anonymisation.",
    "106.8; 158–164",
  ],
  [
    "107a",
    "collaboration",
    "Online offender risk assessment",
    "Have or have access to, and use well, risk assessment tools such as KIRAT, with trained officers, to prioritise the most dangerous indecent image offenders.",
  ],
  [
    "107b",
    "national",
    "Child Abuse Image Database",
    "Use and contribute to the national Child Abuse Image Database (CAID) to identify victims and offenders, considering a Victim Identification Officer.",
  ],
  [
    "107c",
    "collaboration",
    "Online offender management",
    "Have or have access to the offender management skills and capability to uncover and investigate online offences by known offenders.",
  ],
]);
