import { capabilitiesOf } from "./capability";

/** Civil emergencies: what a force should have (133.1–133.2) and have or have access to (134a–c). */
export const CIVIL_EMERGENCIES_CAPABILITIES = capabilitiesOf("Civil emergencies", [
  [
    "133.1",
    "force",
    "Operations unit and LRF",
    "An operations unit supporting contingency planning and taking part at senior level in the Local Resilience Forum; it runs the strategic and tactical co-ordinating centres, plans for civil emergencies and supports Safety Advisory Groups.",
  ],
  [
    "133.2",
    "force",
    "Gold, silver and bronze commanders",
    "Qualified and trained commanders: multi-agency gold incident commanders (MAGIC), silver (tactical) and bronze (operational) commanders.",
  ],
  [
    "134a",
    "regional",
    "Casualty bureau",
    "Have or have access to a regional casualty bureau to trace and identify people involved in an incident and reconcile missing persons reports.",
  ],
  [
    "134b",
    "collaboration",
    "Disaster victim identification",
    "Have or have access to Disaster Victim Identification to recover and identify the dead in multiple fatality incidents by scientific means.",
  ],
  [
    "134c",
    "force",
    "Business continuity",
    "Business continuity plans and resilient systems so the force keeps its core functions, major incident response included, through disruption.",
  ],
]);
