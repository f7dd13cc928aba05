import { capabilitiesOf } from "./capability";

/**
 * Public disorder: the public order capabilities a Chief Constable should have as a force or across a region, to meet
 * local needs and the agreed contribution to regional and national requirements (paragraph 117a–j). Capacities for
 * PSUs, BDUs and AEP teams are set in paragraph 120 (see SPR.STANDARDS); 121 sets none for the others.
 */
export const PUBLIC_ORDER_CAPABILITIES = capabilitiesOf("Public order", [
  [
    "117a",
    "collaboration",
    "Public order commanders and POPSAs",
    "Operationally competent, nationally accredited Gold, Silver and Bronze commanders and Public Order Public Safety Advisers to plan and lead public order deployments.",
    "117a; 122d",
  ],
  [
    "117b",
    "collaboration",
    "Public order intelligence and coordination",
    "Local and national strategic intelligence, environmental scanning and coordination, linking every force through to NPoCC.",
  ],
  [
    "117c",
    "collaboration",
    "Police Support Units",
    "Police Support Units of level 2 trained officers for events needing specialist tactics, with tested plans to mobilise them against disorder.",
    "117c; 120a, 122a",
  ],
  [
    "117d",
    "collaboration",
    "Level 3 officers in BDUs",
    "Level 3 public order trained officers deployed in Basic Deployment Units for events not needing specialist tactics.",
    "117d; 120b, 122b",
  ],
  [
    "117e",
    "collaboration",
    "Protester removal teams",
    "Protester removal teams, standard and complex (at height), and debonding officers.",
    "117e; 121",
  ],
  [
    "117f",
    "regional",
    "AEP trained officers",
    "Attenuated Energy Projectile trained officers as the region requires.",
    "117f; 120c, 122c, 156.1",
  ],
  [
    "117g",
    "collaboration",
    "Evidence gatherers",
    "Evidence gatherers trained to film evidential-quality footage for later prosecutions.",
    "117g; 121",
  ],
  [
    "117h",
    "collaboration",
    "Police liaison teams",
    "Police liaison team officers keeping information flowing between police and crowds and reporting emerging issues to command.",
    "117h; 121",
  ],
  [
    "117i",
    "collaboration",
    "Forward intelligence teams",
    "Forward intelligence teams gathering information on groups and individuals to identify threat and risk for commanders.",
    "117i; 121",
  ],
  ["117j", "collaboration", "Public order medics", "Public order medics giving first aid and reporting casualty status.", "117j; 121"],
]);
