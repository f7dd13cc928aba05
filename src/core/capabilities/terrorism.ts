import { capabilitiesOf } from "./capability";

/**
 * Counter-terrorism capabilities maintained locally alongside Counter-Terrorism Policing (paragraph 40: Pursue 40.1,
 * Prevent 40.2, Protect 40.3, Prepare 40.4) and those of Special Branch (paragraph 42; some regions have integrated
 * Special Branch into regional Counter-Terrorism Policing, paragraph 41).
 */
export const TERRORISM_CAPABILITIES = capabilitiesOf("Terrorism", [
  [
    "40.1a",
    "force",
    "Terrorist communications analysis",
    "Collect and analyse terrorists' communications and use of digital media to detect, prevent and investigate threats (Pursue).",
  ],
  [
    "40.2a",
    "force",
    "Prevent referral assessment",
    "Gather and assess every Prevent referral for a counter-terrorism vulnerability and move each case to the right support, such as a Channel panel or a police-led partnership.",
  ],
  [
    "40.2b",
    "force",
    "Prevent lead",
    "A Prevent lead supporting the delivery of Channel, including recording cases in the Case Management Information System (CMIS).",
  ],
  [
    "40.3a",
    "force",
    "Security Co-ordinators",
    "Security Co-ordinators (SecCOs) trained to advise on operational security for any event and to plan, co-ordinate and start counter-measures, drawing on search teams and firearms support.",
  ],
  [
    "40.3b",
    "force",
    "Designing Out Crime Officers",
    "Designing Out Crime Officers advising local authorities and organisations on crime reduction that also serves counter-terrorism, with the regional CTSAs, including on new and refurbished buildings.",
  ],
  [
    "40.3c",
    "force",
    "Project SERVATOR",
    "Where trained and deployed, Project SERVATOR officers making highly visible, unpredictable deployments to disrupt crime, terrorism included, and reassure the public.",
  ],
  [
    "40.3d",
    "collaboration",
    "Explosives detection dogs",
    "Access to explosives detection dogs, in force or through collaboration, to detect the misuse of explosives at iconic sites and at local and national events.",
  ],
  [
    "40.3e",
    "force",
    "Counter-terrorism patrol",
    "Routine patrol giving intelligence, deterrence and detection for counter-terrorism and other threats.",
  ],
  [
    "40.4a",
    "force",
    "Exercised counter-terrorism plans",
    "Regularly exercised plans for counter-terrorism operations, in line with a Category 1 responder's duties under the Civil Contingencies Act 2004.",
    "40.4a; 130–131",
  ],
  [
    "40.4b",
    "force",
    "Armed response vehicles for counter-terrorism",
    "Immediately deployable armed response vehicles meeting national capability and resource standards.",
    "40.4b; 150–151",
  ],
  [
    "40.4c",
    "force",
    "CBRN response",
    "Capability to respond to chemical, biological, radiological and nuclear incidents, including major incident response and consequence management.",
  ],
  [
    "42a",
    "collaboration",
    "Special Branch intelligence and CHIS",
    "Special Branch manages intelligence and operations, including the handling of covert human intelligence sources.",
    "42a; 41",
  ],
  [
    "42b",
    "collaboration",
    "Special Branch investigations",
    "Special Branch leads local investigations and supports regional and national ones.",
    "42b; 41",
  ],
  [
    "42c",
    "collaboration",
    "Special Branch safeguarding",
    "Special Branch supports local efforts to prevent people becoming involved in terrorism and extremism.",
    "42c; 41",
  ],
]);
