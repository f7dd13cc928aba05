import { capabilitiesOf } from "./capability";

/**
 * Cross-cutting capabilities needed against at least three threats (paragraph 146; the section runs 143–174): armed policing (147–157),
 * digital forensics (158–164), roads policing (165–172) and JESIP (173–174). Where a passage describes one capability
 * over several paragraphs, the register has one row cited by the paragraph that asks for it and the range around it.
 */
export const CROSS_CUTTING_CAPABILITIES = capabilitiesOf("Cross-cutting", [
  [
    "149",
    "force",
    "Protective security AFOs",
    "Authorised firearms officers for visible protective security at key sites and discreet personal protection, where the force's threat assessment calls for them (not every force holds this level).",
    "149; 147–148",
  ],
  [
    "151",
    "collaboration",
    "Armed response vehicles",
    "An armed response vehicle capability, alone or in collaboration, its capacity set by the force's Armed Policing Strategic Threat and Risk Assessment (APSTRA).",
    "151; 150",
  ],
  [
    "153",
    "collaboration",
    "Armed support to surveillance",
    "Armed support to surveillance and covert operations, mostly by MASTS officers, held locally or with neighbouring forces.",
    "152–153",
  ],
  [
    "154",
    "national",
    "Counter-Terrorist Specialist Firearms Officers",
    "CTSFOs at hubs across the UK, in single forces or collaborations, giving local forces specialist firearms capability and tasked nationally.",
    "154–155",
  ],
  [
    "156.1",
    "regional",
    "Attenuating energy projectiles",
    "Attenuating energy projectiles as an authorised less lethal option, used by specially trained officers.",
    "156.1; 117f",
  ],
  [
    "156.2",
    "force",
    "Conducted energy devices",
    "Conducted energy devices (Taser), the number of devices and trained officers set by the force's Strategic Threat and Risk Assessment; every AFO CED trained.",
  ],
  [
    "160",
    "force",
    "Digital forensics",
    "Access to in-house digital forensics (with commercial or collaborative contracts where chosen), staffed by trained specialists and compliant with the Forensic Science Regulator's requirements.",
    "160; 158–164",
  ],
  [
    "168",
    "collaboration",
    "Roads policing for the road network",
    "Have or have access to enough roads policing capability to protect the road network, part of the critical national infrastructure, and respond to threats against it.",
    "168; 165–167",
  ],
  [
    "169a",
    "force",
    "Advanced driving and pursuit",
    "Advanced driving, pursuit management, tactical pursuit and containment (TPAC) and police motorcyclists.",
  ],
  [
    "169b",
    "force",
    "Road incident management",
    "Management of large-scale collisions and of road incidents arising from public disorder and civil emergencies.",
  ],
  [
    "169c",
    "force",
    "Forensic collision investigation",
    "Forensic collision investigation accredited to Forensic Science Regulator standards.",
  ],
  [
    "169d",
    "force",
    "Commercial vehicle expertise",
    "Knowledge of the law on commercial vehicles, HGVs and dangerous goods, to spot their use in organised crime and trafficking.",
    "169d; 172",
  ],
  [
    "169e",
    "force",
    "Roads enforcement skills",
    "Roads enforcement skills such as reading tachograph data on driving time, speed and distance to inform investigations.",
  ],
  [
    "170a",
    "collaboration",
    "Roads policing equipment",
    "Have or have access to protective equipment, signage and vehicles fit for fast roads response and pursuits.",
  ],
  [
    "170b",
    "national",
    "ANPR",
    "Have or have access to ANPR infrastructure through the National ANPR Service to detect, deter and disrupt crime, cross-border crime such as county lines above all.",
    "170b; 171",
  ],
  [
    "173",
    "force",
    "JESIP",
    "JESIP embedded in all response policies, plans and procedures, with training for every level of response staff, refreshed and exercised jointly with the other emergency services.",
    "173–174",
  ],
]);
