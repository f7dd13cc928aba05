import { capabilitiesOf } from "./capability";

/**
 * National cyber event: the force cybercrime unit's functions (92.1a–c), leading on C5 and C6 incidents (93) and the
 * force's wider readiness for a cyber incident (94a–c).
 */
export const CYBER_CAPABILITIES = capabilitiesOf("Cyber", [
  [
    "92.1a",
    "force",
    "Cyber crime scenes and digital evidence",
    "A force cybercrime unit able to help the NCA identify and secure multiple crime scenes and gather digital evidence, with the equipment and training to handle data lawfully.",
  ],
  [
    "92.1b",
    "force",
    "Local cyber investigative actions",
    "The force cybercrime unit resources the local investigative actions set by the lead investigating authority, with research, analytical and digital forensic support.",
  ],
  [
    "92.1c",
    "force",
    "Cyber victim response",
    "The force cybercrime unit gives an effective response to businesses and members of the public hit by a cyber-attack.",
  ],
  [
    "93",
    "force",
    "C5 and C6 incident lead",
    "The force cybercrime unit responds to and investigates, as lead agency, C5 and C6 incidents (against an individual or a small or medium-sized organisation) in the force area.",
    "93; 74.5",
  ],
  [
    "94a",
    "force",
    "Public order for cyber incidents",
    "Public order capability for any public order or public safety consequences of a cyber incident.",
    "94a; 117",
  ],
  [
    "94b",
    "force",
    "Category 1 responder arrangements",
    "Plans and contingency arrangements to carry out the force's duties as a Category 1 responder during a cyber incident.",
    "94b; 131",
  ],
  [
    "94c",
    "force",
    "Force cyber resilience",
    "Readiness to respond to and recover from cyber incidents affecting the force itself, through cyber incident planning and regular exercising.",
  ],
]);
